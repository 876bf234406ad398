package io.github.cqui.rules;

/**
 * The root of every exception that cqui throws on purpose: one unchecked hierarchy, so a caller can
 * catch {@code CquiException} to handle any refusal of the library.
 *
 * <p>The subtypes say why: {@link InvalidInputException} (an input breaks a rule, with the field,
 * the value and the rule named), {@link NoEditionInForceException} (a date before the earliest
 * policy edition), {@link RuleContextException} (a lower-level error, such as a calendar coverage
 * error under I-5, wrapped with the rule's context). Programming errors that are not about the
 * policy (a {@code null} passed where the API forbids it, arithmetic overflow) keep their usual JDK
 * types.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public abstract class CquiException extends RuntimeException {

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
