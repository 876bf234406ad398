package io.github.cqui.rules.testing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The one source of randomness for a {@link Gen}: "an int between lo and hi, inclusive".
 *
 * <p>Every draw is recorded, which is what lets {@link Property} replay a case and shrink it by
 * shrinking the recorded draws. The convention that makes shrinking work without a per-type
 * shrinker: <b>a smaller draw means a simpler value</b> (a shorter list, an earlier option, a date
 * nearer the start, an amount nearer zero).
 *
 * <p>Instances are created by {@link Property} and {@link Gen#samples(long, int)}, one per
 * generated case. A {@code Draws} guards against runaway generation: a case that makes more than
 * its limit of draws fails with an {@link IllegalStateException} naming the limit.
 *
 * <p>Implementation Requirements: not thread-safe; a {@code Draws} serves one case on one thread.
 */
public final class Draws {

  /** The default limit of draws for one generated case. */
  static final int DEFAULT_MAX_DRAWS = 10_000;

  /** Where the next value comes from, given its index in the case and its bounds. */
  private interface Source {
    int next(int index, int lo, int hi);
  }

  private final Source source;
  private final int maxDraws;
  private int[] values = new int[16];
  private int[] lows = new int[16];
  private int[] highs = new int[16];
  private int size;

  /** {@code maxDraws} is checked by the callers ({@link Property#withMaxDraws(int)}). */
  private Draws(Source source, int maxDraws) {
    this.source = source;
    this.maxDraws = maxDraws;
  }

  /** Uniform draws from {@code random}. */
  static Draws random(SplittableRandom random, int maxDraws) {
    return new Draws((index, lo, hi) -> (int) random.nextLong(lo, (long) hi + 1), maxDraws);
  }

  /** Every draw returns its lower bound: the simplest case a generator can make. */
  static Draws allLow(int maxDraws) {
    return new Draws((index, lo, hi) -> lo, maxDraws);
  }

  /** Every draw returns its upper bound: the most extreme case a generator can make. */
  static Draws allHigh(int maxDraws) {
    return new Draws((index, lo, hi) -> hi, maxDraws);
  }

  /**
   * Replays {@code recorded}: draw <i>i</i> returns {@code recorded[i]} clamped into its bounds,
   * and a draw past the end of the recording returns its lower bound.
   */
  static Draws replay(int[] recorded, int maxDraws) {
    int[] copy = recorded.clone();
    return new Draws(
        (index, lo, hi) -> index < copy.length ? Math.max(lo, Math.min(hi, copy[index])) : lo,
        maxDraws);
  }

  /**
   * Returns an int between {@code lo} and {@code hi}, both inclusive.
   *
   * @param lo the lower bound, the simplest value
   * @param hi the upper bound
   * @return a value in {@code [lo, hi]}
   * @throws IllegalArgumentException if {@code lo > hi}
   * @throws IllegalStateException if this case has already made its limit of draws
   */
  public int draw(int lo, int hi) {
    if (lo > hi) {
      throw new IllegalArgumentException(
          "draw(lo, hi): lo (" + lo + ") must be <= hi (" + hi + ")");
    }
    if (size == maxDraws) {
      throw new IllegalStateException(
          "runaway generator: more than "
              + maxDraws
              + " draws for one case (does a recursive or repeated draw stop when draws are low?)");
    }
    int value = source.next(size, lo, hi);
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      lows = Arrays.copyOf(lows, size * 2);
      highs = Arrays.copyOf(highs, size * 2);
    }
    values[size] = value;
    lows[size] = lo;
    highs[size] = hi;
    size++;
    return value;
  }

  /** The values of the draws made so far, in order. */
  int[] recorded() {
    return Arrays.copyOf(values, size);
  }

  /** The lower bound of each draw made so far. */
  int[] lowerBounds() {
    return Arrays.copyOf(lows, size);
  }

  /** The upper bound of each draw made so far. */
  int[] upperBounds() {
    return Arrays.copyOf(highs, size);
  }
}
