package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The laws of working-day arithmetic over seeded random inputs. (The calendar module depends on no
 * other cqui module, so it uses plain seeded loops; the shrinking runner of {@code
 * io.github.cqui.rules.testing} checks the same laws from rules-api.)
 */
class CalendarLawsTest {

  private static final int TRIES = Integer.getInteger("cqui.tries", 300) * 20;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();
  private final SplittableRandom random = new SplittableRandom(20250801L);
  private final LocalDate first = calendar.firstCoveredDay();
  private final int lastStart =
      (int) (calendar.lastCoveredDay().toEpochDay() - first.toEpochDay()) - 800;

  private LocalDate date() {
    return first.plusDays(random.nextInt(lastStart + 1));
  }

  private int n() {
    return 1 + random.nextInt(250);
  }

  @Test
  void plusIsAWorkingDayWithExactlyNWorkingDaysAfterTheStartUpToAndIncludingIt() {
    for (int i = 0; i < TRIES; i++) {
      LocalDate d = date();
      int n = n();
      LocalDate end = calendar.plusWorkingDays(d, n);
      assertThat(calendar.isWorkingDay(end)).as("%s + %s", d, n).isTrue();
      assertThat(end).isAfter(d);
      assertThat(calendar.workingDaysBetween(d.plusDays(1), end.plusDays(1))).isEqualTo(n);
    }
  }

  @Test
  void plusComposes() {
    for (int i = 0; i < TRIES; i++) {
      LocalDate d = date();
      int a = 1 + random.nextInt(120);
      int b = 1 + random.nextInt(120);
      assertThat(calendar.plusWorkingDays(calendar.plusWorkingDays(d, a), b))
          .as("(%s + %s) + %s", d, a, b)
          .isEqualTo(calendar.plusWorkingDays(d, a + b));
    }
  }

  @Test
  void plusIsMonotoneInTheDateAndStrictlyInN() {
    for (int i = 0; i < TRIES; i++) {
      LocalDate d = date();
      LocalDate later = d.plusDays(random.nextInt(30));
      int n = n();
      assertThat(calendar.plusWorkingDays(later, n))
          .isAfterOrEqualTo(calendar.plusWorkingDays(d, n));
      assertThat(calendar.plusWorkingDays(d, n + 1)).isAfter(calendar.plusWorkingDays(d, n));
    }
  }

  @Test
  void minusInvertsPlusOnWorkingDaysAndGivesThePreviousWorkingDayOtherwise() {
    for (int i = 0; i < TRIES; i++) {
      LocalDate d = date().plusDays(400);
      int n = n();
      LocalDate back = calendar.minusWorkingDays(calendar.plusWorkingDays(d, n), n);
      assertThat(back).isEqualTo(calendar.previousOrSameWorkingDay(d));
      if (calendar.isWorkingDay(d)) {
        assertThat(back).isEqualTo(d);
      }
    }
  }

  @Test
  void everyMakeUpDayIsAWorkingDayAndEveryListedHolidayIsNot() {
    int checked = 0;
    for (NoticeYear year : calendar.schedule().years()) {
      for (ScheduledDay day : year.makeUpWorkdays()) {
        if (calendar.isCovered(day.date())) {
          assertThat(calendar.dayInfo(day.date()).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
          assertThat(calendar.isWorkingDay(day.date())).isTrue();
          checked++;
        }
      }
      for (ScheduledDay day : year.restDays()) {
        if (calendar.isCovered(day.date())) {
          DayInfo info = calendar.dayInfo(day.date());
          assertThat(info.kind()).isEqualTo(DayKind.HOLIDAY);
          assertThat(info.festival()).contains(day.festival());
          assertThat(info.notices()).isEqualTo(year.notices());
          assertThat(calendar.isWorkingDay(day.date())).isFalse();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
  }
}
