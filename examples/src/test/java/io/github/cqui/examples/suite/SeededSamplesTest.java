package io.github.cqui.examples.suite;

import static io.github.cqui.examples.suite.Desks.DESK;
import static io.github.cqui.examples.suite.Desks.DESK_RULES;
import static io.github.cqui.examples.suite.Desks.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import io.github.cqui.rules.testing.PremiumGens;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Step 4: the generators with no runner at all — seeded samples as the arguments of JUnit 5
 * {@code @ParameterizedTest}s. Each case is a test of its own in the report, named by its value;
 * the same seed gives the same cases on every run and every machine. There is no shrinking here: a
 * failing sample is reported as it is (for the smallest failing case, run the law with {@code
 * Property}).
 */
class SeededSamplesTest {

  private static final long SEED = 20_250_801L;

  static List<ReviewRequest> applications() {
    return DeskGens.applications(RULES).samples(SEED, 20);
  }

  @ParameterizedTest
  @MethodSource("applications")
  void theDeskCountsTheWorkingDaysOfEveryApplication(ReviewRequest application) {
    DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(DESK_RULES, application);
    DeskLaws.theDeskAgreesWithItsRules(DESK, application);
  }

  /** Claims, each named by what identifies it in the report (a claim's own text is long). */
  static Stream<Named<ClaimHistory>> claims() {
    return LedgerGens.claimHistories().samples(SEED, 10).stream()
        .map(
            claim ->
                Named.of(
                    "registered "
                        + claim.registrationDate()
                        + ", "
                        + claim.entitlementMonths()
                        + " months, recorded through "
                        + claim.recordedThrough(),
                    claim));
  }

  @ParameterizedTest
  @MethodSource("claims")
  void everyClaimsLedgerAddsUp(ClaimHistory claim) {
    LedgerLaws.monthsUsedAndLeftAddUp(RULES, claim);
    BenefitLedger ledger = RULES.benefits().ledger(claim);
    assertThat(ledger.monthsUsed() + ledger.monthsLeft()).isEqualTo(claim.entitlementMonths());
  }

  static Stream<Named<ReimbursementRequest>> reimbursements() {
    return PremiumGens.reimbursementRequests().samples(SEED, 10).stream()
        .map(
            request ->
                Named.of(
                    request.receipts().size()
                        + " receipts, applied "
                        + request.applicationDate()
                        + " for a claim registered "
                        + request.claim().registrationDate(),
                    request));
  }

  @ParameterizedTest
  @MethodSource("reimbursements")
  void noReimbursementExceedsTheReceipts(ReimbursementRequest request) {
    PremiumReimbursement result = RULES.premium().reimbursement(request);
    Money receipts = Money.total(request.receipts().stream().map(PremiumReceipt::amount).toList());
    assertThat(result.totalReimbursed().isGreaterThan(receipts)).isFalse();
  }

  @Test
  void theSameSeedGivesTheSameSamples() {
    assertThat(applications()).isEqualTo(DeskGens.applications(RULES).samples(SEED, 20));
  }
}
