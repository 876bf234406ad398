package io.github.cqui.examples.bench;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.calendar.StatutoryHoliday;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The published calendar and the provisional one (INTERPRETATIONS I-5), and seeded inputs of equal
 * shape for each: four published years (2023–2026) and four projected years (2027–2030).
 *
 * <ul>
 *   <li>{@link #published}: {@link WorkingDayCalendar#chongqing()}, asked about 2023–2026;
 *   <li>{@link #provisional}: the same calendar in {@link CoverageMode#PROVISIONAL} mode, asked
 *       about 2027–2030, years it projects from the statutory days of 国务院令第795号 第二条 and weekends.
 * </ul>
 *
 * <p>{@link #setUp()} checks, before anything is measured, that the provisional calendar answers
 * the published years exactly as the published one, and the projected years as a day-by-day weekday
 * rule over the decree's statutory days; it throws naming the first disagreement.
 */
@State(Scope.Benchmark)
public class ProvisionalInputs {

  private static final long SEED = 20_261_201L;

  WorkingDayCalendar published;
  WorkingDayCalendar provisional;

  /** Dates anywhere in 2023–2026. */
  final LocalDate[] publishedDates = new LocalDate[CalendarPeers.SIZE];

  /** Dates anywhere in 2027–2030. */
  final LocalDate[] provisionalDates = new LocalDate[CalendarPeers.SIZE];

  /** Starts in 2023–2025, so that 250 working days stay in 2026. */
  final LocalDate[] publishedStarts = new LocalDate[CalendarPeers.SIZE];

  /** Starts in 2027–2029. */
  final LocalDate[] provisionalStarts = new LocalDate[CalendarPeers.SIZE];

  /** Builds both calendars and the inputs, and checks the answers. */
  @Setup(Level.Trial)
  public void setUp() {
    published = WorkingDayCalendar.chongqing();
    provisional = published.withCoverageMode(CoverageMode.PROVISIONAL);
    Random random = new Random(SEED);
    LocalDate publishedFirst = LocalDate.of(2023, 1, 1);
    LocalDate provisionalFirst = LocalDate.of(2027, 1, 1);
    int fourYears = 4 * 365;
    int starts = 3 * 365 - CalendarPeers.SPAN_DAYS / 4;
    for (int i = 0; i < CalendarPeers.SIZE; i++) {
      int day = random.nextInt(fourYears);
      publishedDates[i] = publishedFirst.plusDays(day);
      provisionalDates[i] = provisionalFirst.plusDays(day);
      int start = random.nextInt(starts);
      publishedStarts[i] = publishedFirst.plusDays(start);
      provisionalStarts[i] = provisionalFirst.plusDays(start);
    }
    check();
  }

  private void check() {
    for (LocalDate d = published.firstCoveredDay();
        !d.isAfter(published.lastCoveredDay());
        d = d.plusDays(1)) {
      agree("isWorkingDay(" + d + ")", published.isWorkingDay(d), provisional.isWorkingDay(d));
    }
    Set<LocalDate> statutory = new HashSet<>();
    for (int year = 2027; year <= 2031; year++) {
      for (StatutoryHoliday h : HolidayDecree.inForce(year).statutoryHolidays(year)) {
        statutory.add(h.date());
      }
    }
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() <= 2031; d = d.plusDays(1)) {
      boolean expected =
          d.getDayOfWeek() != DayOfWeek.SATURDAY
              && d.getDayOfWeek() != DayOfWeek.SUNDAY
              && !statutory.contains(d);
      agree("isWorkingDay(" + d + ")", expected, provisional.isWorkingDay(d));
      if (!provisional.isProvisional(d)) {
        throw new IllegalStateException(d + " is not marked provisional");
      }
    }
    for (int i = 0; i < CalendarPeers.SIZE; i++) {
      LocalDate start = provisionalStarts[i];
      LocalDate end = provisional.plusWorkingDays(start, CalendarPeers.N);
      int count = 0;
      for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
        count += provisional.isWorkingDay(d) ? 1 : 0;
      }
      agree("plusWorkingDays(" + start + ", " + CalendarPeers.N + ")", CalendarPeers.N, count);
      agree(
          "plusWorkingDays(" + publishedStarts[i] + ", " + CalendarPeers.N + ")",
          published.plusWorkingDays(publishedStarts[i], CalendarPeers.N),
          provisional.plusWorkingDays(publishedStarts[i], CalendarPeers.N));
    }
  }

  private static void agree(String question, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          question
              + ": expected "
              + expected
              + " but the provisional calendar says "
              + actual
              + "; the benchmark would compare different answers");
    }
  }
}
