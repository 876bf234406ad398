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
   *     verifications element}
   */
  public NullValueException(String attribute) {
    super(attribute, "null", "must not be null; leave an optional value out instead");
  }
}
