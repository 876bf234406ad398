package io.github.cqui.rules.json.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Property names in a Jackson line's pre-encoded form, made once per name and kept: Jackson's own
 * bean serializers write their property names the same way (a {@code SerializableString}, quoted
 * and encoded once), so a name costs a copy of bytes rather than an encoding on every write. The
 * names are the codecs' own and the step codes' value names, a closed set; at most {@link
 * #MAX_KEPT} are kept all the same, and a name past that is encoded afresh each time.
 *
 * <p>Internal to cqui: not exported. Thread-safe.
 *
 * @param <S> the line's pre-encoded string type
 */
public final class EncodedNames<S> {

  /** The most names kept. */
  public static final int MAX_KEPT = 4096;

  private final ConcurrentHashMap<String, S> kept = new ConcurrentHashMap<>();
  private final Function<String, S> encode;

  /**
   * Names encoded by a line's encoder.
   *
   * @param encode makes the pre-encoded form of a name, e.g. {@code SerializedString::new}
   */
  public EncodedNames(Function<String, S> encode) {
    this.encode = encode;
  }

  /**
   * The pre-encoded form of a name.
   *
   * @param name the property name
   * @return its pre-encoded form, kept if there is room
   */
  public S of(String name) {
    S encoded = kept.get(name);
    if (encoded == null) {
      encoded = encode.apply(name);
      if (kept.size() < MAX_KEPT) {
        kept.putIfAbsent(name, encoded);
      }
    }
    return encoded;
  }

  /**
   * How many names are kept.
   *
   * @return at most {@link #MAX_KEPT}
   */
  public int size() {
    return kept.size();
  }
}
