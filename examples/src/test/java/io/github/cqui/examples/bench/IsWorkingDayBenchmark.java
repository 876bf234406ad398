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
 * {@code isWorkingDay(date)} on a date anywhere in the covered years, the building block of every
 * other query. DESIGN.md targets cqui at least as fast as Strata's {@code isBusinessDay}.
 *
 * <p>cqui reads one flag of its index; Strata reads a bit of its per-month bitmap; the naive peer
 * makes up to two {@code HashSet} lookups and a weekday test; tyme4j looks the date up in its
 * holiday table. Each call takes the next of 1024 seeded dates ({@link CalendarPeers}), so the
 * answers mix working days, weekends, holidays and make-up days.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IsWorkingDayBenchmark {

  private int next;

  private LocalDate date(CalendarPeers peers) {
    return peers.dates[next++ & CalendarPeers.MASK];
  }

  @Benchmark
  public boolean cqui(CalendarPeers peers) {
    return peers.cqui.isWorkingDay(date(peers));
  }

  @Benchmark
  public boolean naive(CalendarPeers peers) {
    return peers.naive.isWorkingDay(date(peers));
  }

  @Benchmark
  public boolean strata(CalendarPeers peers) {
    return peers.strata.isBusinessDay(date(peers));
  }

  @Benchmark
  public boolean tyme4j(CalendarPeers peers) {
    return peers.tyme.isWorkingDay(date(peers));
  }
}
