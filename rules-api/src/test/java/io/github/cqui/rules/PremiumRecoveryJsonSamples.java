package io.github.cqui.rules;

import io.github.cqui.rules.JsonSamples.Malformed;
import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReceiptShare;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutablePendingMonth;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReimbursement;
import io.github.cqui.rules.premium.internal.ImmutableReceiptShare;
import io.github.cqui.rules.premium.internal.ImmutableRefusedMonth;
import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.LadderPosition;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableLadderPosition;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryStatus;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON samples of the premium reimbursement (渝人社办〔2025〕112号 一(三); I-12, I-13, I-24) and of recovery
 * (三(四); I-16, I-17, I-24), part of {@link JsonSamples}: requests, results and enums, and the
 * malformed inputs each must refuse naming the path.
 *
 * <p>The values are Chongqing's answers (computed with {@code Chongqing.rules()} in cqui-core and
 * copied here, rules-api's tests cannot call it), each explanation cut to one or two of its steps:
 *
 * <ul>
 *   <li>a claim of 2025-09 paid to 2026-02, applied for on 2026-03-12 with a 代缴标准 of 480.00 from
 *       2025-10 (illustrative: none is bundled): one receipt of 1,500.01 over 2025-09..11 split
 *       500.01, 500.00, 500.00 (I-24), so 2025-09 is pending for want of a standard and 2025-10 and
 *       2025-11 reimbursed at the standard; 460.00 for 2025-12 reimbursed as paid; two receipts for
 *       2026-01 refused, never summed (I-13); no receipt for 2026-02;
 *   <li>a claim of 2024-09 whose re-employment on 2024-11-12 was not reported, so 2024-12 and
 *       2025-01 were overpaid: a debt of 4,000.00 established on 2025-02-17, in 7 monthly
 *       instalments from 2025-03-31 with the odd fen last (571.42, then 6 × 571.43; 03-31, 04-30,
 *       …); two paid, then none: in arrears from 2025-06-01, on the ladder, the decision served on
 *       2025-07-07; a pension offset without the written request is refused (三(四)).
 * </ul>
 */
final class PremiumRecoveryJsonSamples {

  private PremiumRecoveryJsonSamples() {}

  private static final Money M480 = Money.ofYuan("480.00");
  private static final Money M2000 = Money.ofYuan("2000.00");
  private static final Citation NOTICE_3_4 = LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(四)");

  // ---- premium ----

