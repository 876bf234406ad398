package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MoneyGensTest {

  private static final int N = 2000;
  private static final Money MIN = Money.ofFen(Long.MIN_VALUE);
  private static final Money MAX = Money.ofFen(Long.MAX_VALUE);

  private static <T> T allLow(Gen<T> gen) {
    return gen.generate(Draws.allLow(Draws.DEFAULT_MAX_DRAWS));
  }

  private static <T> T allHigh(Gen<T> gen) {
    return gen.generate(Draws.allHigh(Draws.DEFAULT_MAX_DRAWS));
  }

  private static Money yuan(String text) {
    return Money.ofYuan(text);
  }

  @Test
  void aNonNegativeRangeShrinksToItsLeast() {
    Gen<Money> gen = MoneyGens.amounts(yuan("10.00"), yuan("20.00"));

    assertThat(gen.samples(1, N)).allSatisfy(m -> assertThat(m).isBetween(yuan("10"), yuan("20")));
    assertThat(allLow(gen)).isEqualTo(yuan("10.00"));
    assertThat(allHigh(gen)).isEqualTo(yuan("20.00"));
    assertThat(gen.generate(Draws.replay(new int[] {1}, 10))).isEqualTo(yuan("10.01"));
  }

  @Test
  void aNegativeRangeShrinksToItsGreatestTheAmountNearestZero() {
    Gen<Money> gen = MoneyGens.amounts(yuan("-20.00"), yuan("-10.00"));

    assertThat(gen.samples(2, N))
        .allSatisfy(m -> assertThat(m).isBetween(yuan("-20"), yuan("-10")));
    assertThat(allLow(gen)).isEqualTo(yuan("-10.00"));
    assertThat(allHigh(gen)).isEqualTo(yuan("-20.00"));
    assertThat(gen.generate(Draws.replay(new int[] {1}, 10))).isEqualTo(yuan("-10.01"));
  }

  @Test
  void aRangeSpanningZeroShrinksToZeroDrawingTheSideFirst() {
    Gen<Money> gen = MoneyGens.amounts(yuan("-5.00"), yuan("7.00"));
    List<Money> samples = gen.samples(3, N);

    assertThat(samples).allSatisfy(m -> assertThat(m).isBetween(yuan("-5"), yuan("7")));
    assertThat(samples).anyMatch(Money::isNegative).anyMatch(Money::isPositive);
    assertThat(allLow(gen)).isEqualTo(Money.zero());
    assertThat(allHigh(gen)).isEqualTo(yuan("-5.00")); // the negative side is the second choice
    assertThat(gen.generate(Draws.replay(new int[] {0, 1}, 10))).isEqualTo(yuan("0.01"));
    assertThat(gen.generate(Draws.replay(new int[] {1, 0}, 10))).isEqualTo(yuan("-0.01"));
    assertThat(gen.generate(Draws.replay(new int[] {0, 700}, 10))).isEqualTo(yuan("7.00"));
  }

  @Test
  void aRangeEndingAtZeroShrinksToZero() {
    assertThat(allLow(MoneyGens.amounts(yuan("-3"), Money.zero()))).isEqualTo(Money.zero());
    assertThat(allHigh(MoneyGens.amounts(yuan("-3"), Money.zero()))).isEqualTo(yuan("-3"));
    assertThat(allLow(MoneyGens.amounts(Money.zero(), yuan("3")))).isEqualTo(Money.zero());
  }

  @Test
  void aRangeOfOneAmountGivesIt() {
    Gen<Money> gen = MoneyGens.amounts(yuan("-1.23"), yuan("-1.23"));

    assertThat(gen.samples(4, 50)).containsOnly(yuan("-1.23"));
  }

  @Test
  void theWholeRangeOfMoneyIsAllowedAndReachesBothEnds() {
    Gen<Money> gen = MoneyGens.amounts(MIN, MAX);
    List<Money> samples = gen.samples(5, N);

    assertThat(allLow(gen)).isEqualTo(Money.zero());
    assertThat(allHigh(gen)).isEqualTo(MIN);
    assertThat(samples).anyMatch(m -> m.toFen() > 1L << 62).anyMatch(m -> m.toFen() < -(1L << 62));
    assertThat(allHigh(MoneyGens.amounts(Money.zero(), MAX))).isEqualTo(MAX);
    assertThat(allLow(MoneyGens.amounts(MIN, Money.ofFen(Long.MIN_VALUE + 1))))
        .isEqualTo(Money.ofFen(Long.MIN_VALUE + 1));
    assertThat(allHigh(MoneyGens.amounts(MIN, Money.ofFen(-1)))).isEqualTo(MIN);
  }

  @Test
  void amountsBeyondAnIntOfFenAreTwoDrawsAndStillInRange() {
    Gen<Money> gen = MoneyGens.amounts(yuan("-100000000.00"), yuan("100000000.00"));

    assertThat(gen.samples(6, N))
        .allSatisfy(m -> assertThat(m).isBetween(yuan("-100000000"), yuan("100000000")));
    assertThat(allHigh(gen)).isEqualTo(yuan("-100000000.00"));
  }

  @Test
  void nonNegativeAndPositiveAmounts() {
    Gen<Money> nonNegative = MoneyGens.nonNegativeAmounts(yuan("1.00"));
    Gen<Money> positive = MoneyGens.positiveAmounts(yuan("1.00"));

    assertThat(nonNegative.samples(7, N))
        .allSatisfy(m -> assertThat(m).isBetween(Money.zero(), yuan("1")))
        .contains(Money.zero());
    assertThat(positive.samples(8, N))
        .allSatisfy(m -> assertThat(m).isBetween(yuan("0.01"), yuan("1")))
        .contains(yuan("0.01"));
    assertThat(allLow(nonNegative)).isEqualTo(Money.zero());
    assertThat(allHigh(nonNegative)).isEqualTo(yuan("1.00"));
    assertThat(allLow(positive)).isEqualTo(yuan("0.01"));
    assertThat(allHigh(positive)).isEqualTo(yuan("1.00"));
    assertThat(MoneyGens.nonNegativeAmounts(Money.zero()).samples(9, 10))
        .containsOnly(Money.zero());
    assertThat(MoneyGens.positiveAmounts(yuan("0.01")).samples(9, 10)).containsOnly(yuan("0.01"));
  }

  @Test
  void badBoundsAreRefused() {
    assertThatThrownBy(() -> MoneyGens.amounts(yuan("1"), yuan("0.99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (1.00) must be <= max (0.99)");
    assertThatThrownBy(() -> MoneyGens.nonNegativeAmounts(yuan("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must not be negative, was -0.01");
    assertThatThrownBy(() -> MoneyGens.positiveAmounts(Money.zero()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 0.01, was 0.00");
    assertThatThrownBy(() -> MoneyGens.parts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxParts must be >= 1, was 0");
    assertThatThrownBy(() -> MoneyGens.ratios(0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxParts must be >= 1, was 0");
    assertThatThrownBy(() -> MoneyGens.ratios(3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRatio must be >= 1, was 0");
    assertThatThrownBy(() -> MoneyGens.ratios(2, Long.MAX_VALUE / 2 + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("so the ratios' sum fits a long");
    assertThatThrownBy(() -> MoneyGens.ratios(3, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partsAreACountFromOne() {
    Gen<Integer> gen = MoneyGens.parts(12);

    assertThat(gen.samples(10, N)).allSatisfy(n -> assertThat(n).isBetween(1, 12)).contains(1, 12);
    assertThat(allLow(gen)).isEqualTo(1);
    assertThat(allHigh(gen)).isEqualTo(12);
    assertThat(MoneyGens.parts(1).samples(10, 10)).containsOnly(1);
  }

  @Test
  void ratiosAreNonEmptyNonNegativeAndNeverAllZero() {
    Gen<List<Long>> gen = MoneyGens.ratios(4, 3);
    List<List<Long>> samples = gen.samples(11, N);

    assertThat(samples)
        .allSatisfy(
            ratios -> {
              assertThat(ratios).hasSizeBetween(1, 4);
              assertThat(ratios).allSatisfy(r -> assertThat(r).isBetween(0L, 3L));
              assertThat(ratios).anyMatch(r -> r > 0);
            });
    // zeros anywhere, the last part too, and only the last part non-zero
    assertThat(samples)
        .contains(List.of(0L, 0L, 0L, 1L), List.of(3L, 0L), List.of(0L, 2L, 0L), List.of(3L));
    assertThat(allLow(gen)).isEqualTo(List.of(1L));
    assertThat(allHigh(gen)).isEqualTo(List.of(3L, 3L, 3L, 3L));
    // length 3 and all-low ratios: the last is the one that cannot be zero
    assertThat(gen.generate(Draws.replay(new int[] {3}, 10))).isEqualTo(List.of(0L, 0L, 1L));
  }

  @Test
  void ratiosUpToTheLargestWhoseSumFitsALong() {
    long maxRatio = Long.MAX_VALUE / 3;
    Gen<List<Long>> gen = MoneyGens.ratios(3, maxRatio);

    assertThat(allHigh(gen)).isEqualTo(List.of(maxRatio, maxRatio, maxRatio));
    assertThat(gen.samples(12, N))
        .allSatisfy(
            ratios -> assertThat(ratios.stream().mapToLong(Long::longValue).sum()).isPositive());
    assertThat(allHigh(MoneyGens.ratios(1, Long.MAX_VALUE))).isEqualTo(List.of(Long.MAX_VALUE));
  }

  private static final Pattern ACCEPTED = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

  @Test
  void yuanStringsAreAcceptedSpellingsOfAmountsInTheRange() {
    Gen<String> gen = MoneyGens.yuanStrings(yuan("-3.00"), yuan("3.00"));
    List<String> samples = gen.samples(13, N);

    assertThat(samples)
        .allSatisfy(
            text -> {
              assertThat(text).matches(ACCEPTED);
              assertThat(new BigDecimal(text)).isBetween(new BigDecimal("-3"), new BigDecimal("3"));
            });
    assertThat(samples)
        .anyMatch(text -> text.matches("-?[0-9]+\\.[0-9]")) // one decimal
        .anyMatch(text -> text.matches("-?[0-9]+")) // no decimals
        .anyMatch(text -> text.matches("-?0[0-9].*")) // leading zeros
        .anyMatch(text -> text.matches("-[0-9.]+"));
    assertThat(MoneyGens.yuanStrings(yuan("-0.01"), yuan("0.01")).samples(14, N))
        .contains("0.00", "-0.00", "-0.0", "-0", "0", "00", "-000.00", "0.01", "-00.01")
        .doesNotContain("0.1", "-0.1"); // a second decimal that is not zero is never dropped
    assertThat(allLow(gen)).isEqualTo("0.00");
    assertThat(allHigh(gen)).isEqualTo("-003");
    assertThat(allLow(MoneyGens.yuanStrings(yuan("12.34"), yuan("99")))).isEqualTo("12.34");
  }

  @Test
  void samplesAreDeterministicForASeed() {
    Gen<Money> amounts = MoneyGens.amounts(MIN, MAX);
    Gen<List<Long>> ratios = MoneyGens.ratios(10, 1000);
    Gen<String> texts = MoneyGens.yuanStrings(yuan("-100"), yuan("100"));

    assertThat(amounts.samples(42, 200)).isEqualTo(amounts.samples(42, 200));
    assertThat(amounts.samples(42, 200)).isNotEqualTo(amounts.samples(43, 200));
    assertThat(ratios.samples(42, 200)).isEqualTo(ratios.samples(42, 200));
    assertThat(texts.samples(42, 200)).isEqualTo(texts.samples(42, 200));
    assertThat(MoneyGens.parts(50).samples(42, 200))
        .isEqualTo(MoneyGens.parts(50).samples(42, 200));
  }
}
