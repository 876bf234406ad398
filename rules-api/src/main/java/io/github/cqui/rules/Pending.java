package io.github.cqui.rules;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.ImmutablePending;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a result that cannot be answered yet, and why (INTERPRETATIONS I-5: "where a result has
 * other parts, only the part that needs the year is pending and the rest is answered"): the date it
 * needs, what it waits for ({@link #cause()}: the State Council holiday notice of the date's year,
 * or a policy edition in force on it), the last notice the calendar holds, the remedies, and the
 * full reason in words, which names the rule, the date and the remedies.
 *
 * <p>Where a result has such a part, the part is empty and a {@code Pending} says why, e.g. the
 * report deadline of a stop event late in December of the last notice year ({@code
 * BenefitLedger.pendingReportDeadlines()}), the court window of an enforcement timeline ({@code
 * EnforcementTimeline.courtWindowPending()}) or the report deadline of another benefit's stop event
 * ({@code OtherBenefitStop.reportDeadlinePending()}). A result that is a single date needing the
 * year is refused instead, with the same reason ({@link RuleContextException}); a caller that puts
 * such a date into a larger result of its own turns the refusal into the part's {@code Pending}
 * with {@link #ofRefusal(RuntimeException, String)}, as the rules do.
 *
 * <p>JSON: {@code
 * {"cause":"HOLIDAY_NOTICE_NOT_LOADED","date":"2027-01-01","latestNotice":"国办发明电〔2025〕7号",
 * "remedies":["LOAD_HOLIDAY_NOTICE","PROVISIONAL_COVERAGE_MODE"],"reason":"…"}}, {@code
 * latestNotice} omitted for {@link PendingCause#NO_POLICY_EDITION}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Pending {

  /** The last year the provisional coverage mode projects (WorkingDayCalendar, I-5). */
  private static final int PROVISIONAL_HORIZON = 2100;

  /** For the generated implementation only. */
  protected Pending() {}

  /**
   * The pending state a refusal stands for, when the refusal means "not answerable yet" rather than
   * "wrong": the calendar's {@link CalendarCoverageException} (a date in a year whose holiday
   * notice is not loaded), bare or as the cause of a {@link RuleContextException}, or a {@link
   * NoEditionInForceException} (a date before every policy edition). INTERPRETATIONS I-5: "where a
   * result has other parts, only the part that needs the year is pending and the rest is answered".
   * The remedies: loading the notice, and for a year after the last notice year, up to 2100, in the
   * strict coverage mode, the provisional mode; for a date before every edition, an edition.
   *
   * @param refusal what a rule threw for the part
   * @param context what the part is, e.g. {@code review deadline}; it begins the reason, except for
   *     a {@link RuleContextException}, whose message already names its rule
   * @return the part's pending state; empty for any other refusal, which the caller must let
   *     through (bad input stays refused)
   * @throws InvalidInputException if an argument is {@code null}, naming it
   */
  public static Optional<Pending> ofRefusal(RuntimeException refusal, String context) {
    Checks.requireNonNull("refusal", refusal);
    Checks.requireNonNull("context", context);
    if (refusal instanceof CalendarCoverageException coverage) {
      return Optional.of(notLoaded(coverage, context + ": " + coverage.getMessage()));
    }
    if (refusal instanceof RuleContextException wrapped
        && wrapped.getCause() instanceof CalendarCoverageException coverage) {
      return Optional.of(notLoaded(coverage, String.valueOf(wrapped.getMessage())));
    }
    if (refusal instanceof NoEditionInForceException noEdition) {
      return Optional.of(
          ImmutablePending.builder()
              .cause(PendingCause.NO_POLICY_EDITION)
              .date(noEdition.date())
              .addRemedies(PendingRemedy.ADD_POLICY_EDITION)
              .reason(context + ": " + noEdition.getMessage())
              .build());
    }
    return Optional.empty();
  }

  /**
   * The pending state of a date the calendar refused: the notice of its year is awaited; the
   * provisional mode is offered for a year after the last notice year, up to 2100, when the
   * calendar was strict.
   */
  private static Pending notLoaded(CalendarCoverageException e, String reason) {
    boolean projectable =
        e.coverageMode() == CoverageMode.STRICT
            && e.date().isAfter(e.lastCoveredDay())
            && e.year() <= PROVISIONAL_HORIZON;
    return ImmutablePending.builder()
        .cause(PendingCause.HOLIDAY_NOTICE_NOT_LOADED)
        .date(e.date())
        .latestNotice(e.latestNotice())
        .remedies(
            projectable
                ? List.of(
                    PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE)
                : List.of(PendingRemedy.LOAD_HOLIDAY_NOTICE))
        .reason(reason)
        .build();
  }

  /**
   * What the part waits for.
   *
   * @return the cause
   */
  public abstract PendingCause cause();

  /**
   * The date the part needs and the rules cannot answer for: for {@link
   * PendingCause#HOLIDAY_NOTICE_NOT_LOADED} the first day outside the calendar on the way to the
   * answer (e.g. {@code 2027-01-01} for 20 working days after 2026-12-10), for {@link
   * PendingCause#NO_POLICY_EDITION} the date no edition is in force on.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * For {@link PendingCause#HOLIDAY_NOTICE_NOT_LOADED}: the number of the last published notice the
   * calendar holds; the notice awaited is the State Council's for {@link #year()}.
   *
   * @return the notice number; empty for {@link PendingCause#NO_POLICY_EDITION}
   */
  public abstract Optional<String> latestNotice();

  /**
   * What answers the part, in order: for a year without its notice, loading the notice and, for a
   * year after the last notice year in the {@code STRICT} coverage mode, the provisional mode; for
   * a date before every edition, an edition.
   *
   * @return the remedies, at least one
   */
  public abstract List<PendingRemedy> remedies();

  /**
   * The reason in words: the rule's context and the calendar's or the editions' message, which
   * names the date, the covered years, the last notice and the remedies.
   *
   * @return the reason, never blank
   */
  public abstract String reason();

  /**
   * The year of {@link #date()}: for {@link PendingCause#HOLIDAY_NOTICE_NOT_LOADED}, the year whose
   * notice the part waits for.
   *
   * @return the year
   */
  public int year() {
    return date().getYear();
  }

  /**
   * Checks that the attributes fit the cause; called by the generated implementation when the value
   * is built.
   *
   * @throws InvalidInputException if there is no remedy, the reason is blank, the latest notice is
   *     given for a cause other than {@link PendingCause#HOLIDAY_NOTICE_NOT_LOADED} or missing for
   *     it, or the remedies are not the cause's own, its first one first and none twice
   */
  @Value.Check
  protected void check() {
    if (remedies().isEmpty()) {
      throw InvalidInputException.of("remedies", remedies(), "must name at least one remedy");
    }
    if (reason().isBlank()) {
      throw InvalidInputException.of("reason", '"' + reason() + '"', "must not be blank");
    }
    boolean notice = cause() == PendingCause.HOLIDAY_NOTICE_NOT_LOADED;
    if (notice != latestNotice().isPresent()) {
      throw InvalidInputException.of(
          "latestNotice",
          latestNotice().orElse("absent"),
          "is given exactly when the cause is HOLIDAY_NOTICE_NOT_LOADED");
    }
    List<PendingRemedy> allowed =
        notice
            ? List.of(PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE)
            : List.of(PendingRemedy.ADD_POLICY_EDITION);
    if (!allowed.containsAll(remedies())
        || !remedies().get(0).equals(allowed.get(0))
        || remedies().size() != remedies().stream().distinct().count()) {
      throw InvalidInputException.of(
          "remedies", remedies(), "for " + cause() + " the remedies are, in order, " + allowed);
    }
  }

  @Override
  public String toString() {
    return "pending (" + cause() + ", " + date() + "): " + reason();
  }
}
