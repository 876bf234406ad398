package io.github.cqui.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cqui.rules.json.jackson2.CquiJackson2Module;
import java.util.Map;

/**
 * Jackson 2: the JSON defects of issue 12 are refused, naming the property path, under every mapper
 * of {@link Jackson2Mappers}, lenient features included ({@link StrictJsonContract}).
 */
class Jackson2StrictJsonTest extends StrictJsonContract<ObjectMapper> {

  @Override
  Map<String, ObjectMapper> mappers() {
    return Jackson2Mappers.ALL;
  }

  @Override
  ObjectMapper lenient() {
    return Jackson2Mappers.ALL.get("lenient features");
  }

  @Override
  ObjectMapper moduleOnly() {
    return Jackson2Mappers.ALL.get("jdk8+jsr310, then module");
  }

  @Override
  ObjectMapper fresh() {
    return JsonMapper.builder().addModule(new CquiJackson2Module()).build();
  }

  @Override
  String moduleName() {
    return new CquiJackson2Module().getModuleName();
  }

  @Override
  Class<? extends Throwable> databindException() {
    return JsonMappingException.class;
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
