package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.LedgerLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the monthly ledger (渝人社办〔2025〕112号 一(四), 一(五)), each written out month by month.
 * The benefit standard is an illustrative 2,000.00 a month for tier 1 (no official figure is
 * bundled).
 */
class LedgerTest {

  private static final Money STANDARD = Money.ofYuan("2000.00");
  private final BenefitRules rules = Chongqing.rules().benefits();

  private static ImmutableClaimHistory.Builder claim(LocalDate registered, int months) {
    return ClaimHistory.builder()
        .registrationDate(registered)
        .entitlementMonths(months)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, STANDARD))
        .addStandards(
            BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
  }

  /** Every month of {@code from..to} verified on its 10th. */
  private static List<Verification> verified(YearMonth from, YearMonth to) {
    return from.atDay(10)
        .datesUntil(to.plusMonths(1).atDay(10), java.time.Period.ofMonths(1))
        .map(Verification::on)
        .toList();
  }

  /** The ledger as lines "month STATUS due used/left" (with "actual → overpaid" when paid). */
  private static String lines(BenefitLedger ledger) {
    return ledger.lines().stream().map(LedgerTest::line).collect(Collectors.joining("\n"));
  }

  private static String line(LedgerLine l) {
    String text =
        l.month() + " " + l.status() + " " + l.due() + " " + l.monthsUsed() + "/" + l.monthsLeft();
    if (l.actual().isPresent()) {
      text += " paid " + l.actual().get() + " over " + l.overpayment();
    }
    return text + (l.projected() ? " projected" : "") + (l.extension() ? " extension" : "");
  }

  @Test
  void aPlainSixMonthClaim() {
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 10), 6)
                .recordedThrough(YearMonth.of(2026, 2))
                .addAllVerifications(verified(YearMonth.of(2025, 9), YearMonth.of(2026, 2)))
                .build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5",
                "2025-10 PAID 2000.00 2/4",
                "2025-11 PAID 2000.00 3/3",
                "2025-12 PAID 2000.00 4/2",
                "2026-01 PAID 2000.00 5/1",
                "2026-02 PAID 2000.00 6/0"));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.ENTITLEMENT_EXHAUSTED);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 2));
    assertThat(ledger.totalDue()).isEqualTo(Money.ofYuan("12000.00"));
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.zero());
    assertThat(ledger.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-09-10办理失业登记，自2025-09起享受6个月失业保险金。")
        .contains("应享受待遇月数已全部发放：共6个月，最后发放月份为2026-02。");
  }

  @Test
  void twoMissesSuspendThenAReVerificationResumesAndTheEndMovesByTheSuspendedMonths() {
    // 一(四): missed 2025-10 and 2025-11 → both paid, suspended from 2025-12 (I-8); verified again
    // on 2026-01-15 → resumed from 2026-02; months after the record (2026-01) are projected
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 3), 6)
                .recordedThrough(YearMonth.of(2026, 1))
                .addVerifications(
                    Verification.on(LocalDate.of(2025, 9, 20)),
                    Verification.on(LocalDate.of(2026, 1, 15)))
                .build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5",
                "2025-10 PAID 2000.00 2/4",
                "2025-11 PAID 2000.00 3/3",
                "2025-12 SUSPENDED 0.00 3/3",
                "2026-01 SUSPENDED 0.00 3/3",
                "2026-02 PAID 2000.00 4/2 projected",
                "2026-03 PAID 2000.00 5/1 projected",
                "2026-04 PAID 2000.00 6/0 projected"));
    assertThat(ledger.suspendedMonths()).isEqualTo(2);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2025, 9).plusMonths(6 - 1 + 2));
    assertThat(ledger.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("自2025-10起连续两个月未进行资格核验，该两个月照发，自2025-12起暂停发放，不影响应享受待遇总月数。")
        .contains("2026-01-15重新办理资格核验，自2026-02起恢复发放。");
  }

  @Test
  void missesBeforeAugust2025AreNotCounted() {
    // I-18: the claim starts in 2025-06 with no verification at all until 2025-08
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 6, 2), 4)
                .recordedThrough(YearMonth.of(2025, 9))
                .addAllVerifications(verified(YearMonth.of(2025, 8), YearMonth.of(2025, 9)))
                .build());
    assertThat(ledger.lines()).extracting(l -> l.status().name()).containsOnly("PAID");
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2025, 9));
  }

  @Test
  void reEmploymentMidClaimStopsAfterTheEventMonthAndLaterPaymentsAreOverpaid() {
    // 条例 art 20(1), 一(五), I-14: the month of the event (2025-11) is paid, later months are not
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 1), 6)
                .recordedThrough(YearMonth.of(2026, 1))
                .addAllVerifications(verified(YearMonth.of(2025, 9), YearMonth.of(2026, 1)))
                .addStopEvents(
                    StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 12)))
                .addActualPayments(
                    ActualPayment.of(YearMonth.of(2025, 9), STANDARD),
                    ActualPayment.of(YearMonth.of(2025, 10), STANDARD),
                    ActualPayment.of(YearMonth.of(2025, 11), STANDARD),
                    ActualPayment.of(YearMonth.of(2025, 12), STANDARD),
                    ActualPayment.of(YearMonth.of(2026, 1), STANDARD))
                .build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5 paid 2000.00 over 0.00",
                "2025-10 PAID 2000.00 2/4 paid 2000.00 over 0.00",
                "2025-11 PAID 2000.00 3/3 paid 2000.00 over 0.00",
                "2025-12 STOPPED 0.00 3/3 paid 2000.00 over 2000.00",
                "2026-01 STOPPED 0.00 3/3 paid 2000.00 over 2000.00"));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.STOP_EVENT);
    assertThat(ledger.endEvent().map(StopEvent::type)).contains(StopEventType.RE_EMPLOYMENT);
    assertThat(ledger.monthsLeft()).isEqualTo(3);
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.ofYuan("4000.00"));
    // 一(五): reported within 20 working days: 11/13 … 12/10
    assertThat(ledger.reportDeadlines())
        .singleElement()
        .satisfies(r -> assertThat(r.lastDay()).isEqualTo(LocalDate.of(2025, 12, 10)));
    assertThat(ledger.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-11-12发生停止领取情形（重新就业），最后发放月份为2025-11。")
        .contains("2025-12应发0.00，实发2000.00，多发2000.00。");
  }

  @Test
  void aStopInTheEventMonthBySwitch() {
    BenefitRules stopInMonth =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().addStopInEventMonth(StopEventType.DEATH).build())
            .benefits();
    BenefitLedger ledger =
        stopInMonth.ledger(
            claim(LocalDate.of(2025, 9, 1), 6)
                .recordedThrough(YearMonth.of(2025, 12))
                .addAllVerifications(verified(YearMonth.of(2025, 9), YearMonth.of(2025, 12)))
                .addStopEvents(StopEvent.of(StopEventType.DEATH, LocalDate.of(2025, 11, 12)))
                .build());
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2025, 10));
    assertThat(lines(ledger)).endsWith("2025-11 STOPPED 0.00 2/4");
  }

  /** Born 1966-03, male: 14 birth months after 1965-01 → 4 months' delay → 2026-07 (§4). */
  private ImmutableClaimHistory.Builder nearRetirement(int months) {
    return claim(LocalDate.of(2025, 10, 15), months)
        .birthMonth(YearMonth.of(1966, 3))
        .recordedThrough(YearMonth.of(2025, 10))
        // verified after the registration: a verification before it is refused (issue 12)
        .addVerifications(Verification.on(LocalDate.of(2025, 10, 20)));
  }

  @Test
  void retirementAgeEndsPaymentWithTheRetirementMonth() {
    BenefitLedger ledger = rules.ledger(nearRetirement(12).build());
    assertThat(ledger.retirementMonth()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 7));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.RETIREMENT_AGE);
    assertThat(ledger.monthsUsed()).isEqualTo(10);
    assertThat(ledger.monthsLeft()).isEqualTo(2);
    assertThat(lines(ledger))
        .endsWith("2026-07 PAID 2000.00 10/2 projected\n2026-08 STOPPED 0.00 10/2");

    BenefitRules excluded =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().retirementMonth(RetirementMonth.EXCLUDED).build())
            .benefits();
    assertThat(excluded.ledger(nearRetirement(12).build()).lastPaidMonth())
        .contains(YearMonth.of(2026, 6));
  }

  @Test
  void theNearRetirementExtensionPaysOnUpToRetirementAge() {
    // 6 months run out in 2026-03, 4 months before retirement in 2026-07: paid on to 2026-07 (I-11)
    BenefitLedger ledger = rules.ledger(nearRetirement(6).build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-10 PAID 2000.00 1/5",
                "2025-11 PAID 2000.00 2/4 projected",
                "2025-12 PAID 2000.00 3/3 projected",
                "2026-01 PAID 2000.00 4/2 projected",
                "2026-02 PAID 2000.00 5/1 projected",
                "2026-03 PAID 2000.00 6/0 projected",
                "2026-04 PAID 2000.00 6/0 projected extension",
                "2026-05 PAID 2000.00 6/0 projected extension",
                "2026-06 PAID 2000.00 6/0 projected extension",
                "2026-07 PAID 2000.00 6/0 projected extension",
                "2026-08 STOPPED 0.00 6/0"));
    assertThat(ledger.extensionMonths()).isEqualTo(4);
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.RETIREMENT_AGE);

    BenefitRules noExtension =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().nearRetirementExtension(false).build())
            .benefits();
    BenefitLedger plain = noExtension.ledger(nearRetirement(6).build());
    assertThat(plain.lastPaidMonth()).contains(YearMonth.of(2026, 3));
    assertThat(plain.endReason()).isEqualTo(ClaimEndReason.ENTITLEMENT_EXHAUSTED);
  }

  @Test
  void flexibleEmploymentSubsidyMonthsAreNotPayableButKeepTheirEntitlement() {
    // 一(五), I-15: 2025-11 and 2025-12 overlap the subsidy; what was paid for them is overpaid
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 1), 6)
                .recordedThrough(YearMonth.of(2026, 4))
                .addAllVerifications(verified(YearMonth.of(2025, 9), YearMonth.of(2026, 4)))
                .addSubsidyPeriods(SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)))
                .addActualPayments(ActualPayment.of(YearMonth.of(2025, 11), STANDARD))
                .build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5",
                "2025-10 PAID 2000.00 2/4",
                "2025-11 NOT_PAYABLE 0.00 2/4 paid 2000.00 over 2000.00",
                "2025-12 NOT_PAYABLE 0.00 2/4",
                "2026-01 PAID 2000.00 3/3",
                "2026-02 PAID 2000.00 4/2",
                "2026-03 PAID 2000.00 5/1",
                "2026-04 PAID 2000.00 6/0"));
    assertThat(ledger.notPayableMonths()).isEqualTo(2);
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.ofYuan("2000.00"));
  }

  @Test
  void anEarlierClaimsUnusedMonthsAreCombinedUpToTwentyFour() {
    // First claim: 9 months, re-employed in its fourth month (2025-12): 4 months used, 5 left.
    BenefitLedger first =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 1), 9)
                .recordedThrough(YearMonth.of(2025, 12))
                .addAllVerifications(verified(YearMonth.of(2025, 9), YearMonth.of(2025, 12)))
                .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 12, 1)))
                .build());
    assertThat(first.monthsLeft()).isEqualTo(5);
    // Second unemployment: 8 whole years since → 17 months (条例 art 24(6)), plus the 5 unused
    // (条例 art 24 para 2; 社会保险法 art 46): 22, under the cap.
    io.github.cqui.rules.benefit.Entitlement second =
        Chongqing.rules()
            .entitlements()
            .entitlement(
                io.github.cqui.rules.benefit.EntitlementRequest.of(
                    LocalDate.of(2026, 3, 2), 8 * 12, first.monthsLeft()));
    assertThat(second.totalMonths()).isEqualTo(22);
    // With 12 whole years (21 months) the same 5 unused months are capped: 24, not 26
    assertThat(
            Chongqing.rules()
                .entitlements()
                .entitlement(
                    io.github.cqui.rules.benefit.EntitlementRequest.of(
                        LocalDate.of(2026, 3, 2), 12 * 12, first.monthsLeft()))
                .totalMonths())
        .isEqualTo(24);
    BenefitLedger again =
        rules.ledger(
            claim(LocalDate.of(2026, 3, 2), second.totalMonths())
                .recordedThrough(YearMonth.of(2026, 2))
                .build());
    assertThat(again.monthsUsed()).isEqualTo(22);
    assertThat(again.lastPaidMonth()).contains(YearMonth.of(2027, 12));
  }

  @Test
  void twentyFourMonthsArePaidAndNoMore() {
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 1), 24).recordedThrough(YearMonth.of(2025, 8)).build());
    assertThat(ledger.monthsUsed()).isEqualTo(24);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2027, 8));
    assertThatThrownBy(
            () ->
                claim(LocalDate.of(2025, 9, 1), 25).recordedThrough(YearMonth.of(2025, 8)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("entitlementMonths = 25: must be 1 to 24 (《重庆市失业保险条例》第二十四条; 《社会保险法》第四十六条)");
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(
            () ->
                claim(LocalDate.of(2025, 9, 1), 6)
                    .recordedThrough(YearMonth.of(2025, 10))
                    .addVerifications(
                        io.github.cqui.rules.benefit.internal.ImmutableVerification.builder()
                            .month(YearMonth.of(2025, 9))
                            .verifiedOn(LocalDate.of(2025, 10, 1))
                            .build())
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("verifiedOn = 2025-10-01: must fall in the month it verifies, 2025-09");
    assertThatThrownBy(
            () ->
                claim(LocalDate.of(2025, 9, 1), 6)
                    .recordedThrough(YearMonth.of(2025, 10))
                    .addStopEvents(StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 8, 31)))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "stopEvents[0].date = 2025-08-31: a stop event must not be before the claim's"
                + " registration on 2025-09-01");
    assertThatThrownBy(
            () ->
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("-1.00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = -1.00: a benefit standard must not be negative");
    ClaimHistory noStandard =
        claim(LocalDate.of(2024, 9, 1), 6).recordedThrough(YearMonth.of(2024, 8)).build();
    assertThatThrownBy(() -> rules.ledger(noStandard))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "standards = TIER_1 2024-09: no benefit standard of the claim's tier is in force in a"
                + " month that is paid");
  }

  private static BenefitRules withSwitches(InterpretationSwitches switches) {
    return Chongqing.rules(WorkingDayCalendar.chongqing(), Chongqing.bundledEditions(), switches)
        .benefits();
  }

  /** Verified 2025-09, then nothing recorded until 2026-02: misses from 2025-10. */
  private static ClaimHistory missingFromOctober() {
    return claim(LocalDate.of(2025, 9, 3), 6)
        .recordedThrough(YearMonth.of(2026, 2))
        .addVerifications(Verification.on(LocalDate.of(2025, 9, 20)))
        .build();
  }

  @Test
  void aMaximumSuspensionEndsTheClaimBySwitch() {
    // I-8 switch: suspended from 2025-12; a third suspended month without verification lapses it
    BenefitLedger ledger =
        withSwitches(InterpretationSwitches.builder().maximumSuspensionMonths(3).build())
            .ledger(missingFromOctober());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5",
                "2025-10 PAID 2000.00 2/4",
                "2025-11 PAID 2000.00 3/3",
                "2025-12 SUSPENDED 0.00 3/3",
                "2026-01 SUSPENDED 0.00 3/3",
                "2026-02 SUSPENDED 0.00 3/3",
                "2026-03 STOPPED 0.00 3/3"));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.SUSPENSION_LAPSED);
    assertThat(rules.ledger(missingFromOctober()).endReason())
        .as("no lapse by default")
        .isEqualTo(ClaimEndReason.ENTITLEMENT_EXHAUSTED);
  }

  @Test
  void regulationArticle20Item6StopsInsteadOfSuspendingBySwitch() {
    // I-6 switch: 条例 art 20(6) — two missed months stop payment from the month after
    BenefitLedger ledger =
        withSwitches(InterpretationSwitches.builder().applyRegulationArticle20Item6(true).build())
            .ledger(missingFromOctober());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5",
                "2025-10 PAID 2000.00 2/4",
                "2025-11 PAID 2000.00 3/3",
                "2025-12 STOPPED 0.00 3/3"));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.NOT_REPORTING);
  }

  @Test
  void theApplicationDateStartsEntitlementBySwitch() {
    // I-9 switch (条例 art 22): registered 2025-08-28, applied 2025-09-02 → starts 2025-09
    ClaimHistory history =
        claim(LocalDate.of(2025, 8, 28), 2)
            .applicationDate(LocalDate.of(2025, 9, 2))
            .recordedThrough(YearMonth.of(2025, 7))
            .build();
    assertThat(rules.ledger(history).startMonth()).isEqualTo(YearMonth.of(2025, 8));
    BenefitRules byApplication =
        withSwitches(
            InterpretationSwitches.builder()
                .entitlementStart(io.github.cqui.rules.benefit.EntitlementStart.APPLICATION_DATE)
                .build());
    assertThat(byApplication.ledger(history).startMonth()).isEqualTo(YearMonth.of(2025, 9));
    ClaimHistory noApplication =
        claim(LocalDate.of(2025, 8, 28), 2).recordedThrough(YearMonth.of(2025, 7)).build();
    assertThatThrownBy(() -> byApplication.ledger(noApplication))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "applicationDate = absent: required when entitlement starts at the application date (I-9"
                + " switch)");
  }

  @Test
  void theStandardInForceInEachMonthIsDue() {
    // a raise from 2026-01 applies from that month on, not before
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 11, 3), 4)
                .addStandards(
                    BenefitStandard.of(
                        YearMonth.of(2026, 1), BenefitTier.TIER_1, Money.ofYuan("2100.00")))
                .recordedThrough(YearMonth.of(2025, 10))
                .build());
    assertThat(ledger.lines())
        .extracting(l -> l.month() + " " + l.due())
        .containsExactly(
            "2025-11 2000.00", "2025-12 2000.00", "2026-01 2100.00", "2026-02 2100.00");
    assertThat(ledger.totalDue()).isEqualTo(Money.ofYuan("8200.00"));
  }

  @Test
  void theExtensionNeedsLessThanAYearBeforeRetirement() {
    // exhausted in 2025-07 with retirement in 2026-07: a whole year, no extension (I-11 「不足1年」)
    BenefitLedger yearBefore =
        rules.ledger(
            claim(LocalDate.of(2025, 2, 10), 6)
                .birthMonth(YearMonth.of(1966, 3))
                .recordedThrough(YearMonth.of(2025, 1))
                .build());
    assertThat(yearBefore.lastPaidMonth()).contains(YearMonth.of(2025, 7));
    assertThat(yearBefore.extensionMonths()).isZero();
    // exhausted in 2025-08: 11 months before, extended to 2026-07
    BenefitLedger elevenBefore =
        rules.ledger(
            claim(LocalDate.of(2025, 3, 10), 6)
                .birthMonth(YearMonth.of(1966, 3))
                .recordedThrough(YearMonth.of(2025, 2))
                .build());
    assertThat(elevenBefore.lastPaidMonth()).contains(YearMonth.of(2026, 7));
    assertThat(elevenBefore.extensionMonths()).isEqualTo(11);
  }

  @Test
  void aPaymentOfExactlyWhatWasDueIsNoOverpayment() {
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 11, 3), 1)
                .recordedThrough(YearMonth.of(2025, 10))
                .addActualPayments(
                    ActualPayment.of(YearMonth.of(2025, 11), Money.ofYuan("2000.00")))
                .build());
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.zero());
    assertThat(ledger.explanation().steps())
        .noneMatch(step -> step.code() == io.github.cqui.rules.StepCode.BENEFIT_OVERPAID);
  }

  @Test
  void theReadmeExample() {
    // README.md, "A claim, month by month": 36 months of contribution → 9 months (条例 art 24(3))
    int months =
        Chongqing.rules()
            .entitlements()
            .entitlement(
                io.github.cqui.rules.benefit.EntitlementRequest.of(LocalDate.of(2025, 9, 3), 36))
            .totalMonths();
    assertThat(months).isEqualTo(9);
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 9, 3), months)
                .recordedThrough(YearMonth.of(2026, 1))
                .addVerifications(
                    Verification.on(LocalDate.of(2025, 9, 20)),
                    Verification.on(LocalDate.of(2026, 1, 15)))
                .build());
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 7));
    assertThat(lines(ledger))
        .startsWith(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/8",
                "2025-10 PAID 2000.00 2/7",
                "2025-11 PAID 2000.00 3/6",
                "2025-12 SUSPENDED 0.00 3/6",
                "2026-01 SUSPENDED 0.00 3/6",
                "2026-02 PAID 2000.00 4/5 projected"));
  }

  @Test
  void aSuspensionDuringTheExtensionResumesInTheExtension() {
    // I-11 then I-8: 2 months used up in 2025-11, 8 months before retirement in 2026-07, so paid
    // on;
    // 2025-12 and 2026-01 missed (both paid), suspended from 2026-02; verified on 2026-03-10, so
    // payment resumes from 2026-04, still under the extension, up to the retirement month
    BenefitLedger ledger =
        rules.ledger(
            claim(LocalDate.of(2025, 10, 15), 2)
                .birthMonth(YearMonth.of(1966, 3))
                .recordedThrough(YearMonth.of(2026, 3))
                .addVerifications(
                    Verification.on(LocalDate.of(2025, 10, 20)),
                    Verification.on(LocalDate.of(2025, 11, 20)),
                    Verification.on(LocalDate.of(2026, 3, 10)))
                .build());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-10 PAID 2000.00 1/1",
                "2025-11 PAID 2000.00 2/0",
                "2025-12 PAID 2000.00 2/0 extension",
                "2026-01 PAID 2000.00 2/0 extension",
                "2026-02 SUSPENDED 0.00 2/0",
                "2026-03 SUSPENDED 0.00 2/0",
                "2026-04 PAID 2000.00 2/0 projected extension",
                "2026-05 PAID 2000.00 2/0 projected extension",
                "2026-06 PAID 2000.00 2/0 projected extension",
                "2026-07 PAID 2000.00 2/0 projected extension",
                "2026-08 STOPPED 0.00 2/0"));
    assertThat(ledger.extensionMonths()).isEqualTo(6);
    assertThat(ledger.suspendedMonths()).isEqualTo(2);
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.RETIREMENT_AGE);
    assertThat(ledger.explanation().steps())
        .extracting(s -> s.code())
        .containsSubsequence(
            io.github.cqui.rules.StepCode.BENEFIT_EXTENSION,
            io.github.cqui.rules.StepCode.BENEFIT_SUSPENDED,
            io.github.cqui.rules.StepCode.BENEFIT_RESUMED,
            io.github.cqui.rules.StepCode.BENEFIT_RETIREMENT_STOP);
  }

  @Test
  void aLaterEventThatStopsPaymentInItsOwnMonthEndsTheClaimFirst_I14() {
    // re-employment on 2025-11-03 leaves November payable; death on 2025-11-20, with the switch
    // stopping payment in the month of death, does not: November is not paid, and death ends the
    // claim (the library's own law says so: nothing is paid after any stop event's last month)
    io.github.cqui.core.Chongqing deathInMonth =
        Chongqing.rules().withSwitches(s -> s.addStopInEventMonth(StopEventType.DEATH));
    ClaimHistory history =
        claim(LocalDate.of(2025, 9, 1), 6)
            .recordedThrough(YearMonth.of(2025, 8))
            .addStopEvents(
                StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 3)),
                StopEvent.of(StopEventType.DEATH, LocalDate.of(2025, 11, 20)))
            .build();
    BenefitLedger ledger = deathInMonth.benefits().ledger(history);
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 PAID 2000.00 1/5 projected",
                "2025-10 PAID 2000.00 2/4 projected",
                "2025-11 STOPPED 0.00 2/4"));
    assertThat(ledger.endEvent().map(StopEvent::type)).contains(StopEventType.DEATH);
    LedgerLaws.nothingIsPaidWhenItMayNotBe(deathInMonth, history);
  }
}
