package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The library's refusal, checked whole: its field, the value it quotes and its rule. */
public final class Refusals {

  private Refusals() {}

  /**
   * Asserts that a call is refused with the library's {@link InvalidInputException}.
   *
   * @param call the call
   * @param field the field the refusal must name
   * @param value the value it must quote
   * @param rule the rule it must give
   */
  public static void assertRefused(ThrowingCallable call, String field, String value, String rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
