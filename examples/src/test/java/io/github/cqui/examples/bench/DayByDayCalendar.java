package io.github.cqui.examples.bench;

import java.time.LocalDate;

/**
 * Working-day arithmetic the way a user of a bare "is this a working day" source writes it: one day
 * at a time. The naive and tyme4j peers differ only in where {@link #isWorkingDay} looks.
 */
abstract class DayByDayCalendar {

  abstract boolean isWorkingDay(LocalDate date);

  /** The n-th working day strictly after {@code date}, stepping one day at a time. */
  final LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate day = date;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The number of working days in {@code [startInclusive, endExclusive)}, one day at a time. */
  final int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int count = 0;
    for (LocalDate day = startInclusive; day.isBefore(endExclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
