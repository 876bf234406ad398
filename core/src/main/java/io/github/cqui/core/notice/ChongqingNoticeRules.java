package io.github.cqui.core.notice;

import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing 稳岗返还 public-notice rules (渝人社办〔2025〕112号 二(一); I-20) on a calendar, editions and
 * switches. Each method cites its clause in {@link NoticeRules}. Immutable and thread-safe.
 */
public final class ChongqingNoticeRules implements NoticeRules {

  static final Citation NOTICE = CHONGQING_NOTICE_2025_112.cite("二(一)");

  /** A notice passed back in is the one these rules derive from its publication, or refused. */
  private static final PassedBack<PublicNoticePeriod> PASSED_BACK =
      PassedBack.comparing(
          List.of(
              property("days", "the notice period in days", PublicNoticePeriod::days),
              property(
                  "nominalLastDay", "the nominal last day", PublicNoticePeriod::nominalLastDay),
              property("lastDay", "the last day", PublicNoticePeriod::lastDay),
              property("waivedFrom", "the first day of the waiver", PublicNoticePeriod::waivedFrom),
              property(
                  "restDaysPassed",
                  "the rest days rolled past",
                  PublicNoticePeriod::restDaysPassed),
              property("editionFrom", "the edition applied", PublicNoticePeriod::editionFrom),
              property("switches", "the switch record", PublicNoticePeriod::switches),
              property(
                  "provisionalYears",
                  "the provisional years (I-5)",
                  PublicNoticePeriod::provisionalYears),
              property("explanation", "the explanation", PublicNoticePeriod::explanation)));

  private final NoticePeriodRule period;

  /**
   * The notice rules on a calendar, policy editions and interpretation switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions
   * @param switches the interpretation switches
   */
  public ChongqingNoticeRules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.period = new NoticePeriodRule(calendar, editions, switches);
  }

  @Override
  public PublicNoticePeriod publicNotice(LocalDate publishedOn) {
    Checks.requireNonNull("publishedOn", publishedOn);
    Checks.requireWithinDates("publishedOn", publishedOn);
    return inContext(
        "public notice published on " + publishedOn, () -> period.publishedOn(publishedOn));
  }

  @Override
  public NoticeEntryStatus noticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf) {
    Checks.requireNonNull("notice", notice);
    Checks.requireNonNull("confirmedOn", confirmedOn);
    Checks.requireNonNull("asOf", asOf);
    Checks.requireWithinDates("asOf", asOf);
    if (asOf.isBefore(notice.publishedOn())) {
      throw InvalidInputException.of(
          "asOf", asOf, "must not be before the notice's publication on " + notice.publishedOn());
    }
    if (confirmedOn.isPresent() && confirmedOn.get().isBefore(notice.publishedOn())) {
      // a confirmation answers the notice: one dated before it is a wrong date, not a confirmation
      throw InvalidInputException.of(
          "confirmedOn",
          confirmedOn.get(),
          "must not be before the notice's publication on " + notice.publishedOn() + " (I-20)");
    }
    PublicNoticePeriod derived = trusted(notice);
    LocalDate lastDay = derived.lastDay();
    // a confirmation after asOf is not yet known on asOf
    Optional<LocalDate> known = confirmedOn.filter(day -> !day.isAfter(asOf));
    NoticeEntryState state = entryState(known, lastDay, asOf);
    Explanation.Builder explanation =
        Explanation.builder()
            .step(
                StepCode.NOTICE_ENTRY_STATUS,
                List.of(NOTICE),
                List.of(Interpretation.I_20),
                "asOf",
                asOf,
                "status",
                state);
    // the status is decided by the notice's last day: as provisional as it (I-5)
    Provisionals.explain(explanation, derived.provisionalYears());
    return ImmutableNoticeEntryStatus.builder()
        .asOf(asOf)
        .confirmedOn(known)
        .status(state)
        .provisionalYears(derived.provisionalYears())
        .explanation(explanation.build())
        .build();
  }

  /** I-20: confirmed by the last day, still in notice up to it, and 「公示期满仍未确认的，视为放弃」 after it. */
  private static NoticeEntryState entryState(
      Optional<LocalDate> confirmedOn, LocalDate lastDay, LocalDate asOf) {
    if (confirmedOn.isPresent() && !confirmedOn.get().isAfter(lastDay)) {
      return NoticeEntryState.CONFIRMED;
    }
    return asOf.isAfter(lastDay) ? NoticeEntryState.WAIVED : NoticeEntryState.IN_NOTICE;
  }

  /** The notice passed back in, derived again from its publication date. */
  private PublicNoticePeriod trusted(PublicNoticePeriod notice) {
    return PASSED_BACK.require(
        "notice",
        notice,
        "publishedOn",
        "a notice published on " + notice.publishedOn(),
        publicNotice(notice.publishedOn()));
  }
}
