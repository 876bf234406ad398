package io.github.cqui.core.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The debt of a claim's overpayments (渝人社办〔2025〕112号 三(四); I-14, I-15): the contract is {@link
 * io.github.cqui.rules.recovery.RecoveryRules#overpaymentDebt}. The ledger is derived here from the
 * claim, never taken from the caller. Immutable and thread-safe.
 */
final class OverpaymentDebts {

  private final BenefitRules benefits;

  OverpaymentDebts(BenefitRules benefits) {
    this.benefits = benefits;
  }

  Optional<OverpaymentDebt> of(ClaimHistory claim, LocalDate establishedOn) {
    BenefitLedger ledger = benefits.ledger(claim);
    YearMonth established = YearMonth.from(establishedOn);
    List<OverpaidMonth> months = new ArrayList<>();
    for (LedgerLine line : ledger.lines()) {
      if (!line.overpayment().isPositive()) {
        continue;
      }
      if (line.month().isAfter(established)) {
        throw InvalidInputException.of(
            "establishedOn",
            establishedOn,
            "must not be before the month of an overpayment, " + line.month());
      }
      months.add(OverpaidMonth.of(line.month(), line.overpayment(), reason(ledger, line)));
    }
    return months.isEmpty()
        ? Optional.empty()
        : Optional.of(OverpaymentDebt.of(establishedOn, months));
  }

  /** Why the ledger line was overpaid: its status and, after a stop event, the event's type. */
  private static OverpaymentReason reason(BenefitLedger ledger, LedgerLine line) {
    return switch (line.status()) {
      case NOT_PAYABLE -> OverpaymentReason.FLEXIBLE_EMPLOYMENT_SUBSIDY_OVERLAP;
      case STOPPED ->
          ledger.endReason() != ClaimEndReason.STOP_EVENT
              ? OverpaymentReason.OTHER
              : ledger.endEvent().map(StopEvent::type).orElseThrow() == StopEventType.PENSION
                  ? OverpaymentReason.DUPLICATE_WITH_PENSION
                  : OverpaymentReason.STOP_EVENT_NOT_REPORTED;
      case PAID, SUSPENDED -> OverpaymentReason.OTHER;
    };
  }
}
