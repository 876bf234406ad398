package io.github.cqui.examples.bench;

import io.github.cqui.rules.premium.PremiumReimbursement;
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
 * The medical-premium reimbursement of a 24-month claim with two suspensions, 9 receipts and 2
 * standards, explanation included, on one thread: {@code PremiumRules.reimbursement(request)}. The
 * rule derives the claim's ledger itself, so each call includes one ledger of {@link LedgerClaims};
 * compare with {@link LedgerBenchmark} in the same run (DESIGN.md: "reimbursement and recovery
 * schedules cost no more than the ledger that feeds them"). Score in reimbursements per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class ReimbursementBenchmark {

  private int next;

  @Benchmark
  public PremiumReimbursement reimbursement(PremiumRecoveryCases cases) {
    return cases.premium.reimbursement(cases.requests[next++ & LedgerClaims.MASK]);
  }
}
