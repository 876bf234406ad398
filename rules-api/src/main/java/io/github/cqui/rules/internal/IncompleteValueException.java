package io.github.cqui.rules.internal;

import io.github.cqui.rules.InvalidInputException;

/**
 * A value built without one or more of its required attributes, refused as {@link
 * InvalidInputException} naming them: thrown by the generated builders of {@link RulesStyle}. Catch
 * {@link InvalidInputException}; this subtype is internal.
 */
public final class IncompleteValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the generated builder's message, which ends with the names of the
   * missing attributes in brackets, e.g. {@code Cannot build ClaimHistory, some of required
   * attributes are not set [birthMonth, tier]}.
   *
   * @param message the generated builder's message
   */
  public IncompleteValueException(String message) {
    super(attributes(message), "absent", "is required to build " + typeName(message));
  }

  /** The names in the trailing brackets, e.g. {@code birthMonth, tier}. */
  private static String attributes(String message) {
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    return open >= 0 && close > open ? message.substring(open + 1, close) : message;
  }

  /** The type after "Cannot build ", up to the comma. */
  private static String typeName(String message) {
    String prefix = "Cannot build ";
    int comma = message.indexOf(',');
    return message.startsWith(prefix) && comma > prefix.length()
        ? message.substring(prefix.length(), comma)
        : "the value";
  }
}
