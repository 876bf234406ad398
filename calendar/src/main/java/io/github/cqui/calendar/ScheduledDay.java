package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableScheduledDay;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One date that a holiday notice names: a rest day of a holiday block, or a make-up working day,
 * with the festival whose block it belongs to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class ScheduledDay {

  /** For the generated implementation only. */
  protected ScheduledDay() {}

  /** {@return the date} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return the festival whose block the date belongs to} */
  @Value.Parameter
  public abstract Festival festival();

  /**
   * A scheduled day. Whether the date fits its notice year, and a make-up working day is a Saturday
   * or Sunday, is checked by {@link NoticeYear}.
   *
   * @param date the date the notice names
   * @param festival the festival whose block the date belongs to
   * @return the scheduled day
   */
  public static ScheduledDay of(LocalDate date, Festival festival) {
    return ImmutableScheduledDay.of(date, festival);
  }

  @Override
  public String toString() {
    return date() + " " + festival().name();
  }
}
