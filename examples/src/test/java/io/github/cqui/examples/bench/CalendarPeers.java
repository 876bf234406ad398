package io.github.cqui.examples.bench;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.NoticeYear;
import io.github.cqui.calendar.ScheduledDay;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The four implementations under comparison, built once per trial from the same data, and the
 * seeded inputs they are asked about.
 *
 * <ul>
 *   <li>{@link #cqui}: the bundled {@link WorkingDayCalendar#chongqing()};
 *   <li>{@link #naive}: a day-by-day loop over {@code HashSet}s of the same schedule;
 *   <li>{@link #strata}: OpenGamma Strata's {@link ImmutableHolidayCalendar}, loaded with the same
 *       schedule: its rest days as holidays, Saturday and Sunday as weekend days, and its make-up
 *       working days as explicit working days;
 *   <li>{@link #tyme}: a day-by-day loop over tyme4j's own Chinese holiday table.
 * </ul>
 *
 * <p>The inputs are {@value #SIZE} dates from a fixed seed, cycled by the benchmarks so the JIT
 * cannot fold a constant answer: {@link #dates} anywhere in the calendar's coverage; {@link
 * #starts} early enough that {@value #N} working days and a one-year span ({@link #ends}, {@value
 * #SPAN_DAYS} days later) stay covered.
 *
 * <p>{@link #setUp()} checks that all four give equal answers, and throws if not: the benchmarks
 * must measure equal answers. {@code isWorkingDay} is checked on every covered day; plus and
 * between on every input (tyme4j on every 16th, as its lookups are slow).
 */
@State(Scope.Benchmark)
public class CalendarPeers {

  /** The number of seeded inputs; a power of two, so {@code i & MASK} cycles through them. */
  static final int SIZE = 1024;

  static final int MASK = SIZE - 1;

  /** The working days added by the plus benchmarks. */
  static final int N = 250;

  /** The length of a working-days-between range, in calendar days. */
  static final int SPAN_DAYS = 365;

  /**
   * tyme4j's plus and between are checked on every 16th input only: one tyme4j lookup costs
   * microseconds, and all 1024 would add seconds to every trial. Its per-day answer is checked on
   * every covered day, and its loops are the naive peer's, which is checked on every input.
   */
  private static final int TYME_SAMPLE_STEP = 16;

  private static final long SEED = 20_260_101L;

  WorkingDayCalendar cqui;
  NaiveCalendar naive;
  ImmutableHolidayCalendar strata;
  TymeCalendar tyme;

  final LocalDate[] dates = new LocalDate[SIZE];
  final LocalDate[] starts = new LocalDate[SIZE];
  final LocalDate[] ends = new LocalDate[SIZE];

  /** Builds the peers and the inputs, and checks that the peers agree. */
  @Setup(Level.Trial)
  public void setUp() {
    cqui = WorkingDayCalendar.chongqing();
    HolidaySchedule schedule = cqui.schedule();
    naive = new NaiveCalendar(schedule);
    strata = strataCalendar(cqui);
    tyme = new TymeCalendar();

    Random random = new Random(SEED);
    LocalDate first = cqui.firstCoveredDay();
    int coveredDays = (int) (cqui.lastCoveredDay().toEpochDay() - first.toEpochDay() + 1);
    // 250 working days take about 360 calendar days, a little more around the Spring Festival
    int startDays = coveredDays - 2 * SPAN_DAYS;
    for (int i = 0; i < SIZE; i++) {
      dates[i] = first.plusDays(random.nextInt(coveredDays));
      starts[i] = first.plusDays(random.nextInt(startDays));
      ends[i] = starts[i].plusDays(SPAN_DAYS);
    }
    checkAgreement();
  }

  /**
   * Strata's calendar on the schedule behind {@code calendar}: the rest days as holidays, the
   * make-up working days as working days that override the weekend. Dates outside the calendar's
   * coverage (a December date of the year before the first notice year) are left out, as cqui
   * leaves them out.
   */
  static ImmutableHolidayCalendar strataCalendar(WorkingDayCalendar calendar) {
    List<LocalDate> holidays = new ArrayList<>();
    List<LocalDate> workingDays = new ArrayList<>();
    for (NoticeYear year : calendar.schedule().years()) {
      for (ScheduledDay day : year.restDays()) {
        if (calendar.isCovered(day.date())) {
          holidays.add(day.date());
        }
      }
      for (ScheduledDay day : year.makeUpWorkdays()) {
        if (calendar.isCovered(day.date())) {
          workingDays.add(day.date());
        }
      }
    }
    return ImmutableHolidayCalendar.of(
        HolidayCalendarId.of("CQUI-BENCH"),
        holidays,
        List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        workingDays);
  }

  private void checkAgreement() {
    for (LocalDate day = cqui.firstCoveredDay();
        !day.isAfter(cqui.lastCoveredDay());
        day = day.plusDays(1)) {
      boolean expected = cqui.isWorkingDay(day);
      agree("isWorkingDay(" + day + ")", expected, naive.isWorkingDay(day), "naive");
      agree("isWorkingDay(" + day + ")", expected, strata.isBusinessDay(day), "Strata");
      agree("isWorkingDay(" + day + ")", expected, tyme.isWorkingDay(day), "tyme4j");
    }
    for (int i = 0; i < SIZE; i++) {
      LocalDate start = starts[i];
      String plus = "plusWorkingDays(" + start + ", " + N + ")";
      LocalDate expected = cqui.plusWorkingDays(start, N);
      agree(plus, expected, naive.plusWorkingDays(start, N), "naive");
      agree(plus, expected, strata.shift(start, N), "Strata shift");
      if (i % TYME_SAMPLE_STEP == 0) {
        agree(plus, expected, tyme.plusWorkingDays(start, N), "tyme4j");
      }

      String between = "workingDaysBetween(" + start + ", " + ends[i] + ")";
      int count = cqui.workingDaysBetween(start, ends[i]);
      agree(between, count, naive.workingDaysBetween(start, ends[i]), "naive");
      agree(between, count, strata.daysBetween(start, ends[i]), "Strata daysBetween");
      if (i % TYME_SAMPLE_STEP == 0) {
        agree(between, count, tyme.workingDaysBetween(start, ends[i]), "tyme4j");
      }
    }
  }

  private static void agree(String question, Object cquiAnswer, Object peerAnswer, String peer) {
    if (!cquiAnswer.equals(peerAnswer)) {
      throw new IllegalStateException(
          question
              + ": cqui says "
              + cquiAnswer
              + " but "
              + peer
              + " says "
              + peerAnswer
              + "; the benchmark would compare different answers");
    }
  }
}
