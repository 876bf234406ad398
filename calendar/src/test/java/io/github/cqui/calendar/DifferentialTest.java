package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
    checkCountingAgainstNaive(1);
  }

  @Test
  void minusWorkingDaysAgreesForEveryCoveredDayAndNUpTo300() {
    checkCountingAgainstNaive(-1);
  }

  /**
   * For every covered start day, walks {@code step} days at a time collecting the first 300 working
   * days, and compares the calendar's answer for each n; past coverage, the calendar must refuse.
   */
  private void checkCountingAgainstNaive(int step) {
    for (LocalDate d = naive.first; !d.isAfter(naive.last); d = d.plusDays(1)) {
      List<LocalDate> expected = new ArrayList<>();
      for (LocalDate x = d.plusDays(step);
          expected.size() < MAX_N && naive.covered(x);
          x = x.plusDays(step)) {
        if (naive.isWorkingDay(x)) {
          expected.add(x);
        }
      }
      for (int n = 1; n <= MAX_N; n++) {
        LocalDate start = d;
        int count = n;
        ThrowingCallable answer =
            () -> {
              LocalDate actual =
                  step > 0
                      ? calendar.plusWorkingDays(start, count)
                      : calendar.minusWorkingDays(start, count);
              assertThat(actual)
                  .as("%s %+d x %s", start, step, count)
                  .isEqualTo(expected.get(count - 1));
            };
        if (n <= expected.size()) {
          assertThatCode(answer).doesNotThrowAnyException();
        } else {
          assertThatThrownBy(answer).isInstanceOf(CalendarCoverageException.class);
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
