package io.github.cqui.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code workingDaysBetween(start, start + 365 days)}: the working days in a one-year half-open
 * range (about 245–250), the shape of a claim period counted in working days. DESIGN.md targets
 * cqui at ≥ 100× the naive loop and ≥ 10× Strata.
 *
 * <p>cqui subtracts two cumulative counts; the naive and tyme4j peers visit every day of the range;
 * Strata uses {@code daysBetween(start, end)}, also half-open (the setup checks every input). Each
 * call takes the next of 1024 seeded ranges ({@link CalendarPeers}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkingDaysBetweenBenchmark {

  private int next;

  private int range() {
    return next++ & CalendarPeers.MASK;
  }

  @Benchmark
  public int cqui(CalendarPeers peers) {
    int i = range();
    return peers.cqui.workingDaysBetween(peers.starts[i], peers.ends[i]);
  }

  @Benchmark
  public int naive(CalendarPeers peers) {
    int i = range();
    return peers.naive.workingDaysBetween(peers.starts[i], peers.ends[i]);
  }

  @Benchmark
  public int strata(CalendarPeers peers) {
    int i = range();
    return peers.strata.daysBetween(peers.starts[i], peers.ends[i]);
  }

  @Benchmark
  public int tyme4j(CalendarPeers peers) {
    int i = range();
    return peers.tyme.workingDaysBetween(peers.starts[i], peers.ends[i]);
  }
}
