package io.github.cqui.rules.json.internal;

/**
 * The kind of a JSON token, as a {@link JsonIn} reports it whatever the Jackson line.
 *
 * <p>Internal to cqui: not exported.
 */
public enum Token {
  /** The start of an object, <code>&#123;</code>. */
  START_OBJECT,
  /** The end of an object, <code>&#125;</code>. */
  END_OBJECT,
  /** The start of an array, {@code [}. */
  START_ARRAY,
  /** The end of an array, {@code ]}. */
  END_ARRAY,
  /** A property name. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without a fraction or an exponent, e.g. {@code 12} or {@code -3}. */
  INTEGER,
  /** A number with a fraction or an exponent, e.g. {@code 12.7} or {@code 1e3}. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** The end of the input: no more tokens. */
  END,
  /** Anything else: a token that is not JSON, such as an embedded object of a binary format. */
  OTHER
}
