package io.github.cqui.rules;

import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.benefit.internal.ImmutableStatutoryRetirement;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** JSON samples of the ledger's input and output types, part of {@link JsonSamples}. */
final class LedgerJsonSamples {

  private LedgerJsonSamples() {}

  private static final Money STANDARD = Money.ofYuan("2000.00");

  static ClaimHistory history() {
    return ClaimHistory.builder()
        .registrationDate(LocalDate.of(2025, 9, 1))
        .entitlementMonths(6)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, STANDARD))
        .recordedThrough(YearMonth.of(2025, 10))
        .addVerifications(Verification.on(LocalDate.of(2025, 9, 20)))
        .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 12)))
        .addSubsidyPeriods(SubsidyPeriod.of(YearMonth.of(2025, 10), YearMonth.of(2025, 10)))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE)
        .addActualPayments(ActualPayment.of(YearMonth.of(2025, 12), STANDARD))
        .build();
  }

  static LedgerLine line() {
    return ImmutableLedgerLine.builder()
        .month(YearMonth.of(2025, 12))
        .status(LedgerStatus.STOPPED)
        .due(Money.zero())
        .actual(STANDARD)
        .overpayment(STANDARD)
        .monthsUsed(3)
        .monthsLeft(3)
        .projected(false)
        .extension(false)
        .build();
  }

  static List<Sample> all() {
    StatutoryRetirement retirement =
        ImmutableStatutoryRetirement.builder()
            .birthMonth(YearMonth.of(1966, 3))
            .category(RetirementCategory.MALE)
            .delayMonths(4)
            .ageYears(60)
            .ageMonths(4)
            .retirementMonth(YearMonth.of(2026, 7))
            .explanation(Explanation.empty())
            .build();
    BenefitLedger ledger =
        ImmutableBenefitLedger.builder()
            .startMonth(YearMonth.of(2025, 9))
            .entitlementMonths(6)
            .retirementMonth(YearMonth.of(2045, 5))
            .addLines(line())
            .lastPaidMonth(YearMonth.of(2025, 11))
            .endReason(ClaimEndReason.STOP_EVENT)
            .endEvent(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 12)))
            .monthsUsed(3)
            .monthsLeft(3)
            .suspendedMonths(0)
            .notPayableMonths(0)
            .extensionMonths(0)
            .totalDue(Money.ofYuan("6000.00"))
            .totalOverpayment(STANDARD)
            .switches(Map.of(Interpretation.I_14, "stopInEventMonth=[]"))
            .explanation(Explanation.empty())
            .build();
    return List.of(
        new Sample(
            "ClaimHistory",
            history(),
            ClaimHistory.class,
            "{\"registrationDate\":\"2025-09-01\",\"entitlementMonths\":6,\"tier\":\"TIER_1\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],\"recordedThrough\":\"2025-10\",\"verifications\":[{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-20\"}],\"stopEvents\":[{\"type\":\"RE_EMPLOYMENT\",\"date\":\"2025-11-12\"}],\"subsidyPeriods\":[{\"from\":\"2025-10\",\"to\":\"2025-10\"}],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[{\"month\":\"2025-12\",\"amount\":\"2000.00\"}]}"),
        new Sample(
            "LedgerLine",
            line(),
            LedgerLine.class,
            "{\"month\":\"2025-12\",\"status\":\"STOPPED\",\"due\":\"0.00\",\"actual\":\"2000.00\",\"overpayment\":\"2000.00\",\"monthsUsed\":3,\"monthsLeft\":3,\"projected\":false,\"extension\":false}"),
        new Sample(
            "BenefitLedger",
            ledger,
            BenefitLedger.class,
            "{\"startMonth\":\"2025-09\",\"entitlementMonths\":6,\"retirementMonth\":\"2045-05\",\"lines\":[{\"month\":\"2025-12\",\"status\":\"STOPPED\",\"due\":\"0.00\",\"actual\":\"2000.00\",\"overpayment\":\"2000.00\",\"monthsUsed\":3,\"monthsLeft\":3,\"projected\":false,\"extension\":false}],\"lastPaidMonth\":\"2025-11\",\"endReason\":\"STOP_EVENT\",\"endEvent\":{\"type\":\"RE_EMPLOYMENT\",\"date\":\"2025-11-12\"},\"monthsUsed\":3,\"monthsLeft\":3,\"suspendedMonths\":0,\"notPayableMonths\":0,\"extensionMonths\":0,\"totalDue\":\"6000.00\",\"totalOverpayment\":\"2000.00\",\"reportDeadlines\":[],\"switches\":{\"I-14\":\"stopInEventMonth=[]\"},\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "StatutoryRetirement",
            retirement,
            StatutoryRetirement.class,
            "{\"birthMonth\":\"1966-03\",\"category\":\"MALE\",\"delayMonths\":4,\"ageYears\":60,\"ageMonths\":4,\"retirementMonth\":\"2026-07\",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "BenefitStandard",
            BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")),
            BenefitStandard.class,
            "{\"from\":\"2025-01\",\"tier\":\"TIER_2\",\"amount\":\"1800.00\"}"),
        new Sample(
            "Verification",
            Verification.on(LocalDate.of(2025, 9, 20)),
            Verification.class,
            "{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-20\"}"),
        new Sample(
            "StopEvent",
            StopEvent.of(StopEventType.DEATH, LocalDate.of(2026, 1, 3)),
            StopEvent.class,
            "{\"type\":\"DEATH\",\"date\":\"2026-01-03\"}"),
        new Sample(
            "SubsidyPeriod",
            SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2026, 2)),
            SubsidyPeriod.class,
            "{\"from\":\"2025-11\",\"to\":\"2026-02\"}"),
        new Sample(
            "ActualPayment",
            ActualPayment.of(YearMonth.of(2025, 9), STANDARD),
            ActualPayment.class,
            "{\"month\":\"2025-09\",\"amount\":\"2000.00\"}"),
        new Sample("BenefitTier", BenefitTier.TIER_1, BenefitTier.class, "\"TIER_1\""),
        new Sample(
            "RetirementCategory",
            RetirementCategory.FEMALE_ORIGINALLY_50,
            RetirementCategory.class,
            "\"FEMALE_ORIGINALLY_50\""),
        new Sample("LedgerStatus", LedgerStatus.SUSPENDED, LedgerStatus.class, "\"SUSPENDED\""),
        new Sample(
            "ClaimEndReason",
            ClaimEndReason.RETIREMENT_AGE,
            ClaimEndReason.class,
            "\"RETIREMENT_AGE\""));
  }
}
