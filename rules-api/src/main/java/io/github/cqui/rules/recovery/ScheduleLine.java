package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One dated line of a recovery schedule: where it comes from, the month and day it is due, the
 * amount, and the balance after it.
 *
 * <p>The due date of a lump sum or an instalment is the agreed date; a deduction or a pension
 * offset is made from the payment of its month and is counted as due by the month's last day.
 *
 * <p>Properties, in order: {@code sequence}, {@code source}, {@code month}, {@code dueDate}, {@code
 * amount}, {@code balanceAfter}. Built only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ScheduleLine {

  /** For the generated implementation only. */
  protected ScheduleLine() {}

  /**
   * The line's place in the schedule, from 1.
   *
   * @return the sequence number
   */
  public abstract int sequence();

  /**
   * Where the line comes from.
   *
   * @return the source
   */
  public abstract RepaymentSource source();

  /**
   * The month: of the payment deducted from or offset against, or of the due date.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The day the amount is due.
   *
   * @return the date
   */
  public abstract LocalDate dueDate();

  /**
   * The amount.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * What is left of the debt after this line.
   *
   * @return the balance, zero after the last line of a schedule that clears the debt
   */
  public abstract Money balanceAfter();
}
