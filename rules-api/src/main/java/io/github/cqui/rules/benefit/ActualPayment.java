package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.internal.ImmutableActualPayment;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * What was actually paid for a month, when the caller knows it: compared with what was due to find
 * an overpayment (多享受失业保险待遇, 渝人社办〔2025〕112号 三(四)).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ActualPayment {

  /** For the generated implementation only. */
  protected ActualPayment() {}

  /** {@return the month the payment was for} */
  public abstract YearMonth month();

  /** {@return the amount paid; from zero to {@link io.github.cqui.rules.Limits#MAX_AMOUNT}} */
  public abstract Money amount();

  /**
   * A payment for a month.
   *
   * @param month the month the payment was for
   * @param amount what was paid for it, from zero to {@link io.github.cqui.rules.Limits#MAX_AMOUNT}
   * @return the payment
   * @throws io.github.cqui.rules.InvalidInputException naming {@code amount} if it is negative or
   *     above the limit
   */
  public static ActualPayment of(YearMonth month, Money amount) {
    return ImmutableActualPayment.builder().month(month).amount(amount).build();
  }

  /**
   * Checks the amount; called by the generated implementation when the payment is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException naming {@code amount} if it is negative or
   *     above {@link io.github.cqui.rules.Limits#MAX_AMOUNT}
   */
  @Value.Check
  protected void check() {
    Checks.requireAmount("amount", amount(), "a payment");
  }
}
