package io.github.cqui.examples.bench;

import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled calendar once in a fresh JVM: the same work as {@link LoadCalendarBenchmark}
 * (parse, validate, index from in-memory bytes), measured as a single shot with no warm-up, so it
 * includes loading and initialising the calendar's classes (and Guava's) and running interpreted.
 * This is what the first {@code WorkingDayCalendar.chongqing()} of an application costs, bar
 * reading the resource. Ten forks give ten cold samples. DESIGN.md targets < 50 ms.
 *
 * <p>The setup reads the bytes without touching a cqui class; the answer is checked against the
 * bundled calendar after the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdLoadCalendarBenchmark {

  private byte[] json;
  private @Nullable WorkingDayCalendar loaded;

  @Setup(Level.Trial)
  public void setUp() {
    json = BundledJson.read();
  }

  @Benchmark
  public WorkingDayCalendar load() {
    WorkingDayCalendar calendar =
        WorkingDayCalendar.of(HolidaySchedule.fromJson(new ByteArrayInputStream(json)));
    loaded = calendar;
    return calendar;
  }

  /** Checks, after the measurement, that the cold load gave the bundled calendar. */
  @TearDown(Level.Trial)
  public void check() {
    if (loaded == null || !loaded.equals(WorkingDayCalendar.chongqing())) {
      throw new IllegalStateException("loading cn-holidays.json did not give the bundled calendar");
    }
  }
}
