package io.github.cqui.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions for the tests that pin each check of a law with a planted bug ({@link BrokenRules}).
 *
 * <p>Test support, in the package of {@link BrokenRules}, for the same reasons.
 */
public final class LawAssertions {

  private LawAssertions() {}

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
    assertThatCode(onTheRealRules).doesNotThrowAnyException();
    assertThatThrownBy(onTheBrokenRules)
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageContaining(message);
  }
}
