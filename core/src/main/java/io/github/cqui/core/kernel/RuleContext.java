package io.github.cqui.core.kernel;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.rules.RuleContextException;
import java.util.function.Supplier;

/**
 * Runs a rule so that a calendar coverage error (I-5) reaches the caller with the rule's context.
 */
public final class RuleContext {

  private RuleContext() {}

  /**
   * Runs {@code rule}, wrapping the calendar's coverage error with {@code context}.
   *
   * @param context what the rule was doing, e.g. {@code review deadline of an application received
   *     on 2027-03-01}
   * @param rule the rule's computation
   * @return what the rule returned
   * @throws RuleContextException wrapping a {@link CalendarCoverageException}
   */
  public static <T> T inContext(String context, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (CalendarCoverageException e) {
      throw RuleContextException.wrap(context, e);
    }
  }
}
