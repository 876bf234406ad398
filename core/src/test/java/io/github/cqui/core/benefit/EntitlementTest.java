package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlementRequest;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEdition;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The months of entitlement (《重庆市失业保险条例》第二十四条; 《中华人民共和国社会保险法》第四十六条; I-23): every band of the
 * POLICY-FACTS §1.5 table at both ends, the national maxima of the I-23 switch, the combination
 * with an earlier claim's unused months, and bad input.
 */
class EntitlementTest {

  private static final LocalDate REGISTERED = LocalDate.of(2025, 9, 1);

  private final EntitlementRules rules = Chongqing.rules().entitlements();
  private final EntitlementRules national =
      Chongqing.rules(
              WorkingDayCalendar.chongqing(),
              Chongqing.bundledEditions(),
              InterpretationSwitches.builder().durationTable(DurationTable.NATIONAL_MAXIMA).build())
          .entitlements();

  @ParameterizedTest(name = "条例 第二十四条 {2}: {0} months of contribution → {1} months")
  @CsvSource({
    "12, 3, (一) 满一年",
    "23, 3, (一) 不足两年",
    "24, 6, (二) 满两年",
    "35, 6, (二) 不足三年",
    "36, 9, (三) 满三年",
    "47, 9, (三) 不足四年",
    "48, 12, (四) 满四年",
    "59, 12, (四) 不足五年",
    "60, 15, (五) 满五年",
    "83, 15, (五) 不足七年",
    "84, 16, (六) 满七年",
    "95, 16, (六) 不足八年",
    "96, 17, (六) 满八年 +1",
    "107, 17, (六) 不足九年",
    "108, 18, (六) 满九年 +2",
    "119, 18, (六) 不足十年",
    "120, 19, (六) 满十年 +3",
    "131, 19, (六) 不足十一年",
    "132, 20, (六) 满十一年 +4",
    "143, 20, (六) 不足十二年",
    "144, 21, (六) 满十二年 +5",
    "155, 21, (六) 不足十三年",
    "156, 22, (六) 满十三年 +6",
    "167, 22, (六) 不足十四年",
    "168, 23, (六) 满十四年 +7",
    "179, 23, (六) 不足十五年",
    "180, 24, (六) 满十五年 最长二十四个月",
    "181, 24, (六) 最长不超过二十四个月",
    "480, 24, (六) 四十年 最长不超过二十四个月",
  })
  void everyBandOfTheRegulationTable(int contributionMonths, int months, String band) {
    Entitlement e = rules.entitlement(EntitlementRequest.of(REGISTERED, contributionMonths));
    assertThat(e.eligible()).isTrue();
    assertThat(e.ineligibleReason()).isEmpty();
    assertThat(e.wholeYears()).isEqualTo(contributionMonths / 12);
    assertThat(e.tableMonths()).isEqualTo(months);
    assertThat(e.totalMonths()).isEqualTo(months);
    assertThat(e.carriedOverMonths()).isZero();
    assertThat(e.cap()).isEqualTo(24);
    assertThat(e.durationTable()).isEqualTo(DurationTable.CHONGQING_REGULATION);
    assertThat(e.editionFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(e.switches())
        .containsExactly(Map.entry(Interpretation.I_23, "durationTable=CHONGQING_REGULATION"));
    assertThat(e.explanation().steps())
        .extracting(s -> s.code())
        .containsExactly(
            StepCode.BENEFIT_ENTITLEMENT_YEARS,
            StepCode.BENEFIT_ENTITLEMENT_TABLE_CHONGQING,
            StepCode.BENEFIT_ENTITLEMENT_COMBINED);
  }

  @ParameterizedTest(name = "条例 第十八条(一), 社会保险法 第四十五条(一): {0} months of contribution → not eligible")
  @CsvSource({"0", "1", "11"})
  void lessThanAYearIsNotEligible(int contributionMonths) {
    Entitlement e = rules.entitlement(EntitlementRequest.of(REGISTERED, contributionMonths));
    assertThat(e.eligible()).isFalse();
    assertThat(e.wholeYears()).isZero();
    assertThat(e.tableMonths()).isZero();
    assertThat(e.carriedOverMonths()).isZero();
    assertThat(e.totalMonths()).isZero();
    assertThat(e.ineligibleReason())
        .hasValue(
            "contributionMonths = "
                + contributionMonths
                + ": less than one year (12 months) of contribution"
                + " (《重庆市失业保险条例》第十八条第（一）项; 《中华人民共和国社会保险法》第四十五条第（一）项)");
    assertThat(e.explanation().steps())
        .extracting(s -> s.code())
        .containsExactly(
            StepCode.BENEFIT_ENTITLEMENT_YEARS, StepCode.BENEFIT_ENTITLEMENT_INELIGIBLE);
  }

  @ParameterizedTest(name = "社会保险法 第四十六条 (I-23 national maxima): {0} months → {1} months")
  @CsvSource({
    "11, 0", "12, 12", "59, 12", "60, 18", "119, 18", "120, 24", "480, 24",
  })
  void theNationalMaximaWithTheSwitch(int contributionMonths, int months) {
    Entitlement e = national.entitlement(EntitlementRequest.of(REGISTERED, contributionMonths));
    assertThat(e.tableMonths()).isEqualTo(months);
    assertThat(e.totalMonths()).isEqualTo(months);
    assertThat(e.eligible()).isEqualTo(months > 0);
    assertThat(e.durationTable()).isEqualTo(DurationTable.NATIONAL_MAXIMA);
    assertThat(e.switches()).containsEntry(Interpretation.I_23, "durationTable=NATIONAL_MAXIMA");
    if (e.eligible()) {
      assertThat(e.explanation().steps().get(1).code())
          .isEqualTo(StepCode.BENEFIT_ENTITLEMENT_TABLE_NATIONAL);
      assertThat(e.explanation().steps().get(1).citations())
          .extracting(Object::toString)
          .containsExactly("《中华人民共和国社会保险法》第四十六条", "《失业保险条例》第十七条");
    }
  }

  @ParameterizedTest(
      name = "条例 第二十四条第二款, 社会保险法 第四十六条: {0} months ({1} by the table) + {2} unused" + " → {3}")
  @CsvSource({
    "36, 9, 20, 24",
    "36, 9, 15, 24",
    "36, 9, 14, 23",
    "36, 9, 10, 19",
    "12, 3, 1, 4",
    "84, 16, 8, 24",
    "84, 16, 9, 24",
    "180, 24, 24, 24",
    "12, 3, 24, 24",
  })
  void unusedMonthsOfTheEarlierClaimAreAddedUpTo24(
      int contributionMonths, int table, int unused, int total) {
    Entitlement e =
        rules.entitlement(EntitlementRequest.of(REGISTERED, contributionMonths, unused));
    assertThat(e.tableMonths()).isEqualTo(table);
    assertThat(e.carriedOverMonths()).isEqualTo(unused);
    assertThat(e.cap()).isEqualTo(24);
    assertThat(e.totalMonths()).isEqualTo(total);
    assertThat(e.explanation().steps().get(2).values())
        .containsEntry("tableMonths", String.valueOf(table))
        .containsEntry("carriedOverMonths", String.valueOf(unused))
        .containsEntry("cap", "24")
        .containsEntry("totalMonths", String.valueOf(total));
    assertThat(e.explanation().steps().get(2).citations())
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十四条第二款", "《中华人民共和国社会保险法》第四十六条");
  }

  @Test
  void theNationalMaximaAreCombinedUpTo24Too() {
    Entitlement e = national.entitlement(EntitlementRequest.of(REGISTERED, 60, 9));
    assertThat(e.tableMonths()).isEqualTo(18);
    assertThat(e.totalMonths()).isEqualTo(24);
  }

  @Test
  void withoutAYearTheEarlierClaimsMonthsAreNotCarriedIntoANewClaim() {
    Entitlement e = rules.entitlement(EntitlementRequest.of(REGISTERED, 11, 5));
    assertThat(e.eligible()).isFalse();
    assertThat(e.totalMonths()).isZero();
    assertThat(e.carriedOverMonths()).isZero();
    assertThat(e.request().unusedMonthsOfEarlierClaim()).isEqualTo(5);
    assertThat(e.ineligibleReason())
        .get()
        .asString()
        .startsWith("contributionMonths = 11: less than one year (12 months) of contribution")
        .contains(
            "the 5 unused months of the earlier claim are not carried into a new claim and may"
                + " still be claimed under the earlier claim")
        .contains("《失业保险金申领发放办法》第十五条");
    assertThat(e.explanation().steps())
        .extracting(s -> s.code())
        .containsExactly(
            StepCode.BENEFIT_ENTITLEMENT_YEARS,
            StepCode.BENEFIT_ENTITLEMENT_INELIGIBLE,
            StepCode.BENEFIT_ENTITLEMENT_EARLIER_CLAIM);
    assertThat(e.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("前次失业应领取而尚未领取的5个月不并入新的申领；重新就业后不满一年再次失业的，可以继续申领。");
  }

  @Test
  void theExplanationInChineseAndEnglish() {
    Entitlement e = rules.entitlement(EntitlementRequest.of(REGISTERED, 41, 20));
    assertThat(e.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(
            "累计缴费41个月，按整年计为3年；不满一年的月数不计入下一档。 [《重庆市失业保险条例》第二十四条; I-23]\n"
                + "按重庆市条例的分档，累计缴费满3年，领取失业保险金的期限为9个月。 [《重庆市失业保险条例》第二十四条; I-23]\n"
                + "本次9个月与前次失业应领取而尚未领取的20个月合并计算，最长不超过24个月，领取期限为24个月。"
                + " [《重庆市失业保险条例》第二十四条第二款; 《中华人民共和国社会保险法》第四十六条; I-23]");
    assertThat(e.explanation().render(Locale.ENGLISH))
        .isEqualTo(
            "41 months of cumulative contribution make 3 whole years; months beyond whole years do"
                + " not count toward the next band. [《重庆市失业保险条例》第二十四条; I-23]\n"
                + "Under the graduated table of the Chongqing Regulations, 3 whole years of"
                + " contribution give 9 months. [《重庆市失业保险条例》第二十四条; I-23]\n"
                + "9 months of this claim and 20 unused months of the earlier claim are combined, at"
                + " most 24: 24 months of entitlement."
                + " [《重庆市失业保险条例》第二十四条第二款; 《中华人民共和国社会保险法》第四十六条; I-23]");
  }

  @Test
  void theEditionInForceOnTheRegistrationDateSetsTheCap() {
    PolicyEditions editions =
        Chongqing.bundledEditions()
            .with(
                ImmutablePolicyEdition.builder()
                    .from(Chongqing.bundledEditions().latest())
                    .effectiveFrom(LocalDate.of(2026, 1, 1))
                    .combinedMonthsCap(
                        PolicyParameter.of(
                            20, LocalDate.of(2026, 1, 1), Citation.ofDocument("test edition")))
                    .build());
    EntitlementRules capped =
        Chongqing.rules(WorkingDayCalendar.chongqing(), editions, InterpretationSwitches.defaults())
            .entitlements();
    Entitlement before =
        capped.entitlement(EntitlementRequest.of(LocalDate.of(2025, 12, 31), 36, 14));
    Entitlement after = capped.entitlement(EntitlementRequest.of(LocalDate.of(2026, 1, 1), 36, 14));
    assertThat(before.cap()).isEqualTo(24);
    assertThat(before.totalMonths()).isEqualTo(23);
    assertThat(after.cap()).isEqualTo(20);
    assertThat(after.totalMonths()).isEqualTo(20);
    assertThat(after.editionFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(after.explanation().steps().get(2).citations())
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十四条第二款", "test edition", "《中华人民共和国社会保险法》第四十六条");
  }

  @Test
  void aNegativeContributionIsRejectedNamingTheField() {
    assertThatThrownBy(() -> EntitlementRequest.of(REGISTERED, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("contributionMonths = -1: must not be negative")
        .satisfies(
            e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contributionMonths"));
  }

  @Test
  void negativeUnusedMonthsAreRejectedNamingTheField() {
    assertThatThrownBy(
            () ->
                ImmutableEntitlementRequest.builder()
                    .registrationDate(REGISTERED)
                    .contributionMonths(24)
                    .unusedMonthsOfEarlierClaim(-3)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unusedMonthsOfEarlierClaim = -3: must not be negative");
  }

  @Test
  void moreUnusedMonthsThanTheCapAreRejectedNamingTheField() {
    assertThatThrownBy(() -> rules.entitlement(EntitlementRequest.of(REGISTERED, 24, 25)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "unusedMonthsOfEarlierClaim = 25: must not exceed the combined-months cap of 24"
                + " (《重庆市失业保险条例》第二十四条第二款), which no earlier claim could exceed");
  }

  @Test
  void aRegistrationBeforeTheEarliestEditionIsRefused() {
    assertThatThrownBy(
            () -> rules.entitlement(EntitlementRequest.of(LocalDate.of(2023, 11, 30), 24)))
        .isInstanceOf(NoEditionInForceException.class)
        .hasMessage(
            "no policy edition in force on 2023-11-30: the earliest edition takes effect on"
                + " 2023-12-01 (《社会保险经办条例》第六十三条)");
    assertThat(
            rules.entitlement(EntitlementRequest.of(LocalDate.of(2023, 12, 1), 24)).totalMonths())
        .isEqualTo(6);
  }
}
