package io.github.cqui.rules.json.internal;

/**
 * A sink of JSON tokens, the only thing the codecs write to: an adapter of one Jackson line's
 * generator implements it, so the caller's pretty-printer and output settings apply.
 *
 * <p>Internal to cqui: not exported. Not thread-safe: one writer, one thread.
 */
public interface JsonOut {

  /** Writes the start of an object, <code>&#123;</code>. */
  void startObject();

  /** Writes the end of an object, <code>&#125;</code>. */
  void endObject();

  /** Writes the start of an array, {@code [}. */
  void startArray();

  /** Writes the end of an array, {@code ]}. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the value
   */
  void string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the value
   */
  void integer(long value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   */
  void bool(boolean value);
}
