package io.github.cqui.calendar;

import org.jspecify.annotations.Nullable;

/**
 * A {@code null} given to a method of the calendar or to a builder of its value types, refused
 * naming the parameter or attribute: {@code date = null: must not be null}. Under {@link
 * CalendarException}, so under the library's one root.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public final class CalendarArgumentException extends CalendarException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a {@code null} parameter or attribute (the generated builders of the
   * calendar's values refuse a {@code null} attribute with a {@link CalendarDataException} naming
   * it).
   *
   * @param parameter the name of the parameter or attribute
   */
  public CalendarArgumentException(String parameter) {
    super(parameter + " = null: must not be null");
  }

  /** Refuses a {@code null} argument, naming the parameter. */
  static <T> T requireNonNull(String parameter, @Nullable T value) {
    if (value == null) {
      throw new CalendarArgumentException(parameter);
    }
    return value;
  }
}
