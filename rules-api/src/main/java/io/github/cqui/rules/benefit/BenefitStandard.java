package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitStandard;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The monthly unemployment-benefit standard (失业保险金标准) of one tier from a month on, as the
 * integrator supplies it: no official figure is bundled (POLICY-FACTS §5 lists it as unconfirmed;
 * 条例 art 25 leaves it to the municipal government).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class BenefitStandard {

  /** For the generated implementation only. */
  protected BenefitStandard() {}

  /** {@return the first month the standard applies to} */
  public abstract YearMonth from();

  /** {@return the tier it applies to (I-22)} */
  public abstract BenefitTier tier();

  /** {@return the monthly amount; from zero to {@link io.github.cqui.rules.Limits#MAX_AMOUNT}} */
  public abstract Money amount();

  /**
   * A standard of a tier from a month on.
   *
   * @param from the first month the standard applies to; it applies until the tier's next standard
   * @param tier the tier it applies to (I-22)
   * @param amount the monthly amount, from zero to {@link io.github.cqui.rules.Limits#MAX_AMOUNT}
   * @return the standard
   * @throws io.github.cqui.rules.InvalidInputException naming {@code amount} if it is negative or
   *     above the limit
   */
  public static BenefitStandard of(YearMonth from, BenefitTier tier, Money amount) {
    return ImmutableBenefitStandard.builder().from(from).tier(tier).amount(amount).build();
  }

  /**
   * Checks the amount; called by the generated implementation when the standard is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException naming {@code amount} if it is negative or
   *     above {@link io.github.cqui.rules.Limits#MAX_AMOUNT}
   */
  @Value.Check
  protected void check() {
    Checks.requireAmount("amount", amount(), "a benefit standard");
  }
}
