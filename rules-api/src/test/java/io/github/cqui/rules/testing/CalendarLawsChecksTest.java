package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.testing.CalendarGens.StartAndCount;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link CalendarLaws} catches the one planted bug it exists for: the law is called
 * directly on one hand-picked input, passes on a fresh copy of the bundled calendar, and fails on a
 * copy with one flaw in its tables, with the message only that check writes. (The laws over
 * generated inputs are run in {@link CalendarLawsTest}.)
 *
 * <p>{@link WorkingDayCalendar} is a final class whose answers all come from the same tables, so a
 * calendar that is wrong in one way cannot be built through its API, nor wrapped: the flaws are
 * planted by reflection in a fresh calendar's private tables, {@code before} (the running count of
 * working days, by day) and {@code workingDates} (the working days in order), as an off-by-one in
 * building them would leave them. If those fields are renamed these tests fail loudly, naming the
 * field.
 */
class CalendarLawsChecksTest {

  private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();

  /** A Wednesday, mid-month, far inside coverage. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 9, 3);

  /** A fresh calendar on the bundled schedule: the same answers, its own tables. */
  private static WorkingDayCalendar fresh() {
    return WorkingDayCalendar.of(BUNDLED.schedule());
  }

  /**
   * A fresh calendar whose running count through {@code day} is one too many: {@code
   * plusWorkingDays(day, n)} gives the (n + 1)-th working day after it, {@code minusWorkingDays(day
   * + 1, n)} the working day after the right one, and a count of working days from or to {@code day
   * + 1} is one short or one too many. Every other answer is right.
   */
  private static WorkingDayCalendar countsOneTooManyThrough(LocalDate day) {
    WorkingDayCalendar calendar = fresh();
    int[] before = ((int[]) read(calendar, "before")).clone();
    before[slotOf(calendar, day) + 1]++;
    write(calendar, "before", before);
    return calendar;
  }

  /**
   * A fresh calendar whose list of working days has {@code day} also in the place of the working
   * day before it: any count that should land on that earlier working day lands on {@code day}.
   */
  private static WorkingDayCalendar listsTwice(LocalDate day) {
    return listsInPlaceOf(day, fresh().previousWorkingDay(day));
  }

  /**
   * A fresh calendar whose list of working days has {@code day} in the place of the working day
   * {@code replaced}: any count that should land on {@code replaced} lands on {@code day}, which
   * may be a rest day or the start of the count.
   */
  private static WorkingDayCalendar listsInPlaceOf(LocalDate day, LocalDate replaced) {
    WorkingDayCalendar calendar = fresh();
    LocalDate[] dates = ((LocalDate[]) read(calendar, "workingDates")).clone();
    int k = Arrays.asList(dates).indexOf(replaced);
    assertThat(k).as("%s is a listed working day", replaced).isNotNegative();
    dates[k] = day;
    write(calendar, "workingDates", dates);
    return calendar;
  }

  /** The law holds on a fresh calendar and fails on {@code broken} with {@code message}. */
  private static void assertCaught(
      Consumer<WorkingDayCalendar> law, WorkingDayCalendar broken, String message) {
    assertThatCode(() -> law.accept(fresh())).doesNotThrowAnyException();
    assertThatThrownBy(() -> law.accept(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(message);
  }

  /**
   * "Exactly {@code n} working days lie after {@code d} up to and including it": from Wednesday
   * 2025-09-03, 5 working days land on Thursday 2025-09-11, listed also in the place of 2025-09-10:
   * a working day after the start, but the 6th.
   */
  @Test
  void aSumOneWorkingDayTooFarIsCaughtByPlusCountsExactlyNWorkingDays() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    assertCaught(
        calendar -> CalendarLaws.plusCountsExactlyNWorkingDays(calendar, c),
        listsTwice(LocalDate.of(2025, 9, 11)),
        "6 working days lie after the start up to 2025-09-11");
  }

  /**
   * "{@code plusWorkingDays(d, n)} is a working day": 5 working days after Wednesday 2025-09-03
   * land on Saturday 2025-09-13, listed in the place of Wednesday 2025-09-10.
   */
  @Test
  void aSumOnARestDayIsCaughtByPlusCountsExactlyNWorkingDays() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    LocalDate saturday = LocalDate.of(2025, 9, 13);
    assertThat(fresh().isWorkingDay(saturday)).isFalse();
    assertCaught(
        calendar -> CalendarLaws.plusCountsExactlyNWorkingDays(calendar, c),
        listsInPlaceOf(saturday, LocalDate.of(2025, 9, 10)),
        "2025-09-03 + 5 working days = 2025-09-13 is not a working day");
  }

