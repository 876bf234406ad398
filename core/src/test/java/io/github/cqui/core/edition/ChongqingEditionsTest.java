package io.github.cqui.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled Chongqing editions: every parameter's value, date and source (POLICY-FACTS §5). */
class ChongqingEditionsTest {

  private static final PolicyEditions CHONGQING = Chongqing.bundledEditions();

  @Test
  void reviewDaysAreTenBeforeTheNoticeAndSevenFromItsFirstDay() {
    assertThat(CHONGQING.editionOn(LocalDate.of(2025, 7, 31)).reviewWorkingDays().value())
        .isEqualTo(10);
    assertThat(CHONGQING.editionOn(LocalDate.of(2025, 8, 1)).reviewWorkingDays().value())
        .isEqualTo(7);
    assertThat(CHONGQING.editionOn(LocalDate.of(2023, 12, 1)).reviewWorkingDays().value())
        .isEqualTo(10);
    assertThat(CHONGQING.editionOn(LocalDate.of(2099, 1, 1)).reviewWorkingDays().value())
        .isEqualTo(7);
  }

  @Test
  void bundledParametersCarryTheirSources() {
    PolicyEdition first = CHONGQING.earliest();
    PolicyEdition second = CHONGQING.latest();
    assertThat(CHONGQING.editions()).containsExactly(first, second);
    assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(second.source()).hasToString("渝人社办〔2025〕112号");

    assertThat(first.reviewWorkingDays()).hasToString("10 (since 2023-12-01; 《社会保险经办条例》第二十四条)");
    assertThat(second.reviewWorkingDays()).hasToString("7 (since 2025-08-01; 渝人社办〔2025〕112号 一(二))");
    assertThat(first.reportWorkingDays()).hasToString("20 (since 2023-12-01; 《社会保险经办条例》第二十五条)");
    assertThat(second.reportWorkingDays())
        .hasToString("20 (since 2023-12-01; 渝人社办〔2025〕112号 一(五); 《社会保险经办条例》第二十五条)");
    assertThat(first.noticeCalendarDays()).isEmpty();
    assertThat(second.noticeCalendarDays().orElseThrow())
        .hasToString("30 (since 2025-08-01; 渝人社办〔2025〕112号 二(一))");
    assertThat(first.shortContributionThresholdMonths()).isEmpty();
    assertThat(second.shortContributionThresholdMonths().orElseThrow().value()).isEqualTo(4);
    assertThat(second.shortContributionThresholdMonths().orElseThrow().sources())
        .startsWith(LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(一)"));
    for (PolicyEdition edition : CHONGQING.editions()) {
      assertThat(edition.combinedMonthsCap().value()).isEqualTo(24);
      assertThat(edition.combinedMonthsCap().sources())
          .containsExactly(
              LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条"),
              LegalDocument.SOCIAL_INSURANCE_LAW.cite("第四十六条"));
    }
  }

  @Test
  void theEnforcementPeriodsOfI17AreParametersOfBothEditions() {
    for (PolicyEdition edition : CHONGQING.editions()) {
      assertThat(edition.reconsiderationDays().orElseThrow())
          .hasToString("60 (since 1999-10-01; 《中华人民共和国行政复议法》第二十条)");
      assertThat(edition.litigationMonths().orElseThrow())
          .hasToString("6 (since 2015-05-01; 《中华人民共和国行政诉讼法》第四十六条)");
      assertThat(edition.litigationMonthsRightsNotStated().orElseThrow().value()).isEqualTo(12);
      assertThat(edition.litigationMonthsRightsNotStated().orElseThrow().sources())
          .containsExactly(
              LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第六十四条"));
      assertThat(edition.courtApplicationMonths().orElseThrow().value()).isEqualTo(3);
      assertThat(edition.courtApplicationMonths().orElseThrow().sources())
          .containsExactly(
              LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条"),
              LegalDocument.ADMINISTRATIVE_COMPULSION_LAW.cite("第五十三条"));
      assertThat(edition.reminderWorkingDays().orElseThrow().value()).isEqualTo(10);
      assertThat(edition.reminderWorkingDays().orElseThrow().sources())
          .containsExactly(
              LegalDocument.ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条"),
              LegalDocument.ADMINISTRATIVE_COMPULSION_LAW.cite("第六十九条"));
      assertThat(edition.nearRetirementWindowMonths().orElseThrow())
          .hasToString("12 (since 2019-12-01; 人社部发〔2020〕40号)");
    }
  }

  @Test
  void missedVerificationsSuspendOnlyFromTheNoticeOf2025_08_01_I18() {
    assertThat(
            CHONGQING.findParameterOn(
                LocalDate.of(2025, 7, 31), ParameterKey.SUSPENSION_AFTER_MISSED_MONTHS))
        .isEmpty();
    assertThat(
            CHONGQING
                .parameterOn(LocalDate.of(2025, 8, 1), ParameterKey.SUSPENSION_AFTER_MISSED_MONTHS)
                .toString())
        .isEqualTo("2 (since 2025-08-01; 渝人社办〔2025〕112号 一(四))");
  }
}
