package io.github.cqui.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.LedgerStatus;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The ledger benchmarks' claims, checked in the normal build without JMH: every claim has 24 paid
 * months and 2 suspensions. Nothing is timed here.
 */
class LedgerClaimsTest {

  @Test
  void everyClaimHas24PaidMonthsAndTwoSuspensions() {
    LedgerClaims claims = new LedgerClaims();
    claims.setUp(); // throws IllegalStateException naming the first claim that differs
    assertThat(claims.histories).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void theFirstClaimMonthByMonth() {
    // registered 2025-08-01: 2025-11 and 2025-12 missed → 2026-01 suspended, verified → resumed
    // 2026-02; 2026-08 and 2026-09 missed → 2026-10 suspended, verified → resumed 2026-11; the
    // 24th paid month is 2025-08 + 25 months = 2027-09
    LedgerClaims claims = new LedgerClaims();
    claims.setUp();
    BenefitLedger ledger = claims.rules.ledger(claims.histories[0]);
    assertThat(ledger.lines())
        .filteredOn(l -> l.status() == LedgerStatus.SUSPENDED)
        .extracting(l -> l.month())
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 10));
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2027, 9));
  }

  @Test
  void aBatchGivesTheSameLedgersSequentiallyAndInParallel() {
    LedgerClaims claims = new LedgerClaims();
    claims.setUp();
    LedgerBatchBenchmark batch = new LedgerBatchBenchmark();
    batch.prepare(claims); // throws IllegalStateException if the streams disagree
    // every ledger has 26 lines: 24 paid, 2 suspended
    assertThat(batch.sequential()).isEqualTo(26L * LedgerBatchBenchmark.BATCH);
    assertThat(batch.parallel()).isEqualTo(26L * LedgerBatchBenchmark.BATCH);
  }
}
