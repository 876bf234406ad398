package io.github.cqui.core.deadline;

import static io.github.cqui.core.kernel.PeriodClauses.START_DAY_EXCLUDED;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.CountedDays;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import java.time.LocalDate;
import java.util.List;

/**
 * The report deadline of a stop event, 「自相关情形发生之日起20个工作日内告知」 (渝人社办〔2025〕112号 一(五);
 * 《社会保险经办条例》第二十五条): the working days of the edition in force on the event date, counted from the
 * day after it (民法典 art 201; I-1, I-2). Immutable and thread-safe.
 */
final class ReportClock {

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;

  ReportClock(WorkingDayCalendar calendar, PolicyEditions editions) {
    this.calendar = calendar;
    this.editions = editions;
  }

  ReportDeadline deadlineOf(StopEventReport event) {
    LocalDate eventDate = event.eventDate();
    PolicyEdition edition = editions.editionOn(eventDate);
    PolicyParameter<Integer> days =
        editions.parameterOn(eventDate, ParameterKey.REPORT_WORKING_DAYS);
    PeriodEnd counted = calendar.workingDaysAfter(eventDate, days.value());
    Explanation.Builder explanation = Explanation.builder();
    CountedDays.explainCount(explanation, calendar, eventDate, counted.lastDay());
    explanation.step(
        StepCode.DEADLINE_REPORT_END,
        ImmutableList.<Citation>builder().addAll(days.sources()).add(START_DAY_EXCLUDED).build(),
        List.of(Interpretation.I_1, Interpretation.I_2),
        "eventDate",
        eventDate,
        "deadline",
        counted.lastDay(),
        "workingDays",
        days.value());
    List<ProvisionalYear> provisional = Provisionals.of(counted);
    Provisionals.explain(explanation, provisional);
    return ImmutableReportDeadline.builder()
        .event(event)
        .workingDays(days.value())
        .lastDay(counted.lastDay())
        .restDaysPassed(CountedDays.skipped(counted.restDaysPassed()))
        .editionFrom(edition.effectiveFrom())
        .provisionalYears(provisional)
        .explanation(explanation.build())
        .build();
  }
}
