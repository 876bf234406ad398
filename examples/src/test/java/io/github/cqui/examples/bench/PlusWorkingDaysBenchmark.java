package io.github.cqui.examples.bench;

import java.time.LocalDate;
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
 * {@code plusWorkingDays(start, 250)}: the 250th working day strictly after a start date, the shape
 * of a deadline counted in working days. DESIGN.md targets cqui at ≥ 100× the naive loop and ≥ 10×
 * Strata.
 *
 * <p>cqui answers from its precomputed index (a cumulative count and the ordered working days); the
 * naive and tyme4j peers step one day at a time; Strata uses {@code shift(start, 250)}, which
 * counts the same way (the setup checks every input). Each call takes the next of 1024 seeded start
 * dates ({@link CalendarPeers}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlusWorkingDaysBenchmark {

  private int next;

  private LocalDate start(CalendarPeers peers) {
    return peers.starts[next++ & CalendarPeers.MASK];
  }

  @Benchmark
  public LocalDate cqui(CalendarPeers peers) {
    return peers.cqui.plusWorkingDays(start(peers), CalendarPeers.N);
  }

  @Benchmark
  public LocalDate naive(CalendarPeers peers) {
    return peers.naive.plusWorkingDays(start(peers), CalendarPeers.N);
  }

  @Benchmark
  public LocalDate strata(CalendarPeers peers) {
    return peers.strata.shift(start(peers), CalendarPeers.N);
  }

  @Benchmark
  public LocalDate tyme4j(CalendarPeers peers) {
    return peers.tyme.plusWorkingDays(start(peers), CalendarPeers.N);
  }
}
