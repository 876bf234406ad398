package io.github.cqui.core.benefit;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger as it is written, month by month: one line per month with what is due, what was paid
 * and any overpayment (渝人社办〔2025〕112号 三(四)), the months of entitlement used and left, the totals,
 * and the explanation. Mutable, confined to one walk.
 */
final class LedgerBook {

  private final ClaimFacts claim;
  private final List<LedgerLine> lines = new ArrayList<>();
  private final Explanation.Builder explanation = Explanation.builder();
  private int used;
  private int left;
  private int suspendedMonths;
  private int notPayableMonths;
  private int extensionMonths;
  private Money totalDue = Money.zero();
  private Money totalOverpayment = Money.zero();
  private Optional<YearMonth> lastPaid = Optional.empty();

  LedgerBook(ClaimFacts claim) {
    this.claim = claim;
    this.left = claim.history().entitlementMonths();
  }

  void explain(ExplanationStep step) {
    explanation.step(step);
  }

  void explain(Explanation steps) {
    explanation.steps(steps);
  }

  /**
   * A month paid: from the entitlement, or under the near-retirement extension without using it
   * (I-11).
   */
  void paid(YearMonth month, Money due, boolean projected, boolean extension) {
    if (extension) {
      extensionMonths++;
    } else {
      used++;
      left--;
    }
    lastPaid = Optional.of(month);
    line(month, LedgerStatus.PAID, due, projected, extension);
  }

  /** A month of 灵活就业社保补贴: nothing due, no month of entitlement used (I-15). */
  void notPayable(YearMonth month, boolean projected) {
    notPayableMonths++;
    line(month, LedgerStatus.NOT_PAYABLE, Money.zero(), projected, false);
  }

  /** A suspended month: nothing due, deferred (I-8). */
  void suspended(YearMonth month, boolean projected) {
    suspendedMonths++;
    line(month, LedgerStatus.SUSPENDED, Money.zero(), projected, false);
  }

  /** A month after the end: nothing due. */
  void stopped(YearMonth month) {
    line(month, LedgerStatus.STOPPED, Money.zero(), false, false);
  }

  int monthsUsed() {
    return used;
  }

  int monthsLeft() {
    return left;
  }

  Optional<YearMonth> lastPaid() {
    return lastPaid;
  }

  private void line(
      YearMonth month, LedgerStatus status, Money due, boolean projected, boolean extension) {
    Optional<Money> paid = claim.actualIn(month);
    Money overpayment = Money.zero();
    if (paid.isPresent() && paid.get().isGreaterThan(due)) {
      overpayment = paid.get().minus(due);
      totalOverpayment = totalOverpayment.plus(overpayment);
      explanation.step(LedgerSteps.overpaid(month, due, paid.get(), overpayment));
    }
    totalDue = totalDue.plus(due);
    lines.add(
        ImmutableLedgerLine.builder()
            .month(month)
            .status(status)
            .due(due)
            .actual(paid)
            .overpayment(overpayment)
            .monthsUsed(used)
            .monthsLeft(left)
            .projected(projected)
            .extension(extension)
            .build());
  }

  /** The ledger, closed for {@code reason}. */
  BenefitLedger close(
      ClaimEndReason reason,
      Optional<StopEvent> endEvent,
      List<ReportDeadline> reportDeadlines,
      List<PendingReportDeadline> pendingReportDeadlines,
      ImmutableMap<Interpretation, String> switches) {
    // the months depend on no holiday; the report deadlines may be provisional (I-5)
    List<List<ProvisionalYear>> years = new ArrayList<>(reportDeadlines.size());
    for (ReportDeadline report : reportDeadlines) {
      years.add(report.provisionalYears());
    }
    List<ProvisionalYear> provisional = Provisionals.union(years);
    Provisionals.explain(explanation, provisional);
    return ImmutableBenefitLedger.builder()
        .startMonth(claim.start())
        .entitlementMonths(claim.history().entitlementMonths())
        .retirementMonth(claim.retirement().retirementMonth())
        .lines(lines)
        .lastPaidMonth(lastPaid)
        .endReason(reason)
        .endEvent(endEvent)
        .monthsUsed(used)
        .monthsLeft(left)
        .suspendedMonths(suspendedMonths)
        .notPayableMonths(notPayableMonths)
        .extensionMonths(extensionMonths)
        .totalDue(totalDue)
        .totalOverpayment(totalOverpayment)
        .reportDeadlines(reportDeadlines)
        .pendingReportDeadlines(pendingReportDeadlines)
        .switches(switches)
        .provisionalYears(provisional)
        .explanation(explanation.build())
        .build();
  }
}
