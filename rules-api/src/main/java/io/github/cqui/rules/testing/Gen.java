package io.github.cqui.rules.testing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator: builds a value of type {@code T} from {@link Draws}.
 *
 * <p>The contract every generator keeps, so that {@link Property} can shrink without a per-type
 * shrinker:
 *
 * <ul>
 *   <li><b>Valid by construction.</b> Every value it returns is valid input for the rule under
 *       test; it never draws and then rejects (no filter-and-retry). Draw the constraint first (the
 *       count <i>n</i> before the date that must leave room for <i>n</i>) and derive the rest from
 *       it.
 *   <li><b>Smaller draws, simpler values.</b> All-low draws give the simplest value; lowering any
 *       draw never makes the value more complex.
 *   <li><b>A pure function of the draws.</b> The same draws give an equal value; a generator keeps
 *       no state and calls nothing random but {@link Draws#draw(int, int)}.
 * </ul>
 *
 * <p>Implementation Requirements: the generators made here are immutable and thread-safe when the
 * functions passed to them are; a {@link Draws} belongs to one case on one thread.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Builds one value from {@code draws}.
   *
   * @param draws the source of randomness of the case being generated
   * @return the value, never null
   */
  T generate(Draws draws);

  /**
   * A generator of {@code f} applied to this generator's values.
   *
   * @param f the function, pure
   * @param <R> the type of the new values
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return draws -> f.apply(generate(draws));
  }

  /**
   * A generator that draws a value from this generator, then draws from the generator {@code f}
   * makes of it. Use it to draw a constraint first and build the rest within it.
   *
   * @param f the function from a value to the next generator, pure
   * @param <R> the type of the new values
   * @return the dependent generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return draws -> f.apply(generate(draws)).generate(draws);
  }

  /**
   * Seeded sampling without an engine, e.g. for a JUnit {@code @ParameterizedTest @MethodSource}:
   * {@code count} values, each from its own stream of uniform draws. The same seed gives the same
   * list.
   *
   * @param seed the seed
   * @param count how many values, {@code >= 0}
   * @return the values, in order
   * @throws IllegalArgumentException if {@code count < 0}
   */
  default List<T> samples(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      out.add(generate(Draws.random(random.split(), Draws.DEFAULT_MAX_DRAWS)));
    }
    return out.build();
  }

  /**
   * Always {@code value}, with no draw.
   *
   * @param value the value
   * @param <T> its type
   * @return the constant generator
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return draws -> value;
  }

  /**
   * Ints in {@code [lo, hi]}, one draw, shrinking toward {@code lo}.
   *
   * @param lo the lower bound, inclusive, the simplest value
   * @param hi the upper bound, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code lo > hi}
   */
  static Gen<Integer> ints(int lo, int hi) {
    checkBounds("lo", lo, "hi", hi);
    return draws -> draws.draw(lo, hi);
  }

  /**
   * Longs in {@code [lo, hi]}, shrinking toward {@code lo}: the offset from {@code lo} is one draw
   * when it fits an int, else two draws (its high 32 bits, then its low 32 bits).
   *
   * @param lo the lower bound, inclusive, the simplest value
   * @param hi the upper bound, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code lo > hi}
   */
  static Gen<Long> longs(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("lo (" + lo + ") must be <= hi (" + hi + ")");
    }
    long range = hi - lo; // unsigned: up to 2^64 - 1
    if (Long.compareUnsigned(range, Integer.MAX_VALUE) <= 0) {
      return draws -> lo + draws.draw(0, (int) range);
    }
    long maxHigh = range >>> 32;
    long maxLowOfTop = range & 0xFFFF_FFFFL;
    return draws -> {
      long high = drawUnsigned32(draws, maxHigh);
      long low = drawUnsigned32(draws, high == maxHigh ? maxLowOfTop : 0xFFFF_FFFFL);
      return lo + ((high << 32) | low);
    };
  }

  /**
   * {@code false} or {@code true}, one draw, shrinking toward {@code false}.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return draws -> draws.draw(0, 1) == 1;
  }

  /**
   * An element of {@code values}, one draw for its index, shrinking toward the first element.
   *
   * @param values the elements, not empty, simplest first; copied
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Gen<T> elementOf(List<? extends T> values) {
    List<T> copy = ImmutableList.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return draws -> copy.get(draws.draw(0, copy.size() - 1));
  }

  /**
   * A value of one of {@code gens}, one draw to choose which, shrinking toward the first.
   *
   * @param gens the generators, at least one, simplest first
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if {@code gens} is empty
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = ImmutableList.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("gens must not be empty");
    }
    return draws -> copy.get(draws.draw(0, copy.size() - 1)).generate(draws);
  }

  /**
   * A value of one of the weighted generators, chosen in proportion to the weights by one draw,
   * shrinking toward the first.
   *
   * @param choices the weighted generators, at least one, simplest first
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if {@code choices} is empty or the weights sum past {@link
   *     Integer#MAX_VALUE}
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = ImmutableList.copyOf(choices);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("choices must not be empty");
    }
    long total = 0;
    for (Weighted<? extends T> choice : copy) {
      total += choice.weight();
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("weights must sum to at most 2^31 - 1, was " + total);
    }
    int last = (int) total - 1;
    return draws -> {
      int ticket = draws.draw(0, last);
      for (Weighted<? extends T> choice : copy) {
        ticket -= choice.weight();
        if (ticket < 0) {
          return choice.gen().generate(draws);
        }
      }
      throw new AssertionError("unreachable: ticket beyond the total weight");
    };
  }

  /**
   * A generator with its weight, for {@link #frequency(Weighted...)}.
   *
   * @param weight the weight, {@code >= 1}
   * @param gen the generator
   * @param <T> the type of the values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {

    /**
     * Checks the weight.
     *
     * @param weight the weight, {@code >= 1}
     * @param gen the generator, not {@code null}
     * @throws IllegalArgumentException if {@code weight < 1}
     */
    public Weighted {
      if (weight < 1) {
        throw new IllegalArgumentException("weight must be >= 1, was " + weight);
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  /**
   * Shorthand for {@code new Weighted<>(weight, gen)}.
   *
   * @param weight the weight, {@code >= 1}
   * @param gen the generator
   * @param <T> the type of the values
   * @return the weighted generator
   */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Lists of {@code min} to {@code max} elements of {@code element}. The length is drawn first, so
   * shrinking that draw shortens the list (dropping its tail). The lists are immutable.
   *
   * @param element the generator of each element
   * @param min the least length, {@code >= 0}
   * @param max the greatest length, {@code >= min}
   * @param <T> the element type
   * @return the generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Objects.requireNonNull(element, "element");
    if (min < 0) {
      throw new IllegalArgumentException("min must be >= 0, was " + min);
    }
    checkBounds("min", min, "max", max);
    return draws -> {
      int length = draws.draw(min, max);
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(length);
      for (int i = 0; i < length; i++) {
        out.add(element.generate(draws));
      }
      return out.build();
    };
  }

  /**
   * Pairs values of two generators, drawing {@code a} first.
   *
   * @param a the first generator
   * @param b the second generator
   * @param f combines the two values, pure
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the combined type
   * @return the generator
   */
  static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return draws -> {
      A first = a.generate(draws);
      return f.apply(first, b.generate(draws));
    };
  }

  /**
   * Combines values of three generators, drawing {@code a}, then {@code b}, then {@code c}.
   *
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param f combines the three values, pure
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the combined type
   * @return the generator
   */
  static <A, B, C, R> Gen<R> zip(
      Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return draws -> {
      A first = a.generate(draws);
      B second = b.generate(draws);
      return f.apply(first, second, c.generate(draws));
    };
  }

  /**
   * A function of three arguments, for {@link #zip(Gen, Gen, Gen, Function3)}.
   *
   * @param <A> the first argument type
   * @param <B> the second argument type
   * @param <C> the third argument type
   * @param <R> the result type
   */
  @FunctionalInterface
  interface Function3<A, B, C, R> {

    /**
     * Applies the function.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  private static void checkBounds(String loName, int lo, String hiName, int hi) {
    if (lo > hi) {
      throw new IllegalArgumentException(
          loName + " (" + lo + ") must be <= " + hiName + " (" + hi + ")");
    }
  }

  /** A long in {@code [0, max]} for {@code max <= 2^32 - 1}, one draw, shrinking toward 0. */
  private static long drawUnsigned32(Draws draws, long max) {
    int drawn = draws.draw(Integer.MIN_VALUE, (int) (max + Integer.MIN_VALUE));
    return (long) drawn - Integer.MIN_VALUE;
  }
}
