package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.LocalRestDay;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.testing.CalendarGens.StartAndCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar laws, run by the shrinking runner on the bundled calendar and on a local one. */
class CalendarLawsTest {

  private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.chongqing();
  private static final WorkingDayCalendar LOCAL =
      BUNDLED.withLocalRestDays(LocalRestDay.of(LocalDate.of(2025, 10, 10), "民族节日", "某自治县人民政府"));
  private static final Gen<StartAndCount> CASES = CalendarGens.startAndCountWithRoom(BUNDLED, 300);

  @Test
  void plusCountsExactlyNWorkingDays() {
    Property.forAll("plus counts exactly n working days", CASES)
        .check(c -> CalendarLaws.plusCountsExactlyNWorkingDays(BUNDLED, c));
    Property.forAll("plus counts exactly n working days, local calendar", CASES)
        .check(c -> CalendarLaws.plusCountsExactlyNWorkingDays(LOCAL, c));
  }

  /** A case and a point at which to split its n. */
  record Split(StartAndCount c, int a) {}

  @Test
  void plusComposes() {
    Property.forAll(
            "plus composes", CASES.flatMap(c -> Gen.ints(1, c.n()).map(a -> new Split(c, a))))
        .check(s -> CalendarLaws.plusComposes(BUNDLED, s.c(), s.a()));
  }

  @Test
  void plusIsMonotone() {
    Property.forAll("plus is monotone", CASES).check(c -> CalendarLaws.plusIsMonotone(BUNDLED, c));
  }

  @Test
  void minusInvertsPlus() {
    Property.forAll("minus inverts plus", CASES)
        .check(c -> CalendarLaws.minusInvertsPlus(BUNDLED, c));
    Property.forAll("minus inverts plus, local calendar", CASES)
        .check(c -> CalendarLaws.minusInvertsPlus(LOCAL, c));
  }

  @Test
  void aLawFailsOnACalendarThatBreaksIt() {
    assertThatThrownBy(
            () ->
                CalendarLaws.plusComposes(
                    BUNDLED, new StartAndCount(LocalDate.of(2025, 9, 25), 7), 8))
        .isInstanceOf(AssertionError.class)
        .hasMessage("a = 8 must be in [1, n = 7]");
  }
}
