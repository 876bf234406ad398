package io.github.cqui;

/**
 * The root of every exception that cqui throws on purpose: one unchecked hierarchy for the whole
 * library, so a caller can catch {@code CquiException} to handle any refusal of the calendar or of
 * the rules.
 *
 * <p>It lives in the lowest module, {@code cqui-calendar}, so that the calendar's errors are under
 * it too. The subtypes say why: {@code io.github.cqui.calendar.CalendarException} (holiday data
 * that cannot be loaded, a date outside the calendar's coverage), and in {@code cqui-rules-api}
 * {@code io.github.cqui.rules.InvalidInputException} (an input breaks a rule, with the field, the
 * value and the rule named; every builder failure included), {@code
 * io.github.cqui.rules.NoEditionInForceException} (a date before the earliest policy edition) and
 * {@code io.github.cqui.rules.RuleContextException} (a lower-level refusal, such as a calendar
 * coverage error under I-5, wrapped with the rule's context).
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public abstract class CquiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message and no cause.
   *
   * @param message the complete message, naming what was wrong
   */
  protected CquiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message the complete message, naming what was wrong
   * @param cause the lower-level error this one explains
   */
  protected CquiException(String message, Throwable cause) {
    super(message, cause);
  }
}
