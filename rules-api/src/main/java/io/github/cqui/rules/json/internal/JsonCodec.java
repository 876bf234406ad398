package io.github.cqui.rules.json.internal;

import java.util.List;

/**
 * How one type is written to and read from JSON, whatever the JSON library: {@link #write} emits
 * the value's tokens, {@link #read} takes them back strictly. Refusals are {@link
 * io.github.cqui.rules.InvalidInputException}s naming the property path (see {@link Reading}).
 *
 * <p>Internal to cqui: not exported. Implementations are immutable and thread-safe.
 *
 * @param <T> the type
 */
public abstract class JsonCodec<T> {

  private final Class<T> type;

  /**
   * A codec of a type.
   *
   * @param type the type, as callers ask for it
   */
  JsonCodec(Class<T> type) {
    this.type = type;
  }

  /**
   * The type this codec reads and writes.
   *
   * @return the type
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * What a JSON value of this type must be, for messages: e.g. {@code a date "yyyy-MM-dd" such as
   * "2025-09-25"}.
   *
   * @return the description, starting with an article
   */
  public abstract String expected();

  /**
   * Writes a value.
   *
   * @param value the value
   * @param out where to write it
   * @throws io.github.cqui.rules.InvalidInputException if the value has no JSON form (a date
   *     outside the years 0000–9999, a time with seconds)
   */
  public abstract void write(T value, JsonOut out);

  /**
   * Reads a value: on entry the current token is its first, on return its last.
   *
   * @param in the reading, positioned at the value
   * @return the value
   * @throws io.github.cqui.rules.InvalidInputException naming the path, if the JSON is not a value
   *     of this type
   */
  public abstract T read(Reading in);

  /**
   * Reads a whole value from a parser positioned at its first token (or, for an object, at its
   * first property name).
   *
   * @param in the tokens
   * @param base the path of the value in the caller's document; empty at the root
   * @return the value
   * @throws io.github.cqui.rules.InvalidInputException naming the path, if the JSON is not a value
   *     of this type
   */
  public final T readValue(JsonIn in, String base) {
    return read(new Reading(in, base, rootName()));
  }

  /**
   * The names of the properties of this type's JSON object, in the order they are written.
   *
   * @return the names; empty for a type that is not written as an object
   */
  public List<String> propertyNames() {
    return List.of();
  }

  /**
   * Whether a value of this type can name a JSON property, as a key of a map: true for enums.
   *
   * @return whether {@link #keyOf} and {@link #readKey} work
   */
  public boolean isKey() {
    return false;
  }

  /**
   * The property name of a value used as a map key.
   *
   * @param value the value, of this codec's type
   * @return its JSON name, e.g. {@code I-1}
   * @throws UnsupportedOperationException if this type cannot be a key
   */
  public String keyOf(Object value) {
    throw new UnsupportedOperationException(type.getName() + " is not a map key");
  }

  /**
   * Reads a map key, exactly as {@link #read} reads a string.
   *
   * @param key the property name
   * @param path where the key is, for a refusal
   * @return the value
   * @throws io.github.cqui.rules.InvalidInputException naming the path, if the key is not a value
   *     of this type
   * @throws UnsupportedOperationException if this type cannot be a key
   */
  public T readKey(String key, String path) {
    throw new UnsupportedOperationException(type.getName() + " is not a map key");
  }

  /**
   * Writes a value given as an {@code Object}: the value, or an instance of a subclass, of {@link
   * #type()}.
   *
   * @param value the value
   * @param out where to write it
   * @throws ClassCastException if {@code value} is not of this codec's type
   * @throws io.github.cqui.rules.InvalidInputException if the value has no JSON form, naming its
   *     path
   */
  public final void writeValue(Object value, JsonOut out) {
    try {
      write(type.cast(value), out);
    } catch (io.github.cqui.rules.InvalidInputException e) {
      throw Writing.atRoot(e, rootName());
    }
  }

  /**
   * The field a refusal of a value read or written at the root names: the type's simple name
   * starting in lower case, e.g. {@code money}.
   *
   * @return the name
   */
  public final String rootName() {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }
}
