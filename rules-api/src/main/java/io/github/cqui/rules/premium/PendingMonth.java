package io.github.cqui.rules.premium;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A month that would be reimbursed but cannot be answered yet, with why: the supplied 代缴标准 table
 * has no row in force for it (渝人社办〔2025〕112号 一(三); POLICY-FACTS §9.2). The other months are
 * answered.
 *
 * <p>Properties, in order: {@code month}, {@code reason}, {@code receipt}, {@code actual}. Built
 * only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PendingMonth {

  /** For the generated implementation only. */
  protected PendingMonth() {}

  /**
   * The month that lacks a standard.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Why it is pending.
   *
   * @return the reason
   */
  public abstract PendingReason reason();

  /**
   * The receipt covering the month.
   *
   * @return its reference
   */
  public abstract String receipt();

  /**
   * What the person actually paid for the month (the receipt's share, I-24).
   *
   * @return the amount, positive
   */
  public abstract Money actual();
}
