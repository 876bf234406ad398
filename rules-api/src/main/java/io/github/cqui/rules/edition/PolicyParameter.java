package io.github.cqui.rules.edition;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.edition.internal.ImmutablePolicyParameter;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A parameter of the policy with the date it took effect and where it comes from, in the manner of
 * OpenFisca parameters: for example 7 working days, since 2025-08-01, from 渝人社办〔2025〕112号 一(二).
 *
 * <p>{@link #since()} is the date from which the cited sources prescribe this value; it may be
 * earlier than the {@link PolicyEdition} that carries the parameter (the 20-working-day report
 * deadline dates from 2023-12-01 and is restated by the 2025 notice), never later. For a source
 * older than the library's earliest edition it is the date of the text the library cites.
 *
 * <p>JSON: {@code {"value":7,"since":"2025-08-01","sources":[…]}}; an unknown property is rejected.
 * Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the value, e.g. {@code Integer}
 */
@Value.Immutable
@RulesStyle
public abstract class PolicyParameter<T> {

  /** For the generated implementation only. */
  protected PolicyParameter() {}

  /**
   * The value.
   *
   * @return the value, e.g. {@code 7}
   */
  public abstract T value();

  /**
   * The date from which the sources prescribe this value.
   *
   * @return the date, e.g. 2025-08-01
   */
  public abstract LocalDate since();

  /**
   * The documents and clauses that set the value, the most specific first.
   *
   * @return the citations, never empty
   */
  public abstract List<Citation> sources();

  /**
   * A parameter.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param since the date from which the sources prescribe it
   * @param source the document and clause that sets it, the most specific first
   * @param moreSources further sources, e.g. the national law a local rule restates
   * @return the parameter
   */
  public static <T> PolicyParameter<T> of(
      T value, LocalDate since, Citation source, Citation... moreSources) {
    Checks.requireNonNull("value", value);
    Checks.requireNonNull("since", since);
    Checks.requireNonNull("source", source);
    Checks.requireNonNull("moreSources", moreSources);
    return ImmutablePolicyParameter.<T>builder()
        .value(value)
        .since(since)
        .addSources(source)
        .addSources(moreSources)
        .build();
  }

  /**
   * Checks that the parameter cites a source; called by the generated implementation when the
   * parameter is built.
   *
   * @throws InvalidInputException naming {@code sources} if it is empty
   */
  @Value.Check
  protected void check() {
    if (sources().isEmpty()) {
      throw InvalidInputException.of("sources", "[]", "a policy parameter must cite its source");
    }
  }

  /**
   * The parameter as {@code value (since date; sources)}, e.g. {@code 7 (since 2025-08-01;
   * 渝人社办〔2025〕112号 一(二))}.
   *
   * @return the rendering
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(value()).append(" (since ").append(since());
    for (Citation source : sources()) {
      text.append("; ").append(source);
    }
    return text.append(')').toString();
  }
}
