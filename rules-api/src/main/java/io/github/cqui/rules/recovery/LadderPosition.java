package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a debt stands on the enforcement ladder (渝人社办〔2025〕112号 三(四); I-16, I-17): what put it
 * there and since when, what is outstanding, the next rung, and — once the 责令退回决定书 was served — the
 * enforcement timeline and the step reached, as {@link RecoveryRules#enforcementTimeline} and
 * {@link RecoveryRules#enforcementStep} give them.
 *
 * <p>Properties, in order: {@code trigger}, {@code since}, {@code outstanding}, {@code nextStep},
 * {@code enforcement}, {@code enforcementStep}. Built only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class LadderPosition {

  /** For the generated implementation only. */
  protected LadderPosition() {}

  /**
   * What put the debt on the ladder.
   *
   * @return the trigger
   */
  public abstract LadderTrigger trigger();

  /**
   * The day the trigger arose.
   *
   * @return the date
   */
  public abstract LocalDate since();

  /**
   * What the decision orders returned: the balance of the debt.
   *
   * @return the amount, positive
   */
  public abstract Money outstanding();

  /**
   * The next rung: {@link RecoveryRung#DECISION_LETTER} until the decision is served; then {@link
   * RecoveryRung#REMINDER} until the 催告书 is served, then {@link RecoveryRung#COURT_ENFORCEMENT}.
   *
   * @return the next rung; empty when the period to apply to the court has ended or the 催告书 was
   *     served too late for it (see {@link #enforcementStep()})
   */
  public abstract Optional<RecoveryRung> nextStep();

  /**
   * The enforcement timeline of the decision.
   *
   * @return the timeline, once the decision was served
   */
  public abstract Optional<EnforcementTimeline> enforcement();

  /**
   * The enforcement step reached on the day asked about.
   *
   * @return the step, once the decision was served
   */
  public abstract Optional<EnforcementStep> enforcementStep();
}
