package io.github.cqui.core.deadline;

import static io.github.cqui.core.kernel.PeriodClauses.ROLL_FORWARD;
import static io.github.cqui.core.kernel.PeriodClauses.START_DAY_EXCLUDED;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.CountedDays;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The review clock of a benefit application, 「失业保险经办机构应当自收到申请之日起7个工作日内完成审核」 (渝人社办〔2025〕112号 一(二)),
 * step by step: the receipt in law (I-1), the review period of the edition in force on it (I-18),
 * the working days counted after it (I-2), the first of them (民法典 art 201) and the last. Immutable
 * and thread-safe.
 */
final class ReviewClock {

  static final Citation REVIEW = CHONGQING_NOTICE_2025_112.cite("一(二)");

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final Optional<LocalTime> officeHoursCutoff;
  private final ImmutableMap<Interpretation, String> switchRecord;

  ReviewClock(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.officeHoursCutoff = switches.officeHoursCutoff();
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_1);
  }

  /** The review deadline of an application: 一(二), I-1, I-2, I-18. */
  ReviewDeadline deadlineOf(ReviewRequest request) {
    DeemedReceipt receipt = deemedReceipt(request);
    ReviewPeriod period = periodInForceOn(receipt.date());
    PeriodEnd counted = calendar.workingDaysAfter(receipt.date(), period.workingDays());
    LocalDate clockStart = calendar.nextWorkingDay(receipt.date());
    Explanation.Builder explanation =
        Explanation.builder()
            .step(period.explained(receipt.date()))
            .steps(receipt.explanation())
            .step(clockStartExplained(receipt.date(), clockStart));
    CountedDays.explainCount(explanation, calendar, receipt.date(), counted.lastDay());
    explanation.step(endExplained(period, counted.lastDay()));
    List<ProvisionalYear> provisional =
        Provisionals.union(List.of(receipt.provisionalYears(), Provisionals.of(counted)));
    Provisionals.explain(explanation, provisional);
    return ImmutableReviewDeadline.builder()
        .request(request)
        .deemedReceipt(receipt.date())
        .clockStart(clockStart)
        .workingDays(period.workingDays())
        .lastDay(counted.lastDay())
        .restDaysPassed(CountedDays.skipped(counted.restDaysPassed()))
        .editionFrom(period.edition().effectiveFrom())
        .switches(switchRecord)
        .provisionalYears(provisional)
        .explanation(explanation.build())
        .build();
  }

  /**
   * The receipt in law and, when the office-hours cut-off moved it, why; and the provisional years
   * it depends on (I-5): those of the receipt day and the days to the deemed receipt, when the
   * cut-off asked whether the receipt day is a working day.
   */
  private record DeemedReceipt(
      LocalDate date, Explanation explanation, List<ProvisionalYear> provisionalYears) {}

  /**
   * I-1: a receipt on a working day at or after the office-hours cut-off (when that switch is on)
   * is treated as received on the next working day (民法典 art 203: 「有业务时间的，停止业务活动的时间为截止时间」);
   * otherwise the receipt date counts. A rest day has no office hours, so the time of a rest-day
   * receipt never matters: the clock starts the next working day as for any receipt that day.
   */
  private DeemedReceipt deemedReceipt(ReviewRequest request) {
    LocalDate receivedOn = request.receiptDate();
    Optional<LocalTime> receivedAt = request.receiptTime();
    if (officeHoursCutoff.isEmpty()
        || receivedAt.isEmpty()
        || receivedAt.get().isBefore(officeHoursCutoff.get())) {
      return new DeemedReceipt(receivedOn, Explanation.empty(), List.of());
    }
    if (!calendar.isWorkingDay(receivedOn)) {
      // the receipt day's kind decided that the time does not matter
      return new DeemedReceipt(
          receivedOn,
          Explanation.empty(),
          Provisionals.of(calendar.provisionalYears(receivedOn, receivedOn.plusDays(1))));
    }
    LocalDate deemed = calendar.nextWorkingDay(receivedOn);
    return new DeemedReceipt(
        deemed,
        Explanation.builder()
            .step(
                StepCode.DEADLINE_REVIEW_OFFICE_HOURS,
                List.of(ROLL_FORWARD),
                List.of(Interpretation.I_1),
                "receiptTime",
                receivedOn + " " + receivedAt.get(),
                "cutoff",
                officeHoursCutoff.get(),
                "deemedReceipt",
                deemed)
            .build(),
        Provisionals.of(calendar.provisionalYears(receivedOn, deemed.plusDays(1))));
  }

  /** The edition in force on the receipt date, and its review period in working days. */
  private record ReviewPeriod(PolicyEdition edition, PolicyParameter<Integer> days) {

    int workingDays() {
      return days.value();
    }

    /** I-18: the clock follows the edition in force on the receipt date. */
    ExplanationStep explained(LocalDate receipt) {
      return ExplanationStep.of(
          StepCode.DEADLINE_REVIEW_EDITION,
          days.sources(),
          List.of(Interpretation.I_18),
          "receiptDate",
          receipt,
          "workingDays",
          days.value(),
          "editionFrom",
          edition.effectiveFrom());
    }
  }

  /** I-18: 10 working days under 《社会保险经办条例》, 7 from 2025-08-01 under 渝人社办〔2025〕112号. */
  private ReviewPeriod periodInForceOn(LocalDate receipt) {
    PolicyEdition edition = editions.editionOn(receipt);
    return new ReviewPeriod(
        edition, editions.parameterOn(receipt, ParameterKey.REVIEW_WORKING_DAYS));
  }

  /** I-1, 民法典 art 201: the receipt day is not counted; the clock starts the next working day. */
  private static ExplanationStep clockStartExplained(LocalDate receipt, LocalDate clockStart) {
    return ExplanationStep.of(
        StepCode.DEADLINE_REVIEW_CLOCK_START,
        List.of(REVIEW, START_DAY_EXCLUDED),
        List.of(Interpretation.I_1),
        "receiptDate",
        receipt,
        "clockStart",
        clockStart);
  }

  /** The last of the period's working days, make-up working days counted (I-1, I-2). */
  private static ExplanationStep endExplained(ReviewPeriod period, LocalDate deadline) {
    return ExplanationStep.of(
        StepCode.DEADLINE_REVIEW_END,
        period.days().sources(),
        List.of(Interpretation.I_1, Interpretation.I_2),
        "deadline",
        deadline,
        "workingDays",
        period.workingDays());
  }
}
