package io.github.cqui.calendar;

import java.time.LocalDate;

/**
 * A date outside the years whose holiday notice is loaded (INTERPRETATIONS I-5: strict coverage).
 * No year is ever assumed to be "weekends only": until its State Council notice is loaded, a year
 * is unknown.
 *
 * <p>The message names the date, its year, the covered range, the last published notice loaded, and
 * how to add a year.
 */
public final class CalendarCoverageException extends CalendarException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate firstCoveredDay;
  private final LocalDate lastCoveredDay;
  private final String latestNotice;

  CalendarCoverageException(
      String question,
      LocalDate date,
      LocalDate firstCoveredDay,
      LocalDate lastCoveredDay,
      HolidayNotice latestNotice,
      int latestNoticeYear) {
    super(message(question, date, firstCoveredDay, lastCoveredDay, latestNotice, latestNoticeYear));
    this.date = date;
    this.firstCoveredDay = firstCoveredDay;
    this.lastCoveredDay = lastCoveredDay;
    this.latestNotice = latestNotice.number();
  }

  private static String message(
      String question,
      LocalDate date,
      LocalDate first,
      LocalDate last,
      HolidayNotice latest,
      int latestYear) {
    String base =
        question
            + ": "
            + date
            + " is outside the working-day calendar, which covers "
            + first
            + " to "
            + last
            + ". ";
    if (date.isAfter(last)) {
      return base
          + "The holiday schedule for "
          + date.getYear()
          + " is not loaded; the last published notice loaded is "
          + latest.number()
          + " (published "
          + latest.published()
          + ") for "
          + latestYear
          + ". Once the State Council publishes the notice for "
          + date.getYear()
          + ", add the year with WorkingDayCalendar.withSchedule(HolidaySchedule.fromJson(...)) or"
          + " HolidaySchedule.builder(). No year is assumed to be weekends only (I-5).";
    }
    return base
        + "Holiday schedules before "
        + first.getYear()
        + " are not loaded. To cover "
        + date.getYear()
        + ", add its State Council notice with WorkingDayCalendar.withSchedule(HolidaySchedule"
        + ".fromJson(...)) or HolidaySchedule.builder(). No year is assumed to be weekends only"
        + " (I-5).";
  }

  /** The uncovered date. */
  public LocalDate date() {
    return date;
  }

  /** The uncovered year. */
  public int year() {
    return date.getYear();
  }

  /** The first day the calendar covers. */
  public LocalDate firstCoveredDay() {
    return firstCoveredDay;
  }

  /** The last day the calendar covers. */
  public LocalDate lastCoveredDay() {
    return lastCoveredDay;
  }

  /** The number of the last published notice the calendar holds. */
  public String latestNotice() {
    return latestNotice;
  }
}
