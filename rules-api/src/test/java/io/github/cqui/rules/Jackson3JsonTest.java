package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 (tools.jackson 3.1): a plain {@code JsonMapper} with no module registered and no
 * feature changed, so unknown properties are rejected by the types themselves, not by {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} (off by default in Jackson 3). Jackson-2 checks are in {@link
 * Jackson2JsonTest}, never here (BUILD-NOTES: a class mixing the lines silently ran no tests when
 * one was absent).
 */
class Jackson3JsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static List<JsonSamples.Sample> samples() {
    return JsonSamples.all();
  }

  static List<JsonSamples.Malformed> unknownProperties() {
    return JsonSamples.unknownProperties();
  }

  static List<JsonSamples.Malformed> malformedValues() {
    return JsonSamples.malformedValues();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writesTheSharedGoldenJson(JsonSamples.Sample sample) {
    assertThat(MAPPER.writeValueAsString(sample.value())).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsItBackEqual(JsonSamples.Sample sample) {
    Object read = MAPPER.readValue(sample.json(), sample.type());
    assertThat(read).isEqualTo(sample.value());
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownProperties")
  void rejectsUnknownPropertiesNamingThem(JsonSamples.Malformed input) {
    assertRejected(input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedValues")
  void rejectsMalformedValuesNamingTheProperty(JsonSamples.Malformed input) {
    assertRejected(input);
  }

  private static void assertRejected(JsonSamples.Malformed input) {
    assertThatThrownBy(() -> MAPPER.readValue(input.json(), input.type()))
        .isInstanceOf(JacksonException.class)
        .message()
        .contains(input.fragments());
  }
}
