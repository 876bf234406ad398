package io.github.cqui.rules.json.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.json.internal.CquiCodecs;
import io.github.cqui.rules.json.internal.JsonCodec;
import io.github.cqui.rules.json.internal.Reading;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * The JSON of every value type and enum of cqui's rules API for Jackson 3 ({@code
 * tools.jackson.databind} 3.1): register it on your mapper, as you would any datatype module.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CquiJackson3Module()).build();
 * // or, finding it with every other module on the class path (META-INF/services):
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * ClaimHistory claim = mapper.readValue(json, ClaimHistory.class);
 * }</pre>
 *
 * <p>Why a module: it is the Jackson ecosystem's convention for a library's types (the {@code
 * jsr310} and {@code joda-money} datatypes are modules); the types themselves carry no Jackson
 * annotation, so a project without Jackson compiles against them with no warning; and the mapping
 * is the library's own, written once for both Jackson lines ({@link
 * io.github.cqui.rules.json.jackson2.CquiJackson2Module} is the Jackson 2 one), so both write the
 * same JSON and neither depends on how the mapper is configured.
 *
 * <p>Writing: each type's properties in a fixed order (not Jackson 3's alphabetical default), an
 * empty {@code Optional} left out, lists and maps always written; dates {@code "yyyy-MM-dd"},
 * months {@code "yyyy-MM"}, times of day {@code "HH:mm"}, periods ISO-8601, money a decimal string
 * ({@code "2100.00"}), an enum its name ({@code Interpretation} its id {@code "I-1"}, {@code
 * StepCode} its key). The mapper's pretty-printer applies.
 *
 * <p>Reading is strict whatever the mapper's features and coercion settings say: a value is read
 * from its one JSON form only (no number from a string or a string from a number, no enum by
 * position or in another case, no fraction truncated, no {@code null}, {@code ""}, blank or {@code
 * []} for "absent", no money from a JSON number); an unknown property (whatever {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} says), a property given twice and a missing required one are refused;
 * an optional property is absent when left out, and an explicit {@code null} is refused. A refusal
 * is a {@link MismatchedInputException} (a {@link DatabindException}) whose message names the
 * property path (e.g. {@code claim.verifications[1].verifiedOn}), the value (a short prefix) and
 * what to write, with an {@link InvalidInputException} whose field is that path as its cause; so is
 * a refusal of the value's own checks. Malformed JSON is the parser's {@code StreamReadException},
 * as always.
 *
 * <p>Without this module Jackson 3 sees a value type as a bean with no properties and writes {@code
 * {}} for it ({@code SerializationFeature.FAIL_ON_EMPTY_BEANS} is off by default in Jackson 3), and
 * cannot read it: register the module wherever cqui's types are written.
 *
 * <p>In a type of your own (a record holding a {@code ClaimHistory}, a {@code List<Money>}, an
 * {@code Optional<Money>}), the property path starts at your document's root. A JSON {@code null}
 * where a cqui value is expected is refused; a property of your type left out is yours to refuse
 * ({@code FAIL_ON_MISSING_CREATOR_PROPERTIES}), and an {@code Optional} left out is empty.
 *
 * <p>Immutable and thread-safe; instances are interchangeable (registering two is registering one).
 */
public final class CquiJackson3Module extends JacksonModule {

  /** The module; it has no options. */
  public CquiJackson3Module() {}

  /**
   * The module's name.
   *
   * @return {@code "cqui"}
   */
  @Override
  public String getModuleName() {
    return "cqui";
  }

  /**
   * The module's version, which Jackson only reports.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Adds the serializers, deserializers and map-key (de)serializers of cqui's types.
   *
   * @param context the mapper's setup
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers(false));
    context.addKeySerializers(new CodecSerializers(true));
    context.addDeserializers(new CodecDeserializers());
    context.addKeyDeserializers(new CodecKeyDeserializers());
  }

  /** A refusal as Jackson 3 reports bad input, with the library's refusal as its cause. */
  private static DatabindException refusal(
      JsonParser parser, Class<?> type, InvalidInputException refused) {
    MismatchedInputException refusal =
        MismatchedInputException.from(parser, type, refused.getMessage());
    refusal.initCause(refused);
    return refusal;
  }

