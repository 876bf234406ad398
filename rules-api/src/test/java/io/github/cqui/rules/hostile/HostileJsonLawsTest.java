package io.github.cqui.rules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Jackson3Mappers;
import io.github.cqui.rules.hostile.JsonMutations.Input;
import io.github.cqui.rules.hostile.JsonMutations.Kind;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The laws of the hostile suite have teeth: each planted defect, the ones issue 12 found in the
 * Jackson mapping among them, is a reader that hands the real module a silently "repaired"
 * document; the laws must catch every one, while the real module passes the same inputs.
 */
class HostileJsonLawsTest {

  private static final ObjectMapper MAPPER = Jackson3Mappers.ALL.get("module");

  /** The real module, reading after a planted repair of the text. */
  private static HostileJsonLaws laws(String name, UnaryOperator<String> repair) {
    return new HostileJsonLaws(
        new HostileJsonLaws.Line() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public Object read(String json, Class<?> type) {
            return MAPPER.readValue(repair.apply(json), type);
          }

          @Override
          public String write(Object value) {
            return MAPPER.writeValueAsString(value);
          }

          @Override
          public boolean isDatabindException(Throwable thrown) {
            return thrown instanceof DatabindException;
          }
        });
  }

  private static final HostileJsonLaws REAL = laws("the module", json -> json);

  private static Input input(String sample, String path, Kind kind, String containing) {
    List<Input> inputs = JsonMutations.fixedInputs(sample, path, kind);
    for (Input input : inputs) {
      if (input.json().contains(containing)) {
        return input;
      }
    }
    throw new AssertionError("no " + kind + " input at " + path + " containing " + containing);
  }

  private static void caught(HostileJsonLaws buggy, Input input, String law) {
    assertThatCode(() -> REAL.check(input)).doesNotThrowAnyException();
    assertThatThrownBy(() -> buggy.check(input))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(law);
  }

  @Test
  void aNumberReadAsFenIsCaught() {
    Input input = input("ActualPayment", "amount", Kind.MONEY_NUMBER, "\"amount\":2000.00");
    caught(
        laws("money as fen", json -> json.replace("\"amount\":2000.00", "\"amount\":\"2000.00\"")),
        input,
        "accepted what every reading must refuse");
  }

  @Test
  void aFractionTruncatedIsCaught() {
    Input input =
        input(
            "EntitlementRequest",
            "contributionMonths",
            Kind.FRACTION,
            "\"contributionMonths\":41.5");
    caught(
        laws("fractions truncated", json -> json.replace("41.5", "41")),
        input,
        "accepted what every reading must refuse");
  }

  @Test
  void anEnumByPositionIsCaught() {
    Input input = input("StopEventReport", "eventType", Kind.ENUM_POSITION, "\"eventType\":7");
    caught(
        laws(
            "enum by position", json -> json.replace("\"eventType\":7", "\"eventType\":\"DEATH\"")),
        input,
        "accepted what every reading must refuse");
  }

  @Test
  void aBlankTimeReadAsAbsentIsCaught() {
    Input input = input("ReviewRequest", "receivedAt", Kind.BLANK, "\"receivedAt\":\"\"");
    caught(
        laws("blank as absent", json -> json.replace(",\"receivedAt\":\"\"", "")),
        input,
        "changed silently at .receivedAt (dropped)");
  }

  @Test
  void anUnknownPropertyIgnoredIsCaught() {
    Input input = input("ReviewRequest", "", Kind.UNKNOWN_KEY, "\"unexpected\":1");
    caught(
        laws("unknown ignored", json -> json.replace("\"unexpected\":1,", "")),
        input,
        "accepted what every reading must refuse");
  }

  @Test
  void anAmountRoundedIsCaught() {
    Input input = input("ActualPayment", "amount", Kind.MONEY_STRING, "\"amount\":\"2000.5\"");
    caught(
        laws("amount rounded", json -> json.replace("\"2000.5\"", "\"2000.00\"")),
        input,
        "changed silently at .amount");
  }

  @Test
  void anotherExceptionTypeIsCaught() {
    Input input = input("ReviewRequest", "receivedOn", Kind.EXTREME_DATE, "2026-02-30");
    caught(
        laws(
            "its own exception",
            json -> {
              throw new IllegalArgumentException("bad date");
            }),
        input,
        "with java.lang.IllegalArgumentException");
  }

  @Test
  void aRefusalNamingNoPathOfTheDocumentIsCaught() {
    Input input = input("ReviewRequest", "receivedOn", Kind.EXTREME_DATE, "2026-02-30");
    caught(
        laws(
            "names another path",
            json -> {
              MismatchedInputException refusal =
                  MismatchedInputException.from(
                      null, Object.class, "request.receivedOn.day = 30: no such day");
              refusal.initCause(
                  InvalidInputException.of("request.receivedOn.day", 30, "no such day"));
              throw refusal;
            }),
        input,
        "no path of the document");
  }

  @Test
  void everyClassHasAMustRefuseInputSomewhere() {
    // the mustRefuse law is not vacuous: the sweep marks inputs of these classes
    java.util.Set<Kind> marked = java.util.EnumSet.noneOf(Kind.class);
    JsonMutations.sweep(
        input -> {
          if (input.mustRefuse()) {
            marked.add(input.kind());
          }
        });
    assertThat(marked)
        .contains(
            Kind.DUPLICATE_KEY,
            Kind.UNKNOWN_KEY,
            Kind.DEEP_NESTING,
            Kind.FRACTION,
            Kind.MONEY_NUMBER,
            Kind.NUMBER_FOR_STRING,
            Kind.STRING_FOR_NUMBER,
            Kind.HUGE_NUMBER,
            Kind.ENUM_POSITION);
  }
}
