package io.github.cqui.examples.service;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The service's JSON, set up once on Spring's {@link JsonMapper}: the library's module ({@link
 * CquiJackson3Module}) for every cqui type, and strict reading of the service's own request
 * wrappers (which hold a cqui value beside a date, e.g. {@code {"review": {...}, "asOf":
 * "2025-10-14"}}).
 *
 * <p>Strict as the library is: an unknown property, a property {@code null} (a missing one is
 * refused by the wrapper's constructor, so that an {@code Optional} may be left out), anything
 * after the top-level value, a date in any form but {@code "yyyy-MM-dd"} (no number, array or
 * date-time), a month in any form but {@code "yyyy-MM"}, a string from a number or a boolean, and a
 * whole number from a fraction, a string or a boolean are refused, naming the property path.
 */
final class ServiceJson {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  private ServiceJson() {}

  /**
   * Sets up a mapper builder: the library's module, the strict dates and months of the service's
   * wrappers, and the strict features.
   *
   * @param builder Spring Boot's builder of the application's mapper
   */
  static void configure(JsonMapper.Builder builder) {
    builder
        .addModule(new CquiJackson3Module())
        .addModule(
            new SimpleModule("cqui-service")
                .addDeserializer(
                    LocalDate.class,
                    new StrictScalar<>(LocalDate.class, DATE, LocalDate::parse, "yyyy-MM-dd"))
                .addDeserializer(
                    YearMonth.class,
                    new StrictScalar<>(YearMonth.class, MONTH, YearMonth::parse, "yyyy-MM")))
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // a whole number of the service's own wrappers (the repeated echo's times) is a JSON
        // integer: never a fraction cut to its whole part, a string or a boolean
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(
            LogicalType.Integer,
            config ->
                config
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** A date or month from its one JSON form, a string of exactly its ISO pattern. */
  private static final class StrictScalar<T> extends StdScalarDeserializer<T> {
    private final Class<T> type;
    private final Pattern pattern;
    private final Function<String, T> parse;
    private final String form;

    StrictScalar(Class<T> type, Pattern pattern, Function<String, T> parse, String form) {
      super(type);
      this.type = type;
      this.pattern = pattern;
      this.parse = parse;
      this.form = form;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.getString();
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw InvalidFormatException.from(
            parser, "must be a JSON string " + form + ", not " + token(parser), text, type);
      }
      if (pattern.matcher(text).matches()) {
        try {
          return parse.apply(text);
        } catch (DateTimeException e) {
          // e.g. 2025-02-30: the pattern matched, the calendar refuses
        }
      }
      throw InvalidFormatException.from(parser, "must be a " + form + " that exists", text, type);
    }

    private static String token(JsonParser parser) {
      JsonToken token = parser.currentToken();
      if (token == null) {
        return "nothing";
      }
      switch (token) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        case START_ARRAY:
          return "an array";
        case START_OBJECT:
          return "an object";
        default:
          return token.name();
      }
    }
  }
}
