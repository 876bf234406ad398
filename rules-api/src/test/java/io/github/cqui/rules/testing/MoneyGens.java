package io.github.cqui.rules.testing;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.Money;
import java.util.List;

/**
 * Generators of {@link Money} amounts and of the inputs of its splits ({@link Money#allocate(int)},
 * {@link Money#allocate(List)}), valid by construction.
 *
 * <p>Shrinking: an amount shrinks toward the amount of its range nearest zero (a non-negative
 * amount toward its least value, a negative one toward {@code -0.01} or its greatest value), a
 * count of parts toward 1, a list of ratios toward {@code [1]}. A splitting case drawn count first
 * ({@code Gen.zip(parts(10), nonNegativeAmounts(max), …)}) therefore shrinks to the fewest parts,
 * then to the smallest amount.
 *
 * <p>In test sources, beside {@link MoneyLaws}: no generator of the rules' requests uses them.
 *
 * <p>Implementation Requirements: the generators are immutable and thread-safe.
 */
public final class MoneyGens {

  private MoneyGens() {}

  /**
   * Amounts in {@code [min, max]}, shrinking toward the amount of the range nearest zero.
   *
   * <ul>
   *   <li>{@code 0 <= min}: an offset from {@code min}; shrinks toward {@code min}; all-high draws
   *       give {@code max}.
   *   <li>{@code max <= 0}: an offset below {@code max}; shrinks toward {@code max}; all-high draws
   *       give {@code min}.
   *   <li>{@code min < 0 < max} (the range spans zero): one draw for the side, non-negative first,
   *       then an offset from zero; shrinks toward {@code 0.00}, and a negative amount toward
   *       {@code -0.01} and, when the law allows, to the non-negative side. All-low draws give
   *       {@code 0.00}, all-high draws {@code min}.
   * </ul>
   *
   * <p>An amount is one draw when its side of the range spans fewer than 2<sup>31</sup> fen, two
   * draws otherwise (see {@link Gen#longs(long, long)}). The whole range of {@code Money} is
   * allowed, its most negative amount included.
   *
   * @param min the least amount, inclusive
   * @param max the greatest amount, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Money> amounts(Money min, Money max) {
    long lo = min.toFen();
    long hi = max.toFen();
    if (lo > hi) {
      throw new IllegalArgumentException("min (" + min + ") must be <= max (" + max + ")");
    }
    if (lo >= 0) {
      return Gen.longs(lo, hi).map(Money::ofFen);
    }
    if (hi <= 0) {
      return downFrom(hi, lo);
    }
    return Gen.oneOf(Gen.longs(0, hi).map(Money::ofFen), downFrom(-1, lo));
  }

  /**
   * Amounts in {@code [0.00, max]}, shrinking toward {@code 0.00}; all-high draws give {@code max}.
   *
   * @param max the greatest amount, inclusive, not negative
   * @return the generator
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static Gen<Money> nonNegativeAmounts(Money max) {
    if (max.isNegative()) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    return amounts(Money.zero(), max);
  }

  /**
   * Amounts in {@code [0.01, max]}, shrinking toward {@code 0.01}; all-high draws give {@code max}.
   *
   * @param max the greatest amount, inclusive, at least {@code 0.01}
   * @return the generator
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  public static Gen<Money> positiveAmounts(Money max) {
    if (!max.isPositive()) {
      throw new IllegalArgumentException("max must be at least 0.01, was " + max);
    }
    return amounts(Money.ofFen(1), max);
  }

  /**
   * Texts that {@link Money#ofYuan(String)} accepts, for amounts in {@code [min, max]}: the amount
   * is drawn first (as by {@link #amounts(Money, Money)}), then its spelling.
   *
   * <p>The spellings: two decimals ({@code "7.50"}, as {@link Money#toString()} writes), one
   * decimal when the second is zero ({@code "7.5"}), none when both are ({@code "7"}); up to two
   * leading zeros ({@code "007.50"}); and a minus sign on zero ({@code "-0.00"}, {@code "-0"}). The
   * spelling draws shrink toward the canonical {@link Money#toString()}, so all-low draws give
   * {@code "0.00"} when the range holds zero.
   *
   * @param min the least amount, inclusive
   * @param max the greatest amount, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<String> yuanStrings(Money min, Money max) {
    return amounts(min, max).flatMap(MoneyGens::spellings);
  }

  /**
   * A count of parts in {@code [1, maxParts]}, one draw, shrinking toward 1: the {@code n} of
   * {@link Money#allocate(int)}.
   *
   * @param maxParts the greatest count, {@code >= 1}
   * @return the generator
   * @throws IllegalArgumentException if {@code maxParts < 1}
   */
  public static Gen<Integer> parts(int maxParts) {
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts must be >= 1, was " + maxParts);
    }
    return Gen.ints(1, maxParts);
  }

  /**
   * Ratios for {@link Money#allocate(List)}: a list of 1 to {@code maxParts} longs in {@code [0,
   * maxRatio]}, not all zero, whose sum fits a {@code long}.
   *
   * <p>By construction, with no retry: the length is drawn first, then each ratio in order from
   * {@code [0, maxRatio]}, except that the last is drawn from {@code [1, maxRatio]} when all before
   * it are zero. Every such list can be drawn (zeros anywhere, {@code [0, 0, 5]} included). All-low
   * draws give {@code [1]}, the simplest list; all-high draws {@code maxParts} copies of {@code
   * maxRatio}. Shrinking shortens the list (dropping its tail) and lowers each ratio toward zero.
   *
   * @param maxParts the longest list, {@code >= 1}
   * @param maxRatio the greatest ratio, {@code >= 1}
   * @return the generator of immutable lists
   * @throws IllegalArgumentException if {@code maxParts < 1}, {@code maxRatio < 1}, or {@code
   *     maxParts × maxRatio} exceeds {@link Long#MAX_VALUE} (then the ratios' sum could overflow,
   *     which {@code allocate} refuses)
   */
  public static Gen<List<Long>> ratios(int maxParts, long maxRatio) {
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts must be >= 1, was " + maxParts);
    }
    if (maxRatio < 1) {
      throw new IllegalArgumentException("maxRatio must be >= 1, was " + maxRatio);
    }
    if (Math.multiplyHigh(maxParts, maxRatio) != 0 || maxParts * maxRatio < 0) {
      throw new IllegalArgumentException(
          "maxParts × maxRatio must be <= 2^63 - 1 so the ratios' sum fits a long, was "
              + maxParts
              + " × "
              + maxRatio);
    }
    Gen<Long> ratio = Gen.longs(0, maxRatio);
    Gen<Long> positive = Gen.longs(1, maxRatio);
    return draws -> {
      int length = draws.draw(1, maxParts);
      ImmutableList.Builder<Long> out = ImmutableList.builderWithExpectedSize(length);
      boolean allZero = true;
      for (int i = 0; i < length; i++) {
        long r = (i == length - 1 && allZero ? positive : ratio).generate(draws);
        allZero &= r == 0;
        out.add(r);
      }
      return out.build();
    };
  }

  /**
   * Amounts in {@code [lo, from]} for {@code lo <= from <= 0}, an offset below {@code from},
   * shrinking toward {@code from}. The offset's draws are those of {@code Gen.longs(lo, from)};
   * {@code from - (x - lo)} is exact in two's complement even where the intermediate wraps.
   */
  private static Gen<Money> downFrom(long from, long lo) {
    return Gen.longs(lo, from).map(x -> Money.ofFen(from - (x - lo)));
  }

  /** The spellings of {@code amount}, canonical first; see {@link #yuanStrings}. */
  private static Gen<String> spellings(Money amount) {
    long fen = amount.toFen();
    int droppable = fen % 100 == 0 ? 2 : fen % 10 == 0 ? 1 : 0;
    return draws -> {
      int dropped = draws.draw(0, droppable);
      int leadingZeros = draws.draw(0, 2);
      boolean minusZero = draws.draw(0, amount.isZero() ? 1 : 0) == 1;
      String digits = amount.toYuan().abs().toPlainString(); // "1234.50"
      digits = digits.substring(0, digits.length() - dropped - (dropped == 2 ? 1 : 0));
      return (amount.isNegative() || minusZero ? "-" : "") + "0".repeat(leadingZeros) + digits;
    };
  }
}
