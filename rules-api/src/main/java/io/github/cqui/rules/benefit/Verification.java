package io.github.cqui.rules.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.internal.ImmutableVerification;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A monthly qualification check (资格核验) the person completed: 「失业人员在领取失业保险金期间，应当通过线上或线下方式开展资格核验」
 * (渝人社办〔2025〕112号 一(四)). A month is a calendar month (I-7).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Verification {

  /** For the generated implementation only. */
  protected Verification() {}

  /** {@return the month verified} */
  public abstract YearMonth month();

  /** {@return the day of the check, within {@link #month()}} */
  public abstract LocalDate verifiedOn();

  /**
   * A check completed on a day, for that day's month.
   *
   * @param verifiedOn the day the check was completed; its month is the month verified
   * @return the verification
   */
  public static Verification on(LocalDate verifiedOn) {
    Checks.requireNonNull("verifiedOn", verifiedOn);
    return ImmutableVerification.builder()
        .month(YearMonth.from(verifiedOn))
        .verifiedOn(verifiedOn)
        .build();
  }

  /**
   * Checks that the day falls in the month; called by the generated implementation when the
   * verification is built.
   *
   * @throws InvalidInputException naming {@code verifiedOn} if it is not in {@link #month()}
   */
  @Value.Check
  protected void check() {
    if (!YearMonth.from(verifiedOn()).equals(month())) {
      throw InvalidInputException.of(
          "verifiedOn", verifiedOn(), "must fall in the month it verifies, " + month());
    }
  }
}
