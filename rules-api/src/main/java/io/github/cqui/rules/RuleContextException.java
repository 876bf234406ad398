package io.github.cqui.rules;

import io.github.cqui.CquiException;
import io.github.cqui.rules.internal.Checks;
import java.util.Objects;

/**
 * A lower-level error (for example the calendar's refusal to answer for a year whose holiday notice
 * is not published, I-5) seen from the rule that hit it. The message is the rule's context, a
 * colon, and the original message, e.g. {@code review deadline for receiptDate 2027-03-01: no
 * holiday notice published for 2027 …}; the original is kept as the {@link #getCause() cause}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class RuleContextException extends CquiException {

  /** The rule's context, without the original message. */
  private final String context;

  /**
   * Creates the exception.
   *
   * @param context what the rule was doing, e.g. {@code review deadline for receiptDate 2027-03-01}
   * @param cause the lower-level error
   */
  public RuleContextException(String context, Throwable cause) {
    super(context + ": " + Objects.toString(cause.getMessage(), cause.getClass().getName()), cause);
    this.context = context;
  }

  /**
   * Wraps a lower-level error with the rule's context.
   *
   * @param context what the rule was doing
   * @param cause the lower-level error
   * @return the wrapping exception, to be thrown by the caller
   */
  public static RuleContextException wrap(String context, Throwable cause) {
    Checks.requireNonNull("context", context);
    Checks.requireNonNull("cause", cause);
    return new RuleContextException(context, cause);
  }

  /**
   * The rule's context, without the original message.
   *
   * @return the context given at construction
   */
  public String context() {
    return context;
  }
}
