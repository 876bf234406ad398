package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of recovery schedules (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-24), each
 * computed by hand in its comment. The benefit standard is an illustrative 2,000.00 a month (no
 * official figure is bundled).
 */
class RecoveryScheduleTest {

  static final Money STANDARD = Money.ofYuan("2000.00");
  private final RecoveryRules rules = Chongqing.rules().recovery();

  static RecoveryRules withCap(int percent) {
    return Chongqing.rules(
            WorkingDayCalendar.chongqing(),
            Chongqing.bundledEditions(),
            InterpretationSwitches.builder().deductionCapPercent(percent).build())
        .recovery();
  }

  static ImmutableClaimHistory.Builder claim(LocalDate registered, int months) {
    return ClaimHistory.builder()
        .registrationDate(registered)
        .entitlementMonths(months)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, STANDARD))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
  }

  /**
   * Registered 2025-08-04 for 6 months, verified 2025-08 … 2025-12, paid 2,000.00 for each of those
   * five months; an event of {@code type} on 2025-10-15 stops payment after 2025-10 (I-14), so
   * 2025-11 and 2025-12 are overpaid: 4,000.00.
   */
  static ClaimHistory stoppedClaim(StopEventType type) {
    ImmutableClaimHistory.Builder claim =
        claim(LocalDate.of(2025, 8, 4), 6)
            .recordedThrough(YearMonth.of(2025, 12))
            .addStopEvents(StopEvent.of(type, LocalDate.of(2025, 10, 15)));
    for (int m = 8; m <= 12; m++) {
      claim.addVerifications(Verification.on(LocalDate.of(2025, m, 10)));
      claim.addActualPayments(ActualPayment.of(YearMonth.of(2025, m), STANDARD));
    }
    return claim.build();
  }

  /**
   * The debt of {@link #stoppedClaim} after re-employment, established 2026-01-20: 2025-11 and
   * 2025-12, 4,000.00.
   */
  static OverpaymentDebt reEmploymentDebt(RecoveryRules rules) {
    return rules
        .overpaymentDebt(stoppedClaim(StopEventType.RE_EMPLOYMENT), LocalDate.of(2026, 1, 20))
        .orElseThrow();
  }

  /**
   * The later claim: registered 2026-03-02 for 3 months, verified in 2026-03, the rest projected.
   */
  static ClaimHistory laterClaim() {
    return claim(LocalDate.of(2026, 3, 2), 3)
        .recordedThrough(YearMonth.of(2026, 3))
        .addVerifications(Verification.on(LocalDate.of(2026, 3, 9)))
        .build();
  }

  static String lines(RecoverySchedule schedule) {
    return schedule.lines().stream()
        .map(RecoveryScheduleTest::line)
        .collect(Collectors.joining("\n"));
  }

  private static String line(ScheduleLine l) {
    return l.sequence()
        + " "
        + l.source()
        + " "
        + l.month()
        + " "
        + l.dueDate()
        + " "
        + l.amount()
        + " "
        + l.balanceAfter();
  }

  @Test
  void aReEmploymentOverpaymentIsTheDebtOfTheClaim_三四_I14() {
    OverpaymentDebt debt = reEmploymentDebt(rules);
    assertThat(debt.months())
        .containsExactly(
            OverpaidMonth.of(
                YearMonth.of(2025, 11), STANDARD, OverpaymentReason.STOP_EVENT_NOT_REPORTED),
            OverpaidMonth.of(
                YearMonth.of(2025, 12), STANDARD, OverpaymentReason.STOP_EVENT_NOT_REPORTED));
    assertThat(debt.total()).isEqualTo(Money.ofYuan("4000.00"));
    assertThat(debt.establishedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
  }

  @Test
  void aClaimWithoutOverpaymentHasNoDebt_三四() {
    assertThat(rules.overpaymentDebt(laterClaim(), LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Test
  void aDebtEstablishedBeforeItsOverpaidMonthIsRefused() {
    assertThatThrownBy(
            () ->
                rules.overpaymentDebt(
                    stoppedClaim(StopEventType.RE_EMPLOYMENT), LocalDate.of(2025, 11, 30)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "establishedOn = 2025-11-30: must not be before the month of an overpayment, 2025-12");
  }

  @Test
  void aReEmploymentOverpaymentIsRecoveredByDeductionFromALaterClaim_三四_I16() {
    // the later claim pays 2,000.00 in 2026-03, -04 and -05 (the last two projected); at the
    // default cap of 100 % (I-16): 2026-03 deducts 2,000.00 (2,000.00 left), 2026-04 2,000.00
    // (nothing left); each counted as due by its month's last day
    OverpaymentDebt debt = reEmploymentDebt(rules);
    RecoverySchedule schedule =
        rules.schedule(
            debt, RecoveryPlan.deduction(BenefitDeduction.of(laterClaim(), YearMonth.of(2026, 3))));
    assertThat(lines(schedule))
        .isEqualTo(
            String.join(
                "\n",
                "1 UI_DEDUCTION 2026-03 2026-03-31 2000.00 2000.00",
                "2 UI_DEDUCTION 2026-04 2026-04-30 2000.00 0.00"));
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.CLEARS);
    assertThat(schedule.shortfall()).isEqualTo(Money.zero());
    assertThat(schedule.nextStep()).isEmpty();
    assertThat(schedule.switches()).containsEntry(Interpretation.I_16, "deductionCapPercent=100");
    String zh = schedule.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains(
            "停止领取情形发生后未按时告知而多发4000.00，应予退回：2025-11 2000.00; 2025-12 2000.00。"
                + " [渝人社办〔2025〕112号 三(四); 渝人社办〔2025〕112号 一(五); 《社会保险经办条例》第二十五条; I-14]")
        .contains(
            "2026-01-20认定多享受失业保险待遇2个月，共4000.00。不加收利息、滞纳金或其他费用：无法律依据。"
                + " [渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条;"
                + " 《中华人民共和国行政强制法》第四十五条; 《中华人民共和国社会保险法》第八十六条; I-16; I-24]")
        .contains(
            "每月从后续失业保险金中抵扣不超过当月金额的100%（按分向下取整；月份、抵扣额/当月金额）："
                + "2026-03 2000.00/2000.00; 2026-04 2000.00/2000.00；共抵扣4000.00，尚余0.00。")
        .contains("按此计划分2笔收回全部4000.00，最后一笔于2026-04-30到期。");
    assertThat(schedule.explanation().render(Locale.ENGLISH))
        .contains("No interest and no fees are added: none has a legal basis.");
  }

  @Test
  void aCapOfHalfEachPaymentLeavesAShortfallAndTheNextStepIsTheDecision_三四_I16() {
    // cap 50 %: 1,000.00 from each of 2026-03, -04, -05 = 3,000.00; 1,000.00 cannot be deducted
    RecoveryRules half = withCap(50);
    OverpaymentDebt debt = reEmploymentDebt(half);
    RecoverySchedule schedule =
        half.schedule(
            debt, RecoveryPlan.deduction(BenefitDeduction.of(laterClaim(), YearMonth.of(2026, 3))));
    assertThat(lines(schedule))
        .isEqualTo(
            String.join(
                "\n",
                "1 UI_DEDUCTION 2026-03 2026-03-31 1000.00 3000.00",
                "2 UI_DEDUCTION 2026-04 2026-04-30 1000.00 2000.00",
                "3 UI_DEDUCTION 2026-05 2026-05-31 1000.00 1000.00"));
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.SHORTFALL);
    assertThat(schedule.scheduled()).isEqualTo(Money.ofYuan("3000.00"));
    assertThat(schedule.shortfall()).isEqualTo(Money.ofYuan("1000.00"));
    assertThat(schedule.nextStep()).contains(RecoveryRung.DECISION_LETTER);
    assertThat(schedule.switches())
        .containsExactly(
            Map.entry(Interpretation.I_9, "entitlementStart=REGISTRATION_DATE"),
            Map.entry(Interpretation.I_16, "deductionCapPercent=50"));
    assertThat(schedule.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains(
            "每月从后续失业保险金中抵扣不超过当月金额的50%（按分向下取整；月份、抵扣额/当月金额）："
                + "2026-03 1000.00/2000.00; 2026-04 1000.00/2000.00; 2026-05 1000.00/2000.00；"
                + "共抵扣3000.00，尚余1000.00。")
        .contains("按此计划可收回3000.00，尚有1000.00无法抵扣：当事人不退回也不签订分期还款协议的，下一步为送达责令退回决定书。");
  }

  @Test
  void aCapRoundsDownToTheFen_I16_I24() {
    // cap 33 % of 2,000.00 is exactly 660.00; of a 1,999.99 payment it is 659.9967, so 659.99
    RecoveryRules third = withCap(33);
    ClaimHistory odd =
        claim(LocalDate.of(2026, 3, 2), 1)
            .standards(
                List.of(
                    BenefitStandard.of(
                        YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("1999.99"))))
            .recordedThrough(YearMonth.of(2026, 3))
            .addVerifications(Verification.on(LocalDate.of(2026, 3, 9)))
            .build();
    RecoverySchedule schedule =
        third.schedule(
            OverpaymentDebt.of(
                LocalDate.of(2026, 1, 20),
                List.of(
                    OverpaidMonth.of(
                        YearMonth.of(2025, 12), Money.ofYuan("5000.00"), OverpaymentReason.OTHER))),
            RecoveryPlan.deduction(BenefitDeduction.of(odd, YearMonth.of(2026, 3))));
    assertThat(lines(schedule)).isEqualTo("1 UI_DEDUCTION 2026-03 2026-03-31 659.99 4340.01");
  }

  @Test
  void deductionThenInstalmentsForTheRest_三四_I16_I24() {
    // cap 50 %: 3,000.00 deducted as above; the rest, 1,000.00, in 3 monthly instalments from
    // 2026-06-30, odd fen first: 100000 fen / 3 = 33333 rest 1 → 333.34, 333.33, 333.33, due
    // 06-30, 07-30, 08-30 (民法典 art 202: the corresponding day)
    RecoveryRules half = withCap(50);
    OverpaymentDebt debt = reEmploymentDebt(half);
    RecoverySchedule schedule =
        half.schedule(
            debt,
            RecoveryPlan.deductionThenInstalments(
                BenefitDeduction.of(laterClaim(), YearMonth.of(2026, 3)),
                InstalmentAgreement.of(
                    3, LocalDate.of(2026, 6, 30), 1, OddFenPlacement.FIRST_INSTALMENTS)));
    assertThat(lines(schedule))
        .isEqualTo(
            String.join(
                "\n",
                "1 UI_DEDUCTION 2026-03 2026-03-31 1000.00 3000.00",
                "2 UI_DEDUCTION 2026-04 2026-04-30 1000.00 2000.00",
                "3 UI_DEDUCTION 2026-05 2026-05-31 1000.00 1000.00",
                "4 INSTALMENT 2026-06 2026-06-30 333.34 666.66",
                "5 INSTALMENT 2026-07 2026-07-30 333.33 333.33",
                "6 INSTALMENT 2026-08 2026-08-30 333.33 0.00"));
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.CLEARS);
    assertThat(schedule.explanation().render(Locale.ENGLISH))
        .contains("The deduction recovers 3000.00; the rest, 1000.00, is repaid in instalments.");
  }

  @Test
  void instalmentsDueWhileTheDeductionRunsAreListedInDueDateOrder_三四_I16_I24() {
    // the same debt and deduction as above, the three instalments of the rest from 2026-04-15:
    // every line is in due-date order and the balance falls line by line, 4,000.00 to 0.00;
    // from 2026-04-30 an instalment due the day of a deduction comes after it (and 05-30 before
    // the deduction of 05-31)
    RecoveryRules half = withCap(50);
    OverpaymentDebt debt = reEmploymentDebt(half);
    BenefitDeduction deduction = BenefitDeduction.of(laterClaim(), YearMonth.of(2026, 3));
    RecoverySchedule midMonth =
        half.schedule(
            debt,
            RecoveryPlan.deductionThenInstalments(
                deduction,
                InstalmentAgreement.of(
                    3, LocalDate.of(2026, 4, 15), 1, OddFenPlacement.FIRST_INSTALMENTS)));
    RecoverySchedule sameDay =
        half.schedule(
            debt,
            RecoveryPlan.deductionThenInstalments(
                deduction,
                InstalmentAgreement.of(
                    3, LocalDate.of(2026, 4, 30), 1, OddFenPlacement.FIRST_INSTALMENTS)));

    assertThat(lines(midMonth))
        .isEqualTo(
            String.join(
                "\n",
                "1 UI_DEDUCTION 2026-03 2026-03-31 1000.00 3000.00",
                "2 INSTALMENT 2026-04 2026-04-15 333.34 2666.66",
                "3 UI_DEDUCTION 2026-04 2026-04-30 1000.00 1666.66",
                "4 INSTALMENT 2026-05 2026-05-15 333.33 1333.33",
                "5 UI_DEDUCTION 2026-05 2026-05-31 1000.00 333.33",
                "6 INSTALMENT 2026-06 2026-06-15 333.33 0.00"));
    assertThat(lines(sameDay))
        .isEqualTo(
            String.join(
                "\n",
                "1 UI_DEDUCTION 2026-03 2026-03-31 1000.00 3000.00",
                "2 UI_DEDUCTION 2026-04 2026-04-30 1000.00 2000.00",
                "3 INSTALMENT 2026-04 2026-04-30 333.34 1666.66",
                "4 INSTALMENT 2026-05 2026-05-30 333.33 1333.33",
                "5 UI_DEDUCTION 2026-05 2026-05-31 1000.00 333.33",
                "6 INSTALMENT 2026-06 2026-06-30 333.33 0.00"));
  }

  static OverpaymentDebt thousand() {
    return OverpaymentDebt.of(
        LocalDate.of(2025, 12, 15),
        List.of(
            OverpaidMonth.of(
                YearMonth.of(2025, 11), Money.ofYuan("1000.00"), OverpaymentReason.OTHER)));
  }

  @Test
  void sevenInstalmentsOverADebtThatDoesNotDivideBySevenOddFenFirst_三四_I24() {
    // 100000 fen / 7 = 14285 rest 5: the first 5 are 142.86, the last 2 142.85;
    // due 01-31, then 01-31 + k months (民法典 art 202: the month end where there is no 31st)
    RecoverySchedule schedule =
        rules.schedule(
            thousand(),
            RecoveryPlan.instalments(
                InstalmentAgreement.of(
                    7, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.FIRST_INSTALMENTS)));
    assertThat(lines(schedule))
        .isEqualTo(
            String.join(
                "\n",
                "1 INSTALMENT 2026-01 2026-01-31 142.86 857.14",
                "2 INSTALMENT 2026-02 2026-02-28 142.86 714.28",
                "3 INSTALMENT 2026-03 2026-03-31 142.86 571.42",
                "4 INSTALMENT 2026-04 2026-04-30 142.86 428.56",
                "5 INSTALMENT 2026-05 2026-05-31 142.86 285.70",
                "6 INSTALMENT 2026-06 2026-06-30 142.85 142.85",
                "7 INSTALMENT 2026-07 2026-07-31 142.85 0.00"));
    assertThat(schedule.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains(
            "1000.00分7期退回，每1个月一期，自2026-01-31至2026-07-31：前5期各142.86，其余各期142.85，合计恰为1000.00。"
                + " [渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; 《中华人民共和国民法典》第二百零二条;"
                + " 《中华人民共和国民法典》第二百零四条; I-16; I-24]");
  }

  @Test
  void sevenInstalmentsOddFenLast_三四_I24() {
    RecoverySchedule schedule =
        rules.schedule(
            thousand(),
            RecoveryPlan.instalments(
                InstalmentAgreement.of(
                    7, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.LAST_INSTALMENTS)));
    assertThat(schedule.lines())
        .extracting(l -> l.amount().toString())
        .containsExactly("142.85", "142.85", "142.86", "142.86", "142.86", "142.86", "142.86");
    assertThat(schedule.lines().get(6).balanceAfter()).isEqualTo(Money.zero());
    assertThat(schedule.explanation().render(Locale.ENGLISH))
        .contains("the last 5 are 142.86 and the others 142.85, so they sum exactly to 1000.00");
  }

  @Test
  void aLumpSumIsOneLine_三四() {
    RecoverySchedule schedule =
        rules.schedule(thousand(), RecoveryPlan.lumpSum(LocalDate.of(2026, 1, 15)));
    assertThat(lines(schedule)).isEqualTo("1 LUMP_SUM 2026-01 2026-01-15 1000.00 0.00");
    assertThat(schedule.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("应于2026-01-15前一次性退回1000.00。");
  }

  static PensionOffset.Builder offset() {
    PensionOffset.Builder offset = PensionOffset.builder();
    offset.firstMonth(YearMonth.of(2026, 3)).monthlyAmount(Money.ofYuan("1500.00"));
    return offset;
  }

  @Test
  void aPensionOffsetWithConsentAndAWrittenRequest_三四_I16() {
    // pension from 2025-10-15: 2025-11 and 2025-12 are duplicates, 4,000.00; consent 2026-02-10,
    // written request 2026-02-12; 1,500.00 a month from 2026-03: 1,500.00, 1,500.00, 1,000.00
    OverpaymentDebt debt =
        rules
            .overpaymentDebt(stoppedClaim(StopEventType.PENSION), LocalDate.of(2026, 1, 20))
            .orElseThrow();
    assertThat(debt.months())
        .extracting(OverpaidMonth::reason)
        .containsOnly(OverpaymentReason.DUPLICATE_WITH_PENSION);
    PensionOffset.Builder offset = offset();
    offset.consentOn(LocalDate.of(2026, 2, 10)).writtenRequestOn(LocalDate.of(2026, 2, 12));
    RecoverySchedule schedule = rules.schedule(debt, RecoveryPlan.pensionOffset(offset.build()));
    assertThat(lines(schedule))
        .isEqualTo(
            String.join(
                "\n",
                "1 PENSION_OFFSET 2026-03 2026-03-31 1500.00 2500.00",
                "2 PENSION_OFFSET 2026-04 2026-04-30 1500.00 1000.00",
                "3 PENSION_OFFSET 2026-05 2026-05-31 1000.00 0.00"));
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.CLEARS);
    assertThat(schedule.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("与基本养老保险待遇重复领取4000.00，应予退回：2025-11 2000.00; 2025-12 2000.00。")
        .contains(
            "经2026-02-10与参保人协商一致，并于2026-02-12书面商请社会保险经办机构，自2026-03起每月从养老保险待遇中抵扣1500.00，共3个月。");
  }

  @Test
  void aPensionOffsetWithoutConsentIsRefusedWithTheReasonAndTheNextStep_三四_I16() {
    OverpaymentDebt debt =
        rules
            .overpaymentDebt(stoppedClaim(StopEventType.PENSION), LocalDate.of(2026, 1, 20))
            .orElseThrow();
    PensionOffset.Builder offset = offset();
    offset.writtenRequestOn(LocalDate.of(2026, 2, 12));
    RecoverySchedule schedule = rules.schedule(debt, RecoveryPlan.pensionOffset(offset.build()));
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.REFUSED);
    assertThat(schedule.refusals()).containsExactly(PlanRefusal.NO_CONSENT);
    assertThat(schedule.lines()).isEmpty();
    assertThat(schedule.shortfall()).isEqualTo(Money.ofYuan("4000.00"));
    assertThat(schedule.nextStep()).contains(RecoveryRung.DECISION_LETTER);
    assertThat(schedule.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("从养老保险待遇中抵扣须先与参保人协商一致；未记录协商一致，4000.00不能从养老保险待遇中抵扣。")
        .contains("此计划不能执行，4000.00尚未收回：当事人不退回的，下一步为送达责令退回决定书。");
  }

  @Test
  void aPensionOffsetWithoutTheWrittenRequestIsRefusedToo_三四() {
    PensionOffset.Builder offset = offset();
    offset.consentOn(LocalDate.of(2026, 2, 10));
    RecoverySchedule schedule =
        rules.schedule(thousand(), RecoveryPlan.pensionOffset(offset.build()));
    assertThat(schedule.refusals()).containsExactly(PlanRefusal.NO_WRITTEN_REQUEST);
    assertThat(rules.schedule(thousand(), RecoveryPlan.pensionOffset(offset().build())).refusals())
        .containsExactly(PlanRefusal.NO_CONSENT, PlanRefusal.NO_WRITTEN_REQUEST);
  }

  @Test
  void zeroInstalmentsAreRefusedNamingTheCount() {
    assertThatThrownBy(
            () ->
                InstalmentAgreement.of(
                    0, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.FIRST_INSTALMENTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("count = 0: must be between 1 and 360");
  }

  @Test
  void moreInstalmentsThanFenAreRefused_I24() {
    OverpaymentDebt fiveFen =
        OverpaymentDebt.of(
            LocalDate.of(2025, 12, 15),
            List.of(
                OverpaidMonth.of(YearMonth.of(2025, 11), Money.ofFen(5), OverpaymentReason.OTHER)));
    assertThatThrownBy(
            () ->
                rules.schedule(
                    fiveFen,
                    RecoveryPlan.instalments(
                        InstalmentAgreement.of(
                            7, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.FIRST_INSTALMENTS))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "plan.instalments.count = 7: more instalments than fen in the 0.05");
  }

  @Test
  void aCapOutsideOneToAHundredPercentIsRefusedByTheSwitch_I16() {
    for (int cap : new int[] {0, 101, -5}) {
      assertThatThrownBy(() -> InterpretationSwitches.builder().deductionCapPercent(cap).build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("deductionCapPercent = " + cap + ": must be between 1 and 100");
    }
  }

  @Test
  void datesBeforeTheDebtAreRefusedNamingThePlanField() {
    assertThatThrownBy(
            () -> rules.schedule(thousand(), RecoveryPlan.lumpSum(LocalDate.of(2025, 12, 14))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "plan.lumpSumDue = 2025-12-14: must not be before the debt was established, on"
                + " 2025-12-15");
    assertThatThrownBy(
            () ->
                rules.schedule(
                    thousand(),
                    RecoveryPlan.deduction(
                        BenefitDeduction.of(laterClaim(), YearMonth.of(2025, 11)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan.deduction.fromMonth = 2025-11");
  }

  @Test
  void aPlanIsOneOfTheNoticesOrAnAllowedCombination_三四() {
    assertThatThrownBy(
            () ->
                RecoveryPlan.builder()
                    .lumpSumDue(LocalDate.of(2026, 1, 15))
                    .instalments(
                        InstalmentAgreement.of(
                            2, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.FIRST_INSTALMENTS))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan = [lumpSumDue, instalments]: a plan is one of");
    assertThatThrownBy(() -> RecoveryPlan.builder().build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan = []");
  }

  @Test
  void aDebtListsEachMonthOnceAndNoneAfterItWasEstablished() {
    assertThatThrownBy(
            () ->
                OverpaymentDebt.of(
                    LocalDate.of(2025, 12, 15),
                    List.of(
                        OverpaidMonth.of(
                            YearMonth.of(2025, 11), Money.ofYuan("1.00"), OverpaymentReason.OTHER),
                        OverpaidMonth.of(
                            YearMonth.of(2025, 11),
                            Money.ofYuan("2.00"),
                            OverpaymentReason.OTHER))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("months[1].month = 2025-11: months[0] is the same month");
    assertThatThrownBy(
            () ->
                OverpaymentDebt.of(
                    LocalDate.of(2025, 12, 15),
                    List.of(
                        OverpaidMonth.of(
                            YearMonth.of(2026, 1), Money.ofYuan("1.00"), OverpaymentReason.OTHER))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("months[0].month = 2026-01: must not be after the month");
  }

  @Test
  void aWrittenRequestBeforeTheConsentIsRefused() {
    PensionOffset.Builder offset = offset();
    offset.consentOn(LocalDate.of(2026, 2, 10)).writtenRequestOn(LocalDate.of(2026, 2, 9));
    assertThatThrownBy(offset::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("writtenRequestOn = 2026-02-09: the written request follows");
  }

  @Test
  void aScheduleChangedAfterTheRulesMadeItIsRefused() {
    RecoverySchedule real =
        rules.schedule(thousand(), RecoveryPlan.lumpSum(LocalDate.of(2026, 1, 15)));
    List<ScheduleLine> lines = new ArrayList<>();
    lines.add(
        ImmutableScheduleLine.builder()
            .from(real.lines().get(0))
            .amount(Money.ofYuan("900.00"))
            .build());
    RecoverySchedule tampered = ImmutableRecoverySchedule.builder().from(real).lines(lines).build();
    assertThatThrownBy(
            () ->
                rules.status(
                    tampered, RepaymentHistory.builder().asOf(LocalDate.of(2026, 1, 20)).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule = ")
        .hasMessageContaining("is not the schedule these rules make of its debt and plan");
  }

  @Test
  void theDebtIsExplainedInMonthOrderWhateverOrderItIsGivenIn_三四() {
    OverpaymentDebt debt =
        OverpaymentDebt.of(
            LocalDate.of(2025, 12, 15),
            List.of(
                OverpaidMonth.of(
                    YearMonth.of(2025, 12), Money.ofYuan("2.00"), OverpaymentReason.OTHER),
                OverpaidMonth.of(
                    YearMonth.of(2025, 11), Money.ofYuan("1.00"), OverpaymentReason.OTHER)));
    assertThat(
            rules
                .schedule(debt, RecoveryPlan.lumpSum(LocalDate.of(2026, 1, 15)))
                .explanation()
                .render(Locale.ENGLISH))
        .contains(
            "3.00 was paid above what was due and is to be returned: 2025-11 1.00; 2025-12 2.00.");
  }

  @Test
  void asManyInstalmentsAsFenAreOneFenEach_I24() {
    OverpaymentDebt sevenFen =
        OverpaymentDebt.of(
            LocalDate.of(2025, 12, 15),
            List.of(
                OverpaidMonth.of(YearMonth.of(2025, 11), Money.ofFen(7), OverpaymentReason.OTHER)));
    RecoverySchedule schedule =
        rules.schedule(
            sevenFen,
            RecoveryPlan.instalments(
                InstalmentAgreement.of(
                    7, LocalDate.of(2026, 1, 31), 1, OddFenPlacement.FIRST_INSTALMENTS)));
    assertThat(schedule.lines()).hasSize(7).allMatch(l -> l.amount().equals(Money.ofFen(1)));
  }

  @Test
  void aPensionOffsetOfAtMost600MonthsIsScheduledAndALongerOneRefused_三四() {
    // 1,000.00 at 1.67 a month: ceil(100000 / 167) = 599 months; at 1.66, 603 months
    PensionOffset.Builder offset = PensionOffset.builder();
    offset
        .consentOn(LocalDate.of(2025, 12, 20))
        .writtenRequestOn(LocalDate.of(2025, 12, 22))
        .firstMonth(YearMonth.of(2026, 1))
        .monthlyAmount(Money.ofYuan("1.67"));
    assertThat(rules.schedule(thousand(), RecoveryPlan.pensionOffset(offset.build())).lines())
        .hasSize(599);
    // 3,600.00 at 6.00 a month is exactly 600 months, the most scheduled; at 5.99 it is
    // ceil(360000 / 599) = 602
    OverpaymentDebt big =
        OverpaymentDebt.of(
            LocalDate.of(2025, 12, 15),
            List.of(
                OverpaidMonth.of(
                    YearMonth.of(2025, 11), Money.ofYuan("3600.00"), OverpaymentReason.OTHER)));
    offset.monthlyAmount(Money.ofYuan("6.00"));
    assertThat(rules.schedule(big, RecoveryPlan.pensionOffset(offset.build())).lines())
        .hasSize(600);
    offset.monthlyAmount(Money.ofYuan("5.99"));
    assertThatThrownBy(() -> rules.schedule(big, RecoveryPlan.pensionOffset(offset.build())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "plan.pensionOffset.monthlyAmount = 5.99: would take 602 months to offset 3600.00");
  }

  @Test
  void aConsentOrARequestOrAFirstInstalmentBeforeTheDebtIsRefused() {
    PensionOffset.Builder early = PensionOffset.builder();
    early
        .consentOn(LocalDate.of(2025, 12, 14))
        .writtenRequestOn(LocalDate.of(2025, 12, 20))
        .firstMonth(YearMonth.of(2026, 1))
        .monthlyAmount(Money.ofYuan("100.00"));
    assertThatThrownBy(() -> rules.schedule(thousand(), RecoveryPlan.pensionOffset(early.build())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan.pensionOffset.consentOn = 2025-12-14");
    PensionOffset.Builder request = PensionOffset.builder();
    request
        .writtenRequestOn(LocalDate.of(2025, 12, 1))
        .firstMonth(YearMonth.of(2026, 1))
        .monthlyAmount(Money.ofYuan("100.00"));
    assertThatThrownBy(
            () -> rules.schedule(thousand(), RecoveryPlan.pensionOffset(request.build())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan.pensionOffset.writtenRequestOn = 2025-12-01");
    assertThatThrownBy(
            () ->
                rules.schedule(
                    thousand(),
                    RecoveryPlan.instalments(
                        InstalmentAgreement.of(
                            2, LocalDate.of(2025, 12, 14), 1, OddFenPlacement.FIRST_INSTALMENTS))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan.instalments.firstDue = 2025-12-14");
  }
}
