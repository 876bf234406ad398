package io.github.cqui.core.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.control.DutyPostPair;
import org.junit.jupiter.api.Test;

/** The forbidden pairs of posts (渝人社办〔2025〕112号 四; I-21). */
class ForbiddenPostPairsTest {

  @Test
  void theNoticesOwnWordsForbidAuditWithEachOfTheOtherThree() {
    assertThat(ForbiddenPostPairs.AUDIT_ONLY)
        .extracting(DutyPostPair::toString)
        .containsExactly("AUDIT+BUSINESS_OPERATION", "AUDIT+FUND_FINANCE", "AUDIT+DATA_MANAGEMENT");
  }

  @Test
  void byDefaultAnyTwoOfTheFourPostsAreForbidden_I21December2026() {
    assertThat(ForbiddenPostPairs.SIX_PAIRS)
        .extracting(DutyPostPair::toString)
        .containsExactly(
            "AUDIT+BUSINESS_OPERATION",
            "AUDIT+FUND_FINANCE",
            "AUDIT+DATA_MANAGEMENT",
            "BUSINESS_OPERATION+FUND_FINANCE",
            "BUSINESS_OPERATION+DATA_MANAGEMENT",
            "FUND_FINANCE+DATA_MANAGEMENT");
    assertThat(ForbiddenPostPairs.SIX_PAIRS).containsAll(ForbiddenPostPairs.AUDIT_ONLY);
  }
}
