package io.github.cqui.calendar;

/**
 * What kind of day a date is in the Chongqing working-day calendar.
 *
 * <p>The working-day rule of the State Council notices: a date is a working day when it is a
 * make-up working day (调休上班), or when it is Monday to Friday and not a rest day of a holiday block.
 * A local rest day (a county closure added by the user) is a rest day whatever the notices say.
 */
public enum DayKind {
  /** Monday to Friday, not a rest day of any notice: an ordinary working day. */
  WORKING_DAY(true),
  /** Saturday or Sunday, not a make-up working day and not inside a holiday block. */
  WEEKEND(false),
  /**
   * A day off of a holiday block (放假) as the notice words it, weekend days inside the block
   * included; it carries its festival and the notice behind it.
   */
  HOLIDAY(false),
  /** A Saturday or Sunday that a notice makes a working day (调休上班), with its festival. */
  MAKE_UP_WORKING_DAY(true),
  /** A working day of the notices that a local authority closed (for example a county closure). */
  LOCAL_REST_DAY(false);

  private final boolean workingDay;

  DayKind(boolean workingDay) {
    this.workingDay = workingDay;
  }

  /** {@return whether a day of this kind is a working day} */
  public boolean isWorkingDay() {
    return workingDay;
  }
}
