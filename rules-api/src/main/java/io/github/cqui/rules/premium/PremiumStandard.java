package io.github.cqui.rules.premium;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.premium.internal.ImmutablePremiumStandard;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One row of the Chongqing 代缴标准 table, as the caller supplies it: the monthly medical premium
 * (基本医疗保险（含生育保险）费) the fund pays for a benefit recipient, from a month on (渝人社办〔2025〕112号 一(三)).
 * The row applies to every month from {@link #from()} until the next row's month.
 *
 * <p><b>No official standard is bundled</b>: Chongqing's 代缴标准 (base, rate, scope) was not found in
 * any public source (POLICY-FACTS §9.2, §5); the national model (人社部发〔2011〕77号, unconfirmed) is a
 * base of at least 60 % of the previous year's average wage at the local rate. The caller supplies
 * the dated amounts.
 *
 * <p>Properties, in order: {@code from}, {@code amount}. Immutable and thread-safe; equal when both
 * properties are equal.
 */
@Value.Immutable
@RulesStyle
public abstract class PremiumStandard {

  /** For the generated implementation only. */
  protected PremiumStandard() {}

  /**
   * The first month the standard applies to.
   *
   * @return the month
   */
  public abstract YearMonth from();

  /**
   * The monthly 代缴标准.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * The standard in force from a month on.
   *
   * @param from the first month it applies to
   * @param amount the monthly amount, positive
   * @return the standard
   * @throws InvalidInputException naming {@code amount} if it is zero or negative
   */
  public static PremiumStandard of(YearMonth from, Money amount) {
    return ImmutablePremiumStandard.builder().from(from).amount(amount).build();
  }

  /**
   * Checks the amount; called by the generated implementation when the standard is built.
   *
   * @throws InvalidInputException naming {@code amount} if it is not positive or above {@link
   *     io.github.cqui.rules.Limits#MAX_AMOUNT}
   */
  @Value.Check
  protected void check() {
    if (!amount().isPositive()) {
      throw InvalidInputException.of(
          "amount", amount(), "a 代缴标准 must be positive (渝人社办〔2025〕112号 一(三))");
    }
    Checks.requireAmount("amount", amount(), "a 代缴标准");
  }
}
