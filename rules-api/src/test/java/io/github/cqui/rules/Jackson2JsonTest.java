package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson 2 (com.fasterxml.jackson 2.21): the mapper a Jackson 2 user has, with the jdk8 and jsr310
 * modules registered and no feature changed. Jackson-3 checks are in {@link Jackson3JsonTest},
 * never here (BUILD-NOTES: a class mixing the lines silently ran no tests when one was absent).
 */
class Jackson2JsonTest {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule()).build();

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
  void writesTheSharedGoldenJson(JsonSamples.Sample sample) throws Exception {
    assertThat(MAPPER.writeValueAsString(sample.value())).isEqualTo(sample.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsItBackEqual(JsonSamples.Sample sample) throws Exception {
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
        .isInstanceOf(JsonProcessingException.class)
        .message()
        .contains(input.fragments());
  }
}
