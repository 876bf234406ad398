package io.github.cqui.rules.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.internal.ImmutableSubsidyPeriod;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * Months in which the person received 灵活就业社保补贴 (the social-insurance subsidy for flexible
 * employment), which is not received together with unemployment benefit (渝人社办〔2025〕112号 一(五)): the
 * overlapping months are not payable, and keep their entitlement (I-15).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class SubsidyPeriod {

  /** For the generated implementation only. */
  protected SubsidyPeriod() {}

  /** {@return the first month, inclusive} */
  public abstract YearMonth from();

  /** {@return the last month, inclusive} */
  public abstract YearMonth to();

  /**
   * The months {@code from} to {@code to}, both inclusive.
   *
   * @param from the first month of the subsidy
   * @param to the last month of the subsidy, not before {@code from}; equal to it for one month
   * @return the period
   * @throws io.github.cqui.rules.InvalidInputException naming {@code to} if it is before {@code
   *     from}
   */
  public static SubsidyPeriod of(YearMonth from, YearMonth to) {
    Checks.requireNonNull("from", from);
    Checks.requireNonNull("to", to);
    return ImmutableSubsidyPeriod.builder().from(from).to(to).build();
  }

  /**
   * Whether the period includes {@code month}.
   *
   * @param month any month
   * @return {@code true} if it lies from {@link #from()} to {@link #to()}, both inclusive
   */
  public boolean includes(YearMonth month) {
    Checks.requireNonNull("month", month);
    return !month.isBefore(from()) && !month.isAfter(to());
  }

  /**
   * Checks the order of the months; called by the generated implementation when the period is
   * built.
   *
   * @throws InvalidInputException naming {@code to} if it is before {@code from}
   */
  @Value.Check
  protected void check() {
    if (to().isBefore(from())) {
      throw InvalidInputException.of("to", to(), "must not be before from, " + from());
    }
  }
}
