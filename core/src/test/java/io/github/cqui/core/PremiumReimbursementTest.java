package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutableReimbursementRequest;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the medical-premium reimbursement (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-12,
 * I-13, I-24), each computed by hand below. The 代缴标准 figures are illustrative (no official standard
 * is bundled, POLICY-FACTS §9.2): 480.00 a month from 2025-01, 510.00 from 2026-07.
 *
 * <p>The claim of the year: registered 2025-09-03, 11 months of entitlement, verified every month
 * from 2025-09 to 2026-08 except 2025-11 and 2025-12. 一(四), I-8: the two missed months are paid,
 * payment is suspended in 2026-01; the verification in 2026-01 resumes it from 2026-02. So the
 * ledger pays 2025-09 … 2025-12 (4 months) and 2026-02 … 2026-08 (7 months), 11 in all, and 2026-01
 * is suspended. The record runs to 2026-08, so nothing is projected.
 *
 * <p>The receipts (applied for on 2026-09-10), and each month by hand:
 *
 * <pre>
 * month    receipt  actual   standard  reimbursed  why
 * 2025-09  R-01     460.00   480.00    460.00      actual below the standard
 * 2025-10  R-02     480.00   480.00    480.00      not below: the standard
 * 2025-11  R-03     500.00   480.00    480.00      above: the standard
 * 2025-12  R-04     480.00   480.00    480.00
 * 2026-01  R-05     480.00   —         refused     suspended (I-12)
 * 2026-02  R-06     480.00   480.00    480.00
 * 2026-03  R-07     480.00   480.00    480.00
 * 2026-04  R-08     480.00   480.00    480.00
 * 2026-05  —        —        —         refused     paid, no receipt
 * 2026-06  R-09     500.01   480.00    480.00      R-09 is 1500.01 over 2026-06..08: 150001 fen / 3
 * 2026-07  R-09     500.00   510.00    500.00        = 50000 rest 1, so 500.01, 500.00, 500.00, the
 * 2026-08  R-09     500.00   510.00    500.00        odd fen on the earliest month (I-24); the
 *                                                    standard changes in 2026-07, mid-year
 * </pre>
 *
 * Totals over the 10 months reimbursed: actual 460 + 480 + 500 + 480 + 3 × 480 + 1500.01 = 4860.01;
 * standards 8 × 480 + 2 × 510 = 4860.00; reimbursed 460 + 6 × 480 + 480 + 500 + 500 = 4820.00.
 */
class PremiumReimbursementTest {

  private static final Money M480 = Money.ofYuan("480.00");
  private static final Money M510 = Money.ofYuan("510.00");
  private static final LocalDate APPLIED = LocalDate.of(2026, 9, 10);
  private static final List<PremiumStandard> STANDARDS =
      List.of(
          PremiumStandard.of(YearMonth.of(2025, 1), M480),
          PremiumStandard.of(YearMonth.of(2026, 7), M510));

  private final PremiumRules rules = Chongqing.rules().premium();

