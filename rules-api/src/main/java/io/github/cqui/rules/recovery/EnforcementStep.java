package io.github.cqui.rules.recovery;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What may be done next in the enforcement of a 责令退回决定书 on a date (渝人社办〔2025〕112号 三(四);
 * INTERPRETATIONS I-16, I-17).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({"asOf", "stage", "until", "explanation"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableEnforcementStep.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableEnforcementStep.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEnforcementStep.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEnforcementStep.class)
public abstract class EnforcementStep {

  /** For the generated implementation only. */
  protected EnforcementStep() {}

  /** The day asked about. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate asOf();

  /** The stage reached. */
  public abstract EnforcementStage stage();

  /** The day the stage ends or the next becomes possible, where there is one. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> until();

  /** The explanation: each step with its clause and the I-… it applies. */
  public abstract Explanation explanation();

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of EnforcementStep");
  }
}
