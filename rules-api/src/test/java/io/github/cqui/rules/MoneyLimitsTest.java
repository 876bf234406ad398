package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money's bounded work and its refusals of extreme input (issue 12): each of these ran out of
 * memory, threw a JDK exception naming nothing, or took minutes on main.
 */
class MoneyLimitsTest {

  private static final Duration GUARD = Duration.ofSeconds(5);

  @Test
  void allocateOfIntegerMaxValuePartsIsRefusedNotRunOutOfMemory() {
    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> Money.ofYuan("100.00").allocate(Integer.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("parts = 2147483647: must be at most 100000 (Limits.MAX_PARTS)"));
    assertThat(Money.ofFen(100_001).allocate(Limits.MAX_PARTS)).hasSize(Limits.MAX_PARTS);
    assertThatThrownBy(() -> Money.ofFen(1).allocate(Limits.MAX_PARTS + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void allocateOfMoreRatiosThanTheLimitIsRefused() {
    long[] ratios = new long[Limits.MAX_PARTS + 1];
    Arrays.fill(ratios, 1);
    assertThatThrownBy(() -> Money.ofFen(1).allocate(ratios))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios = 100001 ratios: must name at most 100000 parts (Limits.MAX_PARTS)");
    assertThatThrownBy(() -> Money.ofFen(1).allocate(Arrays.asList(1L, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios[1] = null: must not be null");
  }

  @Test
  void ofYuanWithAHugeExponentIsRefusedNotANegativeArraySize() {
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          for (String huge : List.of("1E+2147483647", "-1E+2147483647", "1E+30", "9.3E+16")) {
            assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(huge)))
                .as(huge)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is outside the range of Money");
            assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(huge), RoundingMode.HALF_UP))
                .as(huge)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is outside the range of Money");
          }
          assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1E+2147483647")))
              .hasMessage("amount = 1E+2147483647: is outside the range of Money");
        });
  }

  @Test
  void ofYuanWithATinyExponentRoundsOrRefusesAtOnce() {
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          BigDecimal tiny = new BigDecimal("1E-2147483647");
          assertThat(Money.ofYuan(tiny, RoundingMode.UP)).isEqualTo(Money.ofFen(1));
          assertThat(Money.ofYuan(tiny.negate(), RoundingMode.UP)).isEqualTo(Money.ofFen(-1));
          assertThat(Money.ofYuan(tiny, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero());
          assertThat(Money.ofYuan(tiny.negate(), RoundingMode.FLOOR)).isEqualTo(Money.ofFen(-1));
          assertThatThrownBy(() -> Money.ofYuan(tiny, RoundingMode.UNNECESSARY))
              .isInstanceOf(ArithmeticException.class);
          assertThatThrownBy(() -> Money.ofYuan(tiny))
              .isInstanceOf(InvalidInputException.class)
              .hasMessage(
                  "amount = 1E-2147483647: has more than 2 decimals; CNY is exact to the fen (I-24)");
          assertThat(Money.ofYuan(new BigDecimal("0E+2147483647"))).isEqualTo(Money.zero());
          assertThat(Money.ofYuan(new BigDecimal("0E-2147483647"), RoundingMode.UP))
              .isEqualTo(Money.zero());
        });
  }

  @Test
  void theEdgesOfTheRangeStayExact() {
    assertThat(Money.ofYuan(new BigDecimal("92233720368547758.07")).toFen())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Money.ofYuan(new BigDecimal("-92233720368547758.08")).toFen())
        .isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("92233720368547758.08")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> Money.ofYuan(new BigDecimal("92233720368547758.075"), RoundingMode.HALF_UP))
        .isInstanceOf(InvalidInputException.class);
    assertThat(Money.ofYuan(new BigDecimal("1E+2"))).isEqualTo(Money.ofFen(10_000));
  }

  @Test
  void aLongTextOfDigitsIsRefusedWithoutParsingIt() {
    String digits = "9".repeat(1_000_000);
    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> Money.ofYuan(digits))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("…(1000002 characters): is outside the range of Money"));
    assertThat(Money.ofYuan("-" + "0".repeat(100_000) + "12.30")).isEqualTo(Money.ofFen(-1230));
  }

  @Test
  void multipliedByAnExtremeFactorOverflowsOrRoundsAtOnce() {
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          Money amount = Money.ofYuan("10.00");
          assertThatThrownBy(
                  () -> amount.multipliedBy(new BigDecimal("1E+2147483647"), RoundingMode.HALF_UP))
              .isInstanceOf(ArithmeticException.class);
          assertThat(amount.multipliedBy(new BigDecimal("1E-2147483647"), RoundingMode.UP))
              .isEqualTo(Money.ofFen(1));
          assertThat(amount.multipliedBy(BigDecimal.ZERO, RoundingMode.UNNECESSARY))
              .isEqualTo(Money.zero());
        });
  }
}
