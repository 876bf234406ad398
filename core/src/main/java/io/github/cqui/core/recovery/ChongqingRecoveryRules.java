package io.github.cqui.core.recovery;

import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.core.recovery.EnforcementClock.CourtWindow;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing recovery rules (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-17, I-24): the debt
 * of a claim's overpayments, recovery schedules (lump sum, instalments, deduction from later
 * benefit, pension offset with consent), the state of a schedule on a date with the ladder of
 * 责令退回决定书, 催告 and court, and the enforcement timeline of a 责令退回决定书 with the next step on a date.
 * Each method cites its clause in {@link RecoveryRules}. Immutable and thread-safe.
 */
public final class ChongqingRecoveryRules implements RecoveryRules {

  static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");

  /** A timeline passed back in is the one these rules derive from its request, or refused. */
  private static final PassedBack<EnforcementTimeline> PASSED_BACK =
      PassedBack.comparing(
          List.of(
              property(
                  "reconsiderationDeadline",
                  "the 复议 deadline",
                  EnforcementTimeline::reconsiderationDeadline),
              property(
                  "litigationDeadline", "the 诉讼 deadline", EnforcementTimeline::litigationDeadline),
              property(
                  "earliestCourtApplication",
                  "the earliest court application",
                  EnforcementTimeline::earliestCourtApplication),
              property(
                  "latestCourtApplication",
                  "the latest court application",
                  EnforcementTimeline::latestCourtApplication),
              property(
                  "courtWindowPending",
                  "the pending court window (I-5)",
                  EnforcementTimeline::courtWindowPending),
              property(
                  "provisionalYears",
                  "the provisional years (I-5)",
                  EnforcementTimeline::provisionalYears),
              property("explanation", "the explanation", EnforcementTimeline::explanation)));

  private final EnforcementClock clock;
  private final OverpaymentDebts debts;
  private final RecoverySchedules schedules;
  private final RecoveryStatuses statuses;

  /**
   * The recovery rules on a calendar, policy editions, the benefit rules (whose ledger gives the
   * overpayments and the later payments a deduction comes from) and the interpretation switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions, which set the periods of I-17
   * @param benefits the benefit rules
   * @param switches the interpretation switches (the deduction cap of I-16)
   */
  public ChongqingRecoveryRules(
      WorkingDayCalendar calendar,
      PolicyEditions editions,
      BenefitRules benefits,
      InterpretationSwitches switches) {
    this.clock = new EnforcementClock(calendar, editions);
    this.debts = new OverpaymentDebts(benefits);
    this.schedules = new RecoverySchedules(benefits, switches);
    this.statuses = new RecoveryStatuses(schedules);
  }

  @Override
  public Optional<OverpaymentDebt> overpaymentDebt(ClaimHistory claim, LocalDate establishedOn) {
    Checks.requireNonNull("claim", claim);
    Checks.requireNonNull("establishedOn", establishedOn);
    Checks.requireWithinDates("establishedOn", establishedOn);
    return debts.of(claim, establishedOn);
  }

  @Override
  public RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan) {
    Checks.requireNonNull("debt", debt);
    Checks.requireNonNull("plan", plan);
    return schedules.schedule(debt, plan);
  }

  @Override
  public RecoveryStatus status(RecoverySchedule schedule, RepaymentHistory history) {
    Checks.requireNonNull("schedule", schedule);
    Checks.requireNonNull("history", history);
    return statuses.status(schedule, history, this);
  }

  @Override
  public EnforcementTimeline enforcementTimeline(EnforcementRequest request) {
    Checks.requireNonNull("request", request);
    // within the dates the rules take: the 复议 days and 诉讼 months are counted on from them
    LocalDate served = Checks.requireWithinDates("decisionServedOn", request.decisionServedOn());
    Optional<LocalDate> reminder = request.reminderServedOn();
    reminder.ifPresent(date -> Checks.requireWithinDates("reminderServedOn", date));
    if (reminder.isPresent() && reminder.get().isBefore(served)) {
      throw InvalidInputException.of(
          "reminderServedOn",
          reminder.get(),
          "the 催告书 cannot be served before the 责令退回决定书 it enforces (served " + served + ")");
    }
    return inContext(
        "enforcement timeline of a decision served on " + served, () -> clock.timelineOf(request));
  }

  @Override
  public EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
    Checks.requireNonNull("timeline", timeline);
    Checks.requireNonNull("asOf", asOf);
    Checks.requireWithinDates("asOf", asOf);
    EnforcementRequest request = timeline.request();
    if (asOf.isBefore(request.decisionServedOn())) {
      throw InvalidInputException.of(
          "asOf",
          asOf,
          "must not be before the 责令退回决定书 was served on " + request.decisionServedOn());
    }
    EnforcementTimeline derived = trusted(timeline);
    if (derived.courtWindowPending().isPresent()
        && EnforcementLadder.needsCourtWindow(derived, asOf)) {
      // I-5: the stage on asOf needs the court window, which needs a year whose holiday notice is
      // not loaded; derived again, the window refuses with the calendar's error and its remedies
      CourtWindow window =
          inContext(
              "enforcement step on "
                  + asOf
                  + " of a decision served on "
                  + request.decisionServedOn(),
              () -> clock.courtWindowOf(request));
      throw new IllegalStateException(
          "the court window of "
              + request
              + " was pending and is now answered ("
              + window
              + "): the calendar changed under the rules");
    }
    return EnforcementLadder.stepOn(derived, asOf);
  }

  /** The timeline passed back in, derived again from its request. */
  private EnforcementTimeline trusted(EnforcementTimeline timeline) {
    EnforcementRequest request = timeline.request();
    String subject =
        "a decision served on "
            + request.decisionServedOn()
            + (request.rightsStated() ? "" : " that did not state the rights")
            + request.reminderServedOn().map(day -> " with the 催告书 served on " + day).orElse("");
    return PASSED_BACK.require(
        "timeline", timeline, "request", subject, enforcementTimeline(request));
  }
}
