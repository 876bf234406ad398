package io.github.cqui.core.benefit;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.core.benefit.LedgerState.Ended;
import io.github.cqui.core.kernel.Part;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.RuleContextException;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.internal.ImmutablePendingReportDeadline;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing benefit rules: statutory retirement age and the monthly ledger of a claim. Each
 * step cites its clause; see {@link BenefitRules}. Immutable and thread-safe.
 */
public final class ChongqingBenefitRules implements BenefitRules {

  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final DeadlineRules deadlines;
  private final ImmutableMap<Interpretation, String> ledgerSwitches;

  /**
   * The benefit rules on policy editions, interpretation switches and the deadline rules (for the
   * report deadline of each stop event).
   *
   * @param editions the policy editions
   * @param switches the interpretation switches
   * @param deadlines the deadline rules
   */
  public ChongqingBenefitRules(
      PolicyEditions editions, InterpretationSwitches switches, DeadlineRules deadlines) {
    this.editions = editions;
    this.switches = switches;
    this.deadlines = deadlines;
    this.ledgerSwitches =
        SwitchRecord.of(
            switches,
            Interpretation.I_6,
            Interpretation.I_8,
            Interpretation.I_9,
            Interpretation.I_10,
            Interpretation.I_11,
            Interpretation.I_14);
  }

  @Override
  public StatutoryRetirement statutoryRetirement(
      YearMonth birthMonth, RetirementCategory category) {
    Checks.requireNonNull("birthMonth", birthMonth);
    Checks.requireNonNull("category", category);
    Checks.requireWithinDates("birthMonth", birthMonth);
    return RetirementAge.of(birthMonth, category);
  }

  @Override
  public BenefitLedger ledger(ClaimHistory history) {
    Checks.requireNonNull("history", history);
    try {
      return ledgerOf(history);
    } catch (CalendarCoverageException e) {
      throw RuleContextException.wrap(
          "ledger of the claim registered on " + history.registrationDate(), e);
    }
  }

  /**
   * The claim as the ledger knows it; its first month and retirement age explained; the walk month
   * by month; the report deadline of each stop event (一(五)).
   */
  private BenefitLedger ledgerOf(ClaimHistory history) {
    ClaimFacts claim = new ClaimFacts(history, switches, editions);
    LedgerBook book = new LedgerBook(claim);
    book.explain(LedgerSteps.start(history, claim.start(), switches.entitlementStart()));
    book.explain(claim.retirement().explanation());
    Ended end = new LedgerWalk(claim, editions, switches, book).walk();
    Optional<StopEvent> endEvent =
        end.reason() == ClaimEndReason.STOP_EVENT
            ? claim.concurrent().endingEvent()
            : Optional.empty();
    List<ReportDeadline> reports = new ArrayList<>();
    List<PendingReportDeadline> pending = new ArrayList<>();
    for (StopEvent event : history.stopEvents()) {
      StopEventReport report = StopEventReport.of(event.date(), event.type());
      // I-5: a deadline that needs a year whose holiday notice is not loaded is pending, and the
      // months stand
      Part.of(
              "report deadline of the " + event.type() + " event on " + event.date(),
              () -> deadlines.reportDeadline(report))
          .fold(
              reports::add,
              why -> {
                book.explain(LedgerSteps.reportPending(event, why));
                return pending.add(
                    ImmutablePendingReportDeadline.builder().event(report).pending(why).build());
              });
    }
    return book.close(end.reason(), endEvent, reports, pending, ledgerSwitches);
  }
}
