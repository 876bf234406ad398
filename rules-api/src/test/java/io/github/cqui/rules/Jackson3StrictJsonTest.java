package io.github.cqui.rules;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3: the JSON defects of issue 12 are refused, naming the property path, under every mapper
 * of {@link Jackson3Mappers}, lenient features included ({@link StrictJsonContract}).
 */
class Jackson3StrictJsonTest extends StrictJsonContract<ObjectMapper> {

  @Override
  Map<String, ObjectMapper> mappers() {
    return Jackson3Mappers.ALL;
  }

  @Override
  ObjectMapper lenient() {
    return Jackson3Mappers.ALL.get("lenient features");
  }

  @Override
  ObjectMapper moduleOnly() {
    return Jackson3Mappers.ALL.get("module");
  }

  @Override
  ObjectMapper fresh() {
    return JsonMapper.builder().addModule(new CquiJackson3Module()).build();
  }

  @Override
  String moduleName() {
    return new CquiJackson3Module().getModuleName();
  }

  @Override
  Class<? extends Throwable> databindException() {
    return DatabindException.class;
  }

  @Override
  Object read(ObjectMapper mapper, String json, Class<?> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  Map<Interpretation, String> readSwitchMap(ObjectMapper mapper, String json) throws Exception {
    return mapper.readValue(json, new TypeReference<Map<Interpretation, String>>() {});
  }

  @Override
  Map<String, Integer> readPlainMap(ObjectMapper mapper, String json) throws Exception {
    return mapper.readValue(json, new TypeReference<Map<String, Integer>>() {});
  }

  @Override
  String write(ObjectMapper mapper, Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }
}
