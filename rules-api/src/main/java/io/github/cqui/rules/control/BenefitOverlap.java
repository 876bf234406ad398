package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One month the claim pays that another benefit affects (渝人社办〔2025〕112号 一(五); I-14, I-15): the
 * month, the other-benefit periods it overlaps, what follows for the month, and the money.
 *
 * <p>"A month the claim pays" is a month that the ledger of the claim as given pays, or a month
 * with an actual payment. {@link #dueAsGiven()} is what that ledger counts as due for the month;
 * {@link #overpayment()} is the part of the actual payment that becomes recoverable <i>because
 * of</i> the other benefit: {@code min(actual, dueAsGiven)} when the month is not payable, zero
 * otherwise. Any payment above {@code dueAsGiven} is already an overpayment of the ledger itself,
 * so the two never count the same fen twice.
 *
 * <p>A stop event ends the claim (《重庆市失业保险条例》第二十条), so every month the claim pays after it is
 * listed, even after the other benefit's period ended; {@link #periods()} is then empty.
 *
 * <p>Properties, in order: {@code month}, {@code periods}, {@code consequence}, {@code stoppedBy},
 * {@code dueAsGiven}, {@code actual}, {@code overpayment}. Built only by the rules. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class BenefitOverlap {

  /** For the generated implementation only. */
  protected BenefitOverlap() {}

  /**
   * The month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The other-benefit periods of the request that overlap the month, in the request's order.
   *
   * @return the periods; empty for a month after a stop event whose benefit has ended
   */
  public abstract List<OtherBenefitPeriod> periods();

  /**
   * What follows for the month.
   *
   * @return the consequence
   */
  public abstract OverlapConsequence consequence();

  /**
   * The stop event that ends payment, when the consequence is {@link OverlapConsequence#STOPPED} or
   * {@link OverlapConsequence#EVENT_MONTH_PAID}.
   *
   * @return the event; empty for {@link OverlapConsequence#NOT_PAYABLE}
   */
  public abstract Optional<StopEvent> stoppedBy();

  /**
   * What the ledger of the claim as given counts as due for the month.
   *
   * @return the amount, zero when that ledger pays nothing for the month
   */
  public abstract Money dueAsGiven();

  /**
   * What was actually paid for the month, when known.
   *
   * @return the amount; empty when the claim records no payment for the month
   */
  public abstract Optional<Money> actual();

  /**
   * The part of the actual payment that is recoverable because of the other benefit (I-14, I-15;
   * 渝人社办〔2025〕112号 三(四)).
   *
   * @return the amount, zero when the month is payable or nothing was paid
   */
  public abstract Money overpayment();

  /**
   * Checks that the stop event and the overpayment fit the consequence; called by the generated
   * implementation when the value is built.
   *
   * @throws InvalidInputException if {@link #stoppedBy()} is given for {@link
   *     OverlapConsequence#NOT_PAYABLE} or missing for another consequence, or the overpayment of
   *     an {@link OverlapConsequence#EVENT_MONTH_PAID} month is not zero
   */
  @Value.Check
  protected void check() {
    if (stoppedBy().isPresent() == (consequence() == OverlapConsequence.NOT_PAYABLE)) {
      throw InvalidInputException.of(
          "stoppedBy", stoppedBy(), "is present exactly when a stop event decides the month");
    }
    if (consequence() == OverlapConsequence.EVENT_MONTH_PAID && !overpayment().isZero()) {
      throw InvalidInputException.of(
          "overpayment", overpayment(), "is zero for a month that is paid (I-14)");
    }
  }
}
