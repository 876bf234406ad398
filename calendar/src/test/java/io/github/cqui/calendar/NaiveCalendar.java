package io.github.cqui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The working-day rule of data/SOURCES.md, applied literally one day at a time: the reference that
 * the calendar's index is checked against.
 */
final class NaiveCalendar {
  final Set<LocalDate> restDays = new HashSet<>();
  final Set<LocalDate> makeUpDays = new HashSet<>();
  final LocalDate first;
  final LocalDate last;

  NaiveCalendar(HolidaySchedule schedule) {
    for (NoticeYear year : schedule.years()) {
      year.restDays().forEach(d -> restDays.add(d.date()));
      year.makeUpWorkdays().forEach(d -> makeUpDays.add(d.date()));
    }
    first = LocalDate.of(schedule.firstYear(), 1, 1);
    last = LocalDate.of(schedule.lastYear(), 12, 31);
  }

  boolean isWorkingDay(LocalDate d) {
    if (makeUpDays.contains(d)) {
      return true;
    }
    DayOfWeek dow = d.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !restDays.contains(d);
  }

  boolean covered(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last);
  }
}
