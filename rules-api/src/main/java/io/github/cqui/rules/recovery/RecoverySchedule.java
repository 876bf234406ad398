package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The schedule of a recovery plan (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-24): the debt and
 * the plan it was made from, the dated lines in due-date order, whether the plan clears the debt,
 * the shortfall when it cannot and the next step on the ladder, and the explanation.
 *
 * <p>The lines sum exactly to the debt minus the shortfall; each is positive; the balance after
 * them falls strictly, to zero when the plan clears the debt. No interest and no fees (I-16).
 *
 * <p>Properties, in order: {@code debt}, {@code plan}, {@code outcome}, {@code refusals}, {@code
 * lines}, {@code scheduled}, {@code shortfall}, {@code nextStep}, {@code switches}, {@code
 * explanation}. Built only by the rules; passed back to {@link RecoveryRules#status} it is checked
 * against the schedule the rules make of its debt and plan, never trusted. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RecoverySchedule {

  /** For the generated implementation only. */
  protected RecoverySchedule() {}

  /**
   * The debt.
   *
   * @return the debt
   */
  public abstract OverpaymentDebt debt();

  /**
   * The plan.
   *
   * @return the plan
   */
  public abstract RecoveryPlan plan();

  /**
   * Whether the plan clears the debt.
   *
   * @return the outcome
   */
  public abstract ScheduleOutcome outcome();

  /**
   * Why the plan is refused, when it is.
   *
   * @return the reasons, empty unless {@link ScheduleOutcome#REFUSED}
   */
  public abstract List<PlanRefusal> refusals();

  /**
   * The lines, in due-date order.
   *
   * @return the lines, empty when the plan is refused or the later benefit pays nothing
   */
  public abstract List<ScheduleLine> lines();

  /**
   * What the lines recover.
   *
   * @return the sum of the lines
   */
  public abstract Money scheduled();

  /**
   * What the plan cannot recover.
   *
   * @return the debt minus {@link #scheduled()}; zero when the plan clears the debt
   */
  public abstract Money shortfall();

  /**
   * The next step on the ladder when the plan cannot clear the debt: the 责令退回决定书
   * (「拒不退回…无法抵扣后续待遇的」).
   *
   * @return the next rung; empty when the plan clears the debt
   */
  public abstract Optional<RecoveryRung> nextStep();

  /**
   * The interpretation switches that shaped the schedule, by interpretation (I-9, I-16).
   *
   * @return the switch values
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The explanation: each overpaid month, the plan's steps, and the outcome, with clause and I-….
   *
   * @return the explanation
   */
  public abstract Explanation explanation();
}
