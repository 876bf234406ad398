package io.github.cqui.rules;

import static io.github.cqui.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds and checks of the premium (渝人社办〔2025〕112号 一(三)) and recovery (三(四)) inputs. */
class PremiumRecoveryValuesTest {

  private static PremiumReceipt receipt(String reference, YearMonth first, YearMonth last) {
    return PremiumReceipt.of(reference, first, last, Money.ofYuan("480.00"), "张伟");
  }

  @Test
  void aReceiptCoversItsMonthsBothInclusiveUpTo120() {
    assertThat(receipt("R-1", YearMonth.of(2025, 9), YearMonth.of(2025, 11)).months()).isEqualTo(3);
    assertThat(receipt("R-1", YearMonth.of(2025, 9), YearMonth.of(2025, 9)).months()).isEqualTo(1);
    assertThat(receipt("R-1", YearMonth.of(2015, 1), YearMonth.of(2024, 12)).months())
        .isEqualTo(PremiumReceipt.MAX_MONTHS);
    assertRefused(
        () -> receipt("R-1", YearMonth.of(2015, 1), YearMonth.of(2025, 1)),
        "lastMonth",
        "2025-01",
        "a receipt covers at most 120 months (from 2015-01)");
  }

  @Test
  void aReimbursementRequestTakes240ReceiptsAnd240Standards() {
    ReimbursementRequest.Builder request =
        ReimbursementRequest.builder()
            .claim(PremiumRecoveryJsonSamples.premiumClaim())
            .applicationDate(LocalDate.of(2026, 3, 12));
    for (int i = 0; i < ReimbursementRequest.MAX_RECEIPTS; i++) {
      request.addReceipts(receipt("R-" + i, YearMonth.of(2025, 10), YearMonth.of(2025, 10)));
    }
    for (int i = 0; i < ReimbursementRequest.MAX_STANDARDS; i++) {
      request.addStandards(
          PremiumStandard.of(YearMonth.of(2006, 1).plusMonths(i), Money.ofYuan("480.00")));
    }
    ReimbursementRequest full = request.build();
    assertThat(full.receipts()).hasSize(240);
    assertThat(full.standards()).hasSize(240);
    assertRefused(
        () ->
            ReimbursementRequest.builder()
                .from(full)
                .addReceipts(receipt("R-240", YearMonth.of(2025, 10), YearMonth.of(2025, 10)))
                .build(),
        "receipts",
        "241 receipts",
        "at most 240 are accepted");
    assertRefused(
        () ->
            ReimbursementRequest.builder()
                .from(full)
                .addStandards(PremiumStandard.of(YearMonth.of(2026, 1), Money.ofYuan("480.00")))
                .build(),
        "standards",
        "241 standards",
        "at most 240 are accepted");
  }

