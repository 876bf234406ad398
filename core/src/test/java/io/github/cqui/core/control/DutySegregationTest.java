package io.github.cqui.core.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.control.DutyPostPair;
import org.junit.jupiter.api.Test;

/** The forbidden pairs of posts (渝人社办〔2025〕112号 四; I-21). */
class DutySegregationTest {

  @Test
  void theNoticesOwnWordsForbidAuditWithEachOfTheOtherThree() {
    assertThat(DutySegregation.auditOnlyForbiddenPairs())
        .extracting(DutyPostPair::toString)
        .containsExactly("AUDIT+BUSINESS_OPERATION", "AUDIT+FUND_FINANCE", "AUDIT+DATA_MANAGEMENT");
  }

  @Test
  void byDefaultAnyTwoOfTheFourPostsAreForbidden_I21December2026() {
    assertThat(DutySegregation.defaultForbiddenPairs())
        .extracting(DutyPostPair::toString)
        .containsExactly(
            "AUDIT+BUSINESS_OPERATION",
            "AUDIT+FUND_FINANCE",
            "AUDIT+DATA_MANAGEMENT",
            "BUSINESS_OPERATION+FUND_FINANCE",
            "BUSINESS_OPERATION+DATA_MANAGEMENT",
            "FUND_FINANCE+DATA_MANAGEMENT");
    assertThat(DutySegregation.defaultForbiddenPairs())
        .containsAll(DutySegregation.auditOnlyForbiddenPairs());
  }
}
