package io.github.cqui.rules.control;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the other benefits of a person mean for a claim (渝人社办〔2025〕112号 一(五): 「达到法定退休年龄或享受基本养老保险待遇的…
 * 不再发放失业保险金。享受病残津贴、灵活就业社保补贴的人员，不同时享受失业保险金」; I-14, I-15).
 *
 * <ul>
 *   <li>{@link #overlaps()}: every month the claim pays that another benefit affects, in month
 *       order, with its consequence: a basic pension or 病残津贴 is a stop event — the event month is
 *       paid, payment stops from the next month (I-14; the per-type switch {@code
 *       stopInEventMonth}), and anything paid later is an overpayment; a month of 灵活就业社保补贴 is not
 *       payable and recoverable, and its month of entitlement is kept (I-15).
 *   <li>{@link #stops()}: for each period of a basic pension or 病残津贴, the stop event, its last
 *       payable month and its 20-working-day report deadline (一(五); 《社会保险经办条例》第二十五条), or why that
 *       deadline is pending. 灵活就业社保补贴 is not a stop event and has no report deadline.
 *   <li>{@link #totalOverpayment()}: the sum of the overlaps' {@link BenefitOverlap#overpayment()},
 *       recoverable under 三(四) on top of the ledger's own overpayments.
 * </ul>
 *
 * <p>Properties, in order: {@code request}, {@code overlaps}, {@code stops}, {@code
 * totalOverpayment}, {@code switches}, {@code explanation}. Built only by the rules. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ConcurrentBenefits {

  /** For the generated implementation only. */
  protected ConcurrentBenefits() {}

  /**
   * The request as given.
   *
   * @return the request
   */
  public abstract ConcurrentBenefitsRequest request();

  /**
   * Every affected month the claim pays, in month order.
   *
   * @return the overlaps, possibly empty
   */
  public abstract List<BenefitOverlap> overlaps();

  /**
   * The stop event of each period of a basic pension or 病残津贴, in the request's order.
   *
   * @return the stops, possibly empty
   */
  public abstract List<OtherBenefitStop> stops();

  /**
   * The sum of the overlaps' overpayments.
   *
   * @return the total, zero when none
   */
  public abstract Money totalOverpayment();

  /**
   * The interpretation switches that shaped the result, by id.
   *
   * @return e.g. {@code I-14 -> stopInEventMonth=[]}
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The explanation: each step with its clause and the I-… it applies.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Checks the total against the overlaps; called by the generated implementation when the result
   * is built.
   *
   * @throws InvalidInputException if {@link #totalOverpayment()} is not the sum of the overlaps'
   *     overpayments, or that sum does not fit in a {@link Money}
   */
  @Value.Check
  protected void check() {
    Money sum = Money.zero();
    for (int i = 0; i < overlaps().size(); i++) {
      try {
        sum = sum.plus(overlaps().get(i).overpayment());
      } catch (ArithmeticException e) {
        throw InvalidInputException.of(
            "overlaps[" + i + "].overpayment",
            overlaps().get(i).overpayment(),
            "the overpayments add up to more than an amount of Money can hold");
      }
    }
    if (!sum.equals(totalOverpayment())) {
      throw InvalidInputException.of(
          "totalOverpayment", totalOverpayment(), "must be the sum of the overlaps', " + sum);
    }
  }
}
