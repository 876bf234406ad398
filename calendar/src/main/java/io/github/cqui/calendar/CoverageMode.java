package io.github.cqui.calendar;

/**
 * What a {@link WorkingDayCalendar} answers for a date in a year whose State Council holiday notice
 * is not loaded (INTERPRETATIONS I-5; POLICY-FACTS §9.6). {@link #STRICT} is the default
 * everywhere.
 *
 * <p>Immutable and thread-safe. JSON: the constant's name.
 */
public enum CoverageMode {
  /**
   * The default: such a date is refused with {@link CalendarCoverageException}, naming the year,
   * the last published notice loaded and the remedies. No year is ever assumed to be "weekends
   * only".
   */
  STRICT,
  /**
   * A year after the last loaded notice year, up to and including 2100, is answered from the
   * statutory holidays of the 《全国年节及纪念日放假办法》 in force that year ({@link HolidayDecree}: 国务院令第795号
   * from 2025-01-01, 国务院令第644号 before) and weekends. No make-up working day (调休, 第七条) and no
   * substitute day off (补假, 第六条) is guessed: the year's notice decides them. Every answer that
   * depends on such a year is marked provisional ({@link DayInfo#isProvisional()}, {@link
   * PeriodEnd#isProvisional()}, {@link WorkingDayCalendar#provisionalYears}); loading the year's
   * notice replaces the projection.
   */
  PROVISIONAL
}
