package io.github.cqui.core;

import static io.github.cqui.core.ProvisionalAndPendingTest.PROVISIONAL;
import static io.github.cqui.core.ProvisionalAndPendingTest.STRICT;
import static io.github.cqui.core.ProvisionalAndPendingTest.reEmployedInLateDecember;
import static io.github.cqui.core.ProvisionalAndPendingTest.servedOn20260601;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.deadline.ReviewRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Provisional and pending results (INTERPRETATIONS I-5) in JSON: their marks are written, read back
 * and the same in both Jackson lines; a published answer's JSON is unchanged. (The rules behind
 * them: {@link ProvisionalAndPendingTest}.)
 */
class ProvisionalAndPendingJsonTest {

  @Test
  @DisplayName(
      "I-5: provisional and pending results read back from JSON with their mark, in both Jackson lines")
  void i5_provisionalAndPendingResultsReadBackFromJson() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper two =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.cqui.rules.json.jackson2.CquiJackson2Module())
            .build();
    tools.jackson.databind.ObjectMapper three =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.cqui.rules.json.jackson3.CquiJackson3Module())
            .build();
    List<Object> results =
        List.of(
            PROVISIONAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28))),
            PROVISIONAL.benefits().ledger(reEmployedInLateDecember()),
            STRICT.benefits().ledger(reEmployedInLateDecember()),
            PROVISIONAL.recovery().enforcementTimeline(servedOn20260601()),
            STRICT.recovery().enforcementTimeline(servedOn20260601()),
            PROVISIONAL.notices().publicNotice(LocalDate.of(2026, 12, 2)));
    for (Object result : results) {
      String json = two.writeValueAsString(result);
      assertThat(three.writeValueAsString(result)).isEqualTo(json);
      assertThat(json)
          .containsAnyOf(
              "\"provisionalYears\":[{\"year\":2027,",
              "\"courtWindowPending\":{\"cause\"",
              "\"pendingReportDeadlines\":[{");
      assertThat(two.readValue(json, result.getClass().getSuperclass())).isEqualTo(result);
      assertThat(three.readValue(json, result.getClass().getSuperclass())).isEqualTo(result);
    }
    assertThat(two.writeValueAsString(results.get(0)))
        .contains(
            "\"provisionalYears\":[{\"year\":2027,\"decree\":\"国务院令第795号\",\"article\":\"第二条\","
                + "\"articlesNotProjected\":[\"第六条\",\"第七条\"],\"lastNoticeYear\":2026,"
                + "\"latestNotice\":\"国办发明电〔2025〕7号\"}]");
    assertThat(two.writeValueAsString(results.get(2)))
        .contains(
            "\"pendingReportDeadlines\":[{\"event\":{\"eventDate\":\"2026-12-10\","
                + "\"eventType\":\"RE_EMPLOYMENT\"},\"pending\":{\"cause\":\"HOLIDAY_NOTICE_NOT_LOADED\","
                + "\"date\":\"2027-01-01\",\"latestNotice\":\"国办发明电〔2025〕7号\","
                + "\"remedies\":[\"LOAD_HOLIDAY_NOTICE\",\"PROVISIONAL_COVERAGE_MODE\"],\"reason\":");
    // a published result has neither property: the JSON of published answers is unchanged
    assertThat(
            two.writeValueAsString(
                STRICT.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)))))
        .doesNotContain("provisionalYears")
        .doesNotContain("pending");
  }
}
