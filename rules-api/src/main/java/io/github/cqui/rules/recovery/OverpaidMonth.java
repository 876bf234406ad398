package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableOverpaidMonth;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One month of an overpayment: the month, the amount paid above what was due, and why
 * (渝人社办〔2025〕112号 三(四)).
 *
 * <p>Properties, in order: {@code month}, {@code amount}, {@code reason}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class OverpaidMonth {

  /** For the generated implementation only. */
  protected OverpaidMonth() {}

  /**
   * The month the benefit was paid for.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The amount overpaid for the month.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * Why it was overpaid.
   *
   * @return the reason
   */
  public abstract OverpaymentReason reason();

  /**
   * An overpaid month.
   *
   * @param month the month
   * @param amount the amount overpaid, positive
   * @param reason why
   * @return the month
   * @throws InvalidInputException naming {@code amount} if it is zero or negative
   */
  public static OverpaidMonth of(YearMonth month, Money amount, OverpaymentReason reason) {
    return ImmutableOverpaidMonth.builder().month(month).amount(amount).reason(reason).build();
  }

  /**
   * Checks the amount; called by the generated implementation when the month is built.
   *
   * @throws InvalidInputException naming {@code amount} if it is not positive
   */
  @Value.Check
  protected void check() {
    if (!amount().isPositive()) {
      throw InvalidInputException.of("amount", amount(), "an overpayment must be positive");
    }
  }
}
