package io.github.cqui.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.DurationTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The months of each duration table (I-23), Chongqing's data, with their clause and date. */
class DurationTablesTest {

  /** Every row of POLICY-FACTS §1.5, 《重庆市失业保险条例》 art 24. */
  @ParameterizedTest(name = "{0} whole years -> {1} months")
  @CsvSource({
    "0, 0", "1, 3", "2, 6", "3, 9", "4, 12", "5, 15", "6, 15", "7, 16", "8, 17", "9, 18", "10, 19",
    "11, 20", "12, 21", "13, 22", "14, 23", "15, 24", "16, 24", "20, 24", "45, 24"
  })
  void chongqingRegulationTable(int years, int months) {
    assertThat(DurationTables.of(DurationTable.CHONGQING_REGULATION).monthsFor(years))
        .isEqualTo(months);
  }

  /** The maxima of 《中华人民共和国社会保险法》 art 46: 12 for 1–5 years, 18 for 5–10, 24 from 10. */
  @ParameterizedTest(name = "{0} whole years -> {1} months")
  @CsvSource({
    "0, 0", "1, 12", "2, 12", "3, 12", "4, 12", "5, 18", "6, 18", "7, 18", "8, 18", "9, 18",
    "10, 24", "11, 24", "15, 24", "45, 24"
  })
  void nationalMaxima(int years, int months) {
    assertThat(DurationTables.of(DurationTable.NATIONAL_MAXIMA).monthsFor(years)).isEqualTo(months);
  }

  @ParameterizedTest
  @EnumSource(DurationTable.class)
  void neverExceedsTheNationalMaximaNorTwentyFour(DurationTable table) {
    for (int years = 0; years <= 60; years++) {
      assertThat(DurationTables.of(table).monthsFor(years))
          .isBetween(0, 24)
          .isLessThanOrEqualTo(DurationTables.of(DurationTable.NATIONAL_MAXIMA).monthsFor(years));
      if (years > 0) {
        assertThat(DurationTables.of(table).monthsFor(years))
            .isGreaterThanOrEqualTo(DurationTables.of(table).monthsFor(years - 1));
      }
    }
  }

  @Test
  void citesItsClauseAndRejectsNegativeYears() {
    assertThat(DurationTables.of(DurationTable.CHONGQING_REGULATION).citation())
        .hasToString("《重庆市失业保险条例》第二十四条");
    assertThat(DurationTables.of(DurationTable.NATIONAL_MAXIMA).citation())
        .hasToString("《中华人民共和国社会保险法》第四十六条");
    assertThatThrownBy(() -> DurationTables.of(DurationTable.CHONGQING_REGULATION).monthsFor(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("wholeYearsOfContribution = -1: must not be negative");
  }
}
