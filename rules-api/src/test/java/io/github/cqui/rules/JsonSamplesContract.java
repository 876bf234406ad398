package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The shared golden JSON of {@link JsonSamples} under every mapper of a Jackson line: written the
 * same, read back equal, laid out by a pretty-printer as a plain tree would be, and the malformed
 * documents refused naming the property; with the strict-JSON tests of {@link StrictJsonContract}.
 * Written once for both lines ({@link Jackson2JsonTest}, {@link Jackson3JsonTest}), each of which
 * says, once, how its mappers read and write.
 *
 * <p>Each test walks every mapper and every sample and reports every failing pair by name (soft
 * assertions), rather than being one parameterized invocation per pair: PIT runs each invocation on
 * its own, with JUnit's discovery around it, and the pairs number in the thousands.
 *
 * @param <M> the line's mapper type
 */
abstract class JsonSamplesContract<M> extends StrictJsonContract<M> {

  abstract String writePretty(M mapper, Object value) throws Exception;

  /** The JSON laid out by the line's default pretty-printer as a plain tree, no module involved. */
  abstract String prettyTree(String json) throws Exception;

  /** A check of one mapper against one case. */
  private interface Check<M, C> {
    void check(SoftAssertions softly, String name, M mapper, C sample) throws Exception;
  }

  private <C> void forEveryMapperAnd(List<C> cases, Check<M, C> check) {
    SoftAssertions softly = new SoftAssertions();
    Map<String, M> mappers = MutationRun.sampleMappers(mappers());
    assertThat(cases).isNotEmpty();
    mappers.forEach(
        (name, mapper) -> {
          for (C c : cases) {
            String as = name + " mapper: " + c;
            try {
              check.check(softly, as, mapper, c);
            } catch (Exception e) {
              softly.fail(as + " threw " + e, e);
            }
          }
        });
    softly.assertAll();
  }

  @Test
  void writesTheSharedGoldenJson() {
    forEveryMapperAnd(
        JsonSamples.all(),
        (softly, as, mapper, sample) ->
            softly.assertThat(write(mapper, sample.value())).as(as).isEqualTo(sample.json()));
  }

  @Test
  void readsItBackEqual() {
    forEveryMapperAnd(
        JsonSamples.all(),
        (softly, as, mapper, sample) -> {
          Object read = read(mapper, sample.json(), sample.type());
          softly.assertThat(read).as(as).isEqualTo(sample.value());
          softly.assertThat(write(mapper, read)).as(as).isEqualTo(sample.json());
        });
  }

  @Test
  void aPrettyPrinterLaysOutTheSameJson() {
    forEveryMapperAnd(
        JsonSamples.all(),
        (softly, as, mapper, sample) -> {
          String pretty = writePretty(mapper, sample.value());
          softly.assertThat(pretty).as(as).isEqualTo(prettyTree(sample.json()));
          softly.assertThat(read(mapper, pretty, sample.type())).as(as).isEqualTo(sample.value());
        });
  }

  @Test
  void rejectsUnknownPropertiesNamingThem() {
    forEveryMapperAnd(JsonSamples.unknownProperties(), this::assertRejected);
  }

  @Test
  void rejectsMalformedValuesNamingTheProperty() {
    forEveryMapperAnd(JsonSamples.malformedValues(), this::assertRejected);
  }

  private void assertRejected(
      SoftAssertions softly, String as, M mapper, JsonSamples.Malformed input) {
    Throwable thrown = catchThrowable(() -> read(mapper, input.json(), input.type()));
    softly.assertThat(thrown).as(as).isInstanceOf(databindException());
    if (thrown != null) {
      softly.assertThat(thrown.getCause()).as(as).isInstanceOf(InvalidInputException.class);
      softly.assertThat(thrown.getMessage()).as(as).contains(input.fragments());
    }
  }
}
