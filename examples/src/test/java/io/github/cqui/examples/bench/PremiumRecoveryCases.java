package io.github.cqui.examples.bench;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutableReimbursementRequest;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs of the reimbursement and recovery-schedule benchmarks, {@value LedgerClaims#VARIANTS}
 * of each, built once per trial and cycled so that the JIT cannot fold a constant answer.
 *
 * <p><b>Reimbursement</b> (渝人社办〔2025〕112号 一(三)): the claims of {@link LedgerClaims} (24 paid months
 * and 2 suspended over 26 months), applied for in the month after the last. Receipts: one per
 * quarter of the 26 months (offsets 0–2, 3–5, …, 24–25: 9 receipts, 8 covering 3 months and 1
 * covering 2), each of 3 × 480.01 or 2 × 480.01 yuan plus {@code i} fen, so they split with odd
 * fen. Two 代缴标准 rows, illustrative: 480.00 from 2025-01 and 500.00 from the claim's 13th month. So
 * 24 months are reimbursed (11 at the standard, 13 at the actual premium), 2 refused as suspended,
 * none pending; the explanation has 5 steps: the 9 splits, the months at the actual premium, the
 * months at the standard, the suspended months, the total with the table.
 *
 * <p><b>Schedule</b> (三(四)): a debt of 12 overpaid months of 2,000.00 plus {@code i} fen each
 * (24,000.00 + 12{@code i} fen, not divisible by 36 for most {@code i}), established 2026-01-20,
 * recovered in 36 monthly instalments from 2026-02-28, the odd fen first for even {@code i} and
 * last for odd; the explanation has 4 steps: the 12 months (one reason), the total, the instalments
 * and the outcome.
 *
 * <p>{@link #setUp()} computes each once and throws unless it is as described.
 */
@State(Scope.Benchmark)
public class PremiumRecoveryCases {

  static final int INSTALMENTS = 36;

  PremiumRules premium;
  RecoveryRules recovery;
  final ReimbursementRequest[] requests = new ReimbursementRequest[LedgerClaims.VARIANTS];
  final OverpaymentDebt[] debts = new OverpaymentDebt[LedgerClaims.VARIANTS];
  final RecoveryPlan[] plans = new RecoveryPlan[LedgerClaims.VARIANTS];

  /** Builds the inputs and checks each result. */
  @Setup(Level.Trial)
  public void setUp() {
    premium = Chongqing.rules().premium();
    recovery = Chongqing.rules().recovery();
    for (int i = 0; i < LedgerClaims.VARIANTS; i++) {
      requests[i] = request(i);
      checkReimbursement(premium.reimbursement(requests[i]), i);
      debts[i] = debt(i);
      plans[i] = plan(i);
      checkSchedule(recovery.schedule(debts[i], plans[i]), i);
    }
  }

  static ReimbursementRequest request(int i) {
    YearMonth start = LedgerClaims.FIRST.plusMonths(i);
    ImmutableReimbursementRequest.Builder request =
        ReimbursementRequest.builder()
            .claim(LedgerClaims.claim(start, i))
            .applicationDate(start.plusMonths(26).atDay(5))
            .addStandards(
                PremiumStandard.of(YearMonth.of(2025, 1), Money.ofYuan("480.00")),
                PremiumStandard.of(start.plusMonths(12), Money.ofYuan("500.00")));
    for (int first = 0; first < 26; first += 3) {
      int months = Math.min(3, 26 - first);
      request.addReceipts(
          PremiumReceipt.of(
              "R-" + (first / 3 + 1),
              start.plusMonths(first),
              start.plusMonths(first + months - 1L),
              Money.ofFen(48_001L * months + i),
              "本人"));
    }
    return request.build();
  }

  static OverpaymentDebt debt(int i) {
    List<OverpaidMonth> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(
          OverpaidMonth.of(
              YearMonth.of(2025, 1).plusMonths(m),
              Money.ofFen(200_000L + i),
              OverpaymentReason.STOP_EVENT_NOT_REPORTED));
    }
    return OverpaymentDebt.of(LocalDate.of(2026, 1, 20), months);
  }

  static RecoveryPlan plan(int i) {
    return RecoveryPlan.instalments(
        InstalmentAgreement.of(
            INSTALMENTS,
            LocalDate.of(2026, 2, 28),
            1,
            i % 2 == 0 ? OddFenPlacement.FIRST_INSTALMENTS : OddFenPlacement.LAST_INSTALMENTS));
  }

  static void checkReimbursement(PremiumReimbursement result, int i) {
    boolean suspendedOnly =
        result.refused().stream().allMatch(m -> m.reason() == RefusalReason.SUSPENDED);
    boolean paidOnly =
        result.reimbursed().stream().allMatch(m -> m.benefitStatus() == LedgerStatus.PAID);
    if (result.reimbursed().size() != 24
        || result.refused().size() != 2
        || !suspendedOnly
        || !paidOnly
        || !result.pending().isEmpty()
        || result.explanation().steps().size() != 5) {
      throw new IllegalStateException(
          "reimbursement "
              + i
              + ": expected 24 months reimbursed, 2 refused as suspended, 5 steps; got "
              + result.reimbursed().size()
              + " reimbursed, "
              + result.refused()
              + " refused, "
              + result.pending().size()
              + " pending, "
              + result.explanation().steps().size()
              + " steps");
    }
  }

  static void checkSchedule(RecoverySchedule schedule, int i) {
    if (schedule.lines().size() != INSTALMENTS
        || schedule.outcome() != ScheduleOutcome.CLEARS
        || schedule.explanation().steps().size() != 4) {
      throw new IllegalStateException(
          "schedule "
              + i
              + ": expected 36 lines clearing the debt, 4 steps; got "
              + schedule.lines().size()
              + " lines, "
              + schedule.outcome()
              + ", "
              + schedule.explanation().steps().size()
              + " steps");
    }
  }
}
