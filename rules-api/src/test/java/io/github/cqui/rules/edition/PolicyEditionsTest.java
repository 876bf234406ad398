package io.github.cqui.rules.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.NoEditionInForceException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyEditionsTest {

  private static final PolicyEditions CHONGQING = PolicyEditions.chongqing();

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
  void aDateBeforeTheEarliestEditionIsRefused() {
    LocalDate day = LocalDate.of(2023, 11, 30);
    assertThatThrownBy(() -> CHONGQING.editionOn(day))
        .isInstanceOfSatisfying(
            NoEditionInForceException.class,
            e -> {
              assertThat(e.date()).isEqualTo(day);
              assertThat(e.earliest()).contains(LocalDate.of(2023, 12, 1));
            })
        .hasMessage(
            "no policy edition in force on 2023-11-30: the earliest edition takes effect on"
                + " 2023-12-01 (《社会保险经办条例》第六十三条)");
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
  void aParameterAnEditionLacksIsRefusedNamingTheEarliestEditionThatHasIt() {
    assertThat(
            CHONGQING
                .parameterOn(
                    LocalDate.of(2025, 8, 1),
                    "noticeCalendarDays",
                    PolicyEdition::noticeCalendarDays)
                .value())
        .isEqualTo(30);
    assertThatThrownBy(
            () ->
                CHONGQING.parameterOn(
                    LocalDate.of(2025, 7, 31),
                    "noticeCalendarDays",
                    PolicyEdition::noticeCalendarDays))
        .isInstanceOfSatisfying(
            NoEditionInForceException.class,
            e -> assertThat(e.earliest()).contains(LocalDate.of(2025, 8, 1)))
        .hasMessage(
            "no policy edition in force on 2025-07-31 sets noticeCalendarDays: the earliest"
                + " edition that does takes effect on 2025-08-01 (渝人社办〔2025〕112号)");
    PolicyEditions without = PolicyEditions.of(CHONGQING.earliest());
    assertThatThrownBy(
            () ->
                without.parameterOn(
                    LocalDate.of(2025, 9, 1),
                    "shortContributionThresholdMonths",
                    PolicyEdition::shortContributionThresholdMonths))
        .isInstanceOfSatisfying(
            NoEditionInForceException.class, e -> assertThat(e.earliest()).isEmpty())
        .hasMessage(
            "no policy edition in force on 2025-09-01 sets shortContributionThresholdMonths: no"
                + " edition sets it");
  }

  @Test
  void usersBuildTheirOwnEditions() {
    PolicyEdition latest = CHONGQING.latest();
    PolicyEdition fiveDays =
        PolicyEdition.builder()
            .from(latest)
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .source(LegalDocument.CHONGQING_NOTICE_2025_112.cite())
            .reviewWorkingDays(
                PolicyParameter.of(
                    5, LocalDate.of(2027, 1, 1), LegalDocument.CHONGQING_NOTICE_2025_112.cite()))
            .build();
    PolicyEditions mine = PolicyEditions.of(fiveDays, CHONGQING.earliest(), latest);
    assertThat(mine.editions()).extracting(PolicyEdition::effectiveFrom).isSorted();
    assertThat(mine.editionOn(LocalDate.of(2026, 12, 31)).reviewWorkingDays().value()).isEqualTo(7);
    assertThat(mine.editionOn(LocalDate.of(2027, 1, 1)).reviewWorkingDays().value()).isEqualTo(5);
    assertThat(CHONGQING.with(fiveDays)).isEqualTo(mine);
    assertThat(mine.with(latest)).isEqualTo(mine);
  }

  @Test
  void editionsAreChecked() {
    assertThatThrownBy(() -> PolicyEditions.of(CHONGQING.latest(), CHONGQING.latest()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("editions = 2025-08-01: two editions take effect on this date");
    assertThatThrownBy(() -> PolicyEditions.of(java.util.List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("editions = []: at least one policy edition is needed");
    PolicyEdition first = CHONGQING.earliest();
    assertThatThrownBy(
            () ->
                PolicyEdition.builder()
                    .from(first)
                    .reviewWorkingDays(
                        PolicyParameter.of(
                            0, first.effectiveFrom(), LegalDocument.CIVIL_CODE.cite()))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reviewWorkingDays.value = 0: must be positive");
    assertThatThrownBy(
            () ->
                PolicyEdition.builder()
                    .from(first)
                    .reportWorkingDays(
                        PolicyParameter.of(
                            20, LocalDate.of(2024, 1, 1), LegalDocument.CIVIL_CODE.cite()))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "reportWorkingDays.since = 2024-01-01: must not be after the edition's effectiveFrom"
                + " (2023-12-01)");
  }
}
