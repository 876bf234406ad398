package io.github.cqui.rules.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.NoEditionInForceException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyEditionsTest {

  private static final PolicyEditions CHONGQING = SampleEditions.twoEditions();

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
  void aParameterAnEditionLacksIsRefusedNamingTheEarliestEditionThatHasIt() {
    assertThat(
            CHONGQING
                .parameterOn(LocalDate.of(2025, 8, 1), ParameterKey.NOTICE_CALENDAR_DAYS)
                .value())
        .isEqualTo(30);
    assertThatThrownBy(
            () ->
                CHONGQING.parameterOn(LocalDate.of(2025, 7, 31), ParameterKey.NOTICE_CALENDAR_DAYS))
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
                    LocalDate.of(2025, 9, 1), ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS))
        .isInstanceOfSatisfying(
            NoEditionInForceException.class, e -> assertThat(e.earliest()).isEmpty())
        .hasMessage(
            "no policy edition in force on 2025-09-01 sets shortContributionThresholdMonths: no"
                + " edition sets it");
  }

  @Test
  void findParameterOnIsEmptyBeforeTheEarliestEditionAndWhereTheEditionLacksIt() {
    assertThat(
            CHONGQING.findParameterOn(LocalDate.of(2023, 11, 30), ParameterKey.REVIEW_WORKING_DAYS))
        .isEmpty();
    assertThat(
            CHONGQING.findParameterOn(LocalDate.of(2025, 7, 31), ParameterKey.NOTICE_CALENDAR_DAYS))
        .isEmpty();
    assertThat(
            CHONGQING
                .findParameterOn(LocalDate.of(2025, 8, 1), ParameterKey.NOTICE_CALENDAR_DAYS)
                .orElseThrow()
                .value())
        .isEqualTo(30);
  }

  @Test
  void everyKeyReadsItsOwnPropertyAndKeysAreInPropertyOrder() {
    PolicyEdition latest = CHONGQING.latest();
    assertThat(ParameterKey.all())
        .extracting(ParameterKey::name)
        .startsWith(
            "reviewWorkingDays",
            "reportWorkingDays",
            "noticeCalendarDays",
            "shortContributionThresholdMonths",
            "combinedMonthsCap");
    assertThat(latest.parameter(ParameterKey.REVIEW_WORKING_DAYS))
        .contains(latest.reviewWorkingDays());
    assertThat(latest.parameter(ParameterKey.REPORT_WORKING_DAYS))
        .contains(latest.reportWorkingDays());
    assertThat(latest.parameter(ParameterKey.COMBINED_MONTHS_CAP))
        .contains(latest.combinedMonthsCap());
    assertThat(latest.parameter(ParameterKey.NOTICE_CALENDAR_DAYS))
        .isEqualTo(latest.noticeCalendarDays());
    assertThat(latest.parameter(ParameterKey.RECONSIDERATION_DAYS)).isEmpty();
    PolicyParameter<Integer> sixty =
        PolicyParameter.of(60, LocalDate.of(1999, 10, 1), LegalDocument.CIVIL_CODE.cite());
    PolicyEdition withSixty =
        PolicyEdition.builder().from(latest).reconsiderationDays(sixty).build();
    assertThat(withSixty.parameter(ParameterKey.RECONSIDERATION_DAYS)).contains(sixty);
    assertThat(ParameterKey.RECONSIDERATION_DAYS.valueType()).isEqualTo(Integer.class);
    assertThat(ParameterKey.RECONSIDERATION_DAYS).hasToString("reconsiderationDays");
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

  @Test
  void findParameterOnReadsTheEarliestEditionFromItsFirstDay() {
    // 《社会保险经办条例》第二十四条: 10 working days under the edition of 2023-12-01
    assertThat(
            CHONGQING
                .findParameterOn(LocalDate.of(2023, 12, 1), ParameterKey.REVIEW_WORKING_DAYS)
                .orElseThrow()
                .value())
        .isEqualTo(10);
    assertThat(
            CHONGQING
                .findParameterOn(LocalDate.of(2025, 7, 31), ParameterKey.REVIEW_WORKING_DAYS)
                .orElseThrow()
                .value())
        .isEqualTo(10);
  }

  @Test
  void aParameterRendersItsValueSinceAndSources() {
    PolicyParameter<Integer> sixty =
        PolicyParameter.of(
            60,
            LocalDate.of(1999, 10, 1),
            LegalDocument.CIVIL_CODE.cite("第二百零一条"),
            LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)"));
    assertThat(sixty).hasToString("60 (since 1999-10-01; 《中华人民共和国民法典》第二百零一条; 渝人社办〔2025〕112号 一(二))");
  }
}
