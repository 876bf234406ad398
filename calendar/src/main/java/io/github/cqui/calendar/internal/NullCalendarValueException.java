package io.github.cqui.calendar.internal;

import io.github.cqui.calendar.CalendarDataException;

/**
 * A {@code null} given for an attribute or a collection element of a calendar value, refused as
 * {@link CalendarDataException} naming it: thrown by the generated builders of {@link
 * CalendarStyle}. Catch {@link CalendarDataException}; this subtype is internal.
 */
public final class NullCalendarValueException extends CalendarDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param attribute what the generated code names, e.g. {@code number} or {@code restDays element}
   */
  public NullCalendarValueException(String attribute) {
    super(attribute + ": must not be null; leave an optional value out instead");
  }
}
