package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON defects of issue 12, one input each: what Jackson read silently wrong before the
 * library's own mapping (a number as fen, {@code null} as {@code false}, a number as an enum
 * position, a fraction truncated, a blank as "absent"). {@link Jackson2JsonTest} and {@link
 * Jackson3JsonTest} require each to be refused by both lines with the line's databind exception,
 * naming the property path, the value and what to write, with {@link InvalidInputException} (field
 * = the path) as its cause.
 */
final class JsonDefects {

  private JsonDefects() {}

  /** An input that must be refused: the path it must name, and fragments of the message. */
  record Defect(String name, Class<?> type, String json, String path, List<String> fragments) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String CLAIM =
      "{\"registrationDate\":\"2025-09-01\",\"entitlementMonths\":%s,\"tier\":%s,"
          + "\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":%s}],"
          + "\"recordedThrough\":\"2025-10\",\"birthMonth\":\"1985-05\",\"category\":\"MALE\"}";

  private static String claim(String entitlementMonths, String tier, String amount) {
    return String.format(CLAIM, entitlementMonths, tier, amount);
  }

  /** Jackson 2 read {@code "amount": 2000} as 2000 fen, 20.00 元. */
  static final Defect MONEY_NUMBER =
      new Defect(
          "a JSON number for Money",
          ActualPayment.class,
          "{\"month\":\"2025-09\",\"amount\":2000}",
          "amount",
          List.of("amount = 2000", "write \"2000.00\""));

  /** The same inside a claim's list of standards. */
  static final Defect MONEY_NUMBER_NESTED =
      new Defect(
          "a JSON number for Money in a list",
          ClaimHistory.class,
          claim("6", "\"TIER_1\"", "2100"),
          "standards[0].amount",
          List.of("standards[0].amount = 2100", "write \"2100.00\""));

  /** A null element of a claim's list of standards ended in a bare NullPointerException. */
  static final Defect NULL_ELEMENT =
      new Defect(
          "null in a claim's list of standards",
          ClaimHistory.class,
          "{\"registrationDate\":\"2025-09-01\",\"entitlementMonths\":6,\"tier\":\"TIER_1\","
              + "\"standards\":[null],"
              + "\"recordedThrough\":\"2025-10\",\"birthMonth\":\"1985-05\",\"category\":\"MALE\"}",
          "standards[0]",
          List.of("standards[0] = null"));

  /** A fraction for Money is refused too, with what to write. */
  static final Defect MONEY_FRACTION =
      new Defect(
          "a JSON fraction for Money",
          ActualPayment.class,
          "{\"month\":\"2025-09\",\"amount\":2100.5}",
          "amount",
          List.of("amount = 2100.5", "write \"2100.50\""));

  /**
   * Jackson 2 read {@code "rightsStated": null} as {@code false}, which moves the 诉讼 deadline from
   * six months to a year (I-17).
   */
  static final Defect NULL_FOR_BOOLEAN =
      new Defect(
          "null for a boolean",
          EnforcementRequest.class,
          "{\"decisionServedOn\":\"2025-03-14\",\"rightsStated\":null}",
          "rightsStated",
          List.of("rightsStated = null", "true or false"));

  /** A number for an enum was read as its position: {@code 7} is {@code DEATH}. */
  static final Defect ENUM_POSITION =
      new Defect(
          "a number for an enum",
          StopEventReport.class,
          "{\"eventDate\":\"2025-07-31\",\"eventType\":7}",
          "eventType",
          List.of("eventType = 7", "RE_EMPLOYMENT"));

  /** {@code "tier": 0} was read as {@code TIER_1}. */
  static final Defect ENUM_POSITION_TIER =
      new Defect(
          "a number for the tier",
          ClaimHistory.class,
          claim("6", "0", "\"2000.00\""),
          "tier",
          List.of("tier = 0", "TIER_1, TIER_2"));

  /** {@code "contributionMonths": 12.7} was truncated to 12. */
  static final Defect FRACTION_FOR_INT =
      new Defect(
          "a fraction for a whole number",
          EntitlementRequest.class,
          "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":12.7}",
          "contributionMonths",
          List.of("contributionMonths = 12.7", "whole number"));

  /** {@code "entitlementMonths": 8.7} was truncated to 8. */
  static final Defect FRACTION_FOR_ENTITLEMENT =
      new Defect(
          "a fraction for the entitlement months",
          ClaimHistory.class,
          claim("8.7", "\"TIER_1\"", "\"2000.00\""),
          "entitlementMonths",
          List.of("entitlementMonths = 8.7", "whole number"));

  /** {@code "receivedAt": ""} dropped the time of receipt (and with it the I-1 cut-off). */
  static final Defect EMPTY_TIME =
      new Defect(
          "an empty string for a time",
          ReviewRequest.class,
          "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"\"}",
          "receivedAt",
          List.of("receivedAt = \"\"", "HH:mm"));

  /** A blank time likewise. */
  static final Defect BLANK_TIME =
      new Defect(
          "a blank string for a time",
          ReviewRequest.class,
          "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"  \"}",
          "receivedAt",
          List.of("receivedAt = \"  \"", "HH:mm"));

  /** An empty array for a time. */
  static final Defect EMPTY_ARRAY_TIME =
      new Defect(
          "an empty array for a time",
          ReviewRequest.class,
          "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":[]}",
          "receivedAt",
          List.of("receivedAt = []", "HH:mm"));

  /** An empty {@code officeHoursCutoff} silently switched the I-1 cut-off off. */
  static final Defect EMPTY_CUTOFF =
      new Defect(
          "an empty office-hours cut-off",
          InterpretationSwitches.class,
          "{\"officeHoursCutoff\":\"\"}",
          "officeHoursCutoff",
          List.of("officeHoursCutoff = \"\"", "HH:mm"));

  /** An explicit null for an optional property: leave it out instead. */
  static final Defect NULL_FOR_OPTIONAL =
      new Defect(
          "null for an optional property",
          ReviewRequest.class,
          "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":null}",
          "receivedAt",
          List.of("receivedAt = null", "leave the property out"));

  /**
   * Checks a refusal: the line's exception type, the path, value and rule in the message, and the
   * library's {@link InvalidInputException} naming the path as its cause.
   *
   * @param thrown what reading threw
   * @param lineException the line's databind exception type
   * @param defect the input
   */
  static void assertRefused(@Nullable Throwable thrown, Class<?> lineException, Defect defect) {
    assertThat(thrown).as(defect.name()).isInstanceOf(lineException);
    assertThat(thrown.getMessage()).as(defect.name()).contains(defect.fragments());
    InvalidInputException invalid = invalidInput(thrown);
    assertThat(invalid).as(defect.name() + ": the cause").isNotNull();
    assertThat(invalid.field()).as(defect.name() + ": the field").isEqualTo(defect.path());
  }

  private static @Nullable InvalidInputException invalidInput(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
