package io.github.cqui.examples.bench;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch of {@value #BATCH} claims (the {@value LedgerClaims#VARIANTS} claims of {@link
 * LedgerClaims}, cycled) computed with a sequential stream and with a parallel stream. One JMH
 * thread drives the batch; the parallel stream runs on the ForkJoin common pool, set to a
 * parallelism of {@value #PARALLELISM} in the forked JVM (the calling thread also takes part, as it
 * always does in a parallel stream). The score is in claims per second ({@code
 * OperationsPerInvocation} is the batch size); the speed-up is parallel over sequential. DESIGN.md
 * asks that a batch scales across cores: the rules are pure functions that share nothing.
 *
 * <p>{@link #setUp()} checks that the common pool has the intended parallelism and that both
 * streams give the same ledgers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(LedgerBatchBenchmark.BATCH)
@Fork(
    value = 1,
    jvmArgsAppend =
        "-Djava.util.concurrent.ForkJoinPool.common.parallelism="
            + LedgerBatchBenchmark.PARALLELISM)
@Threads(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class LedgerBatchBenchmark {

  /** Claims per batch. */
  static final int BATCH = 10_000;

  /** The common pool's parallelism in the forked JVM. */
  static final int PARALLELISM = 2;

  private List<ClaimHistory> batch;
  private LedgerClaims claims;

  /** Checks the pool, builds the batch and checks that both streams agree. */
  @Setup(Level.Trial)
  public void setUp(LedgerClaims claims) {
    if (ForkJoinPool.getCommonPoolParallelism() != PARALLELISM) {
      throw new IllegalStateException(
          "the ForkJoin common pool has parallelism "
              + ForkJoinPool.getCommonPoolParallelism()
              + ", not "
              + PARALLELISM
              + " (-Djava.util.concurrent.ForkJoinPool.common.parallelism)");
    }
    prepare(claims);
  }

  /** Builds the batch from the claims, and throws unless both streams give the same ledgers. */
  void prepare(LedgerClaims claims) {
    this.claims = claims;
    List<ClaimHistory> histories = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      histories.add(claims.histories[i & LedgerClaims.MASK]);
    }
    batch = List.copyOf(histories);
    List<BenefitLedger> sequential = batch.stream().map(claims.rules::ledger).toList();
    List<BenefitLedger> parallel = batch.parallelStream().map(claims.rules::ledger).toList();
    if (!sequential.equals(parallel)) {
      throw new IllegalStateException("the parallel stream gave other ledgers than the sequential");
    }
  }

  @Benchmark
  public long sequential() {
    return batch.stream().map(claims.rules::ledger).mapToLong(l -> l.lines().size()).sum();
  }

  @Benchmark
  public long parallel() {
    return batch.parallelStream().map(claims.rules::ledger).mapToLong(l -> l.lines().size()).sum();
  }
}
