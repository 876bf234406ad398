package io.github.cqui.rules.benefit;

import static io.github.cqui.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BenefitValuesTest {

  private static ClaimHistory.Builder claim() {
    ClaimHistory.Builder builder = ClaimHistory.builder();
    builder
        .registrationDate(LocalDate.of(2025, 9, 3))
        .entitlementMonths(6)
        .tier(BenefitTier.TIER_1)
        .recordedThrough(YearMonth.of(2025, 12))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
    return builder;
  }

  /** 国务院关于渐进式延迟法定退休年龄的办法, 第一条 and its tables. */
  @Test
  void retirementCategoriesCarryTheReformsAgesAndPaces() {
    assertThat(RetirementCategory.MALE.chineseName()).isEqualTo("男职工");
    assertThat(RetirementCategory.MALE.originalAge()).isEqualTo(60);
    assertThat(RetirementCategory.MALE.firstAffectedBirthMonth()).isEqualTo(YearMonth.of(1965, 1));
    assertThat(RetirementCategory.MALE.birthMonthsPerDelayMonth()).isEqualTo(4);
    assertThat(RetirementCategory.MALE.maximumDelayMonths()).isEqualTo(36);
    RetirementCategory female55 = RetirementCategory.FEMALE_ORIGINALLY_55;
    assertThat(female55.chineseName()).isEqualTo("原法定退休年龄为五十五周岁的女职工");
    assertThat(female55.originalAge()).isEqualTo(55);
    assertThat(female55.firstAffectedBirthMonth()).isEqualTo(YearMonth.of(1970, 1));
    assertThat(female55.birthMonthsPerDelayMonth()).isEqualTo(4);
    assertThat(female55.maximumDelayMonths()).isEqualTo(36);
    RetirementCategory female50 = RetirementCategory.FEMALE_ORIGINALLY_50;
    assertThat(female50.chineseName()).isEqualTo("原法定退休年龄为五十周岁的女职工");
    assertThat(female50.originalAge()).isEqualTo(50);
    assertThat(female50.firstAffectedBirthMonth()).isEqualTo(YearMonth.of(1975, 1));
    assertThat(female50.birthMonthsPerDelayMonth()).isEqualTo(2);
    assertThat(female50.maximumDelayMonths()).isEqualTo(60);
  }

  @Test
  void aSubsidyPeriodIncludesBothEndMonths() {
    SubsidyPeriod period = SubsidyPeriod.of(YearMonth.of(2025, 9), YearMonth.of(2025, 11));
    assertThat(period.includes(YearMonth.of(2025, 8))).isFalse();
    assertThat(period.includes(YearMonth.of(2025, 9))).isTrue();
    assertThat(period.includes(YearMonth.of(2025, 10))).isTrue();
    assertThat(period.includes(YearMonth.of(2025, 11))).isTrue();
    assertThat(period.includes(YearMonth.of(2025, 12))).isFalse();
    SubsidyPeriod oneMonth = SubsidyPeriod.of(YearMonth.of(2025, 9), YearMonth.of(2025, 9));
    assertThat(oneMonth.includes(YearMonth.of(2025, 9))).isTrue();
  }

  /** 《重庆市失业保险条例》第二十四条; 《社会保险法》第四十六条: 1 to 24 months. */
  @Test
  void aClaimIsEntitledToOneToTwentyFourMonths() {
    assertThat(claim().entitlementMonths(1).build().entitlementMonths()).isEqualTo(1);
    assertThat(claim().entitlementMonths(24).build().entitlementMonths()).isEqualTo(24);
    String rule = "must be 1 to 24 (《重庆市失业保险条例》第二十四条; 《社会保险法》第四十六条)";
    assertRefused(() -> claim().entitlementMonths(0).build(), "entitlementMonths", "0", rule);
    assertRefused(() -> claim().entitlementMonths(25).build(), "entitlementMonths", "25", rule);
  }

  @Test
  void aClaimRefusesTwoStandardsOfOneTierFromOneMonth() {
    YearMonth from = YearMonth.of(2025, 1);
    assertRefused(
        () ->
            claim()
                .addStandards(
                    BenefitStandard.of(from, BenefitTier.TIER_1, Money.ofYuan("1800.00")),
                    BenefitStandard.of(from, BenefitTier.TIER_1, Money.ofYuan("1900.00")))
                .build(),
        "standards[1]",
        "TIER_1 from 2025-01 1900.00",
        "standards[0] is of the same tier TIER_1 from the same month 2025-01 (1800.00): one"
            + " standard of a tier from a month, never the last one listed");
  }

  @Test
  void aClaimRefusesAMonthVerifiedTwice() {
    assertRefused(
        () ->
            claim()
                .addVerifications(
                    Verification.on(LocalDate.of(2025, 10, 9)),
                    Verification.on(LocalDate.of(2025, 10, 20)))
                .build(),
        "verifications[1].month",
        "2025-10",
        "a month is verified at most once");
  }

  @Test
  void aClaimRefusesAMonthPaidTwice() {
    assertRefused(
        () ->
            claim()
                .addActualPayments(
                    ActualPayment.of(YearMonth.of(2025, 10), Money.ofYuan("1800.00")),
                    ActualPayment.of(YearMonth.of(2025, 10), Money.ofYuan("1800.00")))
                .build(),
        "actualPayments[1].month",
        "2025-10",
        "a month is listed at most once");
  }

  @Test
  void aClaimRefusesARecordBeyondTheLedgerHorizon() {
    assertThat(claim().recordedThrough(YearMonth.of(2035, 9)).build().recordedThrough())
        .isEqualTo(YearMonth.of(2035, 9));
    assertRefused(
        () -> claim().recordedThrough(YearMonth.of(2035, 10)).build(),
        "recordedThrough",
        "2035-10",
        "must not be more than 120 months after the month of registration, 2025-09 (the ledger"
            + " horizon, Limits.LEDGER_HORIZON_MONTHS): at most 2035-09");
  }

  @Test
  void aClaimRefusesMoreStopEventsOrSubsidyPeriodsThanMaxListSize() {
    ClaimHistory.Builder events = claim();
    for (int i = 0; i <= 1000; i++) {
      events.addStopEvents(
          StopEvent.of(
              io.github.cqui.rules.deadline.StopEventType.RE_EMPLOYMENT,
              LocalDate.of(2025, 10, 1).plusDays(i)));
    }
    assertRefused(
        events::build,
        "stopEvents",
        "1001 elements",
        "must have at most 1000 elements (Limits.MAX_LIST_SIZE)");
    ClaimHistory.Builder periods = claim();
    for (int i = 0; i <= 1000; i++) {
      periods.addSubsidyPeriods(SubsidyPeriod.of(YearMonth.of(2025, 10), YearMonth.of(2025, 10)));
    }
    assertRefused(
        periods::build,
        "subsidyPeriods",
        "1001 elements",
        "must have at most 1000 elements (Limits.MAX_LIST_SIZE)");
  }
}
