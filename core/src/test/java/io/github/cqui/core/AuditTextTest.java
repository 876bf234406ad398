package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.premium.AuditText;
import io.github.cqui.rules.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Differential: the explanations' figures are written exactly as {@link Money#toString()} and
 * {@link YearMonth#toString()} write them, over every fen from -10.00 to 10.00, around the extremes
 * of {@code Money}, and over years with fewer and more than four digits.
 */
class AuditTextTest {

  @Test
  void amountsAreWrittenAsMoneyWritesThem() {
    for (long fen = -1_000; fen <= 1_000; fen++) {
      check(Money.ofFen(fen));
    }
    for (long fen : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 123_456_789L}) {
      check(Money.ofFen(fen));
    }
  }

  private static void check(Money amount) {
    assertThat(AuditText.yuan(new StringBuilder("x"), amount).toString()).isEqualTo("x" + amount);
  }

  @Test
  void monthsAreWrittenAsYearMonthWritesThem() {
    for (int year : new int[] {-5, 0, 999, 1000, 2025, 9999, 10_000, 123_456}) {
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        assertThat(AuditText.month(new StringBuilder(), month).toString())
            .isEqualTo(month.toString());
      }
    }
  }
}
