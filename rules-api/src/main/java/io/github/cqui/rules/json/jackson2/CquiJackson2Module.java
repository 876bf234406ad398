package io.github.cqui.rules.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.json.internal.CquiCodecs;
import io.github.cqui.rules.json.internal.JsonCodec;
import io.github.cqui.rules.json.internal.Reading;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of every value type and enum of cqui's rules API for Jackson 2 ({@code
 * com.fasterxml.jackson.databind} 2.21): register it on your mapper, as you would the {@code
 * jsr310} or {@code joda-money} datatype modules.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CquiJackson2Module()).build();
 * // or, finding it with every other module on the class path (META-INF/services):
 * ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * ClaimHistory claim = mapper.readValue(json, ClaimHistory.class);
 * }</pre>
 *
 * <p>Why a module: it is the Jackson ecosystem's convention for a library's types; the types
 * themselves carry no Jackson annotation, so a project without Jackson compiles against them with
 * no warning; and the mapping is the library's own, written once for both Jackson lines ({@link
 * io.github.cqui.rules.json.jackson3.CquiJackson3Module} is the Jackson 3 one), so both write the
 * same JSON and neither depends on how the mapper is configured.
 *
 * <p>Writing: each type's properties in a fixed order, an empty {@code Optional} left out, lists
 * and maps always written; dates {@code "yyyy-MM-dd"}, months {@code "yyyy-MM"}, times of day
 * {@code "HH:mm"}, periods ISO-8601, money a decimal string ({@code "2100.00"}), an enum its name
 * ({@code Interpretation} its id {@code "I-1"}, {@code StepCode} its key). Other modules (the
 * {@code jdk8} and {@code jsr310} ones) change nothing of it, and the mapper's pretty-printer
 * applies.
 *
 * <p>Reading is strict whatever the mapper's features and coercion settings say: a value is read
 * from its one JSON form only (no number from a string or a string from a number, no enum by
 * position or in another case, no fraction truncated, no {@code null}, {@code ""}, blank or {@code
 * []} for "absent", no money from a JSON number); an unknown property, a property given twice and a
 * missing required one are refused; an optional property is absent when left out, and an explicit
 * {@code null} is refused. A refusal is a {@link MismatchedInputException} whose message names the
 * property path (e.g. {@code claim.verifications[1].verifiedOn}), the value (a short prefix) and
 * what to write, with an {@link InvalidInputException} whose field is that path as its cause; so is
 * a refusal of the value's own checks. Malformed JSON is the parser's {@code JsonParseException},
 * as always.
 *
 * <p>In a type of your own (a record holding a {@code ClaimHistory}, a {@code List<Money>}, an
 * {@code Optional<Money>}), the property path starts at your document's root. A JSON {@code null}
 * where a cqui value is expected is refused; a property of your type left out is yours to refuse
 * ({@code FAIL_ON_MISSING_CREATOR_PROPERTIES}), and an {@code Optional} left out is empty.
 *
 * <p>Immutable and thread-safe; instances are interchangeable (registering two is registering one).
 */
public final class CquiJackson2Module extends Module {

  /** The module; it has no options. */
  public CquiJackson2Module() {}

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

  /** A refusal as Jackson 2 reports bad input, with the library's refusal as its cause. */
  private static JsonMappingException refusal(
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
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      JsonCodec<?> codec = CquiCodecs.find(type.getRawClass());
      if (codec == null || (keys && !codec.isKey())) {
        return null;
      }
      return keys ? new KeySerializer(codec.type()) : new CodecSerializer(codec.type());
    }
  }

  /** Finds the deserializer of a cqui type. */
  private static final class CodecDeserializers extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return deserializer(type.getRawClass());
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return deserializer(type);
    }

    private static @Nullable JsonDeserializer<?> deserializer(Class<?> type) {
      JsonCodec<?> codec = CquiCodecs.exact(type);
      return codec == null ? null : new CodecDeserializer(codec.type());
    }
  }

  /** Finds the map-key deserializer of a cqui enum. */
  private static final class CodecKeyDeserializers implements KeyDeserializers {
    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      JsonCodec<?> codec = CquiCodecs.exact(type.getRawClass());
      return codec == null || !codec.isKey() ? null : new CodecKeyDeserializer(codec.type());
    }
  }

  /** Writes a value through its codec. */
  private static final class CodecSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    CodecSerializer(Class<?> type) {
      super(type, false);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      JsonCodec<?> codec = CquiCodecs.of(handledType());
      try {
        codec.writeValue(value, new Jackson2Out(generator));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (InvalidInputException e) {
        throw JsonMappingException.from(provider, e.getMessage(), e);
      }
    }
  }

  /** Writes an enum used as a map key: its JSON name. */
  private static final class KeySerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    KeySerializer(Class<?> type) {
      super(type, false);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeFieldName(CquiCodecs.of(handledType()).keyOf(value));
    }
  }

  /** Reads a value through its codec; {@code null} is refused. */
  private static final class CodecDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    CodecDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonCodec<?> codec = CquiCodecs.of(handledType());
      try {
        return codec.readValue(new Jackson2In(parser), Jackson2In.pathOf(parser));
      } catch (UncheckedIOException e) {
        throw e.getCause();
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
    public @Nullable Object getNullValue(DeserializationContext context)
        throws JsonMappingException {
      JsonParser parser = context.getParser();
      if (parser == null || !parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_NULL)) {
        return null;
      }
      String path = Jackson2In.pathOf(parser);
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
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      JsonParser parser = context.getParser();
      String base = Jackson2In.pathOf(parser);
      String path = (base.isEmpty() ? "" : base + ".") + Reading.shorten(key);
      try {
        return CquiCodecs.of(type).readKey(key, path);
      } catch (InvalidInputException e) {
        throw refusal(parser, type, e);
      }
    }
  }
}
