package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 (tools.jackson 3.1) with cqui's module, under every mapper of {@link Jackson3Mappers}
 * (alone, found on the class path, lenient and strict features): the shared golden JSON, read back
 * equal, with a pretty-printer, and the refusals of {@link JsonSamples}. Jackson-2 checks are in
 * {@link Jackson2JsonTest}, never here (BUILD-NOTES: a class mixing the lines silently ran no tests
 * when one was absent).
 */
class Jackson3JsonTest {

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
    for (Map.Entry<String, ObjectMapper> mapper : Jackson3Mappers.ALL.entrySet()) {
      for (Object c : cases) {
        arguments.add(Arguments.of(mapper.getKey(), mapper.getValue(), c));
      }
    }
    return arguments;
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void writesTheSharedGoldenJson(String name, ObjectMapper mapper, JsonSamples.Sample sample) {
    assertThat(mapper.writeValueAsString(sample.value())).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void readsItBackEqual(String name, ObjectMapper mapper, JsonSamples.Sample sample) {
    Object read = mapper.readValue(sample.json(), sample.type());
    assertThat(read).isEqualTo(sample.value());
    assertThat(mapper.writeValueAsString(read)).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("samples")
  void aPrettyPrinterLaysOutTheSameJson(
      String name, ObjectMapper mapper, JsonSamples.Sample sample) {
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

  private static void assertRejected(ObjectMapper mapper, JsonSamples.Malformed input) {
    assertThatThrownBy(() -> mapper.readValue(input.json(), input.type()))
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(InvalidInputException.class)
        .message()
        .contains(input.fragments());
  }
}
