package io.github.cqui.core.notice;

import static io.github.cqui.core.kernel.PeriodClauses.ROLL_FORWARD;
import static io.github.cqui.core.kernel.PeriodClauses.START_DAY_EXCLUDED;
import static io.github.cqui.core.notice.ChongqingNoticeRules.NOTICE;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.calendar.LastDayRule;
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
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;

/**
 * The 稳岗返还 public notice, 「公示不少于30日，公示期满仍未确认的，视为放弃」 (渝人社办〔2025〕112号 二(一)), as I-20 reads it: the
 * days of the edition in force on publication, counted from the day after (民法典 art 201); a last day
 * on a rest day rolled to the next working day (art 203, a switch); waived from the day after the
 * last. Immutable and thread-safe.
 */
final class NoticePeriodRule {

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final LastDayRule lastDayRule;
  private final ImmutableMap<Interpretation, String> switchRecord;

  NoticePeriodRule(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.lastDayRule = switches.noticeRollForward() ? LastDayRule.ROLL_FORWARD : LastDayRule.KEEP;
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_20);
  }

  PublicNoticePeriod publishedOn(LocalDate published) {
    PolicyParameter<Integer> days =
        editions.parameterOn(published, ParameterKey.NOTICE_CALENDAR_DAYS);
    PolicyEdition edition = editions.editionOn(published);
    PeriodEnd period = calendar.calendarDaysAfter(published, days.value(), lastDayRule);
    LocalDate waivedFrom = period.lastDay().plusDays(1);
    Explanation.Builder explanation = Explanation.builder().step(lastDay(published, days, period));
    CountedDays.explainRestDays(explanation, period.restDaysPassed());
    explanation.step(
        StepCode.NOTICE_WAIVED_FROM,
        List.of(NOTICE),
        List.of(Interpretation.I_20),
        "waivedFrom",
        waivedFrom);
    List<ProvisionalYear> provisional = Provisionals.of(period);
    Provisionals.explain(explanation, provisional);
    return ImmutablePublicNoticePeriod.builder()
        .publishedOn(published)
        .days(days.value())
        .nominalLastDay(period.nominalLastDay())
        .lastDay(period.lastDay())
        .waivedFrom(waivedFrom)
        .restDaysPassed(CountedDays.skipped(period.restDaysPassed()))
        .editionFrom(edition.effectiveFrom())
        .switches(switchRecord)
        .provisionalYears(provisional)
        .explanation(explanation.build())
        .build();
  }

  /** Day N after publication, and the roll-forward cited only when it happened (I-20). */
  private static ExplanationStep lastDay(
      LocalDate published, PolicyParameter<Integer> days, PeriodEnd period) {
    List<Citation> sources =
        period.rolledForward()
            ? List.of(NOTICE, START_DAY_EXCLUDED, ROLL_FORWARD)
            : List.of(NOTICE, START_DAY_EXCLUDED);
    return ExplanationStep.of(
        StepCode.NOTICE_PERIOD_END,
        sources,
        List.of(Interpretation.I_20),
        "published",
        published,
        "nominalEnd",
        period.nominalLastDay(),
        "end",
        period.lastDay(),
        "days",
        days.value());
  }
}
