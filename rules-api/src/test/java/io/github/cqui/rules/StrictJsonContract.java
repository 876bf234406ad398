package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cqui.rules.JsonDefects.Defect;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON defects of issue 12 are refused, naming the property path, under every mapper of a
 * Jackson line, lenient features included: written once for both lines ({@link Jackson2JsonTest},
 * {@link Jackson3JsonTest}), each of which says how its mappers read and write.
 *
 * @param <M> the line's mapper type
 */
abstract class StrictJsonContract<M> {

  /** The line's mappers under test, by name: every mapper a caller might configure. */
  abstract Map<String, M> mappers();

  /** The line's mapper with the most lenient features switched on. */
  abstract M lenient();

  /** The line's mapper with nothing but cqui's module (and the line's own Optional support). */
  abstract M moduleOnly();

  /** A mapper built afresh with cqui's module only: its (de)serializers looked up anew. */
  abstract M fresh();

  /** The name cqui's module of the line gives itself. */
  abstract String moduleName();

  /**
   * The line's exception for a refused document ({@code JsonMappingException}/{@code
   * DatabindException}).
   */
  abstract Class<? extends Throwable> databindException();

  abstract Object read(M mapper, String json, Class<?> type) throws Exception;

  abstract Map<Interpretation, String> readSwitchMap(M mapper, String json) throws Exception;

  abstract Map<String, Integer> readPlainMap(M mapper, String json) throws Exception;

  abstract Map<String, Money> readMoneyMap(M mapper, String json) throws Exception;

  abstract String write(M mapper, Object value) throws Exception;

