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
 * Provisional lookups beside published ones (INTERPRETATIONS I-5): {@code isWorkingDay} and {@code
 * plusWorkingDays(start, 250)} on the published calendar over 2023–2026 and on the provisional
 * calendar over the projected years 2027–2030, with inputs of the same shape ({@link
 * ProvisionalInputs}). The target: provisional lookups no slower than published ones (the
 * provisional calendar has the same index over its projected years).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProvisionalCalendarBenchmark {

  private int next;

  private int input() {
    return next++ & CalendarPeers.MASK;
  }

  @Benchmark
  public boolean isWorkingDayPublished(ProvisionalInputs inputs) {
    return inputs.published.isWorkingDay(inputs.publishedDates[input()]);
  }

  @Benchmark
  public boolean isWorkingDayProvisional(ProvisionalInputs inputs) {
    return inputs.provisional.isWorkingDay(inputs.provisionalDates[input()]);
  }

  @Benchmark
  public LocalDate plusWorkingDaysPublished(ProvisionalInputs inputs) {
    return inputs.published.plusWorkingDays(inputs.publishedStarts[input()], CalendarPeers.N);
  }

  @Benchmark
  public LocalDate plusWorkingDaysProvisional(ProvisionalInputs inputs) {
    return inputs.provisional.plusWorkingDays(inputs.provisionalStarts[input()], CalendarPeers.N);
  }
}
