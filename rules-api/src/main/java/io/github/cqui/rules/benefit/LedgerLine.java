package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One calendar month of a benefit ledger.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class LedgerLine {

  /** For the generated implementation only. */
  protected LedgerLine() {}

  /** {@return the month} */
  public abstract YearMonth month();

  /** {@return what the month is} */
  public abstract LedgerStatus status();

  /** {@return what was due for the month: the standard when paid, zero otherwise} */
  public abstract Money due();

  /** {@return what was actually paid for the month, when known} */
  public abstract Optional<Money> actual();

  /** {@return the part of the actual payment above what was due; zero when none} */
  public abstract Money overpayment();

  /** {@return months of entitlement used after this month} */
  public abstract int monthsUsed();

  /** {@return months of entitlement left after this month} */
  public abstract int monthsLeft();

  /** {@return whether the month lies after the verification record and is projected as verified} */
  public abstract boolean projected();

  /**
   * {@return whether the month is paid under the near-retirement extension (I-11), beyond the
   * entitlement}
   */
  public abstract boolean extension();
}
