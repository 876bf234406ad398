package io.github.cqui.core.notice;

import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;

import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.CountedDays;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chongqing 稳岗返还 public-notice rules (渝人社办〔2025〕112号 二(一); I-20) on a calendar, editions and
 * switches. Each method cites its clause in {@link NoticeRules}. Immutable and thread-safe.
 */
public final class ChongqingNoticeRules implements NoticeRules {

  private static final Citation NOTICE = CHONGQING_NOTICE_2025_112.cite("二(一)");
  private static final Citation START_DAY_EXCLUDED = CIVIL_CODE.cite("第二百零一条");
  private static final Citation ROLL_FORWARD = CIVIL_CODE.cite("第二百零三条");

  /** A notice passed back in is the one these rules derive from its publication, or refused. */
  private static final PassedBack<PublicNoticePeriod> PASSED_BACK =
      PassedBack.comparing(
          property("days", "the notice period in days", PublicNoticePeriod::days),
          property("nominalLastDay", "the nominal last day", PublicNoticePeriod::nominalLastDay),
          property("lastDay", "the last day", PublicNoticePeriod::lastDay),
          property("waivedFrom", "the first day of the waiver", PublicNoticePeriod::waivedFrom),
          property(
              "restDaysPassed", "the rest days rolled past", PublicNoticePeriod::restDaysPassed),
          property("editionFrom", "the edition applied", PublicNoticePeriod::editionFrom),
          property("switches", "the switch record", PublicNoticePeriod::switches),
          property("explanation", "the explanation", PublicNoticePeriod::explanation));

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final Map<Interpretation, String> noticeSwitches;

  /**
   * The notice rules on a calendar, policy editions and interpretation switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions
   * @param switches the interpretation switches
   */
  public ChongqingNoticeRules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.switches = switches;
    this.noticeSwitches = SwitchRecord.of(switches, Interpretation.I_20);
  }

  @Override
  public PublicNoticePeriod publicNotice(LocalDate publishedOn) {
    return inContext(
        "public notice published on " + publishedOn,
        () -> {
          PolicyParameter<Integer> days =
              editions.parameterOn(publishedOn, ParameterKey.NOTICE_CALENDAR_DAYS);
          PolicyEdition edition = editions.editionOn(publishedOn);
          LastDayRule rule =
              switches.noticeRollForward() ? LastDayRule.ROLL_FORWARD : LastDayRule.KEEP;
          PeriodEnd period = calendar.calendarDaysAfter(publishedOn, days.value(), rule);
          LocalDate waivedFrom = period.end().plusDays(1);
          List<Citation> sources =
              period.rolledForward()
                  ? List.of(NOTICE, START_DAY_EXCLUDED, ROLL_FORWARD)
                  : List.of(NOTICE, START_DAY_EXCLUDED);
          Explanation.Builder explanation =
              Explanation.builder()
                  .step(
                      StepCode.NOTICE_PERIOD_END,
                      sources,
                      List.of(Interpretation.I_20),
                      "published",
                      publishedOn,
                      "nominalEnd",
                      period.nominalEnd(),
                      "end",
                      period.end(),
                      "days",
                      days.value());
          CountedDays.explainRestDays(explanation, period.restDaysPassed());
          explanation.step(
              StepCode.NOTICE_WAIVED_FROM,
              List.of(NOTICE),
              List.of(Interpretation.I_20),
              "waivedFrom",
              waivedFrom);
          return ImmutablePublicNoticePeriod.builder()
              .publishedOn(publishedOn)
              .days(days.value())
              .nominalLastDay(period.nominalEnd())
              .lastDay(period.end())
              .waivedFrom(waivedFrom)
              .restDaysPassed(CountedDays.skipped(period.restDaysPassed()))
              .editionFrom(edition.effectiveFrom())
              .switches(noticeSwitches)
              .explanation(explanation.build())
              .build();
        });
  }

  @Override
  public NoticeEntryStatus noticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf) {
    if (asOf.isBefore(notice.publishedOn())) {
      throw InvalidInputException.of(
          "asOf", asOf, "must not be before the notice's publication on " + notice.publishedOn());
    }
    LocalDate lastDay =
        PASSED_BACK
            .require(
                "notice",
                notice,
                "publishedOn",
                "a notice published on " + notice.publishedOn(),
                publicNotice(notice.publishedOn()))
            .lastDay();
    Optional<LocalDate> known = confirmedOn.filter(day -> !day.isAfter(asOf));
    NoticeEntryState state;
    if (known.isPresent() && !known.get().isAfter(lastDay)) {
      state = NoticeEntryState.CONFIRMED;
    } else if (!asOf.isAfter(lastDay)) {
      state = NoticeEntryState.IN_NOTICE;
    } else {
      state = NoticeEntryState.WAIVED;
    }
    return ImmutableNoticeEntryStatus.builder()
        .asOf(asOf)
        .confirmedOn(known)
        .status(state)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.NOTICE_ENTRY_STATUS,
                    List.of(NOTICE),
                    List.of(Interpretation.I_20),
                    "asOf",
                    asOf,
                    "status",
                    state)
                .build())
        .build();
  }
}
