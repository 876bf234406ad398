package io.github.cqui.calendar;

/**
 * Holiday data that cannot be loaded: malformed JSON, an unknown field, a malformed date, a make-up
 * day that is not a Saturday or Sunday, a date listed twice or both as rest and working day, a date
 * far outside its notice year, a gap between notice years. The message names the offending entry.
 * Data is never skipped and a calendar is never empty.
 */
public class CalendarDataException extends CalendarException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message names the offending entry and the rule it breaks. */
  public CalendarDataException(String message) {
    super(message);
  }

  /** An exception whose message names the offending entry, with the underlying cause. */
  public CalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
