package io.github.cqui.rules.testing;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.DayInfo;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Generators of dates valid for a given {@link WorkingDayCalendar}: every date is covered, and
 * every working-day count leaves its answer inside coverage, by construction.
 *
 * <p>Shrinking: a date shrinks toward the first covered day (or the first day of its kind), and a
 * count shrinks toward 1 before its date moves.
 *
 * <p>Implementation Requirements: the generators are immutable and thread-safe; each one copies
 * what it needs from the calendar when it is made.
 */
public final class CalendarGens {

  private CalendarGens() {}

  /**
   * A start date and a count of working days such that {@code calendar.plusWorkingDays(start, n)}
   * is covered.
   *
   * @param start the start date, covered
   * @param n the count of working days, {@code >= 1}
   */
  public record StartAndCount(LocalDate start, int n) {

    /**
     * Checks the count.
     *
     * @param start the start date, not {@code null}
     * @param n the count of working days, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public StartAndCount {
      Objects.requireNonNull(start, "start");
      if (n < 1) {
        throw new IllegalArgumentException("n must be >= 1, was " + n);
      }
    }
  }

  /**
   * Covered dates: an offset from the first covered day, one draw.
   *
   * @param calendar the calendar
   * @return the generator, from {@code firstCoveredDay()} to {@code lastCoveredDay()}
   */
  public static Gen<LocalDate> coveredDates(WorkingDayCalendar calendar) {
    LocalDate first = calendar.firstCoveredDay();
    int lastOffset = (int) ChronoUnit.DAYS.between(first, calendar.lastCoveredDay());
    return Gen.ints(0, lastOffset).map(first::plusDays);
  }

  /**
   * The working days of the calendar (make-up working days included), one draw for the index.
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Gen<LocalDate> workingDays(WorkingDayCalendar calendar) {
    return Gen.elementOf(allWorkingDays(calendar));
  }

  /**
   * The rest days of the calendar (weekends, holidays and local rest days), one draw for the index.
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Gen<LocalDate> restDays(WorkingDayCalendar calendar) {
    return Gen.elementOf(
        calendar.restDays(calendar.firstCoveredDay(), endOfCoverage(calendar)).stream()
            .map(DayInfo::date)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The make-up working days (调休上班) of the calendar, one draw for the index.
   *
   * @param calendar the calendar
   * @return the generator
   * @throws IllegalArgumentException if the calendar has no make-up working day
   */
  public static Gen<LocalDate> makeUpWorkingDays(WorkingDayCalendar calendar) {
    ImmutableList<LocalDate> makeUpDays =
        allWorkingDays(calendar).stream()
            .filter(d -> calendar.dayInfo(d).kind() == DayKind.MAKE_UP_WORKING_DAY)
            .collect(ImmutableList.toImmutableList());
    if (makeUpDays.isEmpty()) {
      throw new IllegalArgumentException("the calendar has no make-up working day: " + calendar);
    }
    return Gen.elementOf(makeUpDays);
  }

  /**
   * A count <i>n</i> in {@code [1, maxN]}, drawn first, then a covered start date such that the
   * <i>n</i>-th working day after it is still covered: the start is an offset from the first
   * covered day, up to the day before the <i>n</i>-th last working day of coverage.
   *
   * @param calendar the calendar
   * @param maxN the greatest count, {@code >= 1} and less than the calendar's number of working
   *     days
   * @return the generator
   * @throws IllegalArgumentException if {@code maxN} is out of range
   */
  public static Gen<StartAndCount> startAndCountWithRoom(WorkingDayCalendar calendar, int maxN) {
    List<LocalDate> working = allWorkingDays(calendar);
    if (maxN < 1 || maxN >= working.size()) {
      throw new IllegalArgumentException(
          "maxN must be in [1, "
              + (working.size() - 1)
              + "] (the calendar's working days less one), was "
              + maxN);
    }
    LocalDate first = calendar.firstCoveredDay();
    return Gen.ints(1, maxN)
        .flatMap(
            n -> {
              // the start must precede the n-th last working day, which is then the n-th after it
              LocalDate bound = working.get(working.size() - n);
              int lastOffset = (int) ChronoUnit.DAYS.between(first, bound) - 1;
              return Gen.ints(0, lastOffset).map(o -> new StartAndCount(first.plusDays(o), n));
            });
  }

  private static LocalDate endOfCoverage(WorkingDayCalendar calendar) {
    return calendar.lastCoveredDay().plusDays(1);
  }

  private static List<LocalDate> allWorkingDays(WorkingDayCalendar calendar) {
    return calendar.workingDays(calendar.firstCoveredDay(), endOfCoverage(calendar));
  }
}
