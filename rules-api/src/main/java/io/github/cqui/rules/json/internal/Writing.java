package io.github.cqui.rules.json.internal;

import io.github.cqui.rules.InvalidInputException;

/**
 * The path of a value that has no JSON form, as writing unwinds: a scalar codec refuses with an
 * empty field, and each enclosing property and list element prefixes its name or index, so the
 * refusal names e.g. {@code request.receivedAt}.
 *
 * <p>Internal to cqui: not exported. Stateless and thread-safe.
 */
public final class Writing {

  private Writing() {}

  /**
   * A refusal of a value that has no JSON form.
   *
   * @param value the value
   * @param rule why it has none
   * @return the refusal, its field empty for the enclosing properties to fill in
   */
  static InvalidInputException unwritable(Object value, String rule) {
    return InvalidInputException.of("", value, rule);
  }

  /**
   * The refusal with its field prefixed by the enclosing property or element.
   *
   * @param segment a property name, or an index as {@code [2]}
   * @param inner the refusal from inside it
   * @return the refusal naming the longer path
   */
  static InvalidInputException renamed(String segment, InvalidInputException inner) {
    String field = inner.field();
    String joined;
    if (field.isEmpty()) {
      joined = segment;
    } else if (field.startsWith("[")) {
      joined = segment + field;
    } else {
      joined = segment + "." + field;
    }
    InvalidInputException renamed = InvalidInputException.of(joined, inner.value(), inner.rule());
    renamed.initCause(inner);
    return renamed;
  }

  /**
   * The field to name for a refusal that reached the top of a written value.
   *
   * @param refusal the refusal
   * @param rootName the name of the value written, e.g. {@code reviewRequest}
   * @return the refusal, named {@code rootName} if its field is still empty
   */
  public static InvalidInputException atRoot(InvalidInputException refusal, String rootName) {
    if (!refusal.field().isEmpty()) {
      return refusal;
    }
    InvalidInputException renamed =
        InvalidInputException.of(rootName, refusal.value(), refusal.rule());
    renamed.initCause(refusal);
    return renamed;
  }
}