  private void assertRefused(Defect defect) {
    mappers()
        .forEach(
            (name, mapper) ->
                JsonDefects.assertRefused(
                    catchThrowable(() -> read(mapper, defect.json(), defect.type())),
                    databindException(),
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
    M mapper = lenient();
    Holder holder =
        new Holder(
            List.of(Money.ofYuan("2000.00")), InterpretationSwitches.defaults().switchValues());
    String json = write(mapper, holder);
    assertThat(json).startsWith("{\"amounts\":[\"2000.00\"],\"switches\":{\"I-1\":");
    assertThat(read(mapper, json, Holder.class)).isEqualTo(holder);
    JsonDefects.assertRefused(
        catchThrowable(
            () -> read(mapper, "{\"amounts\":[\"1.00\",2000],\"switches\":{}}", Holder.class)),
        databindException(),
        new Defect(
            "a number in a list of Money",
            Holder.class,
            "",
            "amounts[1]",
            List.of("write \"2000.00\"")));
    JsonDefects.assertRefused(
        catchThrowable(() -> read(mapper, "{\"amounts\":[null],\"switches\":{}}", Holder.class)),
        databindException(),
        new Defect(
            "null in a list of Money",
            Holder.class,
            "",
            "amounts[0]",
            List.of("amounts[0] = null")));
    JsonDefects.assertRefused(
        catchThrowable(
            () -> read(mapper, "{\"amounts\":[],\"switches\":{\"I_1\":\"x\"}}", Holder.class)),
        databindException(),
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
      for (M mapper : mappers().values()) {
        Object value = read(mapper, edge.json(), edge.type());
        assertThat(write(mapper, value)).as(edge.name()).isEqualTo(edge.json());
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
      for (M mapper : mappers().values()) {
        Throwable thrown = catchThrowable(() -> write(mapper, value.value()));
        assertThat(thrown).as(value.name()).isInstanceOf(databindException());
        assertThat(thrown.getMessage()).as(value.name()).contains(value.fragment());
        assertThat(thrown.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown.getCause()).field()).isEqualTo(value.path());
      }
    }
  }

  /** A mapper built here, not shared: its serializers and deserializers are looked up afresh. */
  @Test
  void aNewMapperFindsTheCodecOfEveryKindOfType() throws Exception {
    M mapper = fresh();
    for (JsonSamples.Sample sample : JsonSamples.all()) {
      assertThat(write(mapper, sample.value())).as(sample.name()).isEqualTo(sample.json());
      assertThat(read(mapper, sample.json(), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
    }
    Map<Interpretation, String> keys = Map.of(Interpretation.I_1, "x");
    String json = write(mapper, keys);
    assertThat(json).isEqualTo("{\"I-1\":\"x\"}");
    assertThat(readSwitchMap(mapper, "{\"I-1\":\"x\"}")).isEqualTo(keys);
    // a type that is not cqui's is not the module's: a plain map keyed by strings, a LocalDate
    assertThat(write(mapper, Map.of("a", 1))).isEqualTo("{\"a\":1}");
    assertThat(readPlainMap(mapper, "{\"I_1\":1}")).containsEntry("I_1", 1);
    assertThat(moduleName()).isEqualTo("cqui");
  }

  /** An {@code Optional} of a cqui value in the caller's own type. */
  record Maybe(Optional<Money> amount) {}

  @Test
  void anOptionalInTheCallersOwnTypeIsEmptyWhenLeftOutAndNullIsRefused() throws Exception {
    M mapper = moduleOnly();
    assertThat(read(mapper, "{}", Maybe.class)).isEqualTo(new Maybe(Optional.empty()));
    assertThat(read(mapper, "{\"amount\":\"1.00\"}", Maybe.class))
        .isEqualTo(new Maybe(Optional.of(Money.ofYuan("1.00"))));
    JsonDefects.assertRefused(
        catchThrowable(() -> read(mapper, "{\"amount\":null}", Maybe.class)),
        databindException(),
        new Defect(
            "null for an Optional of Money",
            Maybe.class,
            "",
            "amount",
            List.of("amount = null", "leave an optional property out instead of null")));
  }

  /** A map keyed by a cqui enum is keyed by its JSON name ("I-1"), in both directions. */
  @Test
  void mapsKeyedByAnInterpretationUseItsJsonName() throws Exception {
    Map<Interpretation, String> switches = new TreeMap<>();
    switches.put(Interpretation.I_1, "officeHoursCutoff=off");
    switches.put(Interpretation.I_20, "noticeRollForward=true");
    String json = "{\"I-1\":\"officeHoursCutoff=off\",\"I-20\":\"noticeRollForward=true\"}";
    for (Map.Entry<String, M> mapper : mappers().entrySet()) {
      assertThat(write(mapper.getValue(), switches)).as(mapper.getKey()).isEqualTo(json);
      assertThat(readSwitchMap(mapper.getValue(), json)).as(mapper.getKey()).isEqualTo(switches);
    }
  }

  /** Keys of other types are left to Jackson: a cqui amount as a key is its decimal string. */
  @Test
  void mapsKeyedByOtherTypesAreLeftToJackson() throws Exception {
    M mapper = mappers().get("module");
    Map<String, Money> byName = Map.of("standard", Money.ofYuan("2100.00"));
    assertThat(write(mapper, byName)).isEqualTo("{\"standard\":\"2100.00\"}");
    assertThat(readMoneyMap(mapper, "{\"standard\":\"2100.00\"}")).isEqualTo(byName);
    assertThat(write(mapper, Map.of(Money.ofYuan("2100.00"), 1))).isEqualTo("{\"2100.00\":1}");
  }

  /** A map key that is no interpretation's id is the library's refusal, named by the key. */
  @Test
  void anUnknownInterpretationKeyIsRefusedNamedByTheKey() {
    for (Map.Entry<String, M> mapper : mappers().entrySet()) {
      assertThatThrownBy(() -> readSwitchMap(mapper.getValue(), "{\"I-99\":\"x\"}"))
          .as(mapper.getKey())
          .isInstanceOf(databindException())
          .cause()
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("I-99");
                assertThat(e.value()).isEqualTo("\"I-99\"");
                assertThat(e.rule()).isEqualTo("must be one of I-1 … I-24");
              });
    }
  }
}