  static ImmutableClaimHistory.Builder claimOfTheYear() {
    ImmutableClaimHistory.Builder claim =
        ClaimHistory.builder()
            .registrationDate(LocalDate.of(2025, 9, 3))
            .entitlementMonths(11)
            .tier(BenefitTier.TIER_1)
            .addStandards(
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("2000.00")))
            .recordedThrough(YearMonth.of(2026, 8))
            .birthMonth(YearMonth.of(1985, 5))
            .category(RetirementCategory.MALE);
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 8));
        m = m.plusMonths(1)) {
      if (!m.equals(YearMonth.of(2025, 11)) && !m.equals(YearMonth.of(2025, 12))) {
        claim.addVerifications(Verification.on(m.atDay(15)));
      }
    }
    return claim;
  }

  private static PremiumReceipt receipt(String reference, YearMonth month, String amount) {
    return PremiumReceipt.of(reference, month, month, Money.ofYuan(amount), "张三");
  }

  static List<PremiumReceipt> receiptsOfTheYear() {
    List<PremiumReceipt> receipts = new ArrayList<>();
    receipts.add(receipt("R-01", YearMonth.of(2025, 9), "460.00"));
    receipts.add(receipt("R-02", YearMonth.of(2025, 10), "480.00"));
    receipts.add(receipt("R-03", YearMonth.of(2025, 11), "500.00"));
    receipts.add(receipt("R-04", YearMonth.of(2025, 12), "480.00"));
    receipts.add(receipt("R-05", YearMonth.of(2026, 1), "480.00"));
    receipts.add(receipt("R-06", YearMonth.of(2026, 2), "480.00"));
    receipts.add(receipt("R-07", YearMonth.of(2026, 3), "480.00"));
    receipts.add(receipt("R-08", YearMonth.of(2026, 4), "480.00"));
    receipts.add(
        PremiumReceipt.of(
            "R-09", YearMonth.of(2026, 6), YearMonth.of(2026, 8), Money.ofYuan("1500.01"), "张三"));
    return receipts;
  }

  private static ImmutableReimbursementRequest.Builder yearRequest() {
    return ReimbursementRequest.builder()
        .claim(claimOfTheYear().build())
        .applicationDate(APPLIED)
        .addAllReceipts(receiptsOfTheYear())
        .addAllStandards(STANDARDS);
  }

  /** "month receipt actual standard reimbursed basis" per reimbursed month. */
  private static String reimbursed(PremiumReimbursement result) {
    return result.reimbursed().stream()
        .map(PremiumReimbursementTest::line)
        .collect(Collectors.joining("\n"));
  }

  private static String line(ReimbursedMonth m) {
    return m.month()
        + " "
        + m.receipt()
        + " "
        + m.actual()
        + " "
        + m.standard()
        + " "
        + m.reimbursed()
        + " "
        + m.basis()
        + (m.benefitStatus() == LedgerStatus.PAID ? "" : " " + m.benefitStatus());
  }

  private static String refused(PremiumReimbursement result) {
    return result.refused().stream()
        .map(PremiumReimbursementTest::line)
        .collect(Collectors.joining("\n"));
  }

  private static String line(RefusedMonth m) {
    return m.month()
        + " "
        + m.reason()
        + " "
        + m.receipts().stream()
            .map(s -> s.reference() + "=" + s.amount())
            .collect(Collectors.joining(","));
  }

  @Test
  void aYearWithALumpReceiptASuspendedMonthAndAStandardThatChangesMidYear_一三_I12_I13_I24() {
    PremiumReimbursement result = rules.reimbursement(yearRequest().build());
    assertThat(reimbursed(result))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 R-01 460.00 480.00 460.00 ACTUAL_PAID",
                "2025-10 R-02 480.00 480.00 480.00 STANDARD",
                "2025-11 R-03 500.00 480.00 480.00 STANDARD",
                "2025-12 R-04 480.00 480.00 480.00 STANDARD",
                "2026-02 R-06 480.00 480.00 480.00 STANDARD",
                "2026-03 R-07 480.00 480.00 480.00 STANDARD",
                "2026-04 R-08 480.00 480.00 480.00 STANDARD",
                "2026-06 R-09 500.01 480.00 480.00 STANDARD",
                "2026-07 R-09 500.00 510.00 500.00 ACTUAL_PAID",
                "2026-08 R-09 500.00 510.00 500.00 ACTUAL_PAID"));
    assertThat(refused(result))
        .isEqualTo(String.join("\n", "2026-01 SUSPENDED R-05=480.00", "2026-05 NO_RECEIPT "));
    assertThat(result.pending()).isEmpty();
    assertThat(result.totalActual()).isEqualTo(Money.ofYuan("4860.01"));
    assertThat(result.totalStandard()).isEqualTo(Money.ofYuan("4860.00"));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("4820.00"));
    assertThat(result.startMonth()).isEqualTo(YearMonth.of(2025, 9));
    assertThat(result.reimbursed().get(8).standardFrom()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(result.switches())
        .containsEntry(Interpretation.I_12, "premiumInSuspendedMonths=false");
  }

  @Test
  void theExplanationNamesTheClauseTheInterpretationAndTheOddFenInBothLanguages_一三_I13_I24() {
    PremiumReimbursement result = rules.reimbursement(yearRequest().build());
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    // one step per outcome, listing its months: the actual-premium months 460.00 + 500.00 +
    // 500.00 = 1460.00; the standard months 6 × 480.00 + 480.00 = 3360.00; 4820.00 in all
    assertThat(zh.split("\n"))
        .containsExactly(
            "覆盖多个月份的缴费凭证按月精确分摊：每月为金额除以月数并按分向下取整，余下的分按月份先后每月加1分"
                + "（凭证、月份：金额 = 月数 x 每月金额 + 余下的分）："
                + "R-09 (2026-06..2026-08): 1500.01 = 3 x 500.00 + 0.01。"
                + " [渝人社办〔2025〕112号 一(三); I-13; I-24]",
            "以下3个月实际缴纳低于代缴标准，按实际费用支付，共1460.00（月份、凭证、金额）："
                + "2025-09 R-01 460.00; 2026-07 R-09 500.00; 2026-08 R-09 500.00。"
                + " [渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-13]",
            "以下7个月实际缴纳不低于代缴标准，按代缴标准支付，共3360.00（月份、凭证、金额）："
                + "2025-10 R-02 480.00; 2025-11 R-03 480.00; 2025-12 R-04 480.00;"
                + " 2026-02 R-06 480.00; 2026-03 R-07 480.00; 2026-04 R-08 480.00;"
                + " 2026-06 R-09 480.00。 [渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-13]",
            "2026-01 (R-05 480.00)：失业保险金暂停发放，医疗保险费不予支付；顺延的月份发放时再行支付。"
                + " [渝人社办〔2025〕112号 一(三); 渝人社办〔2025〕112号 一(四); I-12; I-13]",
            "2026-05：已领取失业保险金，但无缴费凭证，不予支付。" + " [渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-13]",
            "共支付10个月的医疗保险费4820.00，不高于实际缴纳合计（4860.01），也不高于代缴标准合计（4860.00）；0个月暂缓计算。"
                + "代缴标准按所提供的标准表（适用起始月份：金额；本库不内置官方标准）：2025-01: 480.00; 2026-07: 510.00。"
                + " [渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-13]");
    assertThat(en)
        .contains(
            "Receipts covering several months are split across them exactly: each month gets the"
                + " amount divided by the months, rounded down to the fen, and the odd fen go one"
                + " each to the earliest months (receipt, months: amount = months x share + odd"
                + " fen): R-09 (2026-06..2026-08): 1500.01 = 3 x 500.00 + 0.01.")
        .contains(
            "In 7 months the premium actually paid is not below the 代缴标准, so the standard is"
                + " reimbursed, 3360.00 in all (month, receipt, amount): 2025-10 R-02 480.00;")
        .contains(
            "Benefit is suspended in 2026-01 (R-05 480.00), so their premium is not reimbursed");
  }

  @Test
  void theI12SwitchReimbursesTheSuspendedMonthToo_I12() {
    PremiumRules paysSuspended =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().premiumInSuspendedMonths(true).build())
            .premium();
    PremiumReimbursement result = paysSuspended.reimbursement(yearRequest().build());
    // 4820.00 + 2026-01: min(480.00, 480.00) = 480.00
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("5300.00"));
    assertThat(result.reimbursed())
        .filteredOn(m -> m.month().equals(YearMonth.of(2026, 1)))
        .singleElement()
        .satisfies(m -> assertThat(m.benefitStatus()).isEqualTo(LedgerStatus.SUSPENDED));
    assertThat(refused(result)).isEqualTo("2026-05 NO_RECEIPT ");
    assertThat(result.switches())
        .containsEntry(Interpretation.I_12, "premiumInSuspendedMonths=true");
    assertThat(result.explanation().render(Locale.ENGLISH))
        .contains(
            "Benefit is suspended in 2026-01, but the premium of suspended months is reimbursed too"
                + " (the I-12 switch).");
  }

  @Test
  void aMonthWithoutAStandardIsPendingAndTheOthersAreAnswered_一三() {
    // the table starts in 2025-10: 2025-09 has no standard; 4820.00 - 460.00 = 4360.00
    PremiumReimbursement result =
        rules.reimbursement(
            yearRequest()
                .standards(
                    List.of(
                        PremiumStandard.of(YearMonth.of(2025, 10), M480),
                        PremiumStandard.of(YearMonth.of(2026, 7), M510)))
                .build());
    assertThat(result.pending())
        .singleElement()
        .satisfies(
            (PendingMonth p) -> {
              assertThat(p.month()).isEqualTo(YearMonth.of(2025, 9));
              assertThat(p.reason()).isEqualTo(PendingReason.NO_STANDARD_IN_FORCE);
              assertThat(p.receipt()).isEqualTo("R-01");
              assertThat(p.actual()).isEqualTo(Money.ofYuan("460.00"));
            });
    assertThat(result.reimbursed()).hasSize(9);
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("4360.00"));
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("所提供的代缴标准表中没有2025-09 (R-01 460.00)适用的标准（本库不内置官方标准），暂缓计算；其他月份照常计算。")
        .contains("；1个月暂缓计算。代缴标准按所提供的标准表");
  }

  @Test
  void twoReceiptsForOneMonthAreRefusedNamingBothNeverSummed_I13() {
    // R-10 also covers 2026-03: the month is refused naming; 4820.00 - 480.00
    PremiumReimbursement result =
        rules.reimbursement(
            yearRequest().addReceipts(receipt("R-10", YearMonth.of(2026, 3), "100.00")).build());
    assertThat(refused(result))
        .isEqualTo(
            String.join(
                "\n",
                "2026-01 SUSPENDED R-05=480.00",
                "2026-03 TWO_RECEIPTS R-07=480.00,R-10=100.00",
                "2026-05 NO_RECEIPT "));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("4340.00"));
    assertThat(result.explanation().render(Locale.ENGLISH))
        .contains(
            "More than one receipt covers 2026-03 (R-07 480.00, R-10 100.00); the amounts are"
                + " not added together and these months are refused");
  }

  @Test
  void projectedMonthsAreNotYetPaidAndAreRefusedForNow_一三_I13() {
    // the record ends in 2026-06: 2026-07 and 2026-08 are projected, so R-09's 500.00 shares
    // for them wait; 2026-06 (500.01) is reimbursed at the standard, 480.00
    ClaimHistory claim =
        claimOfTheYear()
            .recordedThrough(YearMonth.of(2026, 6))
            .verifications(
                claimOfTheYear().build().verifications().stream()
                    .filter(v -> !v.month().isAfter(YearMonth.of(2026, 6)))
                    .toList())
            .build();
    PremiumReimbursement result = rules.reimbursement(yearRequest().claim(claim).build());
    assertThat(refused(result))
        .isEqualTo(
            String.join(
                "\n",
                "2026-01 SUSPENDED R-05=480.00",
                "2026-05 NO_RECEIPT ",
                "2026-07 NOT_YET_PAID R-09=500.00",
                "2026-08 NOT_YET_PAID R-09=500.00"));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("3820.00"));
  }

  @Test
  void monthsAfterAStopEventAndAfterTheClaimAreRefused_一三_一五_I14() {
    // re-employed 2026-03-20: 2026-03 is paid (I-14), 2026-04 is the STOPPED line, and the
    // ledger ends there; 2026-05 .. 2026-08 are after the claim. Reimbursed: 2025-09 .. 2025-12
    // (460 + 3 × 480 = 1900.00) and 2026-02, 2026-03 (960.00) = 2860.00
    ClaimHistory claim =
        claimOfTheYear()
            .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2026, 3, 20)))
            .build();
    PremiumReimbursement result = rules.reimbursement(yearRequest().claim(claim).build());
    assertThat(refused(result))
        .isEqualTo(
            String.join(
                "\n",
                "2026-01 SUSPENDED R-05=480.00",
                "2026-04 STOPPED R-08=480.00",
                "2026-06 AFTER_CLAIM R-09=500.01",
                "2026-07 AFTER_CLAIM R-09=500.00",
                "2026-08 AFTER_CLAIM R-09=500.00"));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("2860.00"));
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains(
            "2026-06 (R-09 500.01); 2026-07 (R-09 500.00); 2026-08 (R-09 500.00)："
                + "在本次领取失业保险金期间（最后月份2026-04）之后，医疗保险费不予支付。");
  }

  @Test
  void aMonthOfTheFlexibleEmploymentSubsidyIsNotPayableAndRefused_一三_一五_I15() {
    // 2025-10 is not payable (I-15): refused; the entitlement month moves on, so 2026-09 would be
    // paid, but it is after the application; the other months as in the year
    ClaimHistory claim =
        claimOfTheYear()
            .addSubsidyPeriods(SubsidyPeriod.of(YearMonth.of(2025, 10), YearMonth.of(2025, 10)))
            .build();
    PremiumReimbursement result = rules.reimbursement(yearRequest().claim(claim).build());
    assertThat(result.refused())
        .extracting(RefusedMonth::month, RefusedMonth::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 10), RefusalReason.NOT_PAYABLE));
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("4340.00"));
  }

  @Test
  void aNegativeOrZeroReceiptIsRefusedNamingTheAmount_一三() {
    assertThatThrownBy(() -> receipt("R-1", YearMonth.of(2025, 9), "-1.00"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.value()).isEqualTo("-1.00");
            });
    assertThatThrownBy(() -> receipt("R-1", YearMonth.of(2025, 9), "0.00"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount = 0.00: a premium paid must be positive");
  }

  @Test
  void receiptMonthsOutOfOrderAreRefusedNamingTheLastMonth() {
    assertThatThrownBy(
            () ->
                PremiumReceipt.of(
                    "R-1",
                    YearMonth.of(2025, 12),
                    YearMonth.of(2025, 10),
                    Money.ofYuan("1.00"),
                    "张三"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("lastMonth = 2025-10: must not be before firstMonth, 2025-12");
  }

  @Test
  void aReceiptMonthAfterTheApplicationIsRefusedNamingTheReceiptByIndex() {
    assertThatThrownBy(() -> yearRequest().applicationDate(LocalDate.of(2026, 7, 31)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "receipts[8].lastMonth = 2026-08: a receipt month must not be after the month of the"
                + " application, 2026-07");
  }

  @Test
  void aReceiptMonthBeforeTheClaimIsRefusedNamingTheReceiptByIndex_一三() {
    assertThatThrownBy(
            () ->
                rules.reimbursement(
                    yearRequest()
                        .receipts(
                            List.of(
                                receipt("R-1", YearMonth.of(2025, 9), "480.00"),
                                PremiumReceipt.of(
                                    "R-2",
                                    YearMonth.of(2025, 8),
                                    YearMonth.of(2025, 9),
                                    Money.ofYuan("900.00"),
                                    "张三")))
                        .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "receipts[1].firstMonth = 2025-08: must not be before the claim's first month,"
                + " 2025-09");
  }

  @Test
  void anApplicationBeforeTheRegistrationIsRefused() {
    assertThatThrownBy(() -> yearRequest().applicationDate(LocalDate.of(2025, 9, 2)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "applicationDate = 2025-09-02: must not be before the claim's registration on"
                + " 2025-09-03");
  }

  @Test
  void twoStandardsFromTheSameMonthAreRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                yearRequest()
                    .addStandards(PremiumStandard.of(YearMonth.of(2026, 7), Money.ofYuan("520.00")))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "standards[2].from = 2026-07: two standards from the same month: standards[1] (510.00)"
                + " and standards[2] (520.00); the table must say which applies");
  }

  @Test
  void twoReceiptsWithOneReferenceAreRefused() {
    assertThatThrownBy(
            () ->
                yearRequest().addReceipts(receipt("R-01", YearMonth.of(2026, 5), "480.00")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("receipts[9].reference = R-01: receipts[0] has the same reference");
  }

  @Test
  void aStandardMustBePositive() {
    assertThatThrownBy(() -> PremiumStandard.of(YearMonth.of(2025, 1), Money.zero()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount = 0.00: a 代缴标准 must be positive");
  }

  @Test
  void theTableMayBeSuppliedInAnyOrder_一三() {
    PremiumReimbursement inOrder = rules.reimbursement(yearRequest().build());
    PremiumReimbursement reversed =
        rules.reimbursement(
            yearRequest()
                .standards(
                    List.of(PremiumStandard.of(YearMonth.of(2026, 7), M510), STANDARDS.get(0)))
                .build());
    assertThat(reversed.reimbursed()).isEqualTo(inOrder.reimbursed());
    assertThat(reversed.totalReimbursed()).isEqualTo(Money.ofYuan("4820.00"));
  }

  @Test
  void onlyTheOutcomesThatOccurHaveAStep_一三() {
    // one receipt a month for 2025-09 .. 2025-12, all at or above 480.00: no split, no month at
    // the actual premium, nothing refused, nothing pending — one group and the total
    List<PremiumReceipt> atStandard =
        List.of(
            receipt("A-1", YearMonth.of(2025, 9), "480.00"),
            receipt("A-2", YearMonth.of(2025, 10), "500.00"),
            receipt("A-3", YearMonth.of(2025, 11), "480.00"),
            receipt("A-4", YearMonth.of(2025, 12), "490.00"));
    PremiumReimbursement result =
        rules.reimbursement(
            yearRequest().applicationDate(LocalDate.of(2025, 12, 20)).receipts(atStandard).build());
    assertThat(result.explanation().steps())
        .extracting(step -> step.code())
        .containsExactly(StepCode.PREMIUM_REIMBURSED_STANDARD, StepCode.PREMIUM_TOTAL);
    assertThat(result.totalReimbursed()).isEqualTo(Money.ofYuan("1920.00"));
    // and all below it: the other group alone
    PremiumReimbursement below =
        rules.reimbursement(
            yearRequest()
                .applicationDate(LocalDate.of(2025, 9, 20))
                .receipts(List.of(receipt("B-1", YearMonth.of(2025, 9), "479.99")))
                .build());
    assertThat(below.explanation().steps())
        .extracting(step -> step.code())
        .containsExactly(StepCode.PREMIUM_REIMBURSED_ACTUAL, StepCode.PREMIUM_TOTAL);
  }
}
