package io.github.cqui.rules.premium;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A month reimbursed: what the person actually paid for it, the 代缴标准 in force for it, and the lower
 * of the two, with why (渝人社办〔2025〕112号 一(三); I-13).
 *
 * <p>Properties, in order: {@code month}, {@code benefitStatus}, {@code receipt}, {@code actual},
 * {@code standardFrom}, {@code standard}, {@code reimbursed}, {@code basis}. Built only by the
 * rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReimbursedMonth {

  /** For the generated implementation only. */
  protected ReimbursedMonth() {}

  /**
   * The month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The month's status in the claim's ledger: {@link LedgerStatus#PAID}, or {@link
   * LedgerStatus#SUSPENDED} when the I-12 switch reimburses suspended months.
   *
   * @return the status
   */
  public abstract LedgerStatus benefitStatus();

  /**
   * The receipt covering the month.
   *
   * @return its reference
   */
  public abstract String receipt();

  /**
   * What the person actually paid for the month: the receipt's share of it (I-24).
   *
   * @return the amount, positive
   */
  public abstract Money actual();

  /**
   * The first month of the 代缴标准 row in force for the month.
   *
   * @return the row's month, not after {@link #month()}
   */
  public abstract YearMonth standardFrom();

  /**
   * The 代缴标准 in force for the month.
   *
   * @return the amount, positive
   */
  public abstract Money standard();

  /**
   * The amount reimbursed: {@code min(actual, standard)} (I-13).
   *
   * @return the amount, positive
   */
  public abstract Money reimbursed();

  /**
   * Which of the two was paid.
   *
   * @return {@link ReimbursementBasis#ACTUAL_PAID} when the actual premium is below the standard,
   *     {@link ReimbursementBasis#STANDARD} otherwise
   */
  public abstract ReimbursementBasis basis();
}
