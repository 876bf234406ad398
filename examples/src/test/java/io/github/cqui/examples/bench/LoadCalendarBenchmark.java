package io.github.cqui.examples.bench;

import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled calendar with a warm JVM: {@link
 * HolidaySchedule#fromJson(java.io.InputStream)} on the bytes of {@code cn-holidays.json} (UTF-8
 * decoding, parsing, validation of every notice year), then {@link
 * WorkingDayCalendar#of(HolidaySchedule)} (building the index over twelve years). The bytes are
 * read in the setup, so no I/O is measured. DESIGN.md targets < 50 ms; the first load in a fresh
 * JVM is {@link ColdLoadCalendarBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoadCalendarBenchmark {

  private byte[] json;

  /** Reads the bundled JSON, and checks that loading it gives the bundled calendar. */
  @Setup(Level.Trial)
  public void setUp() {
    json = BundledJson.read();
    if (!load().equals(WorkingDayCalendar.chongqing())) {
      throw new IllegalStateException("loading cn-holidays.json did not give the bundled calendar");
    }
  }

  @Benchmark
  public WorkingDayCalendar load() {
    return WorkingDayCalendar.of(HolidaySchedule.fromJson(new ByteArrayInputStream(json)));
  }
}
