package io.github.cqui.calendar;

import io.github.cqui.CquiException;

/**
 * The root of the calendar's exceptions, under the library's one root {@link CquiException}. The
 * rules wrap a calendar error with their own context ({@code RuleContextException}).
 */
public class CalendarException extends CquiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that says what is wrong and how to put it right.
   *
   * @param message the complete message: what is wrong and how to put it right
   */
  public CalendarException(String message) {
    super(message);
  }

  /**
   * An exception with a message and the cause.
   *
   * @param message the complete message: what is wrong and how to put it right
   * @param cause the lower-level error this one explains
   */
  public CalendarException(String message, Throwable cause) {
    super(message, cause);
  }
}
