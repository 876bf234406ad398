package io.github.cqui.rules.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An enum as its JSON name: the constant's name, or the stable id or key the type defines ({@code
 * "I-1"}, {@code "deadline.review.start"}). Read by exact match only: no position, no other case,
 * no surrounding blanks.
 *
 * <p>Internal to cqui: not exported. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
final class EnumCodec<E extends Enum<E>> extends JsonCodec<E> {

  /** Constants listed in a message up to this many; beyond, one example. */
  private static final int MAX_LISTED = 12;

  private final Function<E, String> name;
  private final Map<String, E> byName = new HashMap<>();
  private final Map<String, String> byLowerCase = new HashMap<>();
  private final String unknownRule;

  /**
   * The codec of an enum.
   *
   * @param type the enum
   * @param name the JSON name of a constant
   * @param unknownRule the rule of a name that is no constant's, or empty for "must be one of …"
   */
  EnumCodec(Class<E> type, Function<E, String> name, String unknownRule) {
    super(type);
    this.name = name;
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String json = name.apply(constant);
      byName.put(json, constant);
      byLowerCase.put(json.toLowerCase(Locale.ROOT), json);
      names.add(json);
    }
    this.unknownRule = unknownRule.isEmpty() ? oneOf(type, names) : unknownRule;
  }

  /**
   * The codec of an enum written by its constants' names.
   *
   * @param <E> the enum
   * @param type the enum
   * @return the codec
   */
  static <E extends Enum<E>> EnumCodec<E> byName(Class<E> type) {
    return new EnumCodec<>(type, Enum::name, "");
  }

  private static String oneOf(Class<?> type, List<String> names) {
    if (names.size() <= MAX_LISTED) {
      return "must be one of " + String.join(", ", names);
    }
    return "must be the name of a " + type.getSimpleName() + " constant such as " + names.get(0);
  }

  @Override
  public String expected() {
    return "the name of a " + type().getSimpleName() + " as a string";
  }

  @Override
  public void write(E value, JsonOut out) {
    out.string(name.apply(value));
  }

  @Override
  public E read(Reading in) {
    if (in.token() == Token.INTEGER || in.token() == Token.DECIMAL) {
      throw in.refuse(unknownRule + " (a name as a string, never a position)");
    }
    if (in.token() != Token.STRING) {
      throw in.refuse(unknownRule + " (a name as a string)");
    }
    String text = in.text();
    E constant = byName.get(text);
    if (constant == null) {
      throw in.refuse(whyNot(text));
    }
    return constant;
  }

  @Override
  public boolean isKey() {
    return true;
  }

  @Override
  public String keyOf(Object value) {
    return name.apply(type().cast(value));
  }

  @Override
  public E readKey(String key, String path) {
    E constant = byName.get(key);
    if (constant == null) {
      throw Reading.refuse(path, Reading.quoted(key), whyNot(key));
    }
    return constant;
  }

  /** Why a string is no constant's name: another case of one, or none at all. */
  private String whyNot(String text) {
    String other = text.length() <= 100 ? byLowerCase.get(text.toLowerCase(Locale.ROOT)) : null;
    if (other != null) {
      return "names are case-sensitive: write \"" + other + "\"";
    }
    return unknownRule;
  }
}
