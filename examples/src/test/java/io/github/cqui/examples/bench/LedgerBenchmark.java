package io.github.cqui.examples.bench;

import io.github.cqui.rules.benefit.BenefitLedger;
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
 * The month-by-month ledger of one 24-month claim with two suspensions, explanation included (it is
 * always built), on one thread: {@code BenefitRules.ledger(history)}. Each call takes the next of
 * the {@value LedgerClaims#VARIANTS} claims of {@link LedgerClaims}. DESIGN.md targets at least
 * 250,000 claims per second on one core; the score is in claims (ledgers) per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class LedgerBenchmark {

  private int next;

  @Benchmark
  public BenefitLedger ledger(LedgerClaims claims) {
    return claims.rules.ledger(claims.histories[next++ & LedgerClaims.MASK]);
  }
}
