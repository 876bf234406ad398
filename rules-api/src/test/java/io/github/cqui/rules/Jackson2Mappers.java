package io.github.cqui.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cqui.rules.json.jackson2.CquiJackson2Module;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Jackson 2 mappers a caller may have, each with cqui's module: alone, beside the usual {@code
 * jdk8} and {@code jsr310} modules (registered before or after it), found on the class path, and
 * with every lenient or strict feature a caller might set. cqui's JSON must be the same under all
 * of them. Jackson 3 has its own list ({@link Jackson3Mappers}).
 */
public final class Jackson2Mappers {

  private Jackson2Mappers() {}

  /** The mappers by a short name. */
  public static final Map<String, ObjectMapper> ALL = all();

  private static Map<String, ObjectMapper> all() {
    Map<String, ObjectMapper> mappers = new LinkedHashMap<>();
    mappers.put("module", JsonMapper.builder().addModule(new CquiJackson2Module()).build());
    mappers.put(
        "jdk8+jsr310, then module",
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new CquiJackson2Module())
            .build());
    mappers.put(
        "module, then jdk8+jsr310",
        JsonMapper.builder()
            .addModule(new CquiJackson2Module())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .build());
    mappers.put("findAndAddModules", JsonMapper.builder().findAndAddModules().build());
    mappers.put(
        "lenient features",
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new CquiJackson2Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(
                MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES,
                MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(
                SerializationFeature.WRITE_ENUMS_USING_INDEX,
                SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withCoercionConfigDefaults(
                config ->
                    config
                        .setAcceptBlankAsEmpty(true)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsNull)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .build());
    mappers.put(
        "strict features",
        JsonMapper.builder()
            .addModule(new CquiJackson2Module())
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    return mappers;
  }
}
