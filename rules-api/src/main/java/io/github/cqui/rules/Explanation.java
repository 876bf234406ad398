package io.github.cqui.rules;

import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.ImmutableExplanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How a result was reached: an ordered list of {@link ExplanationStep}s, each with its stable code,
 * its citations, the interpretations (I-…) it applied and the values it used. Every result of the
 * rules carries one.
 *
 * <p>Build one step by step:
 *
 * <pre>{@code
 * Explanation explanation = Explanation.builder()
 *     .step(StepCode.DEADLINE_REVIEW_CLOCK_START,
 *         List.of(LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)")),
 *         List.of(Interpretation.I_1),
 *         "receiptDate", receiptDate, "clockStart", clockStart)
 *     .build();
 * }</pre>
 *
 * <p>{@link #render(Locale)} gives one line per step in Chinese or English. JSON, for audit: {@code
 * {"steps":[…]}}; an unknown property is rejected.
 *
 * <p>Immutable and thread-safe; {@link #steps()} is a Guava {@code ImmutableList}.
 */
@Value.Immutable
@RulesStyle
public abstract class Explanation {

  /** Holder, so that this class's initialization never waits for its generated subclass's. */
  private static final class Empty {
    static final Explanation INSTANCE = ImmutableExplanation.builder().build();
  }

  /** For the generated implementation only. */
  protected Explanation() {}

  /**
   * The steps, in the order they were taken.
   *
   * @return the steps, possibly empty
   */
  public abstract List<ExplanationStep> steps();

  /**
   * A builder with no steps yet.
   *
   * @return a new builder; not thread-safe, meant for one thread
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The explanation with no steps.
   *
   * @return the empty explanation
   */
  public static Explanation empty() {
    return Empty.INSTANCE;
  }

  /**
   * An explanation of the given steps.
   *
   * @param steps the steps, in order
   * @return the explanation
   */
  public static Explanation of(List<ExplanationStep> steps) {
    Checks.requireNonNull("steps", steps);
    return ImmutableExplanation.builder().steps(steps).build();
  }

  /**
   * This explanation followed by another's steps.
   *
   * @param next the explanation whose steps come after these
   * @return the combined explanation
   */
  public Explanation plus(Explanation next) {
    Checks.requireNonNull("next", next);
    return ImmutableExplanation.builder().from(this).addAllSteps(next.steps()).build();
  }

  /**
   * The explanation as text: one {@link ExplanationStep#render(Locale) rendered step} per line,
   * separated by {@code "\n"}, with no line break after the last.
   *
   * @param locale the language: Simplified Chinese for any {@code zh} locale, English otherwise
   * @return the text; empty for no steps
   */
  public String render(Locale locale) {
    Checks.requireNonNull("locale", locale);
    StringBuilder text = new StringBuilder();
    for (ExplanationStep step : steps()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(step.render(locale));
    }
    return text.toString();
  }

  /**
   * Builds an {@link Explanation} step by step; adds {@link #step(StepCode, List, List, Object...)}
   * to the generated builder methods ({@code addSteps}, {@code addAllSteps}, {@code from}). Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableExplanation.Builder {

    /** A new builder; the same as {@code builder()}. */
    public Builder() {}

    /**
     * Appends a step; see {@link ExplanationStep#of(StepCode, List, List, Object...)}.
     *
     * @param code the step code
     * @param citations the citations, in order
     * @param interpretations the interpretations applied, in order
     * @param namesAndValues value name, value, … as the code declares them
     * @return this builder
     * @throws InvalidInputException if the values do not match the code
     */
    public Builder step(
        StepCode code,
        List<Citation> citations,
        List<Interpretation> interpretations,
        Object... namesAndValues) {
      addSteps(ExplanationStep.of(code, citations, interpretations, namesAndValues));
      return this;
    }

    /**
     * Appends a step that was built already.
     *
     * @param step the step
     * @return this builder
     */
    public Builder step(ExplanationStep step) {
      addSteps(step);
      return this;
    }

    /**
     * Appends all steps of another explanation.
     *
     * @param explanation the explanation whose steps to append
     * @return this builder
     */
    public Builder steps(Explanation explanation) {
      addAllSteps(explanation.steps());
      return this;
    }
  }
}
