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
   *     verifications element} or {@code switches value for key: I-1}: the exception's field is the
   *     attribute ({@code verifications}, {@code switches}), and its rule says that an element, key
   *     or value (naming the key) must not be null
   */
  public NullValueException(String attribute) {
    super(name(attribute), "null", rule(attribute));
  }

  /** The attribute, or the list or map of an element, key or value. */
  private static String name(String attribute) {
    int valueForKey = attribute.indexOf(VALUE_FOR_KEY);
    if (valueForKey > 0) {
      return attribute.substring(0, valueForKey);
    }
    for (String part : PARTS) {
      if (attribute.endsWith(" " + part)) {
        return attribute.substring(0, attribute.length() - part.length() - 1);
      }
    }
    return attribute;
  }

  private static String rule(String attribute) {
    int valueForKey = attribute.indexOf(VALUE_FOR_KEY);
    if (valueForKey > 0) {
      return "must not have a null value (for key "
          + attribute.substring(valueForKey + VALUE_FOR_KEY.length())
          + "); leave it out instead";
    }
    for (String part : PARTS) {
      if (attribute.endsWith(" " + part)) {
        return "must not have a null " + part + "; leave it out instead";
      }
    }
    return "must not be null; leave an optional value out instead";
  }

  /**
   * What the generated code names after a map's attribute for a null value: {@code switches value
   * for key: I-1}.
   */
  private static final String VALUE_FOR_KEY = " value for key: ";

  /** What the generated code names after the attribute: {@code standards element}. */
  private static final String[] PARTS = {"element", "key", "value"};
}
