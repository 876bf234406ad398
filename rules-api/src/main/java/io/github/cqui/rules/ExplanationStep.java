package io.github.cqui.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.ImmutableExplanationStep;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One step of an {@link Explanation}: what was decided ({@link #code()}), on which authority
 * ({@link #citations()}), under which readings of open questions ({@link #interpretations()}), and
 * with which values ({@link #values()}).
 *
 * <p>The values are the ones the step used, rendered as strings in the step code's declared order,
 * e.g. {@code receiptDate -> 2025-09-25, clockStart -> 2025-09-26}. A step carries exactly the
 * value names its code declares ({@link StepCode#valueNames()}); the values are inserted in that
 * order whatever order they were given in.
 *
 * <p>{@link #render(Locale)} gives one line of text in English or Chinese from the resource
 * bundles, with the citations and interpretation ids appended in brackets, e.g. {@code The day of
 * receipt (2025-09-25) is not counted; the review period is counted from 2025-09-26.
 * [渝人社办〔2025〕112号 一(二); I-1]}.
 *
 * <p>JSON, for audit, in this property order: {@code
 * {"code":"deadline.review.start","citations":[…],"interpretations":["I-1"],"values":{…}}}; an
 * unknown property, an unknown code or a value set that does not match the code is rejected.
 *
 * <p>Immutable and thread-safe. {@link #citations()} and {@link #interpretations()} are Guava
 * {@code ImmutableList}s and {@link #values()} an {@code ImmutableMap}, declared with the plain
 * collection interfaces so that JSON reading needs no Guava module.
 */
@Value.Immutable
@RulesStyle
public abstract class ExplanationStep {

  /** For the generated implementation only. */
  protected ExplanationStep() {}

  /**
   * What kind of step this is.
   *
   * @return the stable step code
   */
  public abstract StepCode code();

  /**
   * The documents and clauses the step rests on, in order.
   *
   * @return the citations, possibly empty
   */
  public abstract List<Citation> citations();

  /**
   * The interpretations (I-…) the step applied, in order.
   *
   * @return the interpretation ids, possibly empty
   */
  public abstract List<Interpretation> interpretations();

  /**
   * The values the step used, by name, in the order of {@link StepCode#valueNames()}.
   *
   * @return the values as strings, e.g. {@code receiptDate -> 2025-09-25}
   */
  public abstract Map<String, String> values();

  /**
   * Creates a step from alternating value names and values.
   *
   * <p>Example: {@code ExplanationStep.of(StepCode.DEADLINE_REVIEW_CLOCK_START,
   * List.of(LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)")), List.of(Interpretation.I_1),
   * "receiptDate", receipt, "clockStart", start)}.
   *
   * @param code the step code
   * @param citations the citations, in order
   * @param interpretations the interpretations applied, in order
   * @param namesAndValues value name, value, value name, value, …: each name a {@code String}
   *     declared by {@code code}, each value rendered with {@link String#valueOf(Object)} (a {@code
   *     LocalDate} as {@code 2025-09-25}, a {@link Money} as {@code 1234.56})
   * @return the step
   * @throws InvalidInputException if the pairs are odd in number, a name is not a string or is
   *     repeated, or the names are not exactly those {@code code} declares
   */
  public static ExplanationStep of(
      StepCode code,
      List<Citation> citations,
      List<Interpretation> interpretations,
      Object... namesAndValues) {
    Checks.requireNonNull("code", code);
    Checks.requireNonNull("citations", citations);
    Checks.requireNonNull("interpretations", interpretations);
    Checks.requireNonNull("namesAndValues", namesAndValues);
    if (namesAndValues.length % 2 != 0) {
      throw InvalidInputException.of(
          "values", namesAndValues.length + " arguments", "must be name, value pairs");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw InvalidInputException.of(
            "values[" + i + "]", namesAndValues[i], "must be a value name (a String)");
      }
      if (values.put(name, String.valueOf(namesAndValues[i + 1])) != null) {
        throw InvalidInputException.of("values", name, "is given twice");
      }
    }
    return ImmutableExplanationStep.builder()
        .code(code)
        .citations(citations)
        .interpretations(interpretations)
        .values(values)
        .build();
  }

  /**
   * Checks that the values are exactly those the step's code declares and puts them in the declared
   * order; called by the generated implementation when the step is built.
   *
   * @return this step when its values are already in the order of {@link StepCode#valueNames()},
   *     otherwise the same step with its values in that order
   * @throws InvalidInputException if the names of the values are not exactly the code's {@link
   *     StepCode#valueNames()}
   */
  @Value.Check
  protected ExplanationStep normalize() {
    List<String> declared = code().valueNames();
    Map<String, String> values = values();
    if (values.size() != declared.size() || !values.keySet().containsAll(declared)) {
      List<String> given = new ArrayList<>(values.keySet());
      throw InvalidInputException.of(
          "values", given, "step " + code().key() + " takes exactly the values " + declared);
    }
    if (Iterables.elementsEqual(values.keySet(), declared)) {
      return this;
    }
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    for (String name : declared) {
      ordered.put(name, Objects.requireNonNull(values.get(name), name));
    }
    return ImmutableExplanationStep.builder().from(this).values(ordered.buildOrThrow()).build();
  }

  /**
   * The step's text alone, placeholders filled, without citations.
   *
   * @param locale the language: Simplified Chinese for any locale whose language is {@code zh}
   *     (e.g. {@link Locale#SIMPLIFIED_CHINESE}), English for every other locale; the JVM's default
   *     locale plays no part
   * @return one line of text
   */
  public String text(Locale locale) {
    Checks.requireNonNull("locale", locale);
    return ExplanationTexts.render(code(), values(), locale);
  }

  /**
   * The step as one line: its {@link #text(Locale) text}, then, if there are any, the citations and
   * interpretation ids in brackets, separated by {@code "; "}, e.g. {@code … [渝人社办〔2025〕112号 一(二);
   * I-1]}.
   *
   * @param locale the language, as for {@link #text(Locale)}
   * @return one line of text, without a line break
   */
  public String render(Locale locale) {
    Checks.requireNonNull("locale", locale);
    StringBuilder line = new StringBuilder(text(locale));
    if (!citations().isEmpty() || !interpretations().isEmpty()) {
      line.append(" [");
      String separator = "";
      for (Citation citation : citations()) {
        line.append(separator).append(citation);
        separator = "; ";
      }
      for (Interpretation interpretation : interpretations()) {
        line.append(separator).append(interpretation.id());
        separator = "; ";
      }
      line.append(']');
    }
    return line.toString();
  }
}
