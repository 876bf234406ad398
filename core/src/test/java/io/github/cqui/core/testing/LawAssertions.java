package io.github.cqui.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.ruleset.CquiRules;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions for the tests that pin each check of a law with a planted bug ({@link BrokenRules}).
 *
 * <p>One assertion, in two shapes: the law run twice by the caller ({@link
 * #assertCaught(ThrowingCallable, ThrowingCallable)}), or a law of the rules alone, its case fixed,
 * run here on the real rules and on the broken ones ({@link #assertCaught(Consumer, CquiRules)}).
 * Each returns the failure on the broken rules, for the caller to pin its message ({@code
 * hasMessage}, {@code hasMessageStartingWith}, ...); the forms that take a {@code message} pin it
 * with {@code hasMessageContaining}.
 *
 * <pre>{@code
 * assertCaught(r -> LedgerLaws.monthsUsedAndLeftAddUp(r, CLAIM), broken)
 *     .hasMessage("5 PAID lines but 6 months used");
 * assertCaught(
 *     () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(REAL, LUMP_SUM),
 *     () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(broken, LUMP_SUM),
 *     "outcome SHORTFALL with shortfall 0.00");
 * }</pre>
 *
 * <p>The failure must be exactly an {@link AssertionError}, as the laws throw it: not a subclass,
 * such as an AssertJ error escaping from the law.
 *
 * <p>Test support, in the package of {@link BrokenRules}, for the same reasons.
 */
public final class LawAssertions {

  private LawAssertions() {}

  /**
   * The law holds on the real rules, and fails on the broken ones with exactly an {@link
   * AssertionError}: the planted bug, not the case, is what fails.
   *
   * @param onTheRealRules the law on the real rules, for the case
   * @param onTheBrokenRules the same law on the broken rules, for the same case
   * @return the failure, for its message to be pinned: the check that writes it is the one that
   *     catches the bug
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertCaught(
      ThrowingCallable onTheRealRules, ThrowingCallable onTheBrokenRules) {
    assertThatCode(onTheRealRules).doesNotThrowAnyException();
    return assertThatThrownBy(onTheBrokenRules).isExactlyInstanceOf(AssertionError.class);
  }

  /**
   * The law holds on the real rules, and fails on {@code broken} with {@code message} among its
   * words: the planted bug, not the case, is what fails, and the check that writes {@code message}
   * is the one that catches it.
   *
   * @param onTheRealRules the law on the real rules, for the case
   * @param onTheBrokenRules the same law on the broken rules, for the same case
   * @param message what the failure's message must contain
   */
  public static void assertCaught(
      ThrowingCallable onTheRealRules, ThrowingCallable onTheBrokenRules, String message) {
    assertCaught(onTheRealRules, onTheBrokenRules).hasMessageContaining(message);
  }

  /**
   * {@code law} holds on the real rules ({@link Chongqing#rules()}), and fails on {@code broken}
   * with exactly an {@link AssertionError}.
   *
   * @param law the law for one case, given the rules to run on
   * @param broken the rules with the planted bug
   * @return the failure, for its message to be pinned
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertCaught(
      Consumer<CquiRules> law, CquiRules broken) {
    CquiRules real = Chongqing.rules();
    return assertCaught(() -> law.accept(real), () -> law.accept(broken));
  }

  /**
   * {@code law} holds on the real rules ({@link Chongqing#rules()}), and fails on {@code broken}
   * with {@code message} among its words.
   *
   * @param law the law for one case, given the rules to run on
   * @param broken the rules with the planted bug
   * @param message what the failure's message must contain
   */
  public static void assertCaught(Consumer<CquiRules> law, CquiRules broken, String message) {
    assertCaught(law, broken).hasMessageContaining(message);
  }
}
