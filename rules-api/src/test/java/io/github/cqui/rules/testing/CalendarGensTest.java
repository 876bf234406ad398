package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.testing.CalendarGens.StartAndCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarGensTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chongqing();
  private static final int N = 2000;

  private static <T> T allLow(Gen<T> gen) {
    return gen.generate(Draws.allLow(Draws.DEFAULT_MAX_DRAWS));
  }

  private static <T> T allHigh(Gen<T> gen) {
    return gen.generate(Draws.allHigh(Draws.DEFAULT_MAX_DRAWS));
  }

  private static LocalDate lastWorkingDay() {
    return CALENDAR.previousOrSameWorkingDay(CALENDAR.lastCoveredDay());
  }

  @Test
  void coveredDatesSpanTheCoverageAndShrinkToItsFirstDay() {
    Gen<LocalDate> gen = CalendarGens.coveredDates(CALENDAR);

    assertThat(gen.samples(1, N)).allSatisfy(d -> assertThat(CALENDAR.isCovered(d)).isTrue());
    assertThat(allLow(gen)).isEqualTo(CALENDAR.firstCoveredDay());
    assertThat(allHigh(gen)).isEqualTo(CALENDAR.lastCoveredDay());
  }

  @Test
  void workingDaysAreWorkingDays() {
    Gen<LocalDate> gen = CalendarGens.workingDays(CALENDAR);

    assertThat(gen.samples(2, N)).allSatisfy(d -> assertThat(CALENDAR.isWorkingDay(d)).isTrue());
    assertThat(allLow(gen)).isEqualTo(CALENDAR.nextOrSameWorkingDay(CALENDAR.firstCoveredDay()));
    assertThat(allHigh(gen)).isEqualTo(lastWorkingDay());
  }

  @Test
  void restDaysAreRestDays() {
    Gen<LocalDate> gen = CalendarGens.restDays(CALENDAR);

    assertThat(gen.samples(3, N)).allSatisfy(d -> assertThat(CALENDAR.isWorkingDay(d)).isFalse());
    assertThat(allLow(gen)).isEqualTo(LocalDate.of(2015, 1, 1)); // 元旦, the first covered day
    assertThat(allHigh(gen)).isEqualTo(LocalDate.of(2026, 12, 27)); // the last Sunday
  }

  @Test
  void makeUpWorkingDaysAreMakeUpWorkingDays() {
    Gen<LocalDate> gen = CalendarGens.makeUpWorkingDays(CALENDAR);
    List<LocalDate> samples = gen.samples(4, N);

    assertThat(samples)
        .allSatisfy(
            d -> assertThat(CALENDAR.dayInfo(d).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY));
    assertThat(samples).contains(LocalDate.of(2025, 10, 11)); // POLICY-FACTS §7
    assertThat(allLow(gen)).isEqualTo(LocalDate.of(2015, 1, 4));
  }

  @Test
  void startAndCountLeavesRoomInsideCoverageDrawingTheCountFirst() {
    Gen<StartAndCount> gen = CalendarGens.startAndCountWithRoom(CALENDAR, 250);

    assertThat(gen.samples(5, N))
        .allSatisfy(
            c -> {
              assertThat(c.n()).isBetween(1, 250);
              assertThat(CALENDAR.isCovered(c.start())).isTrue();
              assertThat(CALENDAR.isCovered(CALENDAR.plusWorkingDays(c.start(), c.n()))).isTrue();
            });
    assertThat(allLow(gen)).isEqualTo(new StartAndCount(CALENDAR.firstCoveredDay(), 1));
    StartAndCount highest = allHigh(gen);
    assertThat(highest.n()).isEqualTo(250);
    // the room is exact: the latest start reaches the last working day of coverage
    assertThat(CALENDAR.plusWorkingDays(highest.start(), 250)).isEqualTo(lastWorkingDay());
    assertThat(
            CalendarGens.startAndCountWithRoom(CALENDAR, 250)
                .generate(Draws.replay(new int[] {7, 0}, 10)))
        .isEqualTo(new StartAndCount(CALENDAR.firstCoveredDay(), 7));
  }

  @Test
  void theLargestCountLeavesRoomToo() {
    int working =
        CALENDAR.workingDaysBetween(
            CALENDAR.firstCoveredDay(), CALENDAR.lastCoveredDay().plusDays(1));
    Gen<StartAndCount> gen = CalendarGens.startAndCountWithRoom(CALENDAR, working - 1);

    StartAndCount highest = allHigh(gen);
    assertThat(CALENDAR.plusWorkingDays(highest.start(), highest.n())).isEqualTo(lastWorkingDay());
    assertThatThrownBy(() -> CalendarGens.startAndCountWithRoom(CALENDAR, working))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "maxN must be in [1, "
                + (working - 1)
                + "] (the calendar's working days less one), was "
                + working);
    assertThatThrownBy(() -> CalendarGens.startAndCountWithRoom(CALENDAR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }

  @Test
  void plusWorkingDaysNeverLeavesCoverageForTheGeneratedCases() {
    Property.forAll(
            "plusWorkingDays stays covered", CalendarGens.startAndCountWithRoom(CALENDAR, 250))
        .check(c -> assertThat(CALENDAR.plusWorkingDays(c.start(), c.n())).isAfter(c.start()));
  }
}
