package io.github.cqui.rules;

import io.github.cqui.CquiException;
import org.jspecify.annotations.Nullable;

/**
 * An input breaks a rule of the API or of the policy. The message has the form {@code field =
 * value: rule}, for example {@code receiptDate = 2014-12-31: before the earliest policy edition},
 * and the three parts are also available separately, so an integrator can map them to a form field
 * or an error response.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class InvalidInputException extends CquiException {

  /** Longest value rendering kept in the message; longer values are cut and marked. */
  private static final int MAX_VALUE_LENGTH = 200;

  /** The name of the offending input field. */
  private final String field;

  /** The rendering of the offending value. */
  private final String value;

  /** The rule the value breaks. */
  private final String rule;

  /**
   * Creates the exception; prefer {@link #of(String, Object, String)}.
   *
   * @param field the name of the input field, as the API or the JSON names it
   * @param value the rendering of the offending value
   * @param rule the rule it breaks, in words (and its clause or I-… where there is one)
   */
  protected InvalidInputException(String field, String value, String rule) {
    super(field + " = " + value + ": " + rule);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * Creates the exception for an offending value.
   *
   * @param field the name of the input field, as the API or the JSON names it, e.g. {@code
   *     receiptDate}
   * @param value the offending value; rendered with {@link String#valueOf(Object)} ({@code "null"}
   *     for {@code null}), cut after 200 characters
   * @param rule the rule it breaks, in words, e.g. {@code "must not be negative"}
   * @return the exception, to be thrown by the caller
   */
  public static InvalidInputException of(String field, @Nullable Object value, String rule) {
    requireArgument("field", field);
    requireArgument("rule", rule);
    return new InvalidInputException(field, render(value), rule);
  }

  /** The factory's own arguments: a {@code null} field or rule is refused naming it. */
  private static void requireArgument(String name, @Nullable String value) {
    if (value == null) {
      throw new InvalidInputException(name, "null", "must not be null");
    }
  }

  private static String render(@Nullable Object value) {
    String text = String.valueOf(value);
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_VALUE_LENGTH) + "…(" + text.length() + " characters)";
  }

  /**
   * The name of the offending input field.
   *
   * @return the field name, e.g. {@code receiptDate}
   */
  public String field() {
    return field;
  }

  /**
   * The rendering of the offending value, as it appears in the message.
   *
   * @return the value's string form, e.g. {@code 2014-12-31}
   */
  public String value() {
    return value;
  }

  /**
   * The rule the value breaks.
   *
   * @return the rule in words, e.g. {@code must not be negative}
   */
  public String rule() {
    return rule;
  }
}
