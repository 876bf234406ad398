package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.deadline.ReviewDeadline;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A date in a year whose State Council holiday notice is not loaded (INTERPRETATIONS I-5) over the
 * socket: in the default {@code STRICT} mode a single date there is the 422 naming the year and the
 * remedies, and a whole case answers every part it can with the part that needs the year pending;
 * with {@code cqui.coverage-mode=PROVISIONAL} the answer is computed from the statutory holidays of
 * 《全国年节及纪念日放假办法》 and marked with its {@code provisionalYears}.
 *
 * <p>The STRICT service has the illustrative 2027 file loaded, so its unloaded year is 2028; the
 * PROVISIONAL service has the bundled calendar only, so 2027 is provisional there.
 */
class UnloadedYearTest {

  /**
   * A case: an application received on {@code received}; a claim registered on {@code registered},
   * verified on the 10th of each of its first six months, the claimant re-employed on the 10th of
   * the seventh month.
   */
  private static String reEmployedInDecember(int year, String received) {
    StringBuilder verifications = new StringBuilder();
    for (int month = 6; month <= 11; month++) {
      if (month > 6) {
        verifications.append(',');
      }
      verifications.append(
          String.format(
              "{\"month\":\"%d-%02d\",\"verifiedOn\":\"%d-%02d-10\"}", year, month, year, month));
    }
    return "{\"application\":{\"receivedOn\":\""
        + received
        + "\"},\"claim\":{\"registrationDate\":\""
        + year
        + "-06-01\",\"entitlementMonths\":12,\"tier\":\"TIER_1\","
        + "\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],"
        + "\"recordedThrough\":\""
        + year
        + "-11\",\"verifications\":["
        + verifications
        + "],\"stopEvents\":[{\"type\":\"RE_EMPLOYMENT\",\"date\":\""
        + year
        + "-12-10\"}],\"birthMonth\":\"1985-05\",\"category\":\"MALE\"}}";
  }

  @Test
  void strict_aCaseWhoseReportDeadlineFallsInAnUnloadedYearAnswersWithThatPartPending() {
    RunningService.Answer answer =
        RunningService.get().post("/v1/cases", reEmployedInDecember(2027, "2027-06-01"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode result = answer.json();
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    // every month is computed; only the report deadline of the re-employment waits for 2028
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2027, 12));
    assertThat(ledger.reportDeadlines()).isEmpty();
    assertThat(ledger.isProvisional()).isFalse();
    assertThat(ledger.pendingReportDeadlines()).hasSize(1);
    JsonNode pending = result.get("ledger").get("pendingReportDeadlines").get(0);
    assertThat(pending.get("event").get("eventDate").asString()).isEqualTo("2027-12-10");
    assertThat(pending.get("pending").get("cause").asString())
        .isEqualTo("HOLIDAY_NOTICE_NOT_LOADED");
    assertThat(pending.get("pending").get("date").asString()).startsWith("2028-");
    assertThat(pending.get("pending").get("remedies").toString())
        .isEqualTo("[\"LOAD_HOLIDAY_NOTICE\",\"PROVISIONAL_COVERAGE_MODE\"]");
    assertThat(result.get("ledger").has("provisionalYears")).isFalse();
    assertThat(result.get("review").has("provisionalYears")).isFalse();
  }

  @Test
  void strict_aSingleReportDeadlineInAnUnloadedYearIsThe422NamingTheYearAndBothRemedies() {
    JsonNode problem =
        RunningService.get()
            .post(
                "/v1/deadlines/report",
                "{\"eventDate\":\"2027-12-10\",\"eventType\":\"RE_EMPLOYMENT\"}")
            .problem(422);
    assertThat(problem.get("type").asString()).endsWith("#date-not-covered");
    assertThat(problem.get("year").asInt()).isEqualTo(2028);
    assertThat(problem.get("coverageMode").asString()).isEqualTo("STRICT");
    assertThat(problem.get("remedies")).hasSize(2);
    assertThat(problem.get("remedies").toString())
        .contains("cqui.holidays=FILE")
        .contains("cqui.coverage-mode=PROVISIONAL");
    assertThat(problem.get("detail").asString())
        .startsWith("report deadline of a RE_EMPLOYMENT event on 2027-12-10");
  }

  @Test
  void provisional_theRulesInUseSayProvisional() {
    JsonNode rules = RunningService.provisional().get("/v1/rules").json();
    assertThat(rules.get("switches").get("coverageMode").asString()).isEqualTo("PROVISIONAL");
    assertThat(rules.get("calendar").get("coverageMode").asString()).isEqualTo("PROVISIONAL");
    assertThat(rules.get("calendar").get("lastPublishedDay").asString()).isEqualTo("2026-12-31");
  }

  @Test
  void provisional_aDeadlineCrossingInto2027IsAnsweredAndMarked() {
    RunningService.Answer answer =
        RunningService.provisional()
            .post("/v1/deadlines/review", "{\"receivedOn\":\"2026-12-28\"}");
    ReviewDeadline review = answer.as(ReviewDeadline.class);
    // 元旦 2027-01-01 from 第二条 of 国务院令第795号: seven working days end on 2027-01-07
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(review.isProvisional()).isTrue();
    JsonNode year = answer.json().get("provisionalYears").get(0);
    assertThat(year.get("year").asInt()).isEqualTo(2027);
    assertThat(year.get("decree").asString()).isEqualTo("国务院令第795号");
    assertThat(year.get("article").asString()).isEqualTo("第二条");
    assertThat(year.get("lastNoticeYear").asInt()).isEqualTo(2026);
  }

  @Test
  void provisional_aCaseCrossingInto2027IsAnsweredWholeAndMarked() {
    RunningService.Answer answer =
        RunningService.provisional().post("/v1/cases", reEmployedInDecember(2026, "2026-12-28"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode result = answer.json();
    BenefitLedger ledger =
        RunningService.JSON.treeToValue(result.get("ledger"), BenefitLedger.class);
    assertThat(ledger.pendingReportDeadlines()).isEmpty();
    assertThat(ledger.reportDeadlines()).hasSize(1);
    assertThat(ledger.reportDeadlines().get(0).isProvisional()).isTrue();
    assertThat(ledger.isProvisional()).isTrue();
    assertThat(result.get("ledger").get("provisionalYears").get(0).get("year").asInt())
        .isEqualTo(2027);
    assertThat(result.get("review").get("provisionalYears").get(0).get("year").asInt())
        .isEqualTo(2027);
    // a published year is answered the same and unmarked
    JsonNode published =
        RunningService.provisional()
            .post("/v1/deadlines/review", "{\"receivedOn\":\"2025-09-25\"}")
            .json();
    assertThat(published.has("provisionalYears")).isFalse();
  }
}
