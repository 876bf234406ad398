package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableRepayment;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An amount actually recovered on a day, by any route: a payment by the person, a deduction made
 * from a benefit payment, an offset received from the pension agency.
 *
 * <p>Properties, in order: {@code date}, {@code amount}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Repayment {

  /** For the generated implementation only. */
  protected Repayment() {}

  /**
   * The day it was received.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The amount received.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * A repayment.
   *
   * @param date the day received
   * @param amount the amount, positive
   * @return the repayment
   * @throws InvalidInputException naming {@code amount} if it is zero or negative
   */
  public static Repayment of(LocalDate date, Money amount) {
    return ImmutableRepayment.builder().date(date).amount(amount).build();
  }

  /**
   * Checks the amount; called by the generated implementation when the repayment is built.
   *
   * @throws InvalidInputException naming {@code amount} if it is not positive or above {@link
   *     io.github.cqui.rules.Limits#MAX_AMOUNT}
   */
  @Value.Check
  protected void check() {
    if (!amount().isPositive()) {
      throw InvalidInputException.of("amount", amount(), "a repayment must be positive");
    }
    Checks.requireAmount("amount", amount(), "a repayment");
  }
}
