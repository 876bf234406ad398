package io.github.cqui.rules.testing;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The laws of {@link Money}'s documented contract, as plain checks that throw {@link
 * AssertionError}: run them with {@link Property} or with any engine.
 *
 * <p>Two kinds:
 *
 * <ul>
 *   <li><b>Laws of a split</b> ({@link #sumsToWhole}, {@link #hasParts}, {@link
 *       #differByAtMostOneFen}, {@link #keepTheSignOf}, {@link #largerPartsComeFirst}, {@link
 *       #areTheSharesRounded}, {@link #leftOverFenGoToTheLargestRemainders}) check parts given with
 *       their whole, whatever made them: run them against your own instalment or deduction
 *       splitter.
 *   <li><b>Laws of {@code Money}</b> ({@code allocate…}, {@link #plusAndMinusRoundTrip}, {@link
 *       #yuanFormsRoundTrip}, …) call {@code Money} itself.
 * </ul>
 *
 * <p>Each law states its inputs; an input outside them (such as {@code n < 1}) fails the check with
 * an {@link AssertionError} saying so. Inputs for which the contract promises an exception are
 * allowed, and the law checks that it is thrown: an overflow of {@code plus} or {@code minus}
 * ({@link ArithmeticException}), a sum of ratios past a {@code long} (refused naming {@code
 * ratios}). The most negative amount ({@code Long.MIN_VALUE} fen), whose absolute value has no
 * {@code long}, is split like any other. Stateless and thread-safe.
 *
 * <p>In test sources: these are laws of cqui's own {@code Money} kernel, not of a policy rule, so
 * the public testing package does not ship them (TESTING.md).
 */
public final class MoneyLaws {

  private static final Pattern CANONICAL = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
  private static final Pattern ACCEPTED = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private MoneyLaws() {}

  // ---- laws of a split, whatever made it ------------------------------------------------------

  /**
   * The parts sum exactly to the whole: no fen lost or invented (I-24).
   *
   * @param whole the amount that was split
   * @param parts the parts it was split into
   * @throws AssertionError if the parts' exact sum is not {@code whole}
   */
  public static void sumsToWhole(Money whole, List<Money> parts) {
    BigInteger sum = BigInteger.ZERO;
    for (Money part : parts) {
      sum = sum.add(BigInteger.valueOf(part.toFen()));
    }
    check(
        sum.equals(BigInteger.valueOf(whole.toFen())),
        "%s split into %s: the parts sum to %s, not %s",
        whole,
        parts,
        yuan(sum),
        whole);
  }

  /**
   * There are exactly {@code n} parts.
   *
   * @param whole the amount that was split, for the message
   * @param n the number of parts asked for
   * @param parts the parts
   * @throws AssertionError if {@code parts} does not have {@code n} elements
   */
  public static void hasParts(Money whole, int n, List<Money> parts) {
    check(
        parts.size() == n, "%s split in %d: %d parts %s, not %d", whole, n, parts.size(), parts, n);
  }

  /**
   * No two parts differ by more than one fen: an equal split.
   *
   * @param whole the amount that was split, for the message
   * @param parts the parts
   * @throws AssertionError if the largest and the smallest part differ by more than 0.01
   */
  public static void differByAtMostOneFen(Money whole, List<Money> parts) {
    if (parts.isEmpty()) {
      return;
    }
    long least = Long.MAX_VALUE;
    long most = Long.MIN_VALUE;
    for (Money part : parts) {
      least = Math.min(least, part.toFen());
      most = Math.max(most, part.toFen());
    }
    BigInteger spread = BigInteger.valueOf(most).subtract(BigInteger.valueOf(least));
    check(
        spread.compareTo(BigInteger.ONE) <= 0,
        "%s split into %s: parts %s and %s differ by %s, more than 0.01",
        whole,
        parts,
        Money.ofFen(least),
        Money.ofFen(most),
        yuan(spread));
  }

  /**
   * Every part is zero or has the sign of the whole: a positive amount is never split into a
   * negative part, nor a negative one into a positive part, and zero only into zeros.
   *
   * @param whole the amount that was split
   * @param parts the parts
   * @throws AssertionError if a part is non-zero and of another sign than {@code whole}
   */
  public static void keepTheSignOf(Money whole, List<Money> parts) {
    int sign = Long.signum(whole.toFen());
    for (int i = 0; i < parts.size(); i++) {
      long part = parts.get(i).toFen();
      check(
          part == 0 || Long.signum(part) == sign,
          "%s split into %s: part %d (%s) does not have the sign of the whole",
          whole,
          parts,
          i,
          parts.get(i));
    }
  }

  /**
   * One part per ratio, and each part is its exact proportional share {@code whole × ratio / Σ
   * ratios} rounded to a neighbouring fen: toward zero, or (when the share is not a whole number of
   * fen) one fen further from zero. So each part is less than one fen from its exact share, and a
   * part whose ratio is 0 is zero.
   *
   * @param whole the amount that was split
   * @param ratios the ratios, non-empty, non-negative, not all zero
   * @param parts the parts it was split into
   * @throws AssertionError if the ratios are not valid, the number of parts is not the number of
   *     ratios, or a part is not its share rounded to a neighbouring fen
   */
  public static void areTheSharesRounded(Money whole, List<Long> ratios, List<Money> parts) {
    Shares shares = Shares.of(whole, ratios);
    check(
        parts.size() == ratios.size(),
        "%s split by %s: %d parts %s for %d ratios",
        whole,
        ratios,
        parts.size(),
        parts,
        ratios.size());
    for (int i = 0; i < parts.size(); i++) {
      BigInteger part = BigInteger.valueOf(parts.get(i).toFen());
      BigInteger down = shares.down(i);
      BigInteger up = shares.remainder(i).signum() == 0 ? down : down.add(shares.step());
      if (!part.equals(down) && !part.equals(up)) {
        throw new AssertionError(
            String.format(
                "%s split by %s into %s: part %d is %s, but its exact share %s rounds to %s",
                whole,
                ratios,
                parts,
                i,
                parts.get(i),
                shares.exact(i),
                up.equals(down) ? yuan(down) : yuan(down) + " or " + yuan(up)));
      }
    }
  }

  /**
   * The parts larger in magnitude come first: the magnitudes never increase along the list.
   *
   * @param whole the amount that was split, for the message
   * @param parts the parts
   * @throws AssertionError if a part is larger in magnitude than the one before it
   */
  public static void largerPartsComeFirst(Money whole, List<Money> parts) {
    for (int i = 1; i < parts.size(); i++) {
      BigInteger before = BigInteger.valueOf(parts.get(i - 1).toFen()).abs();
      BigInteger after = BigInteger.valueOf(parts.get(i).toFen()).abs();
      check(
          before.compareTo(after) >= 0,
          "%s split into %s: part %d is larger than part %d",
          whole,
          parts,
          i,
          i - 1);
    }
  }

  /**
   * The largest-remainder method: each part is its exact share rounded ({@link
   * #areTheSharesRounded}), and of two parts, one rounded a fen away from zero and one rounded
   * toward it, the first has the larger fractional remainder, or an equal one and comes earlier.
   *
   * @param whole the amount that was split
   * @param ratios the ratios, non-empty, non-negative, not all zero
   * @param parts the parts it was split into
   * @throws AssertionError if the law does not hold, or the ratios are not valid
   */
  public static void leftOverFenGoToTheLargestRemainders(
      Money whole, List<Long> ratios, List<Money> parts) {
    areTheSharesRounded(whole, ratios, parts);
    Shares shares = Shares.of(whole, ratios);
    for (int up = 0; up < parts.size(); up++) {
      if (BigInteger.valueOf(parts.get(up).toFen()).equals(shares.down(up))) {
        continue;
      }
      for (int down = 0; down < parts.size(); down++) {
        if (!BigInteger.valueOf(parts.get(down).toFen()).equals(shares.down(down))) {
          continue;
        }
        int order = shares.remainder(up).compareTo(shares.remainder(down));
        check(
            order > 0 || (order == 0 && up < down),
            "%s split by %s into %s: part %d got a left-over fen before part %d, whose remainder"
                + " is %s",
            whole,
            ratios,
            parts,
            up,
            down,
            order == 0 ? "equal and which comes earlier" : "larger");
      }
    }
  }

  // ---- laws of Money.allocate(int) ------------------------------------------------------------

  /**
   * {@code whole.allocate(n)} sums exactly to {@code whole} (I-24).
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocateSumsToWhole(Money whole, int n) {
    sumsToWhole(whole, allocate(whole, n));
  }

  /**
   * {@code whole.allocate(n)} has exactly {@code n} parts.
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocateHasNParts(Money whole, int n) {
    hasParts(whole, n, allocate(whole, n));
  }

  /**
   * The parts of {@code whole.allocate(n)} differ by at most one fen.
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocateDiffersByAtMostOneFen(Money whole, int n) {
    differByAtMostOneFen(whole, allocate(whole, n));
  }

  /**
   * Every part of {@code whole.allocate(n)} is zero or has the sign of {@code whole}.
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocateKeepsTheSign(Money whole, int n) {
    keepTheSignOf(whole, allocate(whole, n));
  }

  /**
   * The parts of {@code whole.allocate(n)} that are larger in magnitude come first ({@code 100.00}
   * in 3 is {@code 33.34, 33.33, 33.33}; see {@link #largerPartsComeFirst}).
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocatePutsTheLargerPartsFirst(Money whole, int n) {
    largerPartsComeFirst(whole, allocate(whole, n));
  }

  /**
   * An equal split is a split by equal ratios: {@code whole.allocate(n)} equals {@code
   * whole.allocate(1, 1, …, 1)} ({@code n} ones), the fen left over going to the earlier parts in
   * both, the most negative amount included.
   *
   * @param whole any amount
   * @param n the number of parts, {@code >= 1}
   * @throws AssertionError if the law does not hold, or {@code n < 1}
   */
  public static void allocateEquallyIsAllocateByEqualRatios(Money whole, int n) {
    List<Money> equal = allocate(whole, n);
    Long[] ones = new Long[n];
    Arrays.fill(ones, 1L);
    List<Money> byRatios = allocateByRatios(whole, Arrays.asList(ones));
    if (byRatios == null) {
      return;
    }
    check(
        equal.equals(byRatios),
        "%s split in %d is %s, but by %d equal ratios it is %s",
        whole,
        n,
        equal,
        n,
        byRatios);
  }

  // ---- laws of Money.allocate(List<Long>) -----------------------------------------------------

  /**
   * {@code whole.allocate(ratios)} sums exactly to {@code whole} (I-24), the most negative amount
   * included; when the ratios' sum overflows a {@code long}, it is refused with {@link
   * io.github.cqui.rules.InvalidInputException} naming {@code ratios}, as documented.
   *
   * @param whole any amount
   * @param ratios non-empty, non-negative, not all zero; their sum may overflow (then {@code
   *     allocate} must refuse them)
   * @throws AssertionError if the law does not hold, or the ratios are not valid
   */
  public static void allocateByRatiosSumsToWhole(Money whole, List<Long> ratios) {
    List<Money> parts = allocateByRatios(whole, ratios);
    if (parts != null) {
      sumsToWhole(whole, parts);
    }
  }

  /**
   * Each part of {@code whole.allocate(ratios)} is within one fen of its exact proportional share:
   * the share rounded toward zero, or one fen further from zero; one part per ratio ({@link
   * #areTheSharesRounded}).
   *
   * @param whole any amount
   * @param ratios non-empty, non-negative, not all zero
   * @throws AssertionError if the law does not hold, or the ratios are not valid
   */
  public static void allocateByRatiosIsWithinOneFenOfTheShares(Money whole, List<Long> ratios) {
    List<Money> parts = allocateByRatios(whole, ratios);
    if (parts != null) {
      areTheSharesRounded(whole, ratios, parts);
    }
  }

  /**
   * Every part of {@code whole.allocate(ratios)} is zero or has the sign of {@code whole}.
   *
   * @param whole any amount
   * @param ratios non-empty, non-negative, not all zero
   * @throws AssertionError if the law does not hold, or the ratios are not valid
   */
  public static void allocateByRatiosKeepsTheSign(Money whole, List<Long> ratios) {
    List<Money> parts = allocateByRatios(whole, ratios);
    if (parts != null) {
      keepTheSignOf(whole, parts);
    }
  }

  /**
   * The largest-remainder method of {@code whole.allocate(ratios)}: the left-over fen go to the
   * largest remainders, ties to the earlier part ({@link #leftOverFenGoToTheLargestRemainders}).
   *
   * @param whole any amount
   * @param ratios non-empty, non-negative, not all zero
   * @throws AssertionError if the law does not hold, or the ratios are not valid
   */
  public static void allocateByRatiosGivesTheLeftOverFenToTheLargestRemainders(
      Money whole, List<Long> ratios) {
    List<Money> parts = allocateByRatios(whole, ratios);
    if (parts != null) {
      leftOverFenGoToTheLargestRemainders(whole, ratios, parts);
    }
  }

  // ---- laws of arithmetic and of the yuan forms -----------------------------------------------

  /**
   * {@code a.plus(b).minus(b)} and {@code a.minus(b).plus(b)} are {@code a}, and {@code a.plus(b)}
   * is the exact sum; when the exact sum (or difference) is outside the range of {@code Money},
   * {@code plus} (or {@code minus}) throws {@link ArithmeticException}, never wraps.
   *
   * @param a any amount
   * @param b any amount
   * @throws AssertionError if the law does not hold
   */
  public static void plusAndMinusRoundTrip(Money a, Money b) {
    BigInteger x = BigInteger.valueOf(a.toFen());
    BigInteger y = BigInteger.valueOf(b.toFen());
    BigInteger sum = x.add(y);
    if (fitsLong(sum)) {
      Money plus = a.plus(b);
      check(plus.toFen() == sum.longValue(), "%s + %s = %s, not %s", a, b, plus, yuan(sum));
      Money back = plus.minus(b);
      check(back.equals(a), "%s + %s - %s = %s, not %s", a, b, b, back, a);
    } else {
      checkOverflows(() -> a.plus(b), "%s + %s overflows but gave %s", a, b);
    }
    BigInteger difference = x.subtract(y);
    if (fitsLong(difference)) {
      Money minus = a.minus(b);
      check(
          minus.toFen() == difference.longValue(),
          "%s - %s = %s, not %s",
          a,
          b,
          minus,
          yuan(difference));
      Money back = minus.plus(b);
      check(back.equals(a), "%s - %s + %s = %s, not %s", a, b, b, back, a);
    } else {
      checkOverflows(() -> a.minus(b), "%s - %s overflows but gave %s", a, b);
    }
  }

  /**
   * The yuan forms of an amount read back to it: {@link Money#toString()} has exactly two decimals
   * and {@code ofYuan(m.toString())} is {@code m}; {@link Money#toYuan()} has scale 2 and {@code
   * ofYuan(m.toYuan())} is {@code m}; {@code ofFen(m.toFen())} is {@code m}.
   *
   * @param m any amount
   * @throws AssertionError if the law does not hold
   */
  public static void yuanFormsRoundTrip(Money m) {
    String text = m.toString();
    check(CANONICAL.matcher(text).matches(), "%s does not have exactly two decimals", text);
    Money parsed = Money.ofYuan(text);
    check(parsed.equals(m), "ofYuan(\"%s\") is %s, not %s", text, parsed, m);
    BigDecimal yuan = m.toYuan();
    check(yuan.scale() == 2, "toYuan() of %s has scale %d, not 2", m, yuan.scale());
    check(Money.ofYuan(yuan).equals(m), "ofYuan(%s) is not %s", yuan.toPlainString(), m);
    check(Money.ofFen(m.toFen()).equals(m), "ofFen(%d) is not %s", m.toFen(), m);
  }

  /**
   * {@link Money#ofYuan(String)} reads an accepted text as its exact decimal value; a text whose
   * value is outside the range of {@code Money} is refused with {@link InvalidInputException}.
   *
   * @param text an optional minus sign, digits, and optionally a point with one or two digits
   * @throws AssertionError if the law does not hold, or {@code text} is not of that form
   */
  public static void ofYuanReadsTheDecimalExactly(String text) {
    check(ACCEPTED.matcher(text).matches(), "\"%s\" is not a text ofYuan accepts", text);
    BigInteger fen = new BigDecimal(text).movePointRight(2).toBigIntegerExact();
    if (fitsLong(fen)) {
      Money parsed = Money.ofYuan(text);
      check(
          parsed.toFen() == fen.longValue(),
          "ofYuan(\"%s\") is %s, not %s",
          text,
          parsed,
          yuan(fen));
      return;
    }
    try {
      Money parsed = Money.ofYuan(text);
      throw new AssertionError(
          "ofYuan(\"" + text + "\") is outside the range of Money but gave " + parsed);
    } catch (InvalidInputException expected) {
      // as documented
    }
  }

  /**
   * Order by value, consistent with equals: {@code a.compareTo(b)} has the sign of the difference
   * in fen, is zero exactly when {@code a.equals(b)}, equal amounts have equal hash codes, and
   * {@code min}/{@code max} pick the smaller and the larger.
   *
   * @param a any amount
   * @param b any amount
   * @throws AssertionError if the law does not hold
   */
  public static void compareToIsConsistentWithEquals(Money a, Money b) {
    int expected = Long.compare(a.toFen(), b.toFen());
    int compared = Integer.signum(a.compareTo(b));
    check(compared == expected, "%s compareTo %s has sign %d, not %d", a, b, compared, expected);
    check(
        a.equals(b) == (expected == 0),
        "%s equals %s is %s, but compareTo is %d",
        a,
        b,
        a.equals(b),
        compared);
    check(!a.equals(b) || a.hashCode() == b.hashCode(), "equal %s and %s hash apart", a, b);
    Money min = a.min(b);
    Money max = a.max(b);
    check(
        min.toFen() == Math.min(a.toFen(), b.toFen())
            && max.toFen() == Math.max(a.toFen(), b.toFen()),
        "min and max of %s and %s are %s and %s",
        a,
        b,
        min,
        max);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** {@code whole.allocate(n)}, after checking {@code n}. */
  private static List<Money> allocate(Money whole, int n) {
    check(n >= 1, "n = %d must be >= 1", n);
    return whole.allocate(n);
  }

  /**
   * {@code whole.allocate(ratios)}, after checking the ratios; {@code null} when a sum of ratios
   * beyond a {@code long} is refused, as it must be (checked here).
   */
  private static @Nullable List<Money> allocateByRatios(Money whole, List<Long> ratios) {
    BigInteger total = Shares.checkRatios(ratios);
    if (!fitsLong(total)) {
      // refused naming the ratios, as documented (issue 12: the library's own exception)
      try {
        List<Money> parts = whole.allocate(ratios);
        throw new AssertionError(
            String.format(
                "%s split by %s: the ratios' sum overflows a long, but it gave %s",
                whole, ratios, parts));
      } catch (InvalidInputException expected) {
        check(
            expected.field().equals("ratios"),
            "%s split by %s: refused naming %s, not ratios",
            whole,
            ratios,
            expected.field());
        return null;
      }
    }
    return whole.allocate(ratios);
  }

  /**
   * The exact proportional shares of a split, in signed fen: share <i>i</i> is {@code whole ×
   * ratios[i] / total}, rounded toward zero to {@link #down}, with the remainder {@code |whole| ×
   * ratios[i] mod total}.
   */
  private static final class Shares {
    private final BigInteger whole;
    private final BigInteger absWhole;
    private final List<Long> ratios;
    private final BigInteger total;

    private Shares(Money whole, List<Long> ratios, BigInteger total) {
      this.whole = BigInteger.valueOf(whole.toFen());
      this.absWhole = this.whole.abs();
      this.ratios = ratios;
      this.total = total;
    }

    static Shares of(Money whole, List<Long> ratios) {
      return new Shares(whole, ratios, checkRatios(ratios));
    }

    /** The sum of the ratios, after checking they are non-empty, non-negative, not all zero. */
    static BigInteger checkRatios(List<Long> ratios) {
      check(!ratios.isEmpty(), "ratios must not be empty");
      BigInteger total = BigInteger.ZERO;
      for (int i = 0; i < ratios.size(); i++) {
        long ratio = ratios.get(i);
        check(ratio >= 0, "ratios[%d] = %d must not be negative", i, ratio);
        total = total.add(BigInteger.valueOf(ratio));
      }
      check(total.signum() > 0, "ratios %s must not all be zero", ratios);
      return total;
    }

    /** +1 fen, or -1 fen for a negative whole: one fen further from zero. */
    BigInteger step() {
      return whole.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ONE;
    }

    /** Share {@code i} rounded toward zero, in signed fen. */
    BigInteger down(int i) {
      BigInteger magnitude = absWhole.multiply(BigInteger.valueOf(ratios.get(i))).divide(total);
      return whole.signum() < 0 ? magnitude.negate() : magnitude;
    }

    /** The remainder of share {@code i}'s magnitude, in units of 1 / total fen. */
    BigInteger remainder(int i) {
      return absWhole.multiply(BigInteger.valueOf(ratios.get(i))).mod(total);
    }

    /** Share {@code i} exactly, as a fraction such as {@code 100.00 × 1/3}. */
    String exact(int i) {
      return yuan(whole) + " × " + ratios.get(i) + "/" + total;
    }
  }

  private static boolean fitsLong(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  /** An exact number of fen as yuan, e.g. {@code 1234.56}, even beyond the range of Money. */
  private static String yuan(BigInteger fen) {
    return new BigDecimal(fen, 2).toPlainString();
  }

  private static void checkOverflows(Supplier<Object> operation, String format, Object... args) {
    Object result;
    try {
      result = operation.get();
    } catch (ArithmeticException expected) {
      return;
    }
    Object[] withResult = Arrays.copyOf(args, args.length + 1);
    withResult[args.length] = result;
    throw new AssertionError(String.format(format, withResult));
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
