package io.github.cqui.calendar;

import java.time.LocalDate;

/**
 * A date outside the years the calendar answers for (INTERPRETATIONS I-5). In the default {@link
 * CoverageMode#STRICT} mode those are the years whose holiday notice is loaded; in {@link
 * CoverageMode#PROVISIONAL} mode the years after them up to 2100 are answered provisionally. No
 * year is ever assumed to be "weekends only": until its State Council notice is loaded, a year is
 * unknown.
 *
 * <p>The message names the date, its year, the covered range, the last published notice loaded, and
 * the remedies: loading the year's notice (a schedule file on the classpath as {@value
 * WorkingDayCalendar#CLASSPATH_SCHEDULE}, or given explicitly), or, for a year after the last
 * notice year, the provisional coverage mode.
 */
public final class CalendarCoverageException extends CalendarException {
  private static final long serialVersionUID = 1L;

  /** The date refused: {@link #date()}. */
  private final LocalDate date;

  /** The first day the refusing calendar covers: {@link #firstCoveredDay()}. */
  private final LocalDate firstCoveredDay;

  /** The last day the refusing calendar covers: {@link #lastCoveredDay()}. */
  private final LocalDate lastCoveredDay;

  /** The number of the last published notice the calendar holds: {@link #latestNotice()}. */
  private final String latestNotice;

  /** The coverage mode of the calendar that refused the date: {@link #coverageMode()}. */
  private final CoverageMode coverageMode;

  CalendarCoverageException(
      String question,
      LocalDate date,
      LocalDate firstCoveredDay,
      LocalDate lastCoveredDay,
      HolidayNotice latestNotice,
      int latestNoticeYear,
      CoverageMode coverageMode) {
    super(
        message(
            question,
            date,
            firstCoveredDay,
            lastCoveredDay,
            latestNotice,
            latestNoticeYear,
            coverageMode));
    this.date = date;
    this.firstCoveredDay = firstCoveredDay;
    this.lastCoveredDay = lastCoveredDay;
    this.latestNotice = latestNotice.number();
    this.coverageMode = coverageMode;
  }

  private static String message(
      String question,
      LocalDate date,
      LocalDate first,
      LocalDate last,
      HolidayNotice latest,
      int latestYear,
      CoverageMode mode) {
    String base =
        question
            + ": "
            + date
            + " is outside the working-day calendar, which covers "
            + first
            + " to "
            + last
            + ". ";
    String file =
        " as a schedule file, on the classpath as "
            + WorkingDayCalendar.CLASSPATH_SCHEDULE
            + " or given explicitly (WorkingDayCalendar.withScheduleFiles(path),"
            + " HolidaySchedule.fromJson(path))";
    if (date.isAfter(last) && mode == CoverageMode.STRICT) {
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
          + " HolidaySchedule.builder(). No year is assumed to be weekends only (I-5)."
          + " Two remedies: load the notice for "
          + date.getYear()
          + file
          + "; or, until it is published, answer provisionally in the provisional coverage mode,"
          + " withCoverageMode(CoverageMode.PROVISIONAL), which gives the statutory holidays of"
          + " 《全国年节及纪念日放假办法》 and weekends and marks every such answer provisional.";
    }
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
          + ", and the provisional coverage mode projects the statutory holidays of"
          + " 《全国年节及纪念日放假办法》 up to "
          + last.getYear()
          + " only. To cover "
          + date.getYear()
          + ", load its notice"
          + file
          + ". No year is assumed to be weekends only (I-5).";
    }
    return base
        + "Holiday schedules before "
        + first.getYear()
        + " are not loaded. To cover "
        + date.getYear()
        + ", add its State Council notice with WorkingDayCalendar.withSchedule(HolidaySchedule"
        + ".fromJson(...)) or HolidaySchedule.builder(). No year is assumed to be weekends only"
        + " (I-5). The remedy is to load the notice for "
        + date.getYear()
        + file
        + "; the provisional coverage mode (CoverageMode.PROVISIONAL) projects only years after the"
        + " last notice year, never earlier ones, whose notices were published.";
  }

  /** {@return the uncovered date} */
  public LocalDate date() {
    return date;
  }

  /** {@return the uncovered year} */
  public int year() {
    return date.getYear();
  }

  /** {@return the first day the calendar covers} */
  public LocalDate firstCoveredDay() {
    return firstCoveredDay;
  }

  /**
   * {@return the last day the calendar covers (provisionally, in {@link CoverageMode#PROVISIONAL}
   * mode)}
   */
  public LocalDate lastCoveredDay() {
    return lastCoveredDay;
  }

  /** {@return the number of the last published notice the calendar holds} */
  public String latestNotice() {
    return latestNotice;
  }

  /** {@return the coverage mode of the calendar that refused the date} */
  public CoverageMode coverageMode() {
    return coverageMode;
  }
}
