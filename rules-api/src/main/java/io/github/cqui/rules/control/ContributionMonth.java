package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutableContributionMonth;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One month with a paid unemployment-insurance contribution: the month it is for, the employer that
 * paid it, and the day it was paid. A month paid after the person's separation is 补缴 (back-paid)
 * and does not count toward the last contribution run unless the I-19 switch says so
 * (渝人社办〔2025〕112号 三(一); I-19).
 *
 * <p>Properties, in order: {@code month}, {@code employer}, {@code paidOn}. A contribution for a
 * month is paid in or after that month, never before it. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ContributionMonth {

  /** For the generated implementation only. */
  protected ContributionMonth() {}

  /**
   * The month the contribution is for.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The employer that paid it, as the contribution record names it (e.g. its unified social credit
   * code). The run counts months whatever the employer (I-19).
   *
   * @return the employer, never blank
   */
  public abstract String employer();

  /**
   * The day the contribution was paid.
   *
   * @return the day, on or after the first day of {@link #month()}
   */
  public abstract LocalDate paidOn();

  /**
   * A paid contribution month.
   *
   * @param month the month the contribution is for
   * @param employer the employer that paid it, not blank
   * @param paidOn the day it was paid, not before the month begins
   * @return the contribution month
   * @throws InvalidInputException naming {@code employer} if it is blank, or {@code paidOn} if it
   *     is before the month begins
   */
  public static ContributionMonth of(YearMonth month, String employer, LocalDate paidOn) {
    return ImmutableContributionMonth.builder()
        .month(month)
        .employer(employer)
        .paidOn(paidOn)
        .build();
  }

  /**
   * Checks the employer and the payment day; called by the generated implementation when the month
   * is built.
   *
   * @throws InvalidInputException if the employer is blank, or the contribution is paid before the
   *     month it is for
   */
  @Value.Check
  protected void check() {
    Checks.requireNonBlank("employer", employer());
    if (paidOn().isBefore(month().atDay(1))) {
      throw InvalidInputException.of(
          "paidOn",
          paidOn(),
          "a contribution for " + month() + " is paid in or after that month, not before it");
    }
  }
}
