package io.github.cqui.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.cqui.rules.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of Chinese yuan (CNY), exact to the fen (0.01 元): I-24, POLICY-FACTS A-26.
 *
 * <p>Backed by a {@code long} count of fen, so every amount up to about ±9.2 × 10<sup>16</sup> 元 is
 * exact. Exact operations ({@link #plus}, {@link #minus}, {@link #multipliedBy(long)}, {@link
 * #allocate(int)}) never round; an operation that may lose precision ({@link
 * #multipliedBy(BigDecimal, RoundingMode)}, {@link #dividedBy(long, RoundingMode)}, {@link
 * #ofYuan(BigDecimal, RoundingMode)}) takes an explicit {@link RoundingMode}, in the manner of
 * Joda-Money. Splitting an amount ({@link #allocate(int)}, {@link #allocate(long...)}) never loses
 * or invents a fen, so instalments and deductions sum exactly to the whole (I-24).
 *
 * <p>An amount may be negative (a balance, a correction); a type that does not allow negative
 * amounts says so and checks it with {@link #requireNonNegative(String)}. Overflow of the {@code
 * long} range throws {@link ArithmeticException}, never wraps.
 *
 * <p>JSON: the decimal string of {@link #toString()}, e.g. {@code "1234.56"}, read back with {@link
 * #ofYuan(String)}, through the module of either Jackson line ({@code
 * io.github.cqui.rules.json.jackson2.CquiJackson2Module}, {@code …jackson3.CquiJackson3Module}); a
 * JSON number is refused, saying which string to write.
 *
 * <p>Immutable, value-based and thread-safe: equal when the fen counts are equal.
 */
public final class Money implements Comparable<Money> {

  private static final Money ZERO = new Money(0);
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
  private static final Pattern TOO_PRECISE = Pattern.compile("-?[0-9]+\\.[0-9]{3,}");
  private static final String FORMAT_RULE = "must be a CNY amount in yuan such as 1234.56 or -0.05";
  private static final String FEN_RULE = "has more than 2 decimals; CNY is exact to the fen (I-24)";

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * The amount of the given number of fen.
   *
   * @param fen the amount in fen (1 元 = 100 fen), any sign
   * @return the amount
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * Zero yuan.
   *
   * @return the zero amount
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * Parses a decimal amount in yuan, exactly.
   *
   * <p>Accepted: an optional minus sign, digits, and optionally a point with one or two digits
   * ({@code "1234.56"}, {@code "-0.05"}, {@code "7"}, {@code "7.5"}). No grouping separators,
   * exponent, plus sign or whitespace, and no third decimal, not even a zero. This is also the JSON
   * form.
   *
   * @param yuan the decimal text
   * @return the amount
   * @throws InvalidInputException naming the text, if it is malformed, has more than 2 decimals, or
   *     is outside the range of {@code Money}
   */
  public static Money ofYuan(String yuan) {
    Checks.requireNonNull("yuan", yuan);
    if (!DECIMAL.matcher(yuan).matches()) {
      String rule = TOO_PRECISE.matcher(yuan).matches() ? FEN_RULE : FORMAT_RULE;
      throw InvalidInputException.of("amount", '"' + yuan + '"', rule);
    }
    // the digits that count, without leading zeros: more than 17 before the point are out of range
    // whatever they are, and are not parsed (a long text costs no more than its match)
    int sign = yuan.startsWith("-") ? 1 : 0;
    int point = yuan.indexOf('.');
    int end = point < 0 ? yuan.length() : point;
    int first = sign;
    while (first < end - 1 && yuan.charAt(first) == '0') {
      first++;
    }
    if (end - first > 17) {
      throw InvalidInputException.of("amount", '"' + yuan + '"', "is outside the range of Money");
    }
    BigDecimal scaled =
        new BigDecimal(yuan.substring(0, sign) + yuan.substring(first))
            .setScale(2, RoundingMode.UNNECESSARY);
    try {
      return ofFen(scaled.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("amount", '"' + yuan + '"', "is outside the range of Money");
    }
  }

  /**
   * Converts a decimal amount in yuan, exactly.
   *
   * @param yuan the amount in yuan; its scale may exceed 2 only with trailing zeros
   * @return the amount
   * @throws InvalidInputException naming the value, if it has a non-zero third decimal or is
   *     outside the range of {@code Money} (whatever its exponent: {@code 1E+2147483647} included)
   */
  public static Money ofYuan(BigDecimal yuan) {
    Checks.requireNonNull("yuan", yuan);
    if (yuan.signum() == 0) {
      return ZERO;
    }
    if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
      throw InvalidInputException.of("amount", shortText(yuan), FEN_RULE);
    }
    requireInRange(yuan);
    return ofFen(yuan.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
  }

  /**
   * Converts a decimal amount in yuan, rounding to the fen: a lossy conversion.
   *
   * @param yuan the amount in yuan, any scale
   * @param rounding how to round to 2 decimals; {@link RoundingMode#UNNECESSARY} throws if rounding
   *     is needed
   * @return the rounded amount
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}
   * @throws InvalidInputException naming the value, if it is outside the range of {@code Money}
   *     (whatever its exponent)
   */
  public static Money ofYuan(BigDecimal yuan, RoundingMode rounding) {
    Checks.requireNonNull("yuan", yuan);
    Checks.requireNonNull("rounding", rounding);
    if (yuan.signum() == 0) {
      return ZERO;
    }
    BigDecimal value = yuan;
    if ((long) yuan.scale() - yuan.precision() > TINY_DIGITS) {
      // below 10^-20 in magnitude: every rounding mode rounds it as it rounds 10^-20 of its sign,
      // without the power of ten of its exponent
      value =
          BigDecimal.ONE
              .scaleByPowerOfTen(-TINY_DIGITS)
              .multiply(BigDecimal.valueOf(yuan.signum()));
    }
    requireInRange(value);
    BigDecimal rounded = value.setScale(2, rounding);
    requireInRange(rounded);
    return ofFen(rounded.unscaledValue().longValueExact());
  }

  /** Magnitudes below 10^-20 round alike, whatever their exponent. */
  private static final int TINY_DIGITS = 20;

  private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(Long.MAX_VALUE, 2);
  private static final BigDecimal MIN_YUAN = BigDecimal.valueOf(Long.MIN_VALUE, 2);

  /** Refuses a non-zero decimal outside the range of Money, judging by its exponent first. */
  private static void requireInRange(BigDecimal yuan) {
    long integerDigits = (long) yuan.precision() - yuan.scale();
    boolean outside =
        integerDigits >= 17
            && (integerDigits > 17 || yuan.compareTo(MAX_YUAN) > 0 || yuan.compareTo(MIN_YUAN) < 0);
    if (outside) {
      throw InvalidInputException.of("amount", shortText(yuan), "is outside the range of Money");
    }
  }

  /** The decimal as written plainly when that is short, else in scientific notation. */
  private static String shortText(BigDecimal yuan) {
    return Math.abs((long) yuan.scale()) <= 40 && yuan.precision() <= 40
        ? yuan.toPlainString()
        : yuan.toString();
  }

  /**
   * The total of the amounts; zero for none (Joda-Money's {@code total}).
   *
   * @param amounts the amounts to add
   * @return their exact sum
   * @throws ArithmeticException on overflow
   */
  public static Money total(Iterable<Money> amounts) {
    Checks.requireNonNull("amounts", amounts);

    long total = 0;
    int i = 0;
    for (Money amount : amounts) {
      if (amount == null) {
        throw InvalidInputException.of("amounts[" + i + "]", null, "must not be null");
      }
      total = Math.addExact(total, amount.fen);
      i++;
    }
    return ofFen(total);
  }

  /**
   * This amount plus another, exactly.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    Checks.requireNonNull("other", other);

    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * This amount minus another, exactly; the result may be negative.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    Checks.requireNonNull("other", other);

    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * The amount with the opposite sign.
   *
   * @return {@code -this}
   * @throws ArithmeticException for the most negative amount, whose negation overflows
   */
  public Money negated() {
    return ofFen(Math.negateExact(fen));
  }

  /**
   * The absolute amount.
   *
   * @return {@code |this|}
   * @throws ArithmeticException for the most negative amount
   */
  public Money abs() {
    return fen < 0 ? negated() : this;
  }

  /**
   * This amount times a whole number, exactly (for example a monthly standard times a number of
   * months).
   *
   * @param factor the multiplier, any sign
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money multipliedBy(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * This amount times a decimal factor, rounded to the fen: a lossy operation.
   *
   * @param factor the multiplier, e.g. {@code 0.9} for 90 %
   * @param rounding how to round the exact product to the fen
   * @return the rounded product
   * @throws ArithmeticException if rounding is needed under {@link RoundingMode#UNNECESSARY}, or on
   *     overflow
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Checks.requireNonNull("factor", factor);
    Checks.requireNonNull("rounding", rounding);
    if (fen == 0 || factor.signum() == 0) {
      return ZERO;
    }
    BigDecimal product = BigDecimal.valueOf(fen).multiply(factor);
    if ((long) product.precision() - product.scale() > 19) {
      // judged by the exponent, before any power of ten of it is computed
      throw new ArithmeticException("overflow: " + this + " × " + shortText(factor));
    }
    if ((long) product.scale() - product.precision() > TINY_DIGITS) {
      // below 10^-20 fen: every rounding mode rounds it as it rounds 10^-20 of its sign
      product =
          BigDecimal.ONE
              .scaleByPowerOfTen(-TINY_DIGITS)
              .multiply(BigDecimal.valueOf(product.signum()));
    }
    return ofFen(product.setScale(0, rounding).longValueExact());
  }

  /**
   * This amount divided by a whole number, rounded to the fen: a lossy operation. To split an
   * amount into parts that sum exactly to it, use {@link #allocate(int)}.
   *
   * @param divisor the divisor, non-zero
   * @param rounding how to round the exact quotient to the fen
   * @return the rounded quotient
   * @throws ArithmeticException if {@code divisor} is zero, or rounding is needed under {@link
   *     RoundingMode#UNNECESSARY}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Checks.requireNonNull("rounding", rounding);

    if (divisor == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    if (divisor == -1) {
      return negated();
    }
    return ofFen(LongMath.divide(fen, divisor, rounding));
  }

  /**
   * Splits this amount into {@code parts} amounts that differ by at most one fen and sum exactly to
   * it (I-24).
   *
   * <p>The larger parts come first: {@code 100.00} in 3 gives {@code 33.34, 33.33, 33.33}. A
   * negative amount is split as its absolute value and each part negated, so the sign is kept and
   * the parts largest in magnitude come first: {@code -0.05} in 3 gives {@code -0.02, -0.02,
   * -0.01}.
   *
   * @param parts the number of parts, 1 to {@link Limits#MAX_PARTS}
   * @return {@code parts} amounts, in order
   * @throws InvalidInputException if {@code parts} is less than 1 or more than {@link
   *     Limits#MAX_PARTS}
   */
  public ImmutableList<Money> allocate(int parts) {
    if (parts < 1) {
      throw InvalidInputException.of("parts", parts, "must be at least 1");
    }
    if (parts > Limits.MAX_PARTS) {
      throw InvalidInputException.of(
          "parts", parts, "must be at most " + Limits.MAX_PARTS + " (Limits.MAX_PARTS)");
    }
    long quotient = fen / parts;
    long remainder = Math.abs(fen % parts);
    long step = fen < 0 ? -1 : 1;
    ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(parts);
    for (int i = 0; i < parts; i++) {
      result.add(ofFen(i < remainder ? quotient + step : quotient));
    }
    return result.build();
  }

  /**
   * Splits this amount in proportion to the given ratios, so the parts sum exactly to it (I-24).
   *
   * <p>Each part is first the exact share {@code |amount| × ratio / Σ ratios} rounded down to the
   * fen; the fen left over are then given one by one to the parts with the largest fractional
   * remainders (the largest-remainder method), ties going to the earlier part. A part with ratio 0
   * gets zero. A negative amount is split as its absolute value and each part negated.
   *
   * @param ratios one non-negative weight per part, not all zero, at most {@link Limits#MAX_PARTS}
   *     of them; for example the months each instalment covers
   * @return one amount per ratio, in the same order
   * @throws InvalidInputException if {@code ratios} is empty, longer than {@link Limits#MAX_PARTS},
   *     has a negative entry, is all zero, or sums past {@link Long#MAX_VALUE}
   */
  public ImmutableList<Money> allocate(long... ratios) {
    Checks.requireNonNull("ratios", ratios);
    if (ratios.length == 0) {
      throw InvalidInputException.of("ratios", "[]", "must name at least one part");
    }
    if (ratios.length > Limits.MAX_PARTS) {
      throw InvalidInputException.of(
          "ratios",
          ratios.length + " ratios",
          "must name at most " + Limits.MAX_PARTS + " parts (Limits.MAX_PARTS)");
    }
    long total = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw InvalidInputException.of("ratios[" + i + "]", ratios[i], "must not be negative");
      }
      if (ratios[i] > Long.MAX_VALUE - total) {
        throw InvalidInputException.of(
            "ratios", ratios.length + " ratios", "must sum to at most " + Long.MAX_VALUE);
      }
      total += ratios[i];
    }
    if (total == 0) {
      throw InvalidInputException.of("ratios", Arrays.toString(ratios), "must not all be zero");
    }
    if (fen == Long.MIN_VALUE) {
      return allocateMostNegative(ratios, total);
    }
    long sign = fen < 0 ? -1 : 1;
    BigInteger whole = BigInteger.valueOf(fen).abs();
    // |Long.MIN_VALUE| does not fit a long; that one amount always takes the BigInteger path
    long abs = fen == Long.MIN_VALUE ? -1 : Math.abs(fen);
    long[] shares = new long[ratios.length];
    long[] remainders = new long[ratios.length];
    long allocated = 0;
    for (int i = 0; i < ratios.length; i++) {
      long product = abs * ratios[i];
      if (abs >= 0 && Math.multiplyHigh(abs, ratios[i]) == 0 && product >= 0) {
        shares[i] = product / total;
        remainders[i] = product % total;
      } else {
        BigInteger[] qr =
            whole
                .multiply(BigInteger.valueOf(ratios[i]))
                .divideAndRemainder(BigInteger.valueOf(total));
        shares[i] = qr[0].longValueExact();
        remainders[i] = qr[1].longValueExact();
      }
      allocated += shares[i];
    }
    long left = whole.subtract(BigInteger.valueOf(allocated)).longValueExact();
    if (left > 0) {
      Integer[] order = new Integer[ratios.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // largest remainder first; Arrays.sort is stable, so ties keep the earlier part first
      Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
      for (int i = 0; i < left; i++) {
        shares[order[i]]++;
      }
    }
    ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(ratios.length);
    for (long share : shares) {
      result.add(ofFen(sign * share));
    }
    return result.build();
  }

  /**
   * {@link #allocate(long...)} of {@link Long#MIN_VALUE} fen, whose absolute value (2^63) has no
   * {@code long}: the same largest-remainder method in {@link BigInteger}; each part, at most 2^63
   * fen before its sign, fits a {@code long} once negated (I-24).
   */
  private static ImmutableList<Money> allocateMostNegative(long[] ratios, long total) {
    BigInteger whole = BigInteger.valueOf(Long.MIN_VALUE).negate();
    BigInteger divisor = BigInteger.valueOf(total);
    BigInteger[] shares = new BigInteger[ratios.length];
    BigInteger[] remainders = new BigInteger[ratios.length];
    BigInteger left = whole;
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] qr = whole.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(divisor);
      shares[i] = qr[0];
      remainders[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    Integer[] order = new Integer[ratios.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // largest remainder first; Arrays.sort is stable, so ties keep the earlier part first
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int i = 0; i < left.intValueExact(); i++) {
      shares[order[i]] = shares[order[i]].add(BigInteger.ONE);
    }
    ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(ratios.length);
    for (BigInteger share : shares) {
      result.add(ofFen(share.negate().longValueExact()));
    }
    return result.build();
  }

  /**
   * Splits this amount in proportion to the given ratios; see {@link #allocate(long...)}.
   *
   * @param ratios one non-negative weight per part, not all zero
   * @return one amount per ratio, in the same order
   * @throws InvalidInputException if {@code ratios} is empty, longer than {@link Limits#MAX_PARTS},
   *     has a {@code null}, a negative entry, or is all zero
   */
  public ImmutableList<Money> allocate(List<Long> ratios) {
    Checks.requireNonNull("ratios", ratios);
    if (ratios.size() > Limits.MAX_PARTS) {
      throw InvalidInputException.of(
          "ratios",
          ratios.size() + " ratios",
          "must name at most " + Limits.MAX_PARTS + " parts (Limits.MAX_PARTS)");
    }
    long[] array = new long[ratios.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = Checks.requireNonNull("ratios[" + i + "]", ratios.get(i));
    }
    return allocate(array);
  }

  /**
   * Requires this amount to be zero or positive, for fields whose type does not allow negative
   * amounts.
   *
   * @param field the name of the input field, for the message
   * @return this amount
   * @throws InvalidInputException naming the field and the amount, if it is negative
   */
  public Money requireNonNegative(String field) {
    Checks.requireNonNull("field", field);

    if (fen < 0) {
      throw InvalidInputException.of(field, this, "must not be negative");
    }
    return this;
  }

  /**
   * Whether this amount is zero.
   *
   * @return {@code this == 0}
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Whether this amount is greater than zero.
   *
   * @return {@code this > 0}
   */
  public boolean isPositive() {
    return fen > 0;
  }

  /**
   * Whether this amount is less than zero.
   *
   * @return {@code this < 0}
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Whether this amount is greater than another.
   *
   * @param other the amount to compare with
   * @return {@code this > other}
   */
  public boolean isGreaterThan(Money other) {
    Checks.requireNonNull("other", other);

    return fen > other.fen;
  }

  /**
   * Whether this amount is less than another.
   *
   * @param other the amount to compare with
   * @return {@code this < other}
   */
  public boolean isLessThan(Money other) {
    Checks.requireNonNull("other", other);

    return fen < other.fen;
  }

  /**
   * Whether this amount is greater than or equal to another.
   *
   * @param other the amount to compare with
   * @return {@code this >= other}
   */
  public boolean isGreaterThanOrEqual(Money other) {
    Checks.requireNonNull("other", other);

    return fen >= other.fen;
  }

  /**
   * Whether this amount is less than or equal to another.
   *
   * @param other the amount to compare with
   * @return {@code this <= other}
   */
  public boolean isLessThanOrEqual(Money other) {
    Checks.requireNonNull("other", other);

    return fen <= other.fen;
  }

  /**
   * Whether this amount is zero or greater.
   *
   * @return {@code this >= 0}
   */
  public boolean isPositiveOrZero() {
    return fen >= 0;
  }

  /**
   * Whether this amount is zero or less.
   *
   * @return {@code this <= 0}
   */
  public boolean isNegativeOrZero() {
    return fen <= 0;
  }

  /**
   * The smaller of this amount and another (this one when equal).
   *
   * @param other the amount to compare with
   * @return the smaller amount
   */
  public Money min(Money other) {
    Checks.requireNonNull("other", other);

    return other.fen < fen ? other : this;
  }

  /**
   * The larger of this amount and another (this one when equal).
   *
   * @param other the amount to compare with
   * @return the larger amount
   */
  public Money max(Money other) {
    Checks.requireNonNull("other", other);

    return other.fen > fen ? other : this;
  }

  /**
   * Compares amounts by value.
   *
   * @param other the amount to compare with
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code
   *     other}
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /**
   * The amount in yuan.
   *
   * @return a {@link BigDecimal} with scale 2, e.g. {@code 1234.56}
   */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * The amount in fen.
   *
   * @return the number of fen, e.g. {@code 123456} for 1234.56 元
   */
  public long toFen() {
    return fen;
  }

  /**
   * The decimal string in yuan with exactly two decimals, e.g. {@code "1234.56"}, {@code "-0.05"},
   * {@code "0.00"}; also the JSON form, read back by {@link #ofYuan(String)}.
   *
   * @return the decimal string
   */
  @Override
  public String toString() {
    return toYuan().toPlainString();
  }

  /**
   * Equal when the amounts are equal to the fen.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code Money} of the same amount
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money money && money.fen == fen;
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash of the fen count
   */
  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }
}
