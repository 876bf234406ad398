package io.github.cqui.calendar;

/**
 * The root of the calendar's unchecked exceptions. The rules modules wrap it with their own
 * context.
 */
public class CalendarException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what is wrong and how to put it right. */
  public CalendarException(String message) {
    super(message);
  }

  /** An exception with a message and the cause. */
  public CalendarException(String message, Throwable cause) {
    super(message, cause);
  }
}
