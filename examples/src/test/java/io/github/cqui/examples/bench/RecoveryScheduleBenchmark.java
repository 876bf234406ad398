package io.github.cqui.examples.bench;

import io.github.cqui.rules.recovery.RecoverySchedule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 36-instalment recovery schedule of a 12-month debt, explanation included, on one thread: {@code
 * RecoveryRules.schedule(debt, plan)}. Compare with {@link LedgerBenchmark} in the same run
 * (DESIGN.md: "reimbursement and recovery schedules cost no more than the ledger that feeds them").
 * Score in schedules per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class RecoveryScheduleBenchmark {

  private int next;

  @Benchmark
  public RecoverySchedule schedule36(PremiumRecoveryCases cases) {
    int i = next++ & LedgerClaims.MASK;
    return cases.recovery.schedule(cases.debts[i], cases.plans[i]);
  }
}
