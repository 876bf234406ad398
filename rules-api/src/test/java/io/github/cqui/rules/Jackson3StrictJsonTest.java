package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cqui.rules.JsonDefects.Defect;
import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3: the JSON defects of issue 12 are refused, naming the property path, under every mapper
 * of {@link Jackson3Mappers}, lenient features included. Jackson-2 checks are in {@link
 * Jackson2StrictJsonTest}.
 */
class Jackson3StrictJsonTest {

  static Map<String, ObjectMapper> mappers() {
    return Jackson3Mappers.ALL;
  }

  private static void assertRefused(Defect defect) {
    mappers()
        .forEach(
            (name, mapper) ->
                JsonDefects.assertRefused(
                    catchThrowable(() -> mapper.readValue(defect.json(), defect.type())),
                    DatabindException.class,
                    new Defect(
                        name + " mapper: " + defect.name(),
                        defect.type(),
                        defect.json(),
                        defect.path(),
                        defect.fragments())));
  }

  @Test
  void issue12_aJsonNumberForMoneyIsRefusedNotReadAsFen() {
    assertRefused(JsonDefects.MONEY_NUMBER);
    assertRefused(JsonDefects.MONEY_NUMBER_NESTED);
    assertRefused(JsonDefects.MONEY_FRACTION);
  }

  @Test
  void issue12_aNullListElementIsRefusedNamingItsPathNotANullPointerException() {
    assertRefused(JsonDefects.NULL_ELEMENT);
  }

  @Test
  void issue12_nullForABooleanIsRefusedNotReadAsFalse() {
    assertRefused(JsonDefects.NULL_FOR_BOOLEAN);
  }

  @Test
  void issue12_aNumberForAnEnumIsRefusedNotReadAsAPosition() {
    assertRefused(JsonDefects.ENUM_POSITION);
    assertRefused(JsonDefects.ENUM_POSITION_TIER);
  }

  @Test
  void issue12_aFractionForAWholeNumberIsRefusedNotTruncated() {
    assertRefused(JsonDefects.FRACTION_FOR_INT);
    assertRefused(JsonDefects.FRACTION_FOR_ENTITLEMENT);
  }

  @Test
  void issue12_anEmptyOrBlankValueIsRefusedNotReadAsAbsent() {
    assertRefused(JsonDefects.EMPTY_TIME);
    assertRefused(JsonDefects.BLANK_TIME);
    assertRefused(JsonDefects.EMPTY_ARRAY_TIME);
    assertRefused(JsonDefects.EMPTY_CUTOFF);
  }

  @Test
  void nullForAnOptionalPropertyIsRefusedSayingLeaveItOut() {
    assertRefused(JsonDefects.NULL_FOR_OPTIONAL);
  }

  /** A holder of cqui values in the caller's own type, as an integrator writes one. */
  record Holder(List<Money> amounts, Map<Interpretation, String> switches) {}

  @Test
  void inTheCallersOwnTypeTheValuesAreStrictAndTheirPathStartsAtTheRoot() throws Exception {
    ObjectMapper mapper = Jackson3Mappers.ALL.get("lenient features");
    Holder holder =
        new Holder(
            List.of(Money.ofYuan("2000.00")), InterpretationSwitches.defaults().switchValues());
    String json = mapper.writeValueAsString(holder);
    assertThat(json).startsWith("{\"amounts\":[\"2000.00\"],\"switches\":{\"I-1\":");
    assertThat(mapper.readValue(json, Holder.class)).isEqualTo(holder);
    JsonDefects.assertRefused(
        catchThrowable(
            () -> mapper.readValue("{\"amounts\":[\"1.00\",2000],\"switches\":{}}", Holder.class)),
        DatabindException.class,
        new Defect(
            "a number in a list of Money",
            Holder.class,
            "",
            "amounts[1]",
            List.of("write \"2000.00\"")));
    JsonDefects.assertRefused(
        catchThrowable(
            () -> mapper.readValue("{\"amounts\":[null],\"switches\":{}}", Holder.class)),
        DatabindException.class,
        new Defect(
            "null in a list of Money",
            Holder.class,
            "",
            "amounts[0]",
            List.of("amounts[0] = null")));
    JsonDefects.assertRefused(
        catchThrowable(
            () -> mapper.readValue("{\"amounts\":[],\"switches\":{\"I_1\":\"x\"}}", Holder.class)),
        DatabindException.class,
        new Defect(
            "an interpretation key by constant name",
            Holder.class,
            "",
            "switches.I_1",
            List.of("must be one of I-1 … I-24")));
  }

