package io.github.cqui.calendar;

/**
 * Holiday data that cannot be loaded: malformed JSON, an unknown field, a malformed date, a make-up
 * day that is not a Saturday or Sunday, a date listed twice or both as rest and working day, a date
 * far outside its notice year, a gap between notice years. The message names the offending entry.
 * Data is never skipped and a calendar is never empty.
 */
public class CalendarDataException extends CalendarException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception whose message names the offending entry and the rule it breaks.
   *
   * @param message the complete message: where the offending entry is (a JSON path, a source, a
   *     date or a notice) and the rule it breaks
   */
  public CalendarDataException(String message) {
    super(message);
  }

  /**
   * An exception whose message names the offending entry, with the underlying cause.
   *
   * @param message the complete message: where the offending entry is and the rule it breaks
   * @param cause the lower-level error this one explains (in the library: the same refusal before
   *     its source or JSON path was named, or the date error behind a date that does not exist)
   */
  public CalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
