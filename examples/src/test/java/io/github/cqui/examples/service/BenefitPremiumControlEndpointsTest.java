package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benefit, premium and control endpoints over the socket, each with an example worked by hand
 * from the texts (《重庆市失业保险条例》第二十四条; 渝人社办〔2025〕112号 一(三), 一(四), 一(五), 三(一), 四; the 2025 retirement
 * reform). The benefit standard of 2,000.00 and the 代缴标准 of 480.00 are illustrative.
 */
class BenefitPremiumControlEndpointsTest {

  private final RunningService service = RunningService.get();

  private static final Money M2000 = Money.ofYuan("2000.00");

  /** Registered 2025-09-10, 12 months, verified and paid every month 2025-09 .. 2026-03. */
  private static ClaimHistory paidMonthly() {
    ClaimHistory.Builder claim = ClaimHistory.builder();
    claim
        .registrationDate(LocalDate.of(2025, 9, 10))
        .entitlementMonths(12)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, M2000))
        .recordedThrough(YearMonth.of(2026, 3))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 3));
        m = m.plusMonths(1)) {
      claim.addVerifications(Verification.on(m.atDay(10)));
      claim.addActualPayments(ActualPayment.of(m, M2000));
    }
    return claim.build();
  }

  @Test
  void entitlement_条例第二十四条_threeWholeYearsGiveNineMonths() {
    Entitlement months =
        service
            .post("/v1/benefits/entitlement", EntitlementRequest.of(LocalDate.of(2025, 9, 3), 36))
            .as(Entitlement.class);
    assertThat(months.wholeYears()).isEqualTo(3);
    assertThat(months.totalMonths()).isEqualTo(9);
  }

  @Test
  void ledger_112号一四_twoMissedVerificationsSuspendAndALaterOneResumes() {
    // cases/suspension.json: 2025-11 and 2025-12 missed are paid, 2026-01 suspended after them,
    // 2026-02 suspended until the verification of 2026-02-09, resumed from 2026-03 (I-8)
    String claim = CaseEndpointTest.sample("suspension.json").get("claim").toString();
    BenefitLedger ledger = service.post("/v1/benefits/ledger", claim).as(BenefitLedger.class);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 10));
    assertThat(ledger.lines())
        .filteredOn(line -> line.status() == LedgerStatus.SUSPENDED)
        .extracting(LedgerLine::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
  }

  @Test
  void retirement_2025reform_aWomanOriginallyRetiringAt50BornIn1976_01() {
    StatutoryRetirement retirement =
        service
            .post(
                "/v1/benefits/retirement",
                "{\"birthMonth\":\"1976-01\",\"category\":\"FEMALE_ORIGINALLY_50\"}")
            .as(StatutoryRetirement.class);
    assertThat(retirement.delayMonths()).isEqualTo(7);
    assertThat(retirement.retirementMonth()).isEqualTo(YearMonth.of(2026, 8));
  }

  @Test
  void reimbursement_112号一三_theLowerOfTheActualPremiumAndTheStandard() {
    // three months paid; receipts of 460.00 (below the standard), 500.00 (above) and 480.00
    ClaimHistory.Builder claim = ClaimHistory.builder();
    claim
        .registrationDate(LocalDate.of(2025, 9, 3))
        .entitlementMonths(3)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, M2000))
        .recordedThrough(YearMonth.of(2025, 11))
        .addVerifications(
            Verification.on(LocalDate.of(2025, 9, 15)),
            Verification.on(LocalDate.of(2025, 10, 15)),
            Verification.on(LocalDate.of(2025, 11, 14)))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
    ReimbursementRequest request =
        ReimbursementRequest.builder()
            .claim(claim.build())
            .applicationDate(LocalDate.of(2025, 12, 10))
            .addStandards(PremiumStandard.of(YearMonth.of(2025, 1), Money.ofYuan("480.00")))
            .addReceipts(
                receipt("R-1", YearMonth.of(2025, 9), "460.00"),
                receipt("R-2", YearMonth.of(2025, 10), "500.00"),
                receipt("R-3", YearMonth.of(2025, 11), "480.00"))
            .build();
    PremiumReimbursement result =
        service.post("/v1/premium/reimbursement", request).as(PremiumReimbursement.class);
    assertThat(result.reimbursed())
        .extracting(ReimbursedMonth::reimbursed)
        .containsExactly(Money.ofYuan("460.00"), Money.ofYuan("480.00"), Money.ofYuan("480.00"));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("1420.00"));
  }

  private static PremiumReceipt receipt(String reference, YearMonth month, String amount) {
    return PremiumReceipt.of(reference, month, month, Money.ofYuan(amount), "张三");
  }

  @Test
  void shortContribution_112号三一_aLastRunOfThreeMonthsIsHighRisk() {
    ContributionRecord record =
        ContributionRecord.of(
            LocalDate.of(2025, 8, 31),
            LocalDate.of(2025, 9, 10),
            List.of(
                ContributionMonth.of(YearMonth.of(2025, 6), "A公司", LocalDate.of(2025, 6, 15)),
                ContributionMonth.of(YearMonth.of(2025, 7), "A公司", LocalDate.of(2025, 7, 15)),
                ContributionMonth.of(YearMonth.of(2025, 8), "A公司", LocalDate.of(2025, 8, 15))));
    ShortContributionRisk risk =
        service.post("/v1/controls/short-contribution", record).as(ShortContributionRisk.class);
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(risk.lastRunMonths()).isEqualTo(3);
    assertThat(risk.thresholdMonths()).contains(4);
  }

  @Test
  void concurrentBenefits_112号一五_I14_aPensionFromMidClaim() {
    // a basic pension from 2025-12-10: 2025-12 is paid (I-14), 2026-01 .. 03 were paid in excess
    ConcurrentBenefitsRequest request =
        ConcurrentBenefitsRequest.of(
            paidMonthly(),
            List.of(
                OtherBenefitPeriod.openFrom(
                    OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 10))));
    ConcurrentBenefits result =
        service.post("/v1/controls/concurrent-benefits", request).as(ConcurrentBenefits.class);
    assertThat(result.totalOverpayment()).isEqualTo(Money.ofYuan("6000.00"));
    assertThat(result.stops().get(0).lastPayableMonth()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(result.stops().get(0).reportDeadline().orElseThrow().lastDay())
        .isEqualTo(LocalDate.of(2026, 1, 8));
  }

  @Test
  void segregation_112号四_I21_aOneDayHandoverBetweenAuditAndFinanceOverlaps() {
    StaffRoster roster =
        StaffRoster.of(
            List.of(
                PostAssignment.of(
                    "p", DutyPost.AUDIT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                PostAssignment.openFrom("p", DutyPost.FUND_FINANCE, LocalDate.of(2025, 6, 30))));
    SegregationCheck check =
        service
            .post(
                "/v1/controls/segregation",
                "{\"roster\":"
                    + RunningService.JSON.writeValueAsString(roster)
                    + ",\"asOf\":\"2026-06-30\"}")
            .as(SegregationCheck.class);
    assertThat(check.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pair())
                  .isEqualTo(DutyPostPair.of(DutyPost.AUDIT, DutyPost.FUND_FINANCE));
              assertThat(v.from()).isEqualTo(LocalDate.of(2025, 6, 30));
              assertThat(v.to()).isEqualTo(LocalDate.of(2025, 6, 30));
            });
  }
}
