package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  /** Fixed seed, so a failure is reproducible; the iteration count follows -Dcqui.tries. */
  private static final long SEED = 0x2025_0801L;

  private static final int TRIES = Integer.getInteger("cqui.tries", 300) * 10;

  @ParameterizedTest
  @CsvSource({
    "1234.56, 123456",
    "-0.05, -5",
    "7, 700",
    "7.5, 750",
    "0, 0",
    "-0, 0",
    "0.01, 1",
    "92233720368547758.07, 9223372036854775807",
    "-92233720368547758.08, -9223372036854775808"
  })
  void parsesYuanExactly(String yuan, long fen) {
    assertThat(Money.ofYuan(yuan).toFen()).isEqualTo(fen);
  }

  @Test
  void rejectsAThirdDecimalNamingTheValue() {
    assertThatThrownBy(() -> Money.ofYuan("12.345"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "amount = \"12.345\": has more than 2 decimals; CNY is exact to the fen (I-24)");
    assertThatThrownBy(() -> Money.ofYuan("7.500"))
        .hasMessage("amount = \"7.500\": has more than 2 decimals; CNY is exact to the fen (I-24)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "+1", "1,234.56", "1e3", "abc", "1.", ".5", "--1", "¥1"})
  void rejectsMalformedText(String yuan) {
    assertThatThrownBy(() -> Money.ofYuan(yuan))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "amount = \"" + yuan + "\": must be a CNY amount in yuan such as 1234.56 or -0.05");
  }

  @Test
  void rejectsTextOutsideTheRange() {
    assertThatThrownBy(() -> Money.ofYuan("92233720368547758.08"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = \"92233720368547758.08\": is outside the range of Money");
  }

  @Test
  void convertsBigDecimalExactlyOrRefuses() {
    assertThat(Money.ofYuan(new BigDecimal("1.1"))).isEqualTo(Money.ofFen(110));
    assertThat(Money.ofYuan(new BigDecimal("1.100"))).isEqualTo(Money.ofFen(110));
    assertThat(Money.ofYuan(new BigDecimal("1E+2"))).isEqualTo(Money.ofFen(10_000));
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1.105")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = 1.105: has more than 2 decimals; CNY is exact to the fen (I-24)");
    // out of range: the library's refusal since issue 12 (it was an ArithmeticException)
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1E+30")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = 1000000000000000000000000000000: is outside the range of Money");
  }

  /** Each rounding mode on each lossy operation, for a positive and a negative amount. */
  @ParameterizedTest
  @CsvSource({
    // mode,        ofYuan(1.005), ofYuan(-1.005), 10.05 × 0.9, -10.05 × 0.9, 1.00 / 3, -1.00 / 3
    "UP,            1.01,          -1.01,          9.05,        -9.05,        0.34,     -0.34",
    "DOWN,          1.00,          -1.00,          9.04,        -9.04,        0.33,     -0.33",
    "CEILING,       1.01,          -1.00,          9.05,        -9.04,        0.34,     -0.33",
    "FLOOR,         1.00,          -1.01,          9.04,        -9.05,        0.33,     -0.34",
    "HALF_UP,       1.01,          -1.01,          9.05,        -9.05,        0.33,     -0.33",
    "HALF_DOWN,     1.00,          -1.00,          9.04,        -9.04,        0.33,     -0.33",
    "HALF_EVEN,     1.00,          -1.00,          9.04,        -9.04,        0.33,     -0.33",
  })
  void roundsLossyOperationsAsAsked(
      RoundingMode mode,
      String ofYuan,
      String ofNegativeYuan,
      String times,
      String negativeTimes,
      String divided,
      String negativeDivided) {
    BigDecimal ninety = new BigDecimal("0.9");
    assertThat(Money.ofYuan(new BigDecimal("1.005"), mode)).hasToString(ofYuan);
    assertThat(Money.ofYuan(new BigDecimal("-1.005"), mode)).hasToString(ofNegativeYuan);
    assertThat(Money.ofYuan("10.05").multipliedBy(ninety, mode)).hasToString(times);
    assertThat(Money.ofYuan("-10.05").multipliedBy(ninety, mode)).hasToString(negativeTimes);
    assertThat(Money.ofYuan("1.00").dividedBy(3, mode)).hasToString(divided);
    assertThat(Money.ofYuan("-1.00").dividedBy(3, mode)).hasToString(negativeDivided);
  }

  @Test
  void halfModesDifferOnExactHalves() {
    Money oneFen = Money.ofFen(1);
    assertThat(oneFen.dividedBy(2, RoundingMode.HALF_UP)).isEqualTo(Money.ofFen(1));
    assertThat(oneFen.dividedBy(2, RoundingMode.HALF_DOWN)).isEqualTo(Money.zero());
    assertThat(oneFen.dividedBy(2, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero());
    assertThat(Money.ofFen(3).dividedBy(2, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofFen(2));
  }

  @Test
  void unnecessaryRoundingThrowsWhenRoundingIsNeeded() {
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(100).dividedBy(3, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(
            () -> Money.ofFen(5).multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.ofFen(99).dividedBy(3, RoundingMode.UNNECESSARY)).isEqualTo(Money.ofFen(33));
  }

  @Test
  void exactArithmetic() {
    Money a = Money.ofYuan("1234.56");
    Money b = Money.ofYuan("0.44");
    assertThat(a.plus(b)).hasToString("1235.00");
    assertThat(b.minus(a)).hasToString("-1234.12");
    assertThat(a.negated()).hasToString("-1234.56");
    assertThat(a.negated().abs()).isEqualTo(a);
    assertThat(a.multipliedBy(3)).hasToString("3703.68");
    assertThat(Money.total(List.of(a, b, b.negated()))).isEqualTo(a);
    assertThat(Money.total(List.of())).isEqualTo(Money.zero());
    assertThat(Money.ofFen(-7).dividedBy(-1, RoundingMode.UNNECESSARY)).isEqualTo(Money.ofFen(7));
  }

  @Test
  void overflowThrows() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    Money min = Money.ofFen(Long.MIN_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::negated).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.dividedBy(-1, RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(new BigDecimal("1.5"), RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.total(List.of(max, max)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(1).dividedBy(0, RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("division of 0.01 by zero");
  }

  @Test
  void rendersAndComparesByValue() {
    assertThat(Money.ofFen(123456)).hasToString("1234.56");
    assertThat(Money.ofFen(-5)).hasToString("-0.05");
    assertThat(Money.zero()).hasToString("0.00");
    assertThat(Money.ofFen(-5).toYuan()).isEqualByComparingTo("-0.05");
    assertThat(Money.ofFen(700).toYuan().scale()).isEqualTo(2);
    assertThat(Money.ofYuan("7")).isEqualTo(Money.ofFen(700)).hasSameHashCodeAs(Money.ofFen(700));
    assertThat(Money.ofFen(1)).isGreaterThan(Money.zero()).isLessThan(Money.ofFen(2));
    assertThat(Money.ofFen(3).min(Money.ofFen(-3))).isEqualTo(Money.ofFen(-3));
    assertThat(Money.ofFen(3).max(Money.ofFen(-3))).isEqualTo(Money.ofFen(3));
    assertThat(Money.zero().isZero()).isTrue();
    assertThat(Money.ofFen(1).isPositive()).isTrue();
    assertThat(Money.ofFen(-1).isNegative()).isTrue();
    assertThat(Money.ofFen(-1).isPositive()).isFalse();
  }

  @Test
  void requireNonNegativeNamesTheField() {
    assertThat(Money.zero().requireNonNegative("deduction")).isEqualTo(Money.zero());
    assertThatThrownBy(() -> Money.ofFen(-1).requireNonNegative("deduction"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("deduction = -0.01: must not be negative");
  }

  @Test
  void allocatesEquallyWithLargerPartsFirst() {
    assertThat(Money.ofYuan("100.00").allocate(3))
        .extracting(Money::toString)
        .containsExactly("33.34", "33.33", "33.33");
    assertThat(Money.ofYuan("-0.05").allocate(3))
        .extracting(Money::toString)
        .containsExactly("-0.02", "-0.02", "-0.01");
    assertThat(Money.ofFen(2).allocate(4)).extracting(Money::toFen).containsExactly(1L, 1L, 0L, 0L);
    assertThatThrownBy(() -> Money.ofFen(1).allocate(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("parts = 0: must be at least 1");
  }

  @Test
  void equalAllocationLaws() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      long fen = i % 3 == 0 ? random.nextLong(-1_000, 1_000) : random.nextLong();
      int parts = random.nextInt(1, 60);
      ImmutableList<Money> allocated = Money.ofFen(fen).allocate(parts);
      String context = "seed " + SEED + ", try " + i + ": " + fen + " fen in " + parts;
      assertThat(allocated).as(context).hasSize(parts);
      assertThat(Money.total(allocated).toFen()).as(context).isEqualTo(fen);
      long largest = Math.abs(allocated.get(0).toFen());
      long smallest = Math.abs(allocated.get(parts - 1).toFen());
      assertThat(largest - smallest).as(context).isBetween(0L, 1L);
      for (int p = 0; p < parts; p++) {
        long part = allocated.get(p).toFen();
        assertThat(Long.signum(part)).as(context).isIn(0, Long.signum(fen));
        if (p > 0) {
          assertThat(Math.abs(part))
              .as(context + ", larger first")
              .isLessThanOrEqualTo(Math.abs(allocated.get(p - 1).toFen()));
        }
      }
    }
  }

  @Test
  void allocatesByRatiosWithLargestRemainder() {
    assertThat(Money.ofYuan("10.00").allocate(1, 2))
        .extracting(Money::toString)
        .containsExactly("3.33", "6.67");
    assertThat(Money.ofYuan("100.00").allocate(1, 1, 1))
        .extracting(Money::toString)
        .containsExactly("33.34", "33.33", "33.33");
    assertThat(Money.ofYuan("-10.00").allocate(List.of(1L, 0L, 2L)))
        .extracting(Money::toString)
        .containsExactly("-3.33", "0.00", "-6.67");
    // ties go to the earlier part: 0.05 over (1, 1) gives 0.03, 0.02
    assertThat(Money.ofFen(5).allocate(1, 1)).extracting(Money::toFen).containsExactly(3L, 2L);
    assertThat(Money.ofFen(Long.MAX_VALUE).allocate(Long.MAX_VALUE - 1, 1))
        .extracting(Money::toFen)
        .containsExactly(Long.MAX_VALUE - 1, 1L);
  }

  @Test
  void ratioAllocationLaws() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int i = 0; i < TRIES; i++) {
      long fen =
          i % 3 == 0
              ? random.nextLong(-1_000, 1_000)
              : i % 3 == 1
                  ? random.nextLong(-Long.MAX_VALUE, Long.MAX_VALUE)
                  : random.nextLong(-1L << 50, 1L << 50);
      long[] ratios = new long[random.nextInt(1, 20)];
      long total = 0;
      for (int r = 0; r < ratios.length; r++) {
        ratios[r] = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 1_000);
        total += ratios[r];
      }
      if (total == 0) {
        ratios[0] = 1;
        total = 1;
      }
      ImmutableList<Money> allocated = Money.ofFen(fen).allocate(ratios);
      String context = "seed " + (SEED + 1) + ", try " + i + ": " + fen + " fen";
      assertThat(allocated).as(context).hasSize(ratios.length);
      assertThat(Money.total(allocated).toFen()).as(context).isEqualTo(fen);
      for (int r = 0; r < ratios.length; r++) {
        BigDecimal exact =
            BigDecimal.valueOf(fen)
                .multiply(BigDecimal.valueOf(ratios[r]))
                .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
        BigDecimal gap = BigDecimal.valueOf(allocated.get(r).toFen()).subtract(exact).abs();
        assertThat(gap).as(context + ", part " + r).isLessThan(BigDecimal.ONE);
        if (ratios[r] == 0) {
          assertThat(allocated.get(r).isZero()).as(context).isTrue();
        }
      }
    }
  }

  @Test
  void rejectsBadRatios() {
    Money money = Money.ofFen(100);
    assertThatThrownBy(() -> money.allocate(new long[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios = []: must name at least one part");
    assertThatThrownBy(() -> money.allocate(1, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios[1] = -1: must not be negative");
    assertThatThrownBy(() -> money.allocate(0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios = [0, 0]: must not all be zero");
    assertThatThrownBy(() -> money.allocate(Long.MAX_VALUE, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratios = 2 ratios: must sum to at most 9223372036854775807");
    assertThat(money.allocate(Long.MAX_VALUE - 1, 1)).hasSize(2);
    assertThat(Money.total(Money.ofFen(Long.MIN_VALUE).allocate(3)))
        .isEqualTo(Money.ofFen(Long.MIN_VALUE));
  }

  @Test
  void allocateOfTheMostNegativeAmountIsExactForAnyRatios_I24() {
    // found by DirectCallsHostileTest: -92233720368547758.08.allocate(1, 1) threw an
    // ArithmeticException (BigInteger out of long range) naming nothing
    Money min = Money.ofFen(Long.MIN_VALUE);
    assertThat(min.allocate(1, 1))
        .containsExactly(Money.ofFen(Long.MIN_VALUE / 2), Money.ofFen(Long.MIN_VALUE / 2));
    assertThat(min.allocate(1, 0)).containsExactly(min, Money.zero());
    assertThat(min.allocate(0, 1)).containsExactly(Money.zero(), min);
    // 2^63 = 3 x 3074457345618258602 + 2: the two left-over fen go to the largest remainders
    assertThat(min.allocate(1, 1, 1))
        .containsExactly(
            Money.ofFen(-3074457345618258603L),
            Money.ofFen(-3074457345618258603L),
            Money.ofFen(-3074457345618258602L));
    assertThat(min.allocate(1, 2))
        .containsExactly(Money.ofFen(-3074457345618258603L), Money.ofFen(-6148914691236517205L));
    for (long[] ratios : new long[][] {{3, 7}, {1, 1, 1, 1, 1, 1, 1}, {Long.MAX_VALUE - 1, 1}}) {
      assertThat(Money.total(min.allocate(ratios))).isEqualTo(min);
    }
  }

  @Test
  void comparisonsCompareByFen() {
    Money one = Money.ofFen(1);
    Money two = Money.ofFen(2);
    Money otherTwo = Money.ofFen(2);
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(two.isGreaterThan(otherTwo)).isFalse();
    assertThat(one.isGreaterThan(two)).isFalse();
    assertThat(one.isLessThan(two)).isTrue();
    assertThat(two.isLessThan(otherTwo)).isFalse();
    assertThat(two.isLessThan(one)).isFalse();
    assertThat(two.isGreaterThanOrEqual(one)).isTrue();
    assertThat(two.isGreaterThanOrEqual(otherTwo)).isTrue();
    assertThat(one.isGreaterThanOrEqual(two)).isFalse();
    assertThat(one.isLessThanOrEqual(two)).isTrue();
    assertThat(two.isLessThanOrEqual(otherTwo)).isTrue();
    assertThat(two.isLessThanOrEqual(one)).isFalse();
  }

  @Test
  void signTestsIncludeZeroWhereTheyCarryOrZero() {
    assertThat(Money.ofFen(1).isPositiveOrZero()).isTrue();
    assertThat(Money.zero().isPositiveOrZero()).isTrue();
    assertThat(Money.ofFen(-1).isPositiveOrZero()).isFalse();
    assertThat(Money.ofFen(-1).isNegativeOrZero()).isTrue();
    assertThat(Money.zero().isNegativeOrZero()).isTrue();
    assertThat(Money.ofFen(1).isNegativeOrZero()).isFalse();
  }

  @Test
  void minAndMaxReturnThisOneWhenEqual() {
    Money mine = Money.ofFen(500);
    Money theirs = Money.ofFen(500);
    assertThat(mine.min(theirs)).isSameAs(mine);
    assertThat(mine.max(theirs)).isSameAs(mine);
    assertThat(mine.min(Money.ofFen(499))).isEqualTo(Money.ofFen(499));
    assertThat(mine.max(Money.ofFen(501))).isEqualTo(Money.ofFen(501));
  }

  @Test
  void hashCodeIsTheHashOfTheFenCount() {
    assertThat(Money.ofFen(123_456).hashCode()).isEqualTo(Long.hashCode(123_456L));
    assertThat(Money.ofFen(Long.MIN_VALUE).hashCode()).isEqualTo(Long.hashCode(Long.MIN_VALUE));
  }

  @Test
  void ofBigDecimalAcceptsTrailingZerosPastTheFen() {
    // scale 3 whose third decimal is zero: exact to the fen (I-24)
    assertThat(Money.ofYuan(new BigDecimal("1.050"))).isEqualTo(Money.ofFen(105));
    assertThat(Money.ofYuan(new BigDecimal("-0.010000"))).isEqualTo(Money.ofFen(-1));
  }

  @Test
  void refusedDecimalsAreWrittenPlainlyUpToFortyDigitsOrScale() {
    String scale40 = "0." + "0".repeat(39) + "1";
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(scale40)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "amount = " + scale40 + ": has more than 2 decimals; CNY is exact to the fen (I-24)");
    String scale41 = "0." + "0".repeat(40) + "1";
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(scale41)))
        .hasMessage("amount = 1E-41: has more than 2 decimals; CNY is exact to the fen (I-24)");
    // 40 significant digits times 10^10: written out plainly, 50 digits
    String digits40 = "1234567890".repeat(4);
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(digits40 + "E+10")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = " + digits40 + "0".repeat(10) + ": is outside the range of Money");
    // 41 significant digits: in scientific notation
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal(digits40 + "1E+10")))
        .hasMessage("amount = 1." + digits40.substring(1) + "1E+50: is outside the range of Money");
  }

  @Test
  void totalNamesTheIndexOfANullAmount() {
    List<Money> amounts = Arrays.asList(Money.ofFen(1), Money.ofFen(2), null);
    assertThatThrownBy(() -> Money.total(amounts))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException invalid = (InvalidInputException) e;
              assertThat(invalid.field()).isEqualTo("amounts[2]");
              assertThat(invalid.value()).isEqualTo("null");
              assertThat(invalid.rule()).isEqualTo("must not be null");
            });
  }

  @Test
  void multipliedByKeepsAProductOfNineteenIntegerDigits() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    // 9223372036854775807 fen × 1.0: 19 digits before the point, in range
    assertThat(max.multipliedBy(new BigDecimal("1.0"), RoundingMode.UNNECESSARY)).isEqualTo(max);
    assertThat(Money.ofFen(Long.MIN_VALUE).multipliedBy(new BigDecimal("1.00"), RoundingMode.DOWN))
        .isEqualTo(Money.ofFen(Long.MIN_VALUE));
  }

  @Test
  void multipliedByRoundsALongFractionOfTheFenAsAsked() {
    // 1 fen × 0.75000000000 = 0.75000000000 fen: many decimals, but not below 10^-20
    BigDecimal factor = new BigDecimal("0.75000000000");
    assertThat(Money.ofFen(1).multipliedBy(factor, RoundingMode.HALF_UP)).isEqualTo(Money.ofFen(1));
    assertThat(
            Money.ofFen(3)
                .multipliedBy(new BigDecimal("0.500000000000000000001"), RoundingMode.DOWN))
        .isEqualTo(Money.ofFen(1));
  }

  @Test
  void allocateTakesExactlyMaxPartsRatios() {
    long[] ratios = new long[Limits.MAX_PARTS];
    Arrays.fill(ratios, 1);
    ImmutableList<Money> parts = Money.ofFen(Limits.MAX_PARTS + 1).allocate(ratios);
    assertThat(parts).hasSize(Limits.MAX_PARTS);
    assertThat(parts.get(0)).isEqualTo(Money.ofFen(2));
    assertThat(parts.get(Limits.MAX_PARTS - 1)).isEqualTo(Money.ofFen(1));
    List<Long> list = java.util.Collections.nCopies(Limits.MAX_PARTS, 1L);
    assertThat(Money.ofFen(Limits.MAX_PARTS).allocate(list))
        .hasSize(Limits.MAX_PARTS)
        .containsOnly(Money.ofFen(1));
  }

  @Test
  void allocateOfTheMostNegativeAmountGivesTheLeftOverFenToTheLargestRemainder_I24() {
    Money min = Money.ofFen(Long.MIN_VALUE);
    // 2^63 × 2 / 3 = 6148914691236517205 rest 1; 2^63 × 1 / 3 = 3074457345618258602 rest 2:
    // the one fen left goes to the second part, whose remainder is larger
    assertThat(min.allocate(2, 1))
        .containsExactly(Money.ofFen(-6148914691236517205L), Money.ofFen(-3074457345618258603L));
  }
}
