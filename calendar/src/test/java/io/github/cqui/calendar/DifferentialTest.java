package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar's O(1) index against the naive day-by-day definition, over every covered day: is a
 * working day, plus and minus for n in 1..300, and working days between for spans of 0..400 days.
 */
class DifferentialTest {

  private static final int MAX_N = 300;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();
  private final NaiveCalendar naive = new NaiveCalendar(calendar.schedule());

  @Test
  void isWorkingDayAgreesWithTheDataRuleOnEveryCoveredDay() {
    assertThat(calendar.firstCoveredDay()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    int days = 0;
    for (LocalDate d = naive.first; !d.isAfter(naive.last); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as("%s", d).isEqualTo(naive.isWorkingDay(d));
      assertThat(calendar.dayInfo(d).isWorkingDay()).as("%s", d).isEqualTo(naive.isWorkingDay(d));
      days++;
    }
    assertThat(days).isEqualTo(4383);
  }

  @Test
  void plusWorkingDaysAgreesForEveryCoveredDayAndNUpTo300() {
    for (LocalDate d = naive.first; !d.isAfter(naive.last); d = d.plusDays(1)) {
      List<LocalDate> after = new ArrayList<>();
      for (LocalDate x = d.plusDays(1);
          after.size() < MAX_N && naive.covered(x);
          x = x.plusDays(1)) {
        if (naive.isWorkingDay(x)) {
          after.add(x);
        }
      }
      for (int n = 1; n <= MAX_N; n++) {
        if (n <= after.size()) {
          assertThat(calendar.plusWorkingDays(d, n))
              .as("%s + %s", d, n)
              .isEqualTo(after.get(n - 1));
        } else {
          LocalDate start = d;
          int count = n;
          assertThatThrownBy(() -> calendar.plusWorkingDays(start, count))
              .isInstanceOf(CalendarCoverageException.class);
          break;
        }
      }
    }
  }

  @Test
  void minusWorkingDaysAgreesForEveryCoveredDayAndNUpTo300() {
    for (LocalDate d = naive.first; !d.isAfter(naive.last); d = d.plusDays(1)) {
      List<LocalDate> before = new ArrayList<>();
      for (LocalDate x = d.minusDays(1);
          before.size() < MAX_N && naive.covered(x);
          x = x.minusDays(1)) {
        if (naive.isWorkingDay(x)) {
          before.add(x);
        }
      }
      for (int n = 1; n <= MAX_N; n++) {
        if (n <= before.size()) {
          assertThat(calendar.minusWorkingDays(d, n))
              .as("%s - %s", d, n)
              .isEqualTo(before.get(n - 1));
        } else {
          LocalDate start = d;
          int count = n;
          assertThatThrownBy(() -> calendar.minusWorkingDays(start, count))
              .isInstanceOf(CalendarCoverageException.class);
          break;
        }
      }
    }
  }

  @Test
  void workingDaysBetweenAgreesForEveryCoveredDayAndSpansUpTo400Days() {
    LocalDate endLimit = naive.last.plusDays(1);
    for (LocalDate d = naive.first; !d.isAfter(naive.last); d = d.plusDays(1)) {
      int count = 0;
      LocalDate end = d;
      for (int span = 0; span <= 400 && !end.isAfter(endLimit); span++) {
        assertThat(calendar.workingDaysBetween(d, end)).as("[%s, %s)", d, end).isEqualTo(count);
        if (naive.covered(end) && naive.isWorkingDay(end)) {
          count++;
        }
        end = end.plusDays(1);
      }
    }
  }

  @Test
  void nextAndPreviousAgreeOnEveryDayWithRoomOnBothSides() {
    for (LocalDate d = naive.first.plusDays(20);
        d.isBefore(naive.last.minusDays(20));
        d = d.plusDays(1)) {
      LocalDate next = d.plusDays(1);
      while (!naive.isWorkingDay(next)) {
        next = next.plusDays(1);
      }
      LocalDate previous = d.minusDays(1);
      while (!naive.isWorkingDay(previous)) {
        previous = previous.minusDays(1);
      }
      boolean working = naive.isWorkingDay(d);
      assertThat(calendar.nextWorkingDay(d)).isEqualTo(next);
      assertThat(calendar.previousWorkingDay(d)).isEqualTo(previous);
      assertThat(calendar.nextOrSameWorkingDay(d)).isEqualTo(working ? d : next);
      assertThat(calendar.previousOrSameWorkingDay(d)).isEqualTo(working ? d : previous);
    }
  }
}
