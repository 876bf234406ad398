package io.github.cqui.rules.json.internal;

import io.github.cqui.rules.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value type as a JSON object: its properties by name, in a fixed order, each with its codec.
 *
 * <p>Writing: every property in order; an empty {@code Optional} is left out, a list or a map is
 * always written (possibly {@code []} or {@code {}}).
 *
 * <p>Reading, whatever order the properties come in: an unknown property, a property given twice, a
 * required property missing and a {@code null} anywhere are refused, each naming the property path;
 * an optional property is either absent or a value; a property with a default takes it when absent;
 * a list or a map may be absent (empty). Then the value is built through its generated builder, and
 * a refusal of the type's own check is named by the object's path.
 *
 * <p>Internal to cqui: not exported. Immutable and thread-safe.
 *
 * @param <T> the value type
 * @param <B> its generated builder
 */
final class ObjectCodec<T, B> extends JsonCodec<T> {

  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Integer> index = new HashMap<>();
  private final String names;
  private final @Nullable String wholeField;

  private ObjectCodec(
      Class<T> type,
      Supplier<B> newBuilder,
      Function<B, T> build,
      List<Property<T, B>> properties,
      @Nullable String wholeField) {
    super(type);
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    this.wholeField = wholeField;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      index.put(properties.get(i).name, i);
      names.add(properties.get(i).name);
    }
    this.names = String.join(", ", names);
  }

  /**
   * Starts the codec of a value type.
   *
   * @param <T> the type
   * @param <B> its builder
   * @param type the type
   * @param newBuilder a new builder
   * @param build builds the value, running its checks
   * @return the definition, to which the properties are added in their JSON order
   */
  static <T, B> Definition<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Definition<>(type, newBuilder, build);
  }

  @Override
  public List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    for (Property<T, B> property : properties) {
      names.add(property.name);
    }
    return List.copyOf(names);
  }

  @Override
  public String expected() {
    String name = type().getSimpleName();
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " object {…}";
  }

  @Override
  public void write(T value, JsonOut out) {
    out.startObject();
    for (Property<T, B> property : properties) {
      try {
        property.write(value, out);
      } catch (InvalidInputException e) {
        throw Writing.renamed(property.name, e);
      }
    }
    out.endObject();
  }

  @Override
  public T read(Reading in) {
    // a Jackson deserializer may be called at the first property name of an object already begun
    if (in.token() == Token.START_OBJECT) {
      in.next();
    } else if (in.token() != Token.NAME && in.token() != Token.END_OBJECT) {
      throw in.refuse("must be " + expected());
    }
    B builder = newBuilder.get();
    boolean[] seen = new boolean[properties.size()];
    while (in.token() != Token.END_OBJECT) {
      if (in.token() != Token.NAME) {
        throw in.refuse("ends before its object is closed");
      }
      String name = in.text();
      in.next();
      Integer i = index.get(name);
      if (i == null) {
        throw Reading.refuse(
            in.pathOf(name),
            in.shown(),
            "is not a property of " + type().getSimpleName() + " (" + names + ")");
      }
      Property<T, B> property = properties.get(i);
      if (seen[i]) {
        throw Reading.refuse(
            in.pathOf(name),
            in.shown(),
            "is given twice; a property of " + type().getSimpleName() + " is given once");
      }
      seen[i] = true;
      in.enter(name);
      property.read(in, builder);
      in.leave();
      in.next();
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i] && properties.get(i).kind == Kind.REQUIRED) {
        throw Reading.refuse(
            in.pathOf(properties.get(i).name),
            "absent",
            "is required to build " + type().getSimpleName());
      }
    }
    try {
      return build.apply(builder);
    } catch (InvalidInputException e) {
      // a check of the whole value (e.g. a plan's combination of parts) names the object itself
      throw in.renamed(e, !e.field().equals(wholeField));
    }
  }

  /** How a property is read when absent, and whether it is written when empty. */
  private enum Kind {
    /** Must be present. */
    REQUIRED,
    /** An {@code Optional}: absent means empty; {@code null} is refused. */
    OPTIONAL,
    /** Takes the type's default when absent. */
    DEFAULTED,
    /** A list, set or map: absent means empty. */
    COLLECTION
  }

  /** One property: its name, how it is read when absent, and how its value is written and read. */
  private abstract static class Property<T, B> {
    final String name;
    final Kind kind;

    Property(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    /** Writes the name and the value, or nothing for an empty optional. */
    abstract void write(T value, JsonOut out);

    /** Reads the value at the current token into the builder. */
    abstract void read(Reading in, B builder);
  }

  /**
   * The properties of a value type, added in their JSON order.
   *
   * @param <T> the type
   * @param <B> its builder
   */
  static final class Definition<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private @Nullable String wholeField;

    private Definition(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A property that must be present; {@code null} is refused. */
    <V> Definition<T, B> required(
        String name, JsonCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(
          new Property<>(name, Kind.REQUIRED) {
            @Override
            void write(T value, JsonOut out) {
              out.name(name);
              codec.write(get.apply(value), out);
            }

            @Override
            void read(Reading in, B builder) {
              set.accept(builder, codec.read(in));
            }
          });
    }

    /**
     * A property with a default, taken when it is absent; always written; {@code null} is refused.
     */
    <V> Definition<T, B> defaulted(
        String name, JsonCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(
          new Property<>(name, Kind.DEFAULTED) {
            @Override
            void write(T value, JsonOut out) {
              out.name(name);
              codec.write(get.apply(value), out);
            }

            @Override
            void read(Reading in, B builder) {
              if (in.token() == Token.NULL) {
                throw in.refuse(
                    "must be " + codec.expected() + "; leave the property out for its default");
              }
              set.accept(builder, codec.read(in));
            }
          });
    }

    /**
     * An optional property: written only when present; absent when left out, never {@code null}.
     */
    <V> Definition<T, B> optional(
        String name, JsonCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(
          new Property<>(name, Kind.OPTIONAL) {
            @Override
            void write(T value, JsonOut out) {
              Optional<V> present = get.apply(value);
              if (present.isPresent()) {
                out.name(name);
                codec.write(present.get(), out);
              }
            }

            @Override
            void read(Reading in, B builder) {
              if (in.token() == Token.NULL) {
                throw in.refuse(
                    "is not a value: leave the property out when there is none (null is not"
                        + " accepted)");
              }
              set.accept(builder, codec.read(in));
            }
          });
    }

    /** A list, always written; absent reads as empty. */
    <V> Definition<T, B> list(
        String name,
        JsonCodec<V> element,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return collection(name, element, get, set, false);
    }

    /**
     * A set, written as a list in the set's order; absent reads as empty; a value listed twice is
     * refused, never dropped.
     */
    <V> Definition<T, B> set(
        String name,
        JsonCodec<V> element,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return collection(name, element, get, set, true);
    }

    private <V> Definition<T, B> collection(
        String name,
        JsonCodec<V> element,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set,
        boolean distinct) {
      return add(
          new Property<>(name, Kind.COLLECTION) {
            @Override
            void write(T value, JsonOut out) {
              out.name(name);
              out.startArray();
              int i = 0;
              for (V item : get.apply(value)) {
                try {
                  element.write(item, out);
                } catch (InvalidInputException e) {
                  throw Writing.renamed("[" + i + "]", e);
                }
                i++;
              }
              out.endArray();
            }

            @Override
            void read(Reading in, B builder) {
              if (in.token() != Token.START_ARRAY) {
                throw in.refuse(
                    "must be a list [ … ] of "
                        + element.expected()
                        + "; for none write [] or leave the property out");
              }
              List<V> items = new ArrayList<>();
              Set<V> seen = new HashSet<>();
              while (in.next() != Token.END_ARRAY) {
                in.enter(items.size());
                if (in.token() == Token.END) {
                  throw in.refuse("ends before the list is closed");
                }
                if (items.size() == Reading.MAX_ELEMENTS) {
                  throw in.refuse(
                      "is one element more than the " + Reading.MAX_ELEMENTS + " allowed");
                }
                V item = element.read(in);
                if (distinct && !seen.add(item)) {
                  throw in.refuse("is listed twice; each value is listed once");
                }
                items.add(item);
                in.leave();
              }
              set.accept(builder, items);
            }
          });
    }

    /** A map of strings to strings, always written in its order; absent reads as empty. */
    Definition<T, B> strings(
        String name, Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set) {
      return stringsBy(name, Function.identity(), key -> key, get, set);
    }

    /**
     * A map to strings whose keys are written as names ({@code keyName}) and read back with {@code
     * keyOf}, which refuses a name that is no key with an {@link InvalidInputException}; always
     * written in its order; absent reads as empty.
     */
    <K> Definition<T, B> stringsBy(
        String name,
        Function<K, String> keyName,
        Function<String, K> keyOf,
        Function<T, Map<K, String>> get,
        BiConsumer<B, Map<K, String>> set) {
      return add(
          new Property<>(name, Kind.COLLECTION) {
            @Override
            void write(T value, JsonOut out) {
              out.name(name);
              out.startObject();
              for (Map.Entry<K, String> entry : get.apply(value).entrySet()) {
                out.name(keyName.apply(entry.getKey()));
                out.string(entry.getValue());
              }
              out.endObject();
            }

            @Override
            void read(Reading in, B builder) {
              if (in.token() != Token.START_OBJECT) {
                throw in.refuse(
                    "must be an object { … } of strings; for none write {} or leave the property"
                        + " out");
              }
              Map<K, String> entries = new LinkedHashMap<>();
              while (in.next() != Token.END_OBJECT) {
                if (in.token() != Token.NAME) {
                  throw in.refuse("ends before its object is closed");
                }
                String name = in.text();
                in.next();
                if (entries.size() == Reading.MAX_ELEMENTS) {
                  throw Reading.refuse(
                      in.pathOf(name),
                      in.shown(),
                      "is one entry more than the " + Reading.MAX_ELEMENTS + " allowed");
                }
                if (name.length() > Reading.MAX_TEXT) {
                  throw Reading.refuse(
                      in.pathOf(name),
                      in.shown(),
                      "has a name longer than " + Reading.MAX_TEXT + " characters");
                }
                K key;
                try {
                  key = keyOf.apply(name);
                } catch (InvalidInputException e) {
                  throw Reading.refuse(in.pathOf(Reading.shorten(name)), in.shown(), e.rule());
                }
                if (entries.containsKey(key)) {
                  throw Reading.refuse(
                      in.pathOf(name), in.shown(), "is given twice; each name is given once");
                }
                in.enter(Reading.shorten(name));
                entries.put(key, Scalars.STRING.read(in));
                in.leave();
              }
              set.accept(builder, entries);
            }
          });
    }

    private Definition<T, B> add(Property<T, B> property) {
      for (Property<T, B> existing : properties) {
        if (existing.name.equals(property.name)) {
          throw new IllegalStateException("two properties named " + property.name);
        }
      }
      properties.add(property);
      return this;
    }

    /**
     * The field by which the type's own check names the whole value rather than one property (e.g.
     * {@code plan} for a recovery plan's combination of parts): such a refusal is named by the
     * object's own path ({@code schedule.plan}, or the root name), never as a property of it.
     */
    Definition<T, B> wholeValueNamed(String field) {
      this.wholeField = field;
      return this;
    }

    /** The codec. */
    ObjectCodec<T, B> build() {
      for (Property<T, B> property : properties) {
        if (property.name.equals(wholeField)) {
          throw new IllegalStateException(wholeField + " is a property of " + type.getSimpleName());
        }
      }
      return new ObjectCodec<>(type, newBuilder, build, properties, wholeField);
    }
  }
}
