package io.github.cqui.rules.premium;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import org.immutables.value.Value;

/**
 * The part of one receipt that falls on one month, after the receipt is split exactly across its
 * months (I-24; see {@link PremiumReceipt}).
 *
 * <p>Properties, in order: {@code reference}, {@code amount}. Built only by the rules; immutable
 * and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReceiptShare {

  /** For the generated implementation only. */
  protected ReceiptShare() {}

  /**
   * The receipt's reference.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The receipt's share for the month.
   *
   * @return the amount, positive
   */
  public abstract Money amount();
}
