package io.github.cqui.calendar;

/** The unit in which a statutory period is counted. */
public enum PeriodUnit {
  /** Working days; the start day is never counted (民法典 art 201). */
  WORKING_DAYS,
  /** Calendar days (日); the start day is not counted (民法典 art 201). */
  CALENDAR_DAYS,
  /** Months (月): the corresponding day of the last month, or its last day (民法典 art 202). */
  MONTHS
}
