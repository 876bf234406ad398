package io.github.cqui.rules.testing;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.testing.CalendarGens.StartAndCount;
import java.time.LocalDate;

/**
 * The laws of working-day arithmetic that every {@link WorkingDayCalendar} obeys, as plain checks
 * that throw {@link AssertionError}: run them with {@link Property} or with any engine, against the
 * bundled calendar or one you built (a new year, a revised notice, local rest days).
 *
 * <p>Each law takes inputs with room inside coverage ({@link CalendarGens#startAndCountWithRoom}).
 * Stateless and thread-safe.
 */
public final class CalendarLaws {

  private CalendarLaws() {}

  /**
   * {@code plusWorkingDays(d, n)} is a working day after {@code d}, and exactly {@code n} working
   * days lie after {@code d} up to and including it (the start day is never counted, 民法典 art 201).
   *
   * @param calendar the calendar under test
   * @param c the start {@code d} and the count {@code n}, with room inside coverage
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void plusCountsExactlyNWorkingDays(WorkingDayCalendar calendar, StartAndCount c) {
    LocalDate end = calendar.plusWorkingDays(c.start(), c.n());
    check(
        calendar.isWorkingDay(end),
        "%s + %d working days = %s is not a working day",
        c.start(),
        c.n(),
        end);
    check(
        end.isAfter(c.start()),
        "%s + %d working days = %s is not after the start",
        c.start(),
        c.n(),
        end);
    int between = calendar.workingDaysBetween(c.start().plusDays(1), end.plusDays(1));
    check(between == c.n(), "%s: %d working days lie after the start up to %s", c, between, end);
  }

  /**
   * {@code plus(plus(d, a), n - a) == plus(d, n)} for {@code 1 <= a <= n} (when {@code a == n} the
   * second step is empty).
   *
   * @param calendar the calendar under test
   * @param c the start {@code d} and the count {@code n}, with room inside coverage
   * @param a where to split the count, from 1 to {@code n}
   * @throws AssertionError if {@code a} is outside that range or the law does not hold, with a
   *     message naming the inputs
   */
  public static void plusComposes(WorkingDayCalendar calendar, StartAndCount c, int a) {
    check(a >= 1 && a <= c.n(), "a = %d must be in [1, n = %d]", a, c.n());
    LocalDate first = calendar.plusWorkingDays(c.start(), a);
    LocalDate stepwise = a == c.n() ? first : calendar.plusWorkingDays(first, c.n() - a);
    LocalDate direct = calendar.plusWorkingDays(c.start(), c.n());
    check(stepwise.equals(direct), "%s split at %d: %s != %s", c, a, stepwise, direct);
  }

  /**
   * The answer never decreases as the start or {@code n} increases, and rises strictly with n.
   *
   * @param calendar the calendar under test
   * @param c the start and the count, with room inside coverage; compared with the count less one
   *     and with the day before the start, when that day is covered
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void plusIsMonotone(WorkingDayCalendar calendar, StartAndCount c) {
    LocalDate end = calendar.plusWorkingDays(c.start(), c.n());
    if (c.n() > 1) {
      LocalDate shorter = calendar.plusWorkingDays(c.start(), c.n() - 1);
      check(shorter.isBefore(end), "%s: n - 1 gives %s, not before %s", c, shorter, end);
    }
    LocalDate earlier = c.start().minusDays(1);
    if (calendar.isCovered(earlier)) {
      LocalDate fromEarlier = calendar.plusWorkingDays(earlier, c.n());
      check(
          !fromEarlier.isAfter(end), "%s: the day before gives %s, after %s", c, fromEarlier, end);
    }
  }

  /**
   * {@code minus(plus(d, n), n)} is {@code d} when {@code d} is a working day, and the previous
   * working day otherwise; when no working day is covered on or before {@code d}, it is refused
   * with {@link CalendarCoverageException}.
   *
   * @param calendar the calendar under test
   * @param c the start {@code d} and the count {@code n}, with room inside coverage
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void minusInvertsPlus(WorkingDayCalendar calendar, StartAndCount c) {
    LocalDate end = calendar.plusWorkingDays(c.start(), c.n());
    if (calendar.workingDaysBetween(calendar.firstCoveredDay(), c.start().plusDays(1)) == 0) {
      try {
        LocalDate back = calendar.minusWorkingDays(end, c.n());
        throw new AssertionError(
            c + ": back to " + back + ", before the first covered working day");
      } catch (CalendarCoverageException expected) {
        return;
      }
    }
    LocalDate back = calendar.minusWorkingDays(end, c.n());
    LocalDate expected = calendar.previousOrSameWorkingDay(c.start());
    check(back.equals(expected), "%s: back to %s, expected %s", c, back, expected);
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