  /** Finds the serializer of a cqui type, or of its generated implementation. */
  private static final class CodecSerializers extends Serializers.Base {
    private final boolean keys;

    CodecSerializers(boolean keys) {
      this.keys = keys;
    }

    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        JsonFormat.@Nullable Value formatOverrides) {
      JsonCodec<?> codec = CquiCodecs.find(type.getRawClass());
      if (codec == null || (keys && !codec.isKey())) {
        return null;
      }
      return keys ? new KeySerializer(codec.type()) : new CodecSerializer(codec.type());
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        JsonFormat.@Nullable Value formatOverrides) {
      return findSerializer(config, type, beanDescRef, formatOverrides);
    }
  }

  /** Finds the deserializer of a cqui type. */
  private static final class CodecDeserializers extends Deserializers.Base {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return deserializer(type.getRawClass());
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return deserializer(type.getRawClass());
    }

    /** Whether the type is cqui's (the interface requires the answer; Jackson 3.1 does not ask). */
    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return CquiCodecs.exact(valueType) != null;
    }

    private static @Nullable ValueDeserializer<?> deserializer(Class<?> type) {
      JsonCodec<?> codec = CquiCodecs.exact(type);
      return codec == null ? null : new CodecDeserializer(codec.type());
    }
  }

  /** Finds the map-key deserializer of a cqui enum. */
  private static final class CodecKeyDeserializers implements KeyDeserializers {
    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      JsonCodec<?> codec = CquiCodecs.exact(type.getRawClass());
      return codec == null || !codec.isKey() ? null : new CodecKeyDeserializer(codec.type());
    }
  }

  /** Writes a value through its codec. */
  private static final class CodecSerializer extends StdSerializer<Object> {

    CodecSerializer(Class<?> type) {
      super(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      JsonCodec<?> codec = CquiCodecs.of(handledType());
      try {
        codec.writeValue(value, new Jackson3Out(generator));
      } catch (InvalidInputException e) {
        throw DatabindException.from(context, e.getMessage(), e);
      }
    }
  }

  /** Writes an enum used as a map key: its JSON name. */
  private static final class KeySerializer extends StdSerializer<Object> {

    KeySerializer(Class<?> type) {
      super(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      generator.writeName(CquiCodecs.of(handledType()).keyOf(value));
    }
  }

  /** Reads a value through its codec; {@code null} is refused. */
  private static final class CodecDeserializer extends StdDeserializer<Object> {

    CodecDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      JsonCodec<?> codec = CquiCodecs.of(handledType());
      try {
        return codec.readValue(new Jackson3In(parser), Jackson3In.pathOf(parser));
      } catch (InvalidInputException e) {
        throw refusal(parser, handledType(), e);
      }
    }

    /**
     * A JSON {@code null} where a cqui value is expected: refused, naming the path. Jackson also
     * asks for the "null value" when a property is absent (an {@code Optional} of the caller's own
     * type left out): then, with no {@code null} in the input, it is Java's {@code null}.
     */
    @Override
    public @Nullable Object getNullValue(DeserializationContext context) {
      JsonParser parser = context.getParser();
      if (parser == null || !parser.hasToken(tools.jackson.core.JsonToken.VALUE_NULL)) {
        return null;
      }
      String path = Jackson3In.pathOf(parser);
      JsonCodec<?> codec = CquiCodecs.of(handledType());
      throw refusal(
          parser,
          handledType(),
          InvalidInputException.of(
              path.isEmpty() ? codec.rootName() : path,
              "null",
              "must be " + codec.expected() + "; leave an optional property out instead of null"));
    }

    /** Asked for every {@code null}, never cached: each is refused. */
    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    /** A property of the caller's own type left out: Jackson's rules for that type apply. */
    @Override
    public @Nullable Object getAbsentValue(DeserializationContext context) {
      return null;
    }
  }

  /** Reads an enum used as a map key, exactly. */
  private static final class CodecKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;

    CodecKeyDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      JsonParser parser = context.getParser();
      String base = Jackson3In.pathOf(parser);
      String path = (base.isEmpty() ? "" : base + ".") + Reading.shorten(key);
      try {
        return CquiCodecs.of(type).readKey(key, path);
      } catch (InvalidInputException e) {
        throw refusal(parser, type, e);
      }
    }
  }
}
