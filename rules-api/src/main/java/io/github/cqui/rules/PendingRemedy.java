package io.github.cqui.rules;

/**
 * What answers a {@link Pending} part of a result.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum PendingRemedy {
  /**
   * Load the year's State Council holiday notice, once published: a schedule file on the classpath
   * as {@code META-INF/cqui/holiday-schedule.json}, or given explicitly ({@code
   * WorkingDayCalendar.withScheduleFiles(path)}, e.g. a schedule file a command line names), or
   * {@code WorkingDayCalendar.withSchedule(HolidaySchedule)} (I-5).
   */
  LOAD_HOLIDAY_NOTICE,
  /**
   * Until the notice is published, answer provisionally: the coverage mode {@code PROVISIONAL} of
   * the interpretation switches ({@code Chongqing.rules().withSwitches(s ->
   * s.coverageMode(CoverageMode.PROVISIONAL))}) projects the statutory holidays of 《全国年节及纪念日放假办法》
   * and weekends, and marks every such answer provisional (I-5). Offered for a year after the last
   * notice year, up to 2100, in the {@code STRICT} mode.
   */
  PROVISIONAL_COVERAGE_MODE,
  /** Add a policy edition in force on the date ({@code PolicyEditions.with(edition)}; I-18). */
  ADD_POLICY_EDITION
}