  /**
   * "{@code plusWorkingDays(d, n)} is ... after {@code d}": 5 working days after Wednesday
   * 2025-09-03 land on the start itself, listed in the place of Wednesday 2025-09-10.
   */
  @Test
  void aSumOnTheStartIsCaughtByPlusCountsExactlyNWorkingDays() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    assertCaught(
        calendar -> CalendarLaws.plusCountsExactlyNWorkingDays(calendar, c),
        listsInPlaceOf(WEDNESDAY, LocalDate.of(2025, 9, 10)),
        "2025-09-03 + 5 working days = 2025-09-03 is not after the start");
  }

  /**
   * "{@code plus(plus(d, a), n - a) == plus(d, n)}": from Wednesday 2025-09-03, 5 working days
   * split at 2, with the count through the split point (Friday 2025-09-05) one too many.
   */
  @Test
  void aSumThatDependsOnTheSplitIsCaughtByPlusComposes() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    LocalDate split = LocalDate.of(2025, 9, 5);
    assertThat(fresh().plusWorkingDays(WEDNESDAY, 2)).isEqualTo(split);
    assertCaught(
        calendar -> CalendarLaws.plusComposes(calendar, c, 2),
        countsOneTooManyThrough(split),
        "split at 2: 2025-09-11 != 2025-09-10");
  }

  /**
   * "Rises strictly with n": 4 and 5 working days after Wednesday 2025-09-03 both land on Wednesday
   * 2025-09-10, listed also in the place of Tuesday 2025-09-09.
   */
  @Test
  void twoCountsOnTheSameDayAreCaughtByPlusIsMonotone() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    assertCaught(
        calendar -> CalendarLaws.plusIsMonotone(calendar, c),
        listsTwice(LocalDate.of(2025, 9, 10)),
        "n - 1 gives 2025-09-10, not before 2025-09-10");
  }

  /**
   * "The answer never decreases as the start increases": from Saturday 2025-09-13 and from the
   * Friday before, 5 working days both land on Friday 2025-09-19, but with the count through Friday
   * one too many the Friday start lands on Monday 2025-09-22.
   */
  @Test
  void anEarlierStartLandingLaterIsCaughtByPlusIsMonotone() {
    LocalDate saturday = LocalDate.of(2025, 9, 13);
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    StartAndCount c = new StartAndCount(saturday, 5);
    assertCaught(
        calendar -> CalendarLaws.plusIsMonotone(calendar, c),
        countsOneTooManyThrough(saturday.minusDays(1)),
        "the day before gives 2025-09-22, after 2025-09-19");
  }

  /**
   * "{@code minus(plus(d, n), n)} is {@code d} when {@code d} is a working day": 5 working days
   * after Wednesday 2025-09-03 is 2025-09-10, and back 5 from it lands on Thursday 2025-09-04 when
   * the count through the day before it is one too many.
   */
  @Test
  void aDifferenceOneWorkingDayShortIsCaughtByMinusInvertsPlus() {
    StartAndCount c = new StartAndCount(WEDNESDAY, 5);
    assertCaught(
        calendar -> CalendarLaws.minusInvertsPlus(calendar, c),
        countsOneTooManyThrough(LocalDate.of(2025, 9, 9)),
        "back to 2025-09-04, expected 2025-09-03");
  }

  // ---- reflection on the calendar's tables ------------------------------------------------

  private static Object read(WorkingDayCalendar calendar, String name) {
    try {
      return field(name).get(calendar);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static void write(WorkingDayCalendar calendar, String name, Object value) {
    try {
      field(name).set(calendar, value);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Field field(String name) {
    try {
      Field field = WorkingDayCalendar.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new AssertionError("WorkingDayCalendar has no field " + name, e);
    }
  }

  private static int slotOf(WorkingDayCalendar calendar, LocalDate day) {
    try {
      Method slotOf = WorkingDayCalendar.class.getDeclaredMethod("slotOf", LocalDate.class);
      slotOf.setAccessible(true);
      return (int) slotOf.invoke(calendar, day);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("WorkingDayCalendar has no method slotOf(LocalDate)", e);
    }
  }
}
