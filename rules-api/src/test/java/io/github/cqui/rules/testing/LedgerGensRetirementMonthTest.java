package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.benefit.RetirementCategory;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The month of statutory retirement age that a generated RETIREMENT_AGE stop event must agree with
 * ({@code LedgerGens.retirementMonth}), at the edges of 《国务院关于渐进式延迟法定退休年龄的办法》第一条 and its table: no
 * delay for a birth month before the first one affected, one month for the first one, one more
 * month for every 4 (or 2) birth months after it, up to the largest delay.
 */
class LedgerGensRetirementMonthTest {

  private static YearMonth retirement(int year, int month, RetirementCategory category) {
    return LedgerGens.retirementMonth(YearMonth.of(year, month), category);
  }

  @Test
  void menRetireAtSixtyUntilBornIn1965ThenOneMonthLaterForEveryFourBirthMonthsUpToSixtyThree() {
    RetirementCategory men = RetirementCategory.MALE;

    assertThat(retirement(1964, 12, men)).isEqualTo(YearMonth.of(2024, 12)); // 60
    assertThat(retirement(1965, 1, men)).isEqualTo(YearMonth.of(2025, 2)); // 60 and 1 month
    assertThat(retirement(1965, 4, men)).isEqualTo(YearMonth.of(2025, 5)); // 60 and 1 month
    assertThat(retirement(1965, 5, men)).isEqualTo(YearMonth.of(2025, 7)); // 60 and 2 months
    assertThat(retirement(1976, 8, men)).isEqualTo(YearMonth.of(2039, 7)); // 60 and 35 months
    assertThat(retirement(1976, 9, men)).isEqualTo(YearMonth.of(2039, 9)); // 63
    assertThat(retirement(1977, 1, men)).isEqualTo(YearMonth.of(2040, 1)); // 63, no more
  }

  @Test
  void womenOriginallyRetiringAtFiftyFiveStartTheirDelayWithThoseBornIn1970() {
    RetirementCategory women = RetirementCategory.FEMALE_ORIGINALLY_55;

    assertThat(retirement(1969, 12, women)).isEqualTo(YearMonth.of(2024, 12)); // 55
    assertThat(retirement(1970, 1, women)).isEqualTo(YearMonth.of(2025, 2)); // 55 and 1 month
    assertThat(retirement(1970, 5, women)).isEqualTo(YearMonth.of(2025, 7)); // 55 and 2 months
  }

  @Test
  void womenOriginallyRetiringAtFiftyAreDelayedOneMonthForEveryTwoBirthMonthsUpToFiftyFive() {
    RetirementCategory women = RetirementCategory.FEMALE_ORIGINALLY_50;

    assertThat(retirement(1974, 12, women)).isEqualTo(YearMonth.of(2024, 12)); // 50
    assertThat(retirement(1975, 1, women)).isEqualTo(YearMonth.of(2025, 2)); // 50 and 1 month
    assertThat(retirement(1975, 2, women)).isEqualTo(YearMonth.of(2025, 3)); // 50 and 1 month
    assertThat(retirement(1975, 3, women)).isEqualTo(YearMonth.of(2025, 5)); // 50 and 2 months
    assertThat(retirement(1984, 11, women)).isEqualTo(YearMonth.of(2039, 11)); // 55
    assertThat(retirement(1985, 1, women)).isEqualTo(YearMonth.of(2040, 1)); // 55, no more
  }
}