  /**
   * 渝人社办〔2025〕112号 一(三): the receipts are of premiums already paid, each with its own reference,
   * and one standard applies from each month; inconsistent input is refused, never picked.
   */
  @Test
  void aReimbursementRequestRefusesALaterReceiptARepeatedReferenceAndTwoStandardsForAMonth() {
    ReimbursementRequest request =
        ReimbursementRequest.builder()
            .claim(PremiumRecoveryJsonSamples.premiumClaim())
            .applicationDate(LocalDate.of(2026, 3, 12))
            .build();
    assertRefused(
        () ->
            ReimbursementRequest.builder()
                .from(request)
                .addReceipts(
                    receipt("R-1", YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                    receipt("R-2", YearMonth.of(2026, 4), YearMonth.of(2026, 4)))
                .build(),
        "receipts[1].lastMonth",
        "2026-04",
        "a receipt month must not be after the month of the application, 2026-03");
    PremiumReceipt october = receipt("R-1", YearMonth.of(2025, 10), YearMonth.of(2025, 10));
    assertRefused(
        () -> ReimbursementRequest.builder().from(request).addReceipts(october, october).build(),
        "receipts[1].reference",
        "R-1",
        "receipts[0] has the same reference; each receipt needs its own");
    PremiumStandard january = PremiumStandard.of(YearMonth.of(2025, 1), Money.ofYuan("480.00"));
    assertRefused(
        () ->
            ReimbursementRequest.builder()
                .from(request)
                .addStandards(january, PremiumStandard.of(january.from(), Money.ofYuan("500.00")))
                .build(),
        "standards[1].from",
        "2025-01",
        "two standards from the same month: standards[0] (480.00) and standards[1] (500.00);"
            + " the table must say which applies");
  }

  /** 渝人社办〔2025〕112号 三(四): a debt is of months already overpaid, each listed once. */
  @Test
  void aDebtRefusesAMonthAfterItWasEstablishedAndAMonthListedTwice() {
    OverpaidMonth january =
        OverpaidMonth.of(
            YearMonth.of(2025, 1), Money.ofYuan("1.00"), OverpaymentReason.STOP_EVENT_NOT_REPORTED);
    OverpaidMonth march =
        OverpaidMonth.of(
            YearMonth.of(2025, 3), Money.ofYuan("1.00"), OverpaymentReason.STOP_EVENT_NOT_REPORTED);
    assertRefused(
        () -> OverpaymentDebt.of(LocalDate.of(2025, 2, 17), List.of(january, march)),
        "months[1].month",
        "2025-03",
        "must not be after the month the debt was established, 2025-02");
    assertRefused(
        () -> OverpaymentDebt.of(LocalDate.of(2025, 2, 17), List.of(january, january)),
        "months[1].month",
        "2025-01",
        "months[0] is the same month; list each month once, with its whole amount");
  }

  /**
   * 渝人社办〔2025〕112号 三(四): the pension offset follows consent, then a written request (协商一致后，书面商请).
   */
  @Test
  void aPensionOffsetRefusesAWrittenRequestBeforeTheConsent() {
    PensionOffset offset = PremiumRecoveryJsonSamples.offset();
    assertThat(
            PensionOffset.builder()
                .from(offset)
                .writtenRequestOn(offset.consentOn().orElseThrow())
                .build()
                .writtenRequestOn())
        .isEqualTo(offset.consentOn());
    assertRefused(
        () ->
            PensionOffset.builder()
                .from(offset)
                .writtenRequestOn(offset.consentOn().orElseThrow().minusDays(1))
                .build(),
        "writtenRequestOn",
        "2025-02-19",
        "the written request follows the consent (「协商一致后，书面商请」), given on 2025-02-20");
  }

  @Test
  void aDebtListsOneTo600OverpaidMonths() {
    List<OverpaidMonth> months = new ArrayList<>();
    for (int i = 0; i < OverpaymentDebt.MAX_MONTHS; i++) {
      months.add(
          OverpaidMonth.of(
              YearMonth.of(1975, 1).plusMonths(i),
              Money.ofYuan("1.00"),
              OverpaymentReason.STOP_EVENT_NOT_REPORTED));
    }
    OverpaymentDebt debt = OverpaymentDebt.of(LocalDate.of(2025, 2, 17), months);
    assertThat(debt.months()).hasSize(600);
    assertThat(debt.total()).isEqualTo(Money.ofYuan("600.00"));
    months.add(
        OverpaidMonth.of(
            YearMonth.of(2025, 1),
            Money.ofYuan("1.00"),
            OverpaymentReason.STOP_EVENT_NOT_REPORTED));
    assertRefused(
        () -> OverpaymentDebt.of(LocalDate.of(2025, 2, 17), months),
        "months",
        "601 months",
        "a debt lists 1 to 600 overpaid months");
  }

  @Test
  void aRepaymentHistoryTakes10000Repayments() {
    RepaymentHistory.Builder history = RepaymentHistory.builder().asOf(LocalDate.of(2025, 9, 8));
    for (int i = 0; i < RepaymentHistory.MAX_REPAYMENTS; i++) {
      history.addRepayments(Repayment.of(LocalDate.of(2025, 3, 28), Money.ofYuan("0.01")));
    }
    RepaymentHistory full = history.build();
    assertThat(full.repayments()).hasSize(10_000);
    assertRefused(
        () ->
            RepaymentHistory.builder()
                .from(full)
                .addRepayments(Repayment.of(LocalDate.of(2025, 3, 28), Money.ofYuan("0.01")))
                .build(),
        "repayments",
        "10001 repayments",
        "at most 10000 are accepted");
  }

  @Test
  void aRepaymentHistoryTakesADecisionAndReminderServedUpToItsDate() {
    LocalDate asOf = LocalDate.of(2025, 9, 8);
    RepaymentHistory onTheDay =
        RepaymentHistory.builder()
            .asOf(asOf)
            .decision(
                EnforcementRequest.builder()
                    .decisionServedOn(asOf)
                    .rightsStated(true)
                    .reminderServedOn(asOf)
                    .build())
            .build();
    assertThat(onTheDay.decision().orElseThrow().reminderServedOn()).contains(asOf);
    assertRefused(
        () ->
            RepaymentHistory.builder()
                .asOf(asOf)
                .decision(
                    EnforcementRequest.builder()
                        .decisionServedOn(asOf.plusDays(1))
                        .rightsStated(true)
                        .build())
                .build(),
        "decision.decisionServedOn",
        "2025-09-09",
        "must not be after asOf, 2025-09-08");
    assertRefused(
        () ->
            RepaymentHistory.builder()
                .asOf(asOf)
                .decision(
                    EnforcementRequest.builder()
                        .decisionServedOn(LocalDate.of(2025, 7, 7))
                        .rightsStated(true)
                        .reminderServedOn(asOf.plusDays(1))
                        .build())
                .build(),
        "decision.reminderServedOn",
        "2025-09-09",
        "must not be after asOf, 2025-09-08");
  }

  /** 渝人社办〔2025〕112号 三(四): the forms of a recovery plan. */
  @Test
  void aRecoveryPlanIsOneFormAndItsLumpSumWithinTheLimits() {
    RecoveryPlan offsetOnly =
        RecoveryPlan.builder().pensionOffset(PremiumRecoveryJsonSamples.offset()).build();
    assertThat(offsetOnly.pensionOffset()).contains(PremiumRecoveryJsonSamples.offset());
    RecoveryPlan deductionOnly =
        RecoveryPlan.builder().deduction(PremiumRecoveryJsonSamples.deduction()).build();
    assertThat(deductionOnly.deduction()).contains(PremiumRecoveryJsonSamples.deduction());
    assertRefused(
        () ->
            RecoveryPlan.builder()
                .deduction(PremiumRecoveryJsonSamples.deduction())
                .pensionOffset(PremiumRecoveryJsonSamples.offset())
                .build(),
        "plan",
        "[deduction, pensionOffset]",
        "a plan is one of lumpSumDue, instalments, deduction, pensionOffset, or a deduction with"
            + " instalments for the rest (渝人社办〔2025〕112号 三(四))");
    assertRefused(
        () ->
            RecoveryPlan.builder()
                .lumpSumDue(LocalDate.of(2025, 3, 31))
                .pensionOffset(PremiumRecoveryJsonSamples.offset())
                .build(),
        "plan",
        "[lumpSumDue, pensionOffset]",
        "a plan is one of lumpSumDue, instalments, deduction, pensionOffset, or a deduction with"
            + " instalments for the rest (渝人社办〔2025〕112号 三(四))");
    assertRefused(
        () -> RecoveryPlan.builder().lumpSumDue(LocalDate.of(2200, 1, 1)).build(),
        "lumpSumDue",
        "2200-01-01",
        "must be from 1900-01-01 to 2199-12-31, the dates the rules take (Limits)");
  }
}
