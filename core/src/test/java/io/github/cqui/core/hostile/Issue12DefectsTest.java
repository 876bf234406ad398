package io.github.cqui.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Limits;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.Repayment;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The silently wrong answers and undocumented errors of issue 12 in the rules, each refused now
 * with an {@link InvalidInputException} naming the field; each test failed on main before its fix.
 */
class Issue12DefectsTest {

  private static final Chongqing RULES = Chongqing.rules();
  private static final Money STANDARD = Money.ofYuan("2000.00");

  /** A valid six-month claim registered on 2025-09-10 by a man born 1985-05. */
  private static ImmutableClaimHistory.Builder claim() {
    return ClaimHistory.builder()
        .registrationDate(LocalDate.of(2025, 9, 10))
        .entitlementMonths(6)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, STANDARD))
        .recordedThrough(YearMonth.of(2025, 9))
        .addVerifications(Verification.on(LocalDate.of(2025, 9, 12)))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
  }

  private static InvalidInputException refused(Runnable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  @Test
  void twoStandardsForOneTierFromTheSameMonthAreRefusedNamingBoth() {
    InvalidInputException e =
        refused(
            () ->
                claim()
                    .addStandards(
                        BenefitStandard.of(
                            YearMonth.of(2025, 3), BenefitTier.TIER_2, Money.ofYuan("1800.00")),
                        BenefitStandard.of(
                            YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("2100.00")))
                    .build());
    assertThat(e.field()).isEqualTo("standards[2]");
    assertThat(e.rule()).contains("standards[0]").contains("TIER_1").contains("2025-01");
  }

  @Test
  void aStandardOfAnotherTierFromTheSameMonthIsAccepted() {
    ClaimHistory history =
        claim()
            .addStandards(
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")))
            .build();
    assertThat(RULES.benefits().ledger(history).lines()).isNotEmpty();
  }

  @Test
  void aConfirmationBeforeThePublicationIsRefused() {
    NoticeRules notices = RULES.notices();
    PublicNoticePeriod notice = notices.publicNotice(LocalDate.of(2025, 9, 8));
    InvalidInputException e =
        refused(
            () ->
                notices.noticeEntryStatus(
                    notice, Optional.of(LocalDate.of(2025, 9, 7)), LocalDate.of(2025, 9, 20)));
    assertThat(e.field()).isEqualTo("confirmedOn");
    assertThat(e.value()).isEqualTo("2025-09-07");
    assertThat(e.rule()).contains("2025-09-08");
    // on the day of publication it is a confirmation like any other
    assertThat(
            notices
                .noticeEntryStatus(
                    notice, Optional.of(LocalDate.of(2025, 9, 8)), LocalDate.of(2025, 9, 20))
                .status())
        .hasToString("CONFIRMED");
  }

  @Test
  void aVerificationBeforeTheRegistrationIsRefused() {
    InvalidInputException e =
        refused(() -> claim().addVerifications(Verification.on(LocalDate.of(2025, 8, 20))).build());
    assertThat(e.field()).isEqualTo("verifications[1].verifiedOn");
    assertThat(e.value()).isEqualTo("2025-08-20");
    assertThat(e.rule()).contains("2025-09-10");
    // earlier in the month of registration, too
    InvalidInputException sameMonth =
        refused(
            () ->
                ClaimHistory.builder()
                    .from(claim().build())
                    .verifications(java.util.List.of(Verification.on(LocalDate.of(2025, 9, 9))))
                    .build());
    assertThat(sameMonth.field()).isEqualTo("verifications[0].verifiedOn");
  }

  @Test
  void anApplicationDateBeforeTheRegistrationIsRefusedUnderTheI9Switch() {
    Chongqing byApplication =
        RULES.withSwitches(s -> s.entitlementStart(EntitlementStart.APPLICATION_DATE));
    InvalidInputException e =
        refused(
            () ->
                byApplication
                    .benefits()
                    .ledger(claim().applicationDate(LocalDate.of(2025, 8, 29)).build()));
    assertThat(e.field()).isEqualTo("applicationDate");
    assertThat(e.value()).isEqualTo("2025-08-29");
    assertThat(e.rule()).contains("registration").contains("2025-09-10");
  }

  @Test
  void aRetirementAgeStopEventOutsideTheRetirementMonthIsRefusedNamingTheBirthMonth() {
    ClaimHistory history =
        claim()
            .addStopEvents(StopEvent.of(StopEventType.RETIREMENT_AGE, LocalDate.of(2025, 11, 3)))
            .build();
    InvalidInputException e = refused(() -> RULES.benefits().ledger(history));
    assertThat(e.field()).isEqualTo("stopEvents[0].date");
    assertThat(e.value()).isEqualTo("2025-11-03");
    assertThat(e.rule()).contains("birthMonth").contains("1985-05").contains("2048-05");
    // the control of concurrent benefits asks the same question of the same claim
    assertThatThrownBy(
            () ->
                RULES
                    .controls()
                    .concurrentBenefits(
                        io.github.cqui.rules.control.ConcurrentBenefitsRequest.builder()
                            .claim(history)
                            .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stopEvents[0].date");
  }

  @Test
  void aRetirementAgeStopEventInTheRetirementMonthIsAccepted() {
    // a man born 1966-03 reaches retirement age (60 and 4 months) in 2026-07
    ClaimHistory history =
        claim()
            .birthMonth(YearMonth.of(1966, 3))
            .addStopEvents(StopEvent.of(StopEventType.RETIREMENT_AGE, LocalDate.of(2026, 7, 1)))
            .build();
    assertThat(RULES.benefits().ledger(history).retirementMonth()).isEqualTo(YearMonth.of(2026, 7));
  }

  @Test
  void aPersonPastRetirementAgeAtRegistrationIsRefused() {
    // a man born 1960-01 reached retirement age (60) in 2020-01
    InvalidInputException e =
        refused(() -> RULES.benefits().ledger(claim().birthMonth(YearMonth.of(1960, 1)).build()));
    assertThat(e.field()).isEqualTo("registrationDate");
    assertThat(e.value()).isEqualTo("2025-09-10");
    assertThat(e.rule()).contains("birthMonth").contains("1960-01").contains("2020-01");
  }

  @Test
  void aPaymentMonthFarInTheFutureIsRefusedBeforeTheWalk() {
    // main wrote 904 ledger lines for a payment in 2100-12
    InvalidInputException e =
        refused(
            () ->
                claim()
                    .addActualPayments(ActualPayment.of(YearMonth.of(2100, 12), STANDARD))
                    .build());
    assertThat(e.field()).isEqualTo("actualPayments[0].month");
    assertThat(e.rule()).contains("120 months").contains("2025-09");
    // and walked month by month into +999999999-12 until the memory ran out
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          InvalidInputException far =
              refused(
                  () ->
                      RULES
                          .benefits()
                          .ledger(
                              claim()
                                  .addActualPayments(
                                      ActualPayment.of(YearMonth.of(999_999_999, 12), STANDARD))
                                  .build()));
          assertThat(far.field()).isEqualTo("actualPayments[0].month");
          assertThat(far.value()).isEqualTo("999999999-12");
        });
  }

  @Test
  void theLastMonthWithinTheLedgerHorizonIsAccepted() {
    // 120 months after 2025-09: a long ledger, but a bounded one
    YearMonth last = YearMonth.of(2035, 9);
    ClaimHistory history =
        claim().addActualPayments(ActualPayment.of(last, Money.ofYuan("1.00"))).build();
    assertThat(RULES.benefits().ledger(history).lines()).hasSize(121);
    assertThat(
            refused(
                    () ->
                        claim()
                            .addActualPayments(
                                ActualPayment.of(last.plusMonths(1), Money.ofYuan("1.00")))
                            .build())
                .field())
        .isEqualTo("actualPayments[0].month");
  }

  @Test
  void aVerificationRecordOrSubsidyFarInTheFutureIsRefusedBeforeTheWalk() {
    assertThat(
            refused(() -> claim().recordedThrough(YearMonth.of(999_999_999, 12)).build()).field())
        .isEqualTo("recordedThrough");
    assertThat(
            refused(
                    () ->
                        claim()
                            .addSubsidyPeriods(
                                SubsidyPeriod.of(
                                    YearMonth.of(2025, 10), YearMonth.of(999_999_999, 12)))
                            .build())
                .field())
        .isEqualTo("subsidyPeriods[0].to");
  }

  @Test
  void aHugeStandardIsRefusedNamingTheAmount() {
    // main: an ArithmeticException naming nothing when the ledger added up its totals
    Money huge = Money.ofFen(Long.MAX_VALUE / 2);
    InvalidInputException e =
        refused(() -> BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, huge));
    assertThat(e.field()).isEqualTo("amount");
    assertThat(e.rule()).contains("100000000.00");
    assertThat(refused(() -> ActualPayment.of(YearMonth.of(2025, 9), huge)).field())
        .isEqualTo("amount");
    // the bound itself is accepted, and its ledger adds up
    Money most = Money.ofYuan("100000000.00");
    ClaimHistory history =
        ClaimHistory.builder()
            .from(claim().build())
            .standards(
                java.util.List.of(
                    BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, most)))
            .build();
    assertThat(RULES.benefits().ledger(history).totalDue()).isEqualTo(most.multipliedBy(6));
  }

  @Test
  void aDateNearLocalDateMaxIsRefusedNamingTheFieldNotARawDateTimeException() {
    // main: java.time.DateTimeException (Invalid value for EpochDay) from the enforcement clock,
    // which counted the 复议 days past LocalDate.MAX (《行政强制法》第五十三条)
    LocalDate nearMax = LocalDate.MAX.minusDays(5);
    InvalidInputException served =
        refused(
            () ->
                RULES
                    .recovery()
                    .enforcementTimeline(
                        EnforcementRequest.builder()
                            .decisionServedOn(nearMax)
                            .rightsStated(true)
                            .build()));
    assertThat(served.field()).isEqualTo("decisionServedOn");
    assertThat(served.value()).isEqualTo(nearMax.toString());
    assertThat(served.rule()).contains("2199-12-31");
    InvalidInputException reminder =
        refused(
            () ->
                RULES
                    .recovery()
                    .enforcementTimeline(
                        EnforcementRequest.builder()
                            .decisionServedOn(LocalDate.of(2025, 9, 10))
                            .reminderServedOn(nearMax)
                            .rightsStated(true)
                            .build()));
    assertThat(reminder.field()).isEqualTo("reminderServedOn");
    // the last date within the limits is accepted
    assertThat(
            RULES
                .recovery()
                .enforcementTimeline(
                    EnforcementRequest.builder()
                        .decisionServedOn(LocalDate.of(2025, 9, 10))
                        .rightsStated(true)
                        .build()))
        .isNotNull();
  }

  @Test
  void aReceiptMonthAtTheEndOfYearMonthIsRefusedNamingTheMonthNotAnIndexError() {
    // found by DirectCallsHostileTest: the premium rules placed a receipt of -999999999-01 at an
    // int-overflowed index (ArrayIndexOutOfBoundsException naming nothing); 一(三)
    InvalidInputException e =
        refused(
            () ->
                PremiumReceipt.of(
                    "R-1",
                    YearMonth.of(-999_999_999, 1),
                    YearMonth.of(-999_999_999, 1),
                    Money.ofYuan("100.00"),
                    "self"));
    assertThat(e.field()).isEqualTo("firstMonth");
    assertThat(e.value()).isEqualTo("-999999999-01");
    assertThat(
            refused(
                    () ->
                        PremiumReceipt.of(
                            "R-1",
                            YearMonth.of(2199, 12),
                            YearMonth.of(2200, 1),
                            Money.ofYuan("100.00"),
                            "self"))
                .field())
        .isEqualTo("lastMonth");
  }

  @Test
  void aDueDateNearLocalDateMaxIsRefusedNamingTheFieldNotARawDateTimeException() {
    // found by DirectCallsHostileTest: an instalment agreement from +999999999-12-31 ended in a
    // DateTimeException (Invalid value for Year) when the schedule counted its due dates on
    // (民法典第二百零二条; 渝人社办〔2025〕112号 三(四))
    assertThat(
            refused(
                    () ->
                        InstalmentAgreement.of(
                            3, LocalDate.MAX, 1, OddFenPlacement.FIRST_INSTALMENTS))
                .field())
        .isEqualTo("firstDue");
    assertThat(refused(() -> RecoveryPlan.lumpSum(LocalDate.MAX)).field()).isEqualTo("lumpSumDue");
  }

  @Test
  void aHugeReceiptRepaymentOrOffsetIsRefusedNamingTheAmount() {
    // found by DirectCallsHostileTest: a premium receipt of 92233720368547758.07 overflowed the
    // reimbursement's sums (ArithmeticException: long overflow, naming nothing); every amount a
    // user gives is bounded by Limits.MAX_AMOUNT, as the benefit standards are
    Money huge = Money.ofFen(Long.MAX_VALUE);
    InvalidInputException receipt =
        refused(
            () ->
                PremiumReceipt.of("R-1", YearMonth.of(2025, 9), YearMonth.of(2025, 9), huge, "x"));
    assertThat(receipt.field()).isEqualTo("amount");
    assertThat(receipt.rule()).contains("100000000.00");
    assertThat(refused(() -> Repayment.of(LocalDate.of(2025, 9, 1), huge)).field())
        .isEqualTo("amount");
    assertThat(refused(() -> PremiumStandard.of(YearMonth.of(2025, 1), huge)).field())
        .isEqualTo("amount");
    // the bound itself is accepted
    assertThat(
            PremiumReceipt.of(
                    "R-1", YearMonth.of(2025, 9), YearMonth.of(2025, 9), Limits.MAX_AMOUNT, "x")
                .amount())
        .isEqualTo(Limits.MAX_AMOUNT);
  }
}
