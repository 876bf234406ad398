package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 (tools.jackson 3.1) with cqui's module, under every mapper of {@link Jackson3Mappers}
 * (alone, found on the class path, lenient and strict features): the shared golden JSON, read back
 * equal, with a pretty-printer, the refusals of {@link JsonSamples} and the JSON defects of issue
 * 12 ({@link StrictJsonContract}). Jackson-2 checks are in {@link Jackson2JsonTest}, never here
 * (BUILD-NOTES: a class mixing the lines silently ran no tests when one was absent).
 */
class Jackson3JsonTest extends JsonSamplesContract<ObjectMapper> {

  /** No module, no feature: only to pretty-print a JSON tree for comparison. */
  private static final ObjectMapper TREES = JsonMapper.builder().build();

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
    return DatabindException.class;
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
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(CquiJackson3Module.class);
    assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
        .hasAtLeastOneElementOfType(CquiJackson3Module.class);
  }

  /**
   * Without the module a value type is an empty bean to Jackson 3, which writes {@code {}} for it
   * unless {@code FAIL_ON_EMPTY_BEANS} is on (off by default in Jackson 3): the module is what
   * makes the JSON, and a forgotten module shows as {@code {}}, as the module's javadoc warns.
   */
  @Test
  void withoutTheModuleAValueTypeIsAnEmptyBean() {
    assertThat(JsonMapper.builder().build().writeValueAsString(JsonSamples.explanation()))
        .isEqualTo("{}");
    assertThatThrownBy(
            () ->
                JsonMapper.builder()
                    .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .build()
                    .writeValueAsString(JsonSamples.explanation()))
        .isInstanceOf(DatabindException.class);
    assertThatThrownBy(
            () -> JsonMapper.builder().build().readValue("{\"steps\":[]}", Explanation.class))
        .isInstanceOf(DatabindException.class);
  }
}
