package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.deadline.ReviewDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/cases} over the socket with the bundled sample cases: the answer is what the case
 * report computes ({@code CaseReport case FILE --json}), with the figures the samples' README gives
 * from the texts.
 */
class CaseEndpointTest {

  private final RunningService service = RunningService.get();

  /** A sample case file of the examples' class path ({@code cases/NAME}), as text. */
  static String sampleText(String name) {
    try (InputStream in =
        Objects.requireNonNull(CaseEndpointTest.class.getResourceAsStream("/cases/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample case file with one piece of its text, which it must contain, replaced. */
  private static String sampleWith(String name, String text, String replacement) {
    String sample = sampleText(name);
    assertThat(sample).as(name).contains(text);
    return sample.replace(text, replacement);
  }

  /** A sample case file as a JSON tree. */
  static JsonNode sample(String name) {
    return RunningService.JSON.readTree(sampleText(name));
  }

  private JsonNode report(String name) {
    RunningService.Answer answer = service.post("/v1/cases", sampleText(name));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode result = answer.json();
    assertThat(result.propertyNames()).containsExactly("review", "ledger");
    return result;
  }

  @Test
  void suspension_112号一二一四_reviewBy2025_10_11AndTheLastPaidMonth2026_10() {
    JsonNode result = report("suspension.json");
    ReviewDeadline review =
        RunningService.JSON.treeToValue(result.get("review"), ReviewDeadline.class);
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 10));
    assertThat(ledger.suspendedMonths()).isEqualTo(2);
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.zero());
  }

  @Test
  void reEmployment_112号一五三四_theOverpaymentAndTheReportDeadline() {
    JsonNode result = report("re-employment.json");
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    assertThat(result.get("review").get("deadline").asString()).isEqualTo("2025-10-20");
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.ofYuan("3600.00"));
    assertThat(ledger.monthsLeft()).isEqualTo(5);
    assertThat(ledger.reportDeadlines().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 2, 9));
  }

  @Test
  void nearRetirement_I11_paidOnToTheRetirementMonth() {
    JsonNode result = report("near-retirement.json");
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    assertThat(result.get("review").get("deadline").asString()).isEqualTo("2026-01-09");
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 8));
    assertThat(ledger.retirementMonth()).isEqualTo(YearMonth.of(2026, 8));
  }

  @Test
  void i5_112号一二_aReviewDeadlineIn2028IsPendingAndTheLedgerAnswered() {
    // received Friday 2027-12-24: 7 working days reach 2028, whose notice the strict service does
    // not hold (it adds the illustrative 2027 file; 12-27..31 are 1..5): the review waits for it,
    // and the ledger is answered
    String text =
        sampleWith(
            "new-year-2027.json",
            "\"application\": {\"receivedOn\": \"2026-06-01\", \"receivedAt\": \"09:15\"}",
            "\"application\": {\"receivedOn\": \"2027-12-24\"}");
    RunningService.Answer answer = service.post("/v1/cases", text);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode result = answer.json();
    assertThat(result.propertyNames()).containsExactly("reviewPending", "ledger");
    assertThat(result.get("reviewPending").get("cause").asString())
        .isEqualTo("HOLIDAY_NOTICE_NOT_LOADED");
    assertThat(result.get("reviewPending").get("date").asString()).isEqualTo("2028-01-01");
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 12));
  }

  @Test
  void aRefusalOfTheRulesNamesTheFieldByItsPathInTheCaseFile() {
    // the second verification names a day outside the month it verifies
    String text =
        sampleWith(
            "suspension.json",
            "{\"month\": \"2025-10\", \"verifiedOn\": \"2025-10-15\"}",
            "{\"month\": \"2025-10\", \"verifiedOn\": \"2025-11-15\"}");
    JsonNode problem = service.post("/v1/cases", text).problem(400);
    assertThat(problem.get("field").asString()).isEqualTo("claim.verifications[1].verifiedOn");
    assertThat(problem.get("pointer").asString()).isEqualTo("/claim/verifications/1/verifiedOn");
    assertThat(problem.get("value").asString()).isEqualTo("2025-11-15");
    assertThat(problem.get("rule").asString()).contains("2025-10");
  }

  @Test
  void aCaseWithoutItsClaimIsRefusedNamingIt() {
    JsonNode problem =
        service.post("/v1/cases", "{\"application\":{\"receivedOn\":\"2025-09-25\"}}").problem(400);
    assertThat(problem.get("field").asString()).isEqualTo("claim");
    assertThat(problem.get("rule").asString()).startsWith("is required");
  }
}