  static ClaimHistory premiumClaim() {
    ClaimHistory.Builder claim =
        ClaimHistory.builder()
            .registrationDate(LocalDate.of(2025, 9, 3))
            .entitlementMonths(6)
            .tier(BenefitTier.TIER_1)
            .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, M2000))
            .recordedThrough(YearMonth.of(2026, 2))
            .birthMonth(YearMonth.of(1985, 5))
            .category(RetirementCategory.MALE);
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 2));
        m = m.plusMonths(1)) {
      claim.addVerifications(Verification.on(m.atDay(20)));
    }
    return claim.build();
  }

  static PremiumReceipt receipt() {
    return PremiumReceipt.of(
        "R-2025-0917",
        YearMonth.of(2025, 9),
        YearMonth.of(2025, 11),
        Money.ofYuan("1500.01"),
        "张伟");
  }

  static PremiumStandard standard() {
    return PremiumStandard.of(YearMonth.of(2025, 10), M480);
  }

  static ReimbursementRequest reimbursementRequest() {
    return ReimbursementRequest.builder()
        .claim(premiumClaim())
        .applicationDate(LocalDate.of(2026, 3, 12))
        .addReceipts(
            receipt(),
            PremiumReceipt.of(
                "R-2025-1208",
                YearMonth.of(2025, 12),
                YearMonth.of(2025, 12),
                Money.ofYuan("460.00"),
                "张伟"),
            PremiumReceipt.of(
                "R-2026-0110", YearMonth.of(2026, 1), YearMonth.of(2026, 1), M480, "张伟"),
            PremiumReceipt.of(
                "R-2026-0111", YearMonth.of(2026, 1), YearMonth.of(2026, 1), M480, "张伟"))
        .addStandards(standard())
        .build();
  }

  private static ReimbursedMonth reimbursed(
      YearMonth month, String receipt, String actual, String reimbursed, ReimbursementBasis basis) {
    return ImmutableReimbursedMonth.builder()
        .month(month)
        .benefitStatus(LedgerStatus.PAID)
        .receipt(receipt)
        .actual(Money.ofYuan(actual))
        .standardFrom(YearMonth.of(2025, 10))
        .standard(M480)
        .reimbursed(Money.ofYuan(reimbursed))
        .basis(basis)
        .build();
  }

  static ReimbursedMonth paidAsActual() {
    return reimbursed(
        YearMonth.of(2025, 12), "R-2025-1208", "460.00", "460.00", ReimbursementBasis.ACTUAL_PAID);
  }

  static ReceiptShare share() {
    return ImmutableReceiptShare.builder().reference("R-2026-0110").amount(M480).build();
  }

  static RefusedMonth twoReceipts() {
    return ImmutableRefusedMonth.builder()
        .month(YearMonth.of(2026, 1))
        .reason(RefusalReason.TWO_RECEIPTS)
        .addReceipts(
            share(), ImmutableReceiptShare.builder().reference("R-2026-0111").amount(M480).build())
        .build();
  }

  static PendingMonth pending() {
    return ImmutablePendingMonth.builder()
        .month(YearMonth.of(2025, 9))
        .reason(PendingReason.NO_STANDARD_IN_FORCE)
        .receipt("R-2025-0917")
        .actual(Money.ofYuan("500.01"))
        .build();
  }

  static PremiumReimbursement reimbursement() {
    return ImmutablePremiumReimbursement.builder()
        .applicationDate(LocalDate.of(2026, 3, 12))
        .startMonth(YearMonth.of(2025, 9))
        .addReimbursed(
            reimbursed(
                YearMonth.of(2025, 10),
                "R-2025-0917",
                "500.00",
                "480.00",
                ReimbursementBasis.STANDARD),
            reimbursed(
                YearMonth.of(2025, 11),
                "R-2025-0917",
                "500.00",
                "480.00",
                ReimbursementBasis.STANDARD),
            paidAsActual())
        .addRefused(
            twoReceipts(),
            ImmutableRefusedMonth.builder()
                .month(YearMonth.of(2026, 2))
                .reason(RefusalReason.NO_RECEIPT)
                .build())
        .addPending(pending())
        .totalActual(Money.ofYuan("1460.00"))
        .totalStandard(Money.ofYuan("1440.00"))
        .totalReimbursed(Money.ofYuan("1420.00"))
        .switches(
            Map.of(
                Interpretation.I_9, "entitlementStart=REGISTRATION_DATE",
                Interpretation.I_12, "premiumInSuspendedMonths=false",
                Interpretation.I_14, "stopInEventMonth=[]"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.PREMIUM_TOTAL,
                    List.of(
                        LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(三)"),
                        LegalDocument.MOHRSS_2024_60.cite()),
                    List.of(Interpretation.I_13),
                    "months",
                    3,
                    "actual",
                    Money.ofYuan("1460.00"),
                    "standard",
                    Money.ofYuan("1440.00"),
                    "reimbursed",
                    Money.ofYuan("1420.00"),
                    "pending",
                    1,
                    "standards",
                    "2025-10: 480.00")
                .build())
        .build();
  }

  // ---- recovery ----

  static OverpaidMonth overpaid() {
    return OverpaidMonth.of(
        YearMonth.of(2024, 12), M2000, OverpaymentReason.STOP_EVENT_NOT_REPORTED);
  }

  static OverpaymentDebt debt() {
    return OverpaymentDebt.of(
        LocalDate.of(2025, 2, 17),
        List.of(
            overpaid(),
            OverpaidMonth.of(
                YearMonth.of(2025, 1), M2000, OverpaymentReason.STOP_EVENT_NOT_REPORTED)));
  }

  static InstalmentAgreement agreement() {
    return InstalmentAgreement.of(
        7, LocalDate.of(2025, 3, 31), 1, OddFenPlacement.LAST_INSTALMENTS);
  }

  static BenefitDeduction deduction() {
    return BenefitDeduction.of(
        ClaimHistory.builder()
            .registrationDate(LocalDate.of(2025, 3, 3))
            .entitlementMonths(3)
            .tier(BenefitTier.TIER_2)
            .addStandards(
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")))
            .recordedThrough(YearMonth.of(2025, 3))
            .addVerifications(Verification.on(LocalDate.of(2025, 3, 20)))
            .birthMonth(YearMonth.of(1985, 5))
            .category(RetirementCategory.MALE)
            .build(),
        YearMonth.of(2025, 3));
  }

  static PensionOffset offset() {
    return PensionOffset.builder()
        .consentOn(LocalDate.of(2025, 2, 20))
        .writtenRequestOn(LocalDate.of(2025, 2, 26))
        .firstMonth(YearMonth.of(2025, 3))
        .monthlyAmount(Money.ofYuan("1500.00"))
        .build();
  }

  private static ScheduleLine line(int sequence, String amount, String balanceAfter) {
    YearMonth month = YearMonth.of(2025, 2).plusMonths(sequence);
    return ImmutableScheduleLine.builder()
        .sequence(sequence)
        .source(RepaymentSource.INSTALMENT)
        .month(month)
        .dueDate(month.atEndOfMonth())
        .amount(Money.ofYuan(amount))
        .balanceAfter(Money.ofYuan(balanceAfter))
        .build();
  }

  static RecoverySchedule schedule() {
    return ImmutableRecoverySchedule.builder()
        .debt(debt())
        .plan(RecoveryPlan.instalments(agreement()))
        .outcome(ScheduleOutcome.CLEARS)
        .addLines(
            line(1, "571.42", "3428.58"),
            line(2, "571.43", "2857.15"),
            line(3, "571.43", "2285.72"),
            line(4, "571.43", "1714.29"),
            line(5, "571.43", "1142.86"),
            line(6, "571.43", "571.43"),
            line(7, "571.43", "0.00"))
        .scheduled(Money.ofYuan("4000.00"))
        .shortfall(Money.zero())
        .switches(
            Map.of(
                Interpretation.I_9, "entitlementStart=REGISTRATION_DATE",
                Interpretation.I_16, "deductionCapPercent=100"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.RECOVERY_INSTALMENTS_LAST,
                    List.of(
                        NOTICE_3_4,
                        LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第四十六条"),
                        LegalDocument.CIVIL_CODE.cite("第二百零二条"),
                        LegalDocument.CIVIL_CODE.cite("第二百零四条")),
                    List.of(Interpretation.I_16, Interpretation.I_24),
                    "amount",
                    Money.ofYuan("4000.00"),
                    "count",
                    7,
                    "firstDue",
                    LocalDate.of(2025, 3, 31),
                    "lastDue",
                    LocalDate.of(2025, 9, 30),
                    "intervalMonths",
                    1,
                    "larger",
                    Money.ofYuan("571.43"),
                    "smaller",
                    Money.ofYuan("571.42"),
                    "oddFen",
                    6)
                .build())
        .build();
  }

  static RecoverySchedule refusedSchedule() {
    return ImmutableRecoverySchedule.builder()
        .debt(debt())
        .plan(
            RecoveryPlan.pensionOffset(
                PensionOffset.builder()
                    .consentOn(LocalDate.of(2025, 2, 20))
                    .firstMonth(YearMonth.of(2025, 4))
                    .monthlyAmount(Money.ofYuan("800.00"))
                    .build()))
        .outcome(ScheduleOutcome.REFUSED)
        .addRefusals(PlanRefusal.NO_WRITTEN_REQUEST)
        .scheduled(Money.zero())
        .shortfall(Money.ofYuan("4000.00"))
        .nextStep(RecoveryRung.DECISION_LETTER)
        .switches(
            Map.of(
                Interpretation.I_9, "entitlementStart=REGISTRATION_DATE",
                Interpretation.I_16, "deductionCapPercent=100"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.RECOVERY_PENSION_NO_REQUEST,
                    List.of(NOTICE_3_4),
                    List.of(Interpretation.I_16),
                    "amount",
                    Money.ofYuan("4000.00"))
                .build())
        .build();
  }

  private static List<Repayment> twoPaid() {
    return List.of(
        Repayment.of(LocalDate.of(2025, 3, 28), Money.ofYuan("571.42")),
        Repayment.of(LocalDate.of(2025, 4, 30), Money.ofYuan("571.43")));
  }

  static RepaymentHistory history() {
    return RepaymentHistory.builder()
        .asOf(LocalDate.of(2025, 9, 8))
        .addAllRepayments(twoPaid())
        .decision(
            EnforcementRequest.builder()
                .decisionServedOn(LocalDate.of(2025, 7, 7))
                .rightsStated(true)
                .build())
        .build();
  }

  static LadderPosition afterTheDecision() {
    return ImmutableLadderPosition.builder()
        .trigger(LadderTrigger.BROKEN_AGREEMENT)
        .since(LocalDate.of(2025, 6, 1))
        .outstanding(Money.ofYuan("2857.15"))
        .nextStep(RecoveryRung.REMINDER)
        .enforcement(
            ImmutableEnforcementTimeline.builder()
                .request(history().decision().orElseThrow())
                .reconsiderationDeadline(LocalDate.of(2025, 9, 5))
                .litigationDeadline(LocalDate.of(2026, 1, 7))
                .latestCourtApplication(LocalDate.of(2026, 4, 7))
                .explanation(
                    Explanation.builder()
                        .step(
                            StepCode.ENFORCEMENT_LITIGATION,
                            List.of(
                                LegalDocument.ADMINISTRATIVE_LITIGATION_LAW.cite("第四十六条"),
                                LegalDocument.CIVIL_CODE.cite("第二百零二条"),
                                LegalDocument.CIVIL_CODE.cite("第二百零三条")),
                            List.of(Interpretation.I_17),
                            "served",
                            LocalDate.of(2025, 7, 7),
                            "rightsStated",
                            true,
                            "deadline",
                            LocalDate.of(2026, 1, 7))
                        .build())
                .build())
        .enforcementStep(
            ImmutableEnforcementStep.builder()
                .asOf(LocalDate.of(2025, 9, 8))
                .stage(EnforcementStage.APPEAL_PERIODS_RUNNING)
                .until(LocalDate.of(2026, 1, 7))
                .explanation(
                    Explanation.builder()
                        .step(
                            StepCode.ENFORCEMENT_NEXT_STEP,
                            List.of(
                                NOTICE_3_4,
                                LegalDocument.ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条")),
                            List.of(Interpretation.I_16, Interpretation.I_17),
                            "asOf",
                            LocalDate.of(2025, 9, 8),
                            "step",
                            EnforcementStage.APPEAL_PERIODS_RUNNING)
                        .build())
                .build())
        .build();
  }

  static RecoveryStatus inArrears() {
    return ImmutableRecoveryStatus.builder()
        .asOf(LocalDate.of(2025, 6, 16))
        .state(RecoveryState.IN_ARREARS)
        .dueToDate(Money.ofYuan("1714.28"))
        .recovered(Money.ofYuan("1142.85"))
        .balance(Money.ofYuan("2857.15"))
        .arrears(Money.ofYuan("571.43"))
        .arrearsSince(LocalDate.of(2025, 6, 1))
        .ladder(
            ImmutableLadderPosition.builder()
                .trigger(LadderTrigger.BROKEN_AGREEMENT)
                .since(LocalDate.of(2025, 6, 1))
                .outstanding(Money.ofYuan("2857.15"))
                .nextStep(RecoveryRung.DECISION_LETTER)
                .build())
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.RECOVERY_STATE_ARREARS,
                    List.of(NOTICE_3_4),
                    List.of(Interpretation.I_16),
                    "asOf",
                    LocalDate.of(2025, 6, 16),
                    "dueToDate",
                    Money.ofYuan("1714.28"),
                    "recovered",
                    Money.ofYuan("1142.85"),
                    "arrears",
                    Money.ofYuan("571.43"),
                    "since",
                    LocalDate.of(2025, 6, 1),
                    "balance",
                    Money.ofYuan("2857.15"))
                .step(
                    StepCode.RECOVERY_LADDER_BROKEN,
                    List.of(NOTICE_3_4),
                    List.of(Interpretation.I_16),
                    "since",
                    LocalDate.of(2025, 6, 1),
                    "outstanding",
                    Money.ofYuan("2857.15"))
                .build())
        .build();
  }

  static RecoveryStatus onTrack() {
    return ImmutableRecoveryStatus.builder()
        .asOf(LocalDate.of(2025, 4, 30))
        .state(RecoveryState.ON_TRACK)
        .dueToDate(Money.ofYuan("571.42"))
        .recovered(Money.ofYuan("1142.85"))
        .balance(Money.ofYuan("2857.15"))
        .arrears(Money.zero())
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.RECOVERY_STATE_ON_TRACK,
                    List.of(NOTICE_3_4),
                    List.of(Interpretation.I_16),
                    "asOf",
                    LocalDate.of(2025, 4, 30),
                    "dueToDate",
                    Money.ofYuan("571.42"),
                    "recovered",
                    Money.ofYuan("1142.85"),
                    "balance",
                    Money.ofYuan("2857.15"))
                .build())
        .build();
  }

  static List<Sample> all() {
    List<Sample> samples = new ArrayList<>();
    samples.addAll(
        List.of(
            new Sample(
                "PremiumReceipt",
                receipt(),
                PremiumReceipt.class,
                "{\"reference\":\"R-2025-0917\",\"firstMonth\":\"2025-09\",\"lastMonth\":\"2025-11\",\"amount\":\"1500.01\",\"payer\":\"张伟\"}"),
            new Sample(
                "PremiumStandard",
                standard(),
                PremiumStandard.class,
                "{\"from\":\"2025-10\",\"amount\":\"480.00\"}"),
            new Sample(
                "ReimbursementRequest",
                reimbursementRequest(),
                ReimbursementRequest.class,
                "{\"claim\":{\"registrationDate\":\"2025-09-03\",\"entitlementMonths\":6,\"tier\":\"TIER_1\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],\"recordedThrough\":\"2026-02\",\"verifications\":[{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-20\"},{\"month\":\"2025-10\",\"verifiedOn\":\"2025-10-20\"},{\"month\":\"2025-11\",\"verifiedOn\":\"2025-11-20\"},{\"month\":\"2025-12\",\"verifiedOn\":\"2025-12-20\"},{\"month\":\"2026-01\",\"verifiedOn\":\"2026-01-20\"},{\"month\":\"2026-02\",\"verifiedOn\":\"2026-02-20\"}],\"stopEvents\":[],\"subsidyPeriods\":[],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[]},\"applicationDate\":\"2026-03-12\",\"receipts\":[{\"reference\":\"R-2025-0917\",\"firstMonth\":\"2025-09\",\"lastMonth\":\"2025-11\",\"amount\":\"1500.01\",\"payer\":\"张伟\"},{\"reference\":\"R-2025-1208\",\"firstMonth\":\"2025-12\",\"lastMonth\":\"2025-12\",\"amount\":\"460.00\",\"payer\":\"张伟\"},{\"reference\":\"R-2026-0110\",\"firstMonth\":\"2026-01\",\"lastMonth\":\"2026-01\",\"amount\":\"480.00\",\"payer\":\"张伟\"},{\"reference\":\"R-2026-0111\",\"firstMonth\":\"2026-01\",\"lastMonth\":\"2026-01\",\"amount\":\"480.00\",\"payer\":\"张伟\"}],\"standards\":[{\"from\":\"2025-10\",\"amount\":\"480.00\"}]}"),
            new Sample(
                "ReceiptShare",
                share(),
                ReceiptShare.class,
                "{\"reference\":\"R-2026-0110\",\"amount\":\"480.00\"}"),
            new Sample(
                "ReimbursedMonth",
                paidAsActual(),
                ReimbursedMonth.class,
                "{\"month\":\"2025-12\",\"benefitStatus\":\"PAID\",\"receipt\":\"R-2025-1208\",\"actual\":\"460.00\",\"standardFrom\":\"2025-10\",\"standard\":\"480.00\",\"reimbursed\":\"460.00\",\"basis\":\"ACTUAL_PAID\"}"),
            new Sample(
                "RefusedMonth",
                twoReceipts(),
                RefusedMonth.class,
                "{\"month\":\"2026-01\",\"reason\":\"TWO_RECEIPTS\",\"receipts\":[{\"reference\":\"R-2026-0110\",\"amount\":\"480.00\"},{\"reference\":\"R-2026-0111\",\"amount\":\"480.00\"}]}"),
            new Sample(
                "PendingMonth",
                pending(),
                PendingMonth.class,
                "{\"month\":\"2025-09\",\"reason\":\"NO_STANDARD_IN_FORCE\",\"receipt\":\"R-2025-0917\",\"actual\":\"500.01\"}"),
            new Sample(
                "PremiumReimbursement",
                reimbursement(),
                PremiumReimbursement.class,
                "{\"applicationDate\":\"2026-03-12\",\"startMonth\":\"2025-09\",\"reimbursed\":[{\"month\":\"2025-10\",\"benefitStatus\":\"PAID\",\"receipt\":\"R-2025-0917\",\"actual\":\"500.00\",\"standardFrom\":\"2025-10\",\"standard\":\"480.00\",\"reimbursed\":\"480.00\",\"basis\":\"STANDARD\"},{\"month\":\"2025-11\",\"benefitStatus\":\"PAID\",\"receipt\":\"R-2025-0917\",\"actual\":\"500.00\",\"standardFrom\":\"2025-10\",\"standard\":\"480.00\",\"reimbursed\":\"480.00\",\"basis\":\"STANDARD\"},{\"month\":\"2025-12\",\"benefitStatus\":\"PAID\",\"receipt\":\"R-2025-1208\",\"actual\":\"460.00\",\"standardFrom\":\"2025-10\",\"standard\":\"480.00\",\"reimbursed\":\"460.00\",\"basis\":\"ACTUAL_PAID\"}],\"refused\":[{\"month\":\"2026-01\",\"reason\":\"TWO_RECEIPTS\",\"receipts\":[{\"reference\":\"R-2026-0110\",\"amount\":\"480.00\"},{\"reference\":\"R-2026-0111\",\"amount\":\"480.00\"}]},{\"month\":\"2026-02\",\"reason\":\"NO_RECEIPT\",\"receipts\":[]}],\"pending\":[{\"month\":\"2025-09\",\"reason\":\"NO_STANDARD_IN_FORCE\",\"receipt\":\"R-2025-0917\",\"actual\":\"500.01\"}],\"totalActual\":\"1460.00\",\"totalStandard\":\"1440.00\",\"totalReimbursed\":\"1420.00\",\"switches\":{\"I-9\":\"entitlementStart=REGISTRATION_DATE\",\"I-12\":\"premiumInSuspendedMonths=false\",\"I-14\":\"stopInEventMonth=[]\"},\"explanation\":{\"steps\":[{\"code\":\"premium.total\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(三)\"},{\"document\":\"人社厅发〔2024〕60号\"}],\"interpretations\":[\"I-13\"],\"values\":{\"months\":\"3\",\"actual\":\"1460.00\",\"standard\":\"1440.00\",\"reimbursed\":\"1420.00\",\"pending\":\"1\",\"standards\":\"2025-10: 480.00\"}}]}}"),
            new Sample(
                "OverpaidMonth",
                overpaid(),
                OverpaidMonth.class,
                "{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"}"),
            new Sample(
                "OverpaymentDebt",
                debt(),
                OverpaymentDebt.class,
                "{\"establishedOn\":\"2025-02-17\",\"months\":[{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"},{\"month\":\"2025-01\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"}]}"),
            new Sample(
                "InstalmentAgreement",
                agreement(),
                InstalmentAgreement.class,
                "{\"count\":7,\"firstDue\":\"2025-03-31\",\"intervalMonths\":1,\"oddFen\":\"LAST_INSTALMENTS\"}"),
            new Sample(
                "BenefitDeduction",
                deduction(),
                BenefitDeduction.class,
                "{\"claim\":{\"registrationDate\":\"2025-03-03\",\"entitlementMonths\":3,\"tier\":\"TIER_2\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_2\",\"amount\":\"1800.00\"}],\"recordedThrough\":\"2025-03\",\"verifications\":[{\"month\":\"2025-03\",\"verifiedOn\":\"2025-03-20\"}],\"stopEvents\":[],\"subsidyPeriods\":[],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[]},\"fromMonth\":\"2025-03\"}"),
            new Sample(
                "PensionOffset",
                offset(),
                PensionOffset.class,
                "{\"consentOn\":\"2025-02-20\",\"writtenRequestOn\":\"2025-02-26\",\"firstMonth\":\"2025-03\",\"monthlyAmount\":\"1500.00\"}"),
            new Sample(
                "RecoveryPlan lump sum",
                RecoveryPlan.lumpSum(LocalDate.of(2025, 3, 17)),
                RecoveryPlan.class,
                "{\"lumpSumDue\":\"2025-03-17\"}"),
            new Sample(
                "RecoveryPlan deduction then instalments",
                RecoveryPlan.deductionThenInstalments(
                    deduction(),
                    InstalmentAgreement.of(
                        2, LocalDate.of(2025, 7, 15), 1, OddFenPlacement.FIRST_INSTALMENTS)),
                RecoveryPlan.class,
                "{\"instalments\":{\"count\":2,\"firstDue\":\"2025-07-15\",\"intervalMonths\":1,\"oddFen\":\"FIRST_INSTALMENTS\"},\"deduction\":{\"claim\":{\"registrationDate\":\"2025-03-03\",\"entitlementMonths\":3,\"tier\":\"TIER_2\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_2\",\"amount\":\"1800.00\"}],\"recordedThrough\":\"2025-03\",\"verifications\":[{\"month\":\"2025-03\",\"verifiedOn\":\"2025-03-20\"}],\"stopEvents\":[],\"subsidyPeriods\":[],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[]},\"fromMonth\":\"2025-03\"}}"),
            new Sample(
                "ScheduleLine",
                line(1, "571.42", "3428.58"),
                ScheduleLine.class,
                "{\"sequence\":1,\"source\":\"INSTALMENT\",\"month\":\"2025-03\",\"dueDate\":\"2025-03-31\",\"amount\":\"571.42\",\"balanceAfter\":\"3428.58\"}"),
            new Sample(
                "RecoverySchedule",
                schedule(),
                RecoverySchedule.class,
                "{\"debt\":{\"establishedOn\":\"2025-02-17\",\"months\":[{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"},{\"month\":\"2025-01\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"}]},\"plan\":{\"instalments\":{\"count\":7,\"firstDue\":\"2025-03-31\",\"intervalMonths\":1,\"oddFen\":\"LAST_INSTALMENTS\"}},\"outcome\":\"CLEARS\",\"refusals\":[],\"lines\":[{\"sequence\":1,\"source\":\"INSTALMENT\",\"month\":\"2025-03\",\"dueDate\":\"2025-03-31\",\"amount\":\"571.42\",\"balanceAfter\":\"3428.58\"},{\"sequence\":2,\"source\":\"INSTALMENT\",\"month\":\"2025-04\",\"dueDate\":\"2025-04-30\",\"amount\":\"571.43\",\"balanceAfter\":\"2857.15\"},{\"sequence\":3,\"source\":\"INSTALMENT\",\"month\":\"2025-05\",\"dueDate\":\"2025-05-31\",\"amount\":\"571.43\",\"balanceAfter\":\"2285.72\"},{\"sequence\":4,\"source\":\"INSTALMENT\",\"month\":\"2025-06\",\"dueDate\":\"2025-06-30\",\"amount\":\"571.43\",\"balanceAfter\":\"1714.29\"},{\"sequence\":5,\"source\":\"INSTALMENT\",\"month\":\"2025-07\",\"dueDate\":\"2025-07-31\",\"amount\":\"571.43\",\"balanceAfter\":\"1142.86\"},{\"sequence\":6,\"source\":\"INSTALMENT\",\"month\":\"2025-08\",\"dueDate\":\"2025-08-31\",\"amount\":\"571.43\",\"balanceAfter\":\"571.43\"},{\"sequence\":7,\"source\":\"INSTALMENT\",\"month\":\"2025-09\",\"dueDate\":\"2025-09-30\",\"amount\":\"571.43\",\"balanceAfter\":\"0.00\"}],\"scheduled\":\"4000.00\",\"shortfall\":\"0.00\",\"switches\":{\"I-9\":\"entitlementStart=REGISTRATION_DATE\",\"I-16\":\"deductionCapPercent=100\"},\"explanation\":{\"steps\":[{\"code\":\"recovery.instalments.last\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"},{\"document\":\"《社会保险经办条例》\",\"clause\":\"第四十六条\"},{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零二条\"},{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零四条\"}],\"interpretations\":[\"I-16\",\"I-24\"],\"values\":{\"amount\":\"4000.00\",\"count\":\"7\",\"firstDue\":\"2025-03-31\",\"lastDue\":\"2025-09-30\",\"intervalMonths\":\"1\",\"larger\":\"571.43\",\"smaller\":\"571.42\",\"oddFen\":\"6\"}}]}}"),
            new Sample(
                "RecoverySchedule refused",
                refusedSchedule(),
                RecoverySchedule.class,
                "{\"debt\":{\"establishedOn\":\"2025-02-17\",\"months\":[{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"},{\"month\":\"2025-01\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"}]},\"plan\":{\"pensionOffset\":{\"consentOn\":\"2025-02-20\",\"firstMonth\":\"2025-04\",\"monthlyAmount\":\"800.00\"}},\"outcome\":\"REFUSED\",\"refusals\":[\"NO_WRITTEN_REQUEST\"],\"lines\":[],\"scheduled\":\"0.00\",\"shortfall\":\"4000.00\",\"nextStep\":\"DECISION_LETTER\",\"switches\":{\"I-9\":\"entitlementStart=REGISTRATION_DATE\",\"I-16\":\"deductionCapPercent=100\"},\"explanation\":{\"steps\":[{\"code\":\"recovery.pension.norequest\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"}],\"interpretations\":[\"I-16\"],\"values\":{\"amount\":\"4000.00\"}}]}}"),
            new Sample(
                "Repayment",
                twoPaid().get(0),
                Repayment.class,
                "{\"date\":\"2025-03-28\",\"amount\":\"571.42\"}"),
            new Sample(
                "RepaymentHistory",
                history(),
                RepaymentHistory.class,
                "{\"asOf\":\"2025-09-08\",\"repayments\":[{\"date\":\"2025-03-28\",\"amount\":\"571.42\"},{\"date\":\"2025-04-30\",\"amount\":\"571.43\"}],\"decision\":{\"decisionServedOn\":\"2025-07-07\",\"rightsStated\":true}}"),
            new Sample(
                "LadderPosition",
                afterTheDecision(),
                LadderPosition.class,
                "{\"trigger\":\"BROKEN_AGREEMENT\",\"since\":\"2025-06-01\",\"outstanding\":\"2857.15\",\"nextStep\":\"REMINDER\",\"enforcement\":{\"request\":{\"decisionServedOn\":\"2025-07-07\",\"rightsStated\":true},\"reconsiderationDeadline\":\"2025-09-05\",\"litigationDeadline\":\"2026-01-07\",\"latestCourtApplication\":\"2026-04-07\",\"explanation\":{\"steps\":[{\"code\":\"enforcement.litigation\",\"citations\":[{\"document\":\"《中华人民共和国行政诉讼法》\",\"clause\":\"第四十六条\"},{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零二条\"},{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零三条\"}],\"interpretations\":[\"I-17\"],\"values\":{\"served\":\"2025-07-07\",\"rightsStated\":\"true\",\"deadline\":\"2026-01-07\"}}]}},\"enforcementStep\":{\"asOf\":\"2025-09-08\",\"stage\":\"APPEAL_PERIODS_RUNNING\",\"until\":\"2026-01-07\",\"explanation\":{\"steps\":[{\"code\":\"enforcement.next.step\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"},{\"document\":\"《中华人民共和国行政强制法》\",\"clause\":\"第五十四条\"}],\"interpretations\":[\"I-16\",\"I-17\"],\"values\":{\"asOf\":\"2025-09-08\",\"step\":\"APPEAL_PERIODS_RUNNING\"}}]}}}"),
            new Sample(
                "RecoveryStatus",
                inArrears(),
                RecoveryStatus.class,
                "{\"asOf\":\"2025-06-16\",\"state\":\"IN_ARREARS\",\"dueToDate\":\"1714.28\",\"recovered\":\"1142.85\",\"balance\":\"2857.15\",\"arrears\":\"571.43\",\"arrearsSince\":\"2025-06-01\",\"ladder\":{\"trigger\":\"BROKEN_AGREEMENT\",\"since\":\"2025-06-01\",\"outstanding\":\"2857.15\",\"nextStep\":\"DECISION_LETTER\"},\"explanation\":{\"steps\":[{\"code\":\"recovery.state.arrears\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"}],\"interpretations\":[\"I-16\"],\"values\":{\"asOf\":\"2025-06-16\",\"dueToDate\":\"1714.28\",\"recovered\":\"1142.85\",\"arrears\":\"571.43\",\"since\":\"2025-06-01\",\"balance\":\"2857.15\"}},{\"code\":\"recovery.ladder.broken\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"}],\"interpretations\":[\"I-16\"],\"values\":{\"since\":\"2025-06-01\",\"outstanding\":\"2857.15\"}}]}}"),
            new Sample(
                "RecoveryStatus on track",
                onTrack(),
                RecoveryStatus.class,
                "{\"asOf\":\"2025-04-30\",\"state\":\"ON_TRACK\",\"dueToDate\":\"571.42\",\"recovered\":\"1142.85\",\"balance\":\"2857.15\",\"arrears\":\"0.00\",\"explanation\":{\"steps\":[{\"code\":\"recovery.state.ontrack\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"}],\"interpretations\":[\"I-16\"],\"values\":{\"asOf\":\"2025-04-30\",\"dueToDate\":\"571.42\",\"recovered\":\"1142.85\",\"balance\":\"2857.15\"}}]}}")));
    samples.addAll(
        List.of(
            name(ReimbursementBasis.ACTUAL_PAID, ReimbursementBasis.class),
            name(RefusalReason.TWO_RECEIPTS, RefusalReason.class),
            name(PendingReason.NO_STANDARD_IN_FORCE, PendingReason.class),
            name(OverpaymentReason.DUPLICATE_WITH_PENSION, OverpaymentReason.class),
            name(OddFenPlacement.LAST_INSTALMENTS, OddFenPlacement.class),
            name(RepaymentSource.UI_DEDUCTION, RepaymentSource.class),
            name(ScheduleOutcome.SHORTFALL, ScheduleOutcome.class),
            name(PlanRefusal.NO_WRITTEN_REQUEST, PlanRefusal.class),
            name(RecoveryRung.DECISION_LETTER, RecoveryRung.class),
            name(RecoveryState.IN_ARREARS, RecoveryState.class),
            name(LadderTrigger.NOTHING_LEFT_TO_DEDUCT, LadderTrigger.class)));
    return samples;
  }

  private static <E extends Enum<E>> Sample name(E value, Class<E> type) {
    return new Sample(type.getSimpleName(), value, type, "\"" + value.name() + "\"");
  }

  private static final String CLAIM =
      "{\"registrationDate\":\"2025-09-03\",\"entitlementMonths\":6,\"tier\":\"TIER_1\","
          + "\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],"
          + "\"recordedThrough\":\"2026-02\",\"birthMonth\":\"1985-05\",\"category\":\"MALE\"}";

  private static final String RECEIPT =
      "{\"reference\":\"R-2025-0917\",\"firstMonth\":\"2025-09\",\"lastMonth\":\"2025-11\","
          + "\"amount\":\"1500.01\",\"payer\":\"张伟\"}";

  /** Malformed premium and recovery input: each refusal names the property path. */
  static List<Malformed> malformed() {
    return List.of(
        new Malformed(
            "PremiumReceipt a number for the amount",
            PremiumReceipt.class,
            RECEIPT.replace("\"1500.01\"", "1500.01"),
            List.of("amount = 1500.01", "write \"1500.01\"", "a JSON number is not an amount")),
        new Malformed(
            "ReimbursementRequest a number for a receipt's amount",
            ReimbursementRequest.class,
            "{\"claim\":"
                + CLAIM
                + ",\"applicationDate\":\"2026-03-12\",\"receipts\":["
                + RECEIPT.replace("\"1500.01\"", "1500")
                + "]}",
            List.of("receipts[0].amount = 1500", "write \"1500.00\"")),
        new Malformed(
            "PremiumReceipt last month before the first",
            PremiumReceipt.class,
            RECEIPT.replace("\"2025-11\"", "\"2025-08\""),
            List.of("lastMonth = 2025-08", "must not be before firstMonth, 2025-09")),
        new Malformed(
            "PremiumStandard zero",
            PremiumStandard.class,
            "{\"from\":\"2025-10\",\"amount\":\"0.00\"}",
            List.of("amount = 0.00", "must be positive")),
        new Malformed(
            "ReimbursementRequest two standards from one month",
            ReimbursementRequest.class,
            "{\"claim\":"
                + CLAIM
                + ",\"applicationDate\":\"2026-03-12\",\"standards\":["
                + "{\"from\":\"2025-10\",\"amount\":\"480.00\"},"
                + "{\"from\":\"2025-10\",\"amount\":\"486.20\"}]}",
            List.of("standards[1].from = 2025-10", "two standards from the same month")),
        new Malformed(
            "ReimbursedMonth unknown basis",
            ReimbursedMonth.class,
            "{\"month\":\"2025-12\",\"benefitStatus\":\"PAID\",\"receipt\":\"R-2025-1208\","
                + "\"actual\":\"460.00\",\"standardFrom\":\"2025-10\",\"standard\":\"480.00\","
                + "\"reimbursed\":\"460.00\",\"basis\":\"ACTUAL\"}",
            List.of("basis = \"ACTUAL\"", "must be one of ACTUAL_PAID, STANDARD")),
        new Malformed(
            "OverpaidMonth unknown reason",
            OverpaidMonth.class,
            "{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"LATE_REPORT\"}",
            List.of("reason = \"LATE_REPORT\"", "must be one of STOP_EVENT_NOT_REPORTED")),
        new Malformed(
            "OverpaymentDebt unknown reason of a month",
            OverpaymentDebt.class,
            "{\"establishedOn\":\"2025-02-17\",\"months\":["
                + "{\"month\":\"2024-12\",\"amount\":\"2000.00\",\"reason\":\"STOP_EVENT_NOT_REPORTED\"},"
                + "{\"month\":\"2025-01\",\"amount\":\"2000.00\",\"reason\":\"other\"}]}",
            List.of("months[1].reason = \"other\"", "write \"OTHER\"")),
        new Malformed(
            "OverpaymentDebt without a month",
            OverpaymentDebt.class,
            "{\"establishedOn\":\"2025-02-17\",\"months\":[]}",
            List.of("months = 0 months", "a debt lists 1 to 600 overpaid months")),
        new Malformed(
            "OverpaymentDebt amounts beyond what Money holds",
            OverpaymentDebt.class,
            "{\"establishedOn\":\"2025-02-17\",\"months\":["
                + "{\"month\":\"2024-12\",\"amount\":\"92233720368547758.07\",\"reason\":\"OTHER\"},"
                + "{\"month\":\"2025-01\",\"amount\":\"0.01\",\"reason\":\"OTHER\"}]}",
            List.of(
                "months = 2 months",
                "their amounts add up to more than an amount of Money can hold")),
        new Malformed(
            "OverpaymentDebt a month after it was established",
            OverpaymentDebt.class,
            "{\"establishedOn\":\"2025-02-17\",\"months\":["
                + "{\"month\":\"2025-03\",\"amount\":\"2000.00\",\"reason\":\"OTHER\"}]}",
            List.of("months[0].month = 2025-03", "must not be after the month the debt was")),
        new Malformed(
            "InstalmentAgreement no instalment",
            InstalmentAgreement.class,
            "{\"count\":0,\"firstDue\":\"2025-03-31\",\"intervalMonths\":1,"
                + "\"oddFen\":\"LAST_INSTALMENTS\"}",
            List.of("count = 0")),
        new Malformed(
            "RecoveryPlan instalments every 13 months",
            RecoveryPlan.class,
            "{\"instalments\":{\"count\":7,\"firstDue\":\"2025-03-31\",\"intervalMonths\":13,"
                + "\"oddFen\":\"LAST_INSTALMENTS\"}}",
            List.of("instalments.intervalMonths = 13")),
        new Malformed(
            "RecoveryPlan a lump sum and a pension offset",
            RecoveryPlan.class,
            "{\"lumpSumDue\":\"2025-03-17\",\"pensionOffset\":{\"firstMonth\":\"2025-04\","
                + "\"monthlyAmount\":\"800.00\"}}",
            List.of(
                "recoveryPlan = [lumpSumDue, pensionOffset]",
                "a plan is one of lumpSumDue, instalments, deduction, pensionOffset")),
        new Malformed(
            "PensionOffset written request before the consent",
            PensionOffset.class,
            "{\"consentOn\":\"2025-02-20\",\"writtenRequestOn\":\"2025-02-19\","
                + "\"firstMonth\":\"2025-03\",\"monthlyAmount\":\"1500.00\"}",
            List.of("writtenRequestOn = 2025-02-19", "the written request follows the consent")),
        new Malformed(
            "RepaymentHistory a repayment after the day asked",
            RepaymentHistory.class,
            "{\"asOf\":\"2025-06-16\",\"repayments\":[{\"date\":\"2025-06-17\",\"amount\":\"571.43\"}]}",
            List.of("repayments[0].date = 2025-06-17", "must not be after asOf, 2025-06-16")),
        new Malformed(
            "RepaymentHistory null for the decision",
            RepaymentHistory.class,
            "{\"asOf\":\"2025-06-16\",\"decision\":null}",
            List.of("decision = null", "leave the property out")),
        new Malformed(
            "Repayment a fraction of a fen",
            Repayment.class,
            "{\"date\":\"2025-03-28\",\"amount\":\"571.425\"}",
            List.of("amount = \"571.425\"", "more than 2 decimals")),
        new Malformed(
            "RecoveryStatus state by position",
            RecoveryStatus.class,
            "{\"asOf\":\"2025-06-16\",\"state\":1}",
            List.of("state = 1", "never a position")),
        new Malformed(
            "InterpretationSwitches deduction cap of 0 percent",
            InterpretationSwitches.class,
            "{\"deductionCapPercent\":0}",
            List.of("deductionCapPercent = 0", "1")),
        new Malformed(
            "InterpretationSwitches deduction cap as a string",
            InterpretationSwitches.class,
            "{\"deductionCapPercent\":\"50\"}",
            List.of("deductionCapPercent = \"50\"", "must be a whole number")));
  }
}
