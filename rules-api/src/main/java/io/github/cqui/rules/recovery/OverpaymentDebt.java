package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableOverpaymentDebt;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a person must return (多享受失业保险待遇, 渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条): the overpaid months,
 * each with its amount and reason, and the date the debt was established.
 *
 * <p>From a claim, {@link RecoveryRules#overpaymentDebt} derives it from the claim's ledger; or
 * build it directly. The debt is exactly the sum of its months: <b>no interest and no fees</b> are
 * ever added (I-16: none has a legal basis — 《中华人民共和国行政强制法》第四十五条 allows a 滞纳金 only 「依法」, and
 * 《中华人民共和国社会保险法》第八十六条 concerns employers' unpaid contributions).
 *
 * <p>Validated when built, naming the field: at least one month and at most {@value #MAX_MONTHS};
 * each month at most once ({@code months[i].month}); no month after the month the debt was
 * established ({@code months[i].month}).
 *
 * <p>Properties, in order: {@code establishedOn}, {@code months}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class OverpaymentDebt {

  /** The most months one debt may list. */
  public static final int MAX_MONTHS = 600;

  /** For the generated implementation only. */
  protected OverpaymentDebt() {}

  /**
   * The day the debt was established (the overpayment determined); repayments, due dates and
   * deductions may not be earlier.
   *
   * @return the date
   */
  public abstract LocalDate establishedOn();

  /**
   * The overpaid months, in the order given.
   *
   * @return the months, not empty
   */
  public abstract List<OverpaidMonth> months();

  /**
   * The amount to return: the sum of the months, exactly; no interest, no fees (I-16).
   *
   * @return the total, positive
   */
  public Money total() {
    long fen = 0;
    for (OverpaidMonth month : months()) {
      fen = Math.addExact(fen, month.amount().toFen());
    }
    return Money.ofFen(fen);
  }

  /**
   * A debt of the given months.
   *
   * @param establishedOn the day it was established
   * @param months the overpaid months
   * @return the debt
   * @throws InvalidInputException naming the field that breaks a rule of this type
   */
  public static OverpaymentDebt of(LocalDate establishedOn, List<OverpaidMonth> months) {
    Checks.requireNonNull("establishedOn", establishedOn);
    Checks.requireNonNull("months", months);
    return builder().establishedOn(establishedOn).months(months).build();
  }

  /**
   * A builder for a debt.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a debt: the generated setters and {@code build()}, which checks the value and throws
   * {@link InvalidInputException} naming a missing or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableOverpaymentDebt.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the overpaid months; called by the generated implementation when the debt is built.
   *
   * @throws InvalidInputException if there are no months or more than {@value #MAX_MONTHS}, a month
   *     is after the month the debt was established or is listed twice, or the amounts add up to
   *     more than a {@link io.github.cqui.rules.Money} can hold
   */
  @Value.Check
  protected void check() {
    if (months().isEmpty() || months().size() > MAX_MONTHS) {
      throw InvalidInputException.of(
          "months",
          months().size() + " months",
          "a debt lists 1 to " + MAX_MONTHS + " overpaid months");
    }
    YearMonth established = YearMonth.from(establishedOn());
    Map<YearMonth, Integer> seen = new HashMap<>();
    for (int i = 0; i < months().size(); i++) {
      YearMonth month = months().get(i).month();
      if (month.isAfter(established)) {
        throw InvalidInputException.of(
            "months[" + i + "].month",
            month,
            "must not be after the month the debt was established, " + established);
      }
      Integer earlier = seen.putIfAbsent(month, i);
      if (earlier != null) {
        throw InvalidInputException.of(
            "months[" + i + "].month",
            month,
            "months["
                + earlier
                + "] is the same month; list each month once, with its whole amount");
      }
    }
    try {
      total();
    } catch (ArithmeticException e) {
      throw InvalidInputException.of(
          "months",
          months().size() + " months",
          "their amounts add up to more than an amount of Money can hold");
    }
  }
}
