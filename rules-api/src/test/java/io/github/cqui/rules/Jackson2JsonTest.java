package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cqui.rules.json.jackson2.CquiJackson2Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson 2 (com.fasterxml.jackson 2.21) with cqui's module, under every mapper of {@link
 * Jackson2Mappers} (alone, beside the jdk8 and jsr310 modules, found on the class path, lenient and
 * strict features): the shared golden JSON, read back equal, with a pretty-printer, and the
 * refusals of {@link JsonSamples}. Jackson-3 checks are in {@link Jackson3JsonTest}, never here
 * (BUILD-NOTES: a class mixing the lines silently ran no tests when one was absent).
 */
class Jackson2JsonTest {

  /** No module, no feature: only to pretty-print a JSON tree for comparison. */
  private static final ObjectMapper TREES = JsonMapper.builder().build();

  static List<Arguments> samples() {
    return cross(JsonSamples.all());
  }

  static List<Arguments> unknownProperties() {
    return cross(JsonSamples.unknownProperties());
  }

  static List<Arguments> malformedValues() {
    return cross(JsonSamples.malformedValues());
  }

  private static List<Arguments> cross(List<?> cases) {
    List<Arguments> arguments = new ArrayList<>();
    for (Map.Entry<String, ObjectMapper> mapper : Jackson2Mappers.ALL.entrySet()) {
      for (Object c : cases) {
        arguments.add(Arguments.of(mapper.getKey(), mapper.getValue(), c));
      }
    }
    return arguments;
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void writesTheSharedGoldenJson(String name, ObjectMapper mapper, JsonSamples.Sample sample)
      throws Exception {
    assertThat(mapper.writeValueAsString(sample.value())).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void readsItBackEqual(String name, ObjectMapper mapper, JsonSamples.Sample sample)
      throws Exception {
    Object read = mapper.readValue(sample.json(), sample.type());
    assertThat(read).isEqualTo(sample.value());
    assertThat(mapper.writeValueAsString(read)).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void aPrettyPrinterLaysOutTheSameJson(String name, ObjectMapper mapper, JsonSamples.Sample sample)
      throws Exception {
    String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sample.value());
    assertThat(pretty)
        .isEqualTo(
            TREES
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(TREES.readTree(sample.json())));
    assertThat(mapper.readValue(pretty, sample.type())).isEqualTo(sample.value());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("unknownProperties")
  void rejectsUnknownPropertiesNamingThem(
      String name, ObjectMapper mapper, JsonSamples.Malformed input) {
    assertRejected(mapper, input);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("malformedValues")
  void rejectsMalformedValuesNamingTheProperty(
      String name, ObjectMapper mapper, JsonSamples.Malformed input) {
    assertRejected(mapper, input);
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

  private static void assertRejected(ObjectMapper mapper, JsonSamples.Malformed input) {
    assertThatThrownBy(() -> mapper.readValue(input.json(), input.type()))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(InvalidInputException.class)
        .message()
        .contains(input.fragments());
  }
}
