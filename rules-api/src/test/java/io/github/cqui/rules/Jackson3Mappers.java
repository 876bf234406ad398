package io.github.cqui.rules;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mappers a caller may have, each with cqui's module: alone, found on the class path,
 * and with every lenient or strict feature a caller might set. cqui's JSON must be the same under
 * all of them. Jackson 2 has its own list ({@link Jackson2Mappers}).
 */
public final class Jackson3Mappers {

  private Jackson3Mappers() {}

  /** The mappers by a short name. */
  public static final Map<String, ObjectMapper> ALL = all();

  private static Map<String, ObjectMapper> all() {
    Map<String, ObjectMapper> mappers = new LinkedHashMap<>();
    mappers.put("module", JsonMapper.builder().addModule(new CquiJackson3Module()).build());
    mappers.put("findAndAddModules", JsonMapper.builder().findAndAddModules().build());
    mappers.put(
        "lenient features",
        JsonMapper.builder()
            .addModule(new CquiJackson3Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(
                MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES,
                MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(
                EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                EnumFeature.READ_ENUMS_USING_TO_STRING,
                EnumFeature.WRITE_ENUMS_USING_INDEX)
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
            .addModule(new CquiJackson3Module())
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    return mappers;
  }
}
