package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.testing.CalendarGens.StartAndCount;
import org.junit.jupiter.api.Test;

/**
 * {@link CalendarGens#startAndCountWithRoom(WorkingDayCalendar, int)} takes the smallest greatest
 * count its javadoc allows, {@code maxN = 1}: every count is 1, and the latest start is the day
 * before the last working day of coverage.
 */
class CalendarGensCountOfOneTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chongqing();

  @Test
  void aGreatestCountOfOneGivesCountsOfOneWithRoomForTheNextWorkingDay() {
    Gen<StartAndCount> gen = CalendarGens.startAndCountWithRoom(CALENDAR, 1);

    assertThat(gen.samples(6, 500))
        .allSatisfy(
            c -> {
              assertThat(c.n()).isEqualTo(1);
              assertThat(CALENDAR.isCovered(CALENDAR.plusWorkingDays(c.start(), 1))).isTrue();
            });
    StartAndCount latest = gen.generate(Draws.allHigh(Draws.DEFAULT_MAX_DRAWS));
    assertThat(CALENDAR.plusWorkingDays(latest.start(), 1))
        .isEqualTo(CALENDAR.previousOrSameWorkingDay(CALENDAR.lastCoveredDay()));
  }
}
