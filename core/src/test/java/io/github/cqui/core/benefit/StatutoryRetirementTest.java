package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statutory retirement age under the 2025 reform: every vector of POLICY-FACTS §4. */
class StatutoryRetirementTest {

  private final BenefitRules rules = Chongqing.rules().benefits();

  @ParameterizedTest(
      name = "《国务院关于渐进式延迟法定退休年龄的办法》第一条, POLICY-FACTS §4: {0} born {1} → +{2} months, {3}y{4}m, {5}")
  @CsvSource({
    "MALE, 1964-12, 0, 60, 0, 2024-12",
    "MALE, 1965-01, 1, 60, 1, 2025-02",
    "MALE, 1965-04, 1, 60, 1, 2025-05",
    "MALE, 1965-05, 2, 60, 2, 2025-07",
    "MALE, 1970-06, 17, 61, 5, 2031-11",
    "MALE, 1976-08, 35, 62, 11, 2039-07",
    "MALE, 1976-09, 36, 63, 0, 2039-09",
    "FEMALE_ORIGINALLY_55, 1970-01, 1, 55, 1, 2025-02",
    "FEMALE_ORIGINALLY_55, 1981-09, 36, 58, 0, 2039-09",
    "FEMALE_ORIGINALLY_50, 1974-12, 0, 50, 0, 2024-12",
    "FEMALE_ORIGINALLY_50, 1975-01, 1, 50, 1, 2025-02",
    "FEMALE_ORIGINALLY_50, 1980-03, 32, 52, 8, 2032-11",
    "FEMALE_ORIGINALLY_50, 1984-11, 60, 55, 0, 2039-11",
  })
  void theReformSchedule(
      RetirementCategory category,
      YearMonth birth,
      int delay,
      int years,
      int months,
      YearMonth retirement) {
    StatutoryRetirement r = rules.statutoryRetirement(birth, category);
    assertThat(r.delayMonths()).isEqualTo(delay);
    assertThat(r.ageYears()).isEqualTo(years);
    assertThat(r.ageMonths()).isEqualTo(months);
    assertThat(r.retirementMonth()).isEqualTo(retirement);
  }

  @Test
  void theDelayIsCappedAndTheExplanationCitesTheMeasures() {
    StatutoryRetirement late =
        rules.statutoryRetirement(YearMonth.of(1990, 1), RetirementCategory.MALE);
    assertThat(late.delayMonths()).isEqualTo(36);
    assertThat(late.retirementMonth()).isEqualTo(YearMonth.of(2053, 1));
    assertThat(late.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("1990-01出生（男职工），法定退休年龄较原退休年龄延迟36个月，于2053-01达到。")
        .contains("《国务院关于渐进式延迟法定退休年龄的办法》第一条");
  }
}
