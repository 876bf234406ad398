package io.github.cqui.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.recovery.RecoverySchedule;
import org.junit.jupiter.api.Test;

/**
 * The reimbursement and schedule benchmarks' inputs, checked in the normal build without JMH.
 * Nothing is timed here.
 */
class PremiumRecoveryCasesTest {

  @Test
  void everyInputIsAsTheBenchmarkDescribesIt() {
    PremiumRecoveryCases cases = new PremiumRecoveryCases();
    cases.setUp(); // throws IllegalStateException naming the first input that differs
    assertThat(cases.requests).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(cases.debts).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void theFirstReimbursementAndScheduleByHand() {
    PremiumRecoveryCases cases = new PremiumRecoveryCases();
    cases.setUp();
    PremiumReimbursement first = cases.premium.reimbursement(cases.requests[0]);
    // every receipt pays 480.01 a month (1440.03 over 3 months, 960.02 over 2); until offset 11
    // the standard is 480.00, below it: 11 months at 480.00 (offsets 0-11 less the suspended
    // 2026-01, offset 5); from offset 12 the standard is 500.00, above it: 13 months at the
    // actual 480.01 (offsets 12-25 less the suspended offset 14)
    assertThat(first.totalReimbursed())
        .isEqualTo(
            Money.ofYuan("480.00").multipliedBy(11).plus(Money.ofYuan("480.01").multipliedBy(13)));
    RecoverySchedule schedule = cases.recovery.schedule(cases.debts[0], cases.plans[0]);
    // 24,000.00 in 36: 2400000 fen / 36 = 66666 rest 24 → 24 × 666.67, then 12 × 666.66
    assertThat(schedule.lines().get(0).amount()).isEqualTo(Money.ofYuan("666.67"));
    assertThat(schedule.lines().get(23).amount()).isEqualTo(Money.ofYuan("666.67"));
    assertThat(schedule.lines().get(24).amount()).isEqualTo(Money.ofYuan("666.66"));
    assertThat(schedule.lines().get(35).balanceAfter()).isEqualTo(Money.zero());
  }
}
