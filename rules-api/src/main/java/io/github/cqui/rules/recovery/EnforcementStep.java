package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What may be done next in the enforcement of a 责令退回决定书 on a date (渝人社办〔2025〕112号 三(四);
 * INTERPRETATIONS I-16, I-17).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EnforcementStep {

  /** For the generated implementation only. */
  protected EnforcementStep() {}

  /** {@return the day asked about} */
  public abstract LocalDate asOf();

  /** {@return the stage reached} */
  public abstract EnforcementStage stage();

  /** {@return the day the stage ends or the next becomes possible, where there is one} */
  public abstract Optional<LocalDate> until();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
