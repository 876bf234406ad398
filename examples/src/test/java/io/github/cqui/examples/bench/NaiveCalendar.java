package io.github.cqui.examples.bench;

import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.NoticeYear;
import io.github.cqui.calendar.ScheduledDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The baseline of the benchmarks: the working-day rule written the obvious way, over the same
 * schedule as cqui. Rest days and make-up working days sit in two {@link HashSet}s; a date is a
 * working day when it is a make-up day, or Monday to Friday and not a rest day. Counting steps one
 * day at a time, so {@code plusWorkingDays(date, 250)} looks at about 360 dates.
 *
 * <p>No coverage checks: the benchmarks only ask about covered dates, and the setup checks the
 * answers against cqui.
 */
final class NaiveCalendar extends DayByDayCalendar {

  private final Set<LocalDate> restDays = new HashSet<>();
  private final Set<LocalDate> makeUpWorkdays = new HashSet<>();

  NaiveCalendar(HolidaySchedule schedule) {
    for (NoticeYear year : schedule.years()) {
      for (ScheduledDay day : year.restDays()) {
        restDays.add(day.date());
      }
      for (ScheduledDay day : year.makeUpWorkdays()) {
        makeUpWorkdays.add(day.date());
      }
    }
  }

  @Override
  boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkdays.contains(date)) {
      return true;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !restDays.contains(date);
  }
}
