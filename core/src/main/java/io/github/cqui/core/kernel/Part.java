package io.github.cqui.core.kernel;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.RuleContextException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A part of a result: answered, or {@link Pending} with why (INTERPRETATIONS I-5: "where a result
 * has other parts, only the part that needs the year is pending and the rest is answered").
 *
 * <p>The one place the rules turn a part they cannot answer into data: {@link #of(String,
 * Supplier)} runs the part's rule and returns its answer, or, when the rule needs a year whose
 * holiday notice is not loaded (the calendar's {@link CalendarCoverageException}, bare or wrapped
 * in a {@link RuleContextException} by another rule) or a policy edition before every edition
 * ({@link NoEditionInForceException}), the part pending with the date, the notice it waits for, the
 * remedies and the reason in words. Every other error reaches the caller unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the part's type
 */
public final class Part<T> {

  private final Optional<T> answer;
  private final Optional<Pending> pending;

  private Part(Optional<T> answer, Optional<Pending> pending) {
    this.answer = answer;
    this.pending = pending;
  }

  /**
   * Computes a part of a result, or returns it pending.
   *
   * @param <T> the part's type
   * @param context what the part is, e.g. {@code court window of a decision served on 2026-06-01};
   *     it begins the pending reason (a {@link RuleContextException} already carries its rule's)
   * @param rule the part's computation
   * @return the part, answered or pending
   */
  public static <T> Part<T> of(String context, Supplier<T> rule) {
    try {
      return new Part<>(Optional.of(rule.get()), Optional.empty());
    } catch (RuntimeException e) {
      Pending pending = Pending.ofRefusal(e, context).orElseThrow(() -> e);
      return new Part<>(Optional.empty(), Optional.of(pending));
    }
  }

  /**
   * The answer.
   *
   * @return the answer; empty when the part is pending
   */
  public Optional<T> answer() {
    return answer;
  }

  /**
   * Why the part is pending.
   *
   * @return the pending state; empty when the part is answered
   */
  public Optional<Pending> pending() {
    return pending;
  }

  /**
   * The part as a value of the result: {@code answered} of the answer, or {@code unanswered} of the
   * pending state.
   *
   * @param <R> the value's type
   * @param answered maps the answer
   * @param unanswered maps the pending state
   * @return the value
   */
  public <R> R fold(Function<? super T, R> answered, Function<Pending, R> unanswered) {
    return answer.isPresent() ? answered.apply(answer.get()) : unanswered.apply(pending.get());
  }
}
