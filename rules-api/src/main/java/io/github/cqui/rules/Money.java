package io.github.cqui.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
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
    if (!DECIMAL.matcher(yuan).matches()) {
      String rule = TOO_PRECISE.matcher(yuan).matches() ? FEN_RULE : FORMAT_RULE;
      throw InvalidInputException.of("amount", '"' + yuan + '"', rule);
    }
    BigDecimal scaled = new BigDecimal(yuan).setScale(2, RoundingMode.UNNECESSARY);
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
   * @throws InvalidInputException naming the value, if it has a non-zero third decimal
   * @throws ArithmeticException if it is outside the range of {@code Money}
   */
  public static Money ofYuan(BigDecimal yuan) {
    BigDecimal scaled;
    try {
      scaled = yuan.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("amount", yuan.toPlainString(), FEN_RULE);
    }
    return ofFen(scaled.unscaledValue().longValueExact());
  }

  /**
   * Converts a decimal amount in yuan, rounding to the fen: a lossy conversion.
   *
   * @param yuan the amount in yuan, any scale
   * @param rounding how to round to 2 decimals; {@link RoundingMode#UNNECESSARY} throws if rounding
   *     is needed
   * @return the rounded amount
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}, or the result is
   *     outside the range of {@code Money}
   */
  public static Money ofYuan(BigDecimal yuan, RoundingMode rounding) {
    return ofFen(yuan.setScale(2, rounding).unscaledValue().longValueExact());
  }

  /**
   * The total of the amounts; zero for none (Joda-Money's {@code total}).
   *
   * @param amounts the amounts to add
   * @return their exact sum
   * @throws ArithmeticException on overflow
   */
  public static Money total(Iterable<Money> amounts) {
    long total = 0;
    for (Money amount : amounts) {
      total = Math.addExact(total, amount.fen);
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
    BigDecimal product = BigDecimal.valueOf(fen).multiply(factor);
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
   * @param parts the number of parts, at least 1
   * @return {@code parts} amounts, in order
   * @throws InvalidInputException if {@code parts} is less than 1
   */
  public ImmutableList<Money> allocate(int parts) {
    if (parts < 1) {
      throw InvalidInputException.of("parts", parts, "must be at least 1");
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
   * @param ratios one non-negative weight per part, not all zero; for example the months each
   *     instalment covers
   * @return one amount per ratio, in the same order
   * @throws InvalidInputException if {@code ratios} is empty, has a negative entry, or is all zero
   * @throws ArithmeticException if the ratios' sum overflows a {@code long}; for the most negative
   *     amount (whose absolute value has no {@code long}) it may throw, depending on the ratios,
   *     and when it returns, the parts are exact
   */
  public ImmutableList<Money> allocate(long... ratios) {
    if (ratios.length == 0) {
      throw InvalidInputException.of("ratios", "[]", "must name at least one part");
    }
    long total = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw InvalidInputException.of("ratios[" + i + "]", ratios[i], "must not be negative");
      }
      total = Math.addExact(total, ratios[i]);
    }
    if (total == 0) {
      throw InvalidInputException.of("ratios", Arrays.toString(ratios), "must not all be zero");
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
   * Splits this amount in proportion to the given ratios; see {@link #allocate(long...)}.
   *
   * @param ratios one non-negative weight per part, not all zero
   * @return one amount per ratio, in the same order
   * @throws InvalidInputException if {@code ratios} is empty, has a negative entry, or is all zero
   */
  public ImmutableList<Money> allocate(List<Long> ratios) {
    long[] array = new long[ratios.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = ratios.get(i);
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
    return fen > other.fen;
  }

  /**
   * Whether this amount is less than another.
   *
   * @param other the amount to compare with
   * @return {@code this < other}
   */
  public boolean isLessThan(Money other) {
    return fen < other.fen;
  }

  /**
   * Whether this amount is greater than or equal to another.
   *
   * @param other the amount to compare with
   * @return {@code this >= other}
   */
  public boolean isGreaterThanOrEqual(Money other) {
    return fen >= other.fen;
  }

  /**
   * Whether this amount is less than or equal to another.
   *
   * @param other the amount to compare with
   * @return {@code this <= other}
   */
  public boolean isLessThanOrEqual(Money other) {
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
    return other.fen < fen ? other : this;
  }

  /**
   * The larger of this amount and another (this one when equal).
   *
   * @param other the amount to compare with
   * @return the larger amount
   */
  public Money max(Money other) {
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
