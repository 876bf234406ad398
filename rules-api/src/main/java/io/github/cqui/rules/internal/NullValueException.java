package io.github.cqui.rules.internal;

import io.github.cqui.rules.InvalidInputException;

/**
 * A {@code null} given for an attribute or a collection element, refused as {@link
 * InvalidInputException} naming it: thrown by the generated builders of {@link RulesStyle}. Catch
 * {@link InvalidInputException}; this subtype is internal.
 */
public final class NullValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param attribute what the generated code names, e.g. {@code registrationDate} or {@code
   *     verifications element}: the exception's field is the attribute ({@code verifications}), and
   *     its rule says that an element, key or value must not be null
   */
  public NullValueException(String attribute) {
    super(name(attribute), "null", rule(attribute));
  }

  /** The attribute, or the list or map of an element, key or value. */
  private static String name(String attribute) {
    for (String part : PARTS) {
      if (attribute.endsWith(" " + part)) {
        return attribute.substring(0, attribute.length() - part.length() - 1);
      }
    }
    return attribute;
  }

  private static String rule(String attribute) {
    for (String part : PARTS) {
      if (attribute.endsWith(" " + part)) {
        return "must not have a null " + part + "; leave it out instead";
      }
    }
    return "must not be null; leave an optional value out instead";
  }

  /** What the generated code names after the attribute: {@code standards element}. */
  private static final String[] PARTS = {"element", "key", "value"};
}
