package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of the recovery of a debt on a day (渝人社办〔2025〕112号 三(四); I-16, I-17): on track, in
 * arrears (how much, since when) or cleared; and, when the person refuses, breaks the agreement or
 * nothing is left to deduct, the position on the ladder.
 *
 * <p>An amount is in arrears from the day after its due date: {@code arrears = max(0, (lines due
 * before asOf) − (recovered up to asOf))}; {@code arrearsSince} is the first day of the unbroken
 * run of days in arrears that reaches {@code asOf}.
 *
 * <p>Properties, in order: {@code asOf}, {@code state}, {@code dueToDate}, {@code recovered},
 * {@code balance}, {@code arrears}, {@code arrearsSince}, {@code ladder}, {@code explanation}.
 * Built only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RecoveryStatus {

  /** For the generated implementation only. */
  protected RecoveryStatus() {}

  /**
   * The day asked about.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The state.
   *
   * @return the state
   */
  public abstract RecoveryState state();

  /**
   * What the schedule made due before {@link #asOf()}.
   *
   * @return the sum of the lines due before the day
   */
  public abstract Money dueToDate();

  /**
   * What was recovered up to {@link #asOf()}, inclusive.
   *
   * @return the sum of the repayments
   */
  public abstract Money recovered();

  /**
   * What is left of the debt.
   *
   * @return the debt minus {@link #recovered()}, zero when cleared
   */
  public abstract Money balance();

  /**
   * What is overdue.
   *
   * @return {@code max(0, dueToDate − recovered)}; zero unless {@link RecoveryState#IN_ARREARS}
   */
  public abstract Money arrears();

  /**
   * Since when the arrears have run unbroken.
   *
   * @return the first day of the run, when in arrears
   */
  public abstract Optional<LocalDate> arrearsSince();

  /**
   * The position on the ladder, when the debt is on it.
   *
   * @return the position; empty while on track with no shortfall, or when cleared
   */
  public abstract Optional<LadderPosition> ladder();

  /**
   * The explanation: the state and, when on the ladder, the trigger, the enforcement timeline's
   * steps and the next step, with clause and I-….
   *
   * @return the explanation
   */
  public abstract Explanation explanation();
}
