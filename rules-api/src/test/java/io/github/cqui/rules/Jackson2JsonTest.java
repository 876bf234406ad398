package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cqui.rules.json.jackson2.CquiJackson2Module;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2 (com.fasterxml.jackson 2.21) with cqui's module, under every mapper of {@link
 * Jackson2Mappers} (alone, beside the jdk8 and jsr310 modules, found on the class path, lenient and
 * strict features): the shared golden JSON, read back equal, with a pretty-printer, and the
 * refusals of {@link JsonSamples}, and the JSON defects of issue 12 ({@link StrictJsonContract}).
 * Jackson-3 checks are in {@link Jackson3JsonTest}, never here (BUILD-NOTES: a class mixing the
 * lines silently ran no tests when one was absent).
 */
class Jackson2JsonTest extends JsonSamplesContract<ObjectMapper> {

  /** No module, no feature: only to pretty-print a JSON tree for comparison. */
  private static final ObjectMapper TREES = JsonMapper.builder().build();

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
  Map<Interpretation, String> readSwitchMap(ObjectMapper mapper, String json) throws Exception {
    return mapper.readValue(json, new TypeReference<Map<Interpretation, String>>() {});
  }

  @Override
  Map<String, Money> readMoneyMap(ObjectMapper mapper, String json) throws Exception {
    return mapper.readValue(json, new TypeReference<Map<String, Money>>() {});
  }

  @Override
  Map<String, Integer> readPlainMap(ObjectMapper mapper, String json) throws Exception {
    return mapper.readValue(json, new TypeReference<Map<String, Integer>>() {});
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
  String write(ObjectMapper mapper, Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }

  @Override
  String writePretty(ObjectMapper mapper, Object value) throws Exception {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  @Override
  String prettyTree(String json) throws Exception {
    return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(TREES.readTree(json));
  }

  @Test
  void theModuleIsFoundByTheServiceLoader() {
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).hasAtLeastOneElementOfType(CquiJackson2Module.class);
    assertThat(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds())
        .contains(new CquiJackson2Module().getTypeId());
  }

  /** Without the module a value type is not JSON to Jackson 2: writing and reading fail. */
  @Test
  void withoutTheModuleAValueTypeIsNotJson() {
    assertThatThrownBy(
            () -> JsonMapper.builder().build().writeValueAsString(JsonSamples.explanation()))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(
            () -> JsonMapper.builder().build().readValue("{\"steps\":[]}", Explanation.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
