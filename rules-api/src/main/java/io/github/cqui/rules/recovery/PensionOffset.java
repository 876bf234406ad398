package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutablePensionOffset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Offset against the person's basic pension (渝人社办〔2025〕112号 三(四): 「由失业保险经办机构与参保人就抵扣事宜协商一致后，
 * 书面商请社会保险经办机构进行抵扣」): allowed only with the person's recorded consent (协商一致) and the agency's
 * written request (书面商请) to the pension agency, a monthly amount agreed, from a month on.
 *
 * <p>The consent and the written request are optional here so that a plan without them can be asked
 * about: the rule then refuses the offset and says which is missing and what comes next (the
 * ladder, I-16). It never offsets without both.
 *
 * <p>Validated when built, naming the field: {@code monthlyAmount} positive; {@code
 * writtenRequestOn} not before {@code consentOn} (the request follows the consent); {@code
 * firstMonth} not before the month of the written request.
 *
 * <p>Properties, in order: {@code consentOn}, {@code writtenRequestOn}, {@code firstMonth}, {@code
 * monthlyAmount}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PensionOffset {

  /** For the generated implementation only. */
  protected PensionOffset() {}

  /**
   * The day the person agreed to the offset (协商一致), when recorded.
   *
   * @return the date, or empty when no consent is recorded
   */
  public abstract Optional<LocalDate> consentOn();

  /**
   * The day the agency asked the pension agency in writing (书面商请), when it did.
   *
   * @return the date, or empty when no written request was made
   */
  public abstract Optional<LocalDate> writtenRequestOn();

  /**
   * The first pension month offset against.
   *
   * @return the month
   */
  public abstract YearMonth firstMonth();

  /**
   * The amount offset each month, as agreed; the last month takes what is left.
   *
   * @return the amount, positive
   */
  public abstract Money monthlyAmount();

  /**
   * A builder for an offset.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an offset: the generated setters and {@code build()}, which checks the value and throws
   * {@link InvalidInputException} naming a missing or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutablePensionOffset.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the amount and the order of consent, request and first month; called by the generated
   * implementation when the offset is built.
   *
   * @throws InvalidInputException if the monthly amount is not positive or above {@link
   *     io.github.cqui.rules.Limits#MAX_AMOUNT}, the written request is dated before the consent,
   *     or the first month is before the month of the written request
   */
  @Value.Check
  protected void check() {
    if (!monthlyAmount().isPositive()) {
      throw InvalidInputException.of("monthlyAmount", monthlyAmount(), "must be positive");
    }
    Checks.requireAmount("monthlyAmount", monthlyAmount(), "a monthly offset");
    if (consentOn().isPresent()
        && writtenRequestOn().isPresent()
        && writtenRequestOn().get().isBefore(consentOn().get())) {
      throw InvalidInputException.of(
          "writtenRequestOn",
          writtenRequestOn().get(),
          "the written request follows the consent (「协商一致后，书面商请」), given on " + consentOn().get());
    }
    if (writtenRequestOn().isPresent()
        && firstMonth().isBefore(YearMonth.from(writtenRequestOn().get()))) {
      throw InvalidInputException.of(
          "firstMonth",
          firstMonth(),
          "must not be before the month of the written request, " + writtenRequestOn().get());
    }
  }
}