  @Test
  void theEdgesAreAcceptedAndWrittenBackTheSame() throws Exception {
    for (JsonEdges.Accepted edge : JsonEdges.accepted()) {
      for (ObjectMapper mapper : mappers().values()) {
        Object value = mapper.readValue(edge.json(), edge.type());
        assertThat(mapper.writeValueAsString(value)).as(edge.name()).isEqualTo(edge.json());
      }
    }
  }

  @Test
  void beyondTheEdgesInputIsRefusedSayingWhatToWrite() {
    for (Defect defect : JsonEdges.refused()) {
      assertRefused(defect);
    }
  }

  @Test
  void aValueWithNoJsonFormIsRefusedWhenWrittenNamingItsPath() {
    for (JsonEdges.Unwritable value : JsonEdges.unwritable()) {
      for (ObjectMapper mapper : mappers().values()) {
        Throwable thrown = catchThrowable(() -> mapper.writeValueAsString(value.value()));
        assertThat(thrown).as(value.name()).isInstanceOf(DatabindException.class);
        assertThat(thrown.getMessage()).as(value.name()).contains(value.fragment());
        assertThat(thrown.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown.getCause()).field()).isEqualTo(value.path());
      }
    }
  }

  /** A mapper built here, not shared: its serializers and deserializers are looked up afresh. */
  @Test
  void aNewMapperFindsTheCodecOfEveryKindOfType() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CquiJackson3Module()).build();
    for (JsonSamples.Sample sample : JsonSamples.all()) {
      assertThat(mapper.writeValueAsString(sample.value()))
          .as(sample.name())
          .isEqualTo(sample.json());
      assertThat(mapper.readValue(sample.json(), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
    }
    Map<Interpretation, String> keys = Map.of(Interpretation.I_1, "x");
    String json = mapper.writeValueAsString(keys);
    assertThat(json).isEqualTo("{\"I-1\":\"x\"}");
    assertThat(
            mapper.readValue(
                "{\"I-1\":\"x\"}", new TypeReference<Map<Interpretation, String>>() {}))
        .isEqualTo(keys);
    // a type that is not cqui's is not the module's: a plain map keyed by strings, a LocalDate
    assertThat(mapper.writeValueAsString(Map.of("a", 1))).isEqualTo("{\"a\":1}");
    assertThat(mapper.readValue("{\"I_1\":1}", new TypeReference<Map<String, Integer>>() {}))
        .containsEntry("I_1", 1);
    assertThat(new CquiJackson3Module().getModuleName()).isEqualTo("cqui");
  }

  /** An {@code Optional} of a cqui value in the caller's own type. */
  record Maybe(Optional<Money> amount) {}

  @Test
  void anOptionalInTheCallersOwnTypeIsEmptyWhenLeftOutAndNullIsRefused() throws Exception {
    ObjectMapper mapper = Jackson3Mappers.ALL.get("module");
    assertThat(mapper.readValue("{}", Maybe.class)).isEqualTo(new Maybe(Optional.empty()));
    assertThat(mapper.readValue("{\"amount\":\"1.00\"}", Maybe.class))
        .isEqualTo(new Maybe(Optional.of(Money.ofYuan("1.00"))));
    JsonDefects.assertRefused(
        catchThrowable(() -> mapper.readValue("{\"amount\":null}", Maybe.class)),
        DatabindException.class,
        new Defect(
            "null for an Optional of Money",
            Maybe.class,
            "",
            "amount",
            List.of("amount = null", "leave an optional property out instead of null")));
  }
}
