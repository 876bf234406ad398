package io.github.cqui.rules.premium;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReceipt;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A receipt (个人缴费凭证) for the 职工医保 premium the person paid as an individual, on which a
 * reimbursement is applied for (渝人社办〔2025〕112号 一(三): 「失业人员可凭个人缴费凭证申请费用」).
 *
 * <p>One receipt may cover several months, {@link #firstMonth()} to {@link #lastMonth()} inclusive;
 * the rule splits its amount across them exactly with {@link Money#allocate(int)} (I-24): every
 * month gets the amount divided by the number of months, rounded down to the fen, and the odd fen
 * left over go one each to the <em>earliest</em> months. For example 1,500.01 over three months is
 * 500.01, 500.00, 500.00.
 *
 * <p>Validated when built, naming the field: the reference and the payer must not be blank, the
 * amount must be positive, the last month must not be before the first, and a receipt covers at
 * most {@value #MAX_MONTHS} months (a bound on the work, not a rule of the policy). Where a receipt
 * stands in a {@link ReimbursementRequest}, the request checks it against the other fields and
 * names it by index, e.g. {@code receipts[2].lastMonth}.
 *
 * <p>Properties, in order: {@code reference}, {@code firstMonth}, {@code lastMonth}, {@code
 * amount}, {@code payer}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PremiumReceipt {

  /** The most months one receipt may cover. */
  public static final int MAX_MONTHS = 120;

  /** For the generated implementation only. */
  protected PremiumReceipt() {}

  /**
   * What names the receipt, e.g. its number; used to name it in results and explanations.
   *
   * @return the reference, not blank, unique within a request
   */
  public abstract String reference();

  /**
   * The first month the premium paid covers.
   *
   * @return the month
   */
  public abstract YearMonth firstMonth();

  /**
   * The last month the premium paid covers, inclusive.
   *
   * @return the month, not before {@link #firstMonth()}
   */
  public abstract YearMonth lastMonth();

  /**
   * The premium paid for all the months covered.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * Who paid, as the receipt names them (the person's name or insurance number).
   *
   * @return the payer, not blank
   */
  public abstract String payer();

  /**
   * The number of months covered.
   *
   * @return {@code lastMonth - firstMonth + 1}, from 1 to {@value #MAX_MONTHS}
   */
  public int months() {
    return (int) ChronoUnit.MONTHS.between(firstMonth(), lastMonth()) + 1;
  }

  /**
   * A receipt.
   *
   * @param reference what names it
   * @param firstMonth the first month covered
   * @param lastMonth the last month covered, inclusive
   * @param amount the premium paid for all of them
   * @param payer who paid
   * @return the receipt
   * @throws InvalidInputException naming the field that breaks a rule of this type
   */
  public static PremiumReceipt of(
      String reference, YearMonth firstMonth, YearMonth lastMonth, Money amount, String payer) {
    return builder()
        .reference(reference)
        .firstMonth(firstMonth)
        .lastMonth(lastMonth)
        .amount(amount)
        .payer(payer)
        .build();
  }

  /**
   * A builder for a receipt.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a receipt: the generated setters and {@code build()}, which checks the value and throws
   * {@link InvalidInputException} naming a missing or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutablePremiumReceipt.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the receipt by the rules of the class comment; called by the generated implementation
   * when the receipt is built.
   *
   * @throws InvalidInputException if the reference or the payer is blank, the amount is not
   *     positive or above {@link io.github.cqui.rules.Limits#MAX_AMOUNT}, a month is outside the
   *     dates the rules take, the last month is before the first, or the receipt covers more than
   *     {@value #MAX_MONTHS} months
   */
  @Value.Check
  protected void check() {
    Checks.requireNonBlank("reference", reference());
    Checks.requireNonBlank("payer", payer());
    if (!amount().isPositive()) {
      throw InvalidInputException.of(
          "amount", amount(), "a premium paid must be positive (渝人社办〔2025〕112号 一(三))");
    }
    // within the dates the rules take: the rules place a receipt's months in the claim by index
    Checks.requireWithinDates("firstMonth", firstMonth());
    Checks.requireWithinDates("lastMonth", lastMonth());
    Checks.requireAmount("amount", amount(), "a premium paid");
    if (lastMonth().isBefore(firstMonth())) {
      throw InvalidInputException.of(
          "lastMonth", lastMonth(), "must not be before firstMonth, " + firstMonth());
    }
    if (ChronoUnit.MONTHS.between(firstMonth(), lastMonth()) >= MAX_MONTHS) {
      throw InvalidInputException.of(
          "lastMonth",
          lastMonth(),
          "a receipt covers at most " + MAX_MONTHS + " months (from " + firstMonth() + ")");
    }
  }
}
