package io.github.cqui.rules.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A law checked over generated cases, with shrinking: the runner of the testing package.
 *
 * <pre>{@code
 * Property.forAll("review deadline counts its working days", DeadlineGens.reviewRequests(rules))
 *     .check(request -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(rules, request));
 * }</pre>
 *
 * <p>What {@link #check(int, Consumer)} does:
 *
 * <ol>
 *   <li><b>Seed.</b> The seed set by {@link #withSeed(long)}, else the system property {@value
 *       #SEED_PROPERTY}, else a random one.
 *   <li><b>Cases.</b> Try 1 is the all-low case (every draw returns its lower bound), try 2 the
 *       all-high case (every draw returns its upper bound), the rest take uniform draws from the
 *       seed. Each case's draws are recorded.
 *   <li><b>Law.</b> A case fails when the law throws an {@link AssertionError} or a {@link
 *       RuntimeException}; the first failing case ends the run.
 *   <li><b>Shrinking.</b> The failing case's recorded draws are shrunk by passes, repeated until
 *       none helps: delete draws (chunks of 8, 4, 2, then single draws); move each remaining draw
 *       toward its lower bound (try the bound, then binary search). When both are stuck, two more:
 *       delete a chunk while lowering an earlier draw by one (a list's length with one of its
 *       elements), and binary-search two adjacent draws as one number (a long drawn as two ints). A
 *       candidate is replayed (draw <i>i</i> returns the recorded value clamped into its new
 *       bounds; draws past the end return their lower bound) and accepted only if the law still
 *       fails and the replay's draws are smaller (fewer, or as many and lexicographically smaller).
 *       At most {@value #MAX_SHRINK_ATTEMPTS} replays. Because generators make smaller draws into
 *       simpler values, this shrinks the value.
 *   <li><b>Report.</b> A {@link PropertyFailedError} naming the property, the seed with {@code
 *       -Dcqui.seed=…} to replay it, the tries run, the shrink steps, the smallest and the first
 *       failing case; the smallest case's failure is its cause.
 * </ol>
 *
 * <p>A passing property prints nothing and returns normally. The runner itself never writes to
 * {@code System.out} or {@code System.err}. A generator that throws, or makes more draws for one
 * case than the limit ({@link #withMaxDraws(int)}), ends the run with an {@link
 * IllegalStateException} that names the property and the seed.
 *
 * <p>Implementation Requirements: immutable and thread-safe; {@code check} runs every case on the
 * calling thread, so the law need not be thread-safe.
 *
 * @param <T> the type of the cases
 */
public final class Property<T> {

  /** The system property that fixes the seed: {@code -Dcqui.seed=…}. */
  public static final String SEED_PROPERTY = "cqui.seed";

  /** The system property that sets the number of tries of {@link #check(Consumer)}. */
  public static final String TRIES_PROPERTY = "cqui.tries";

  /** The number of tries of {@link #check(Consumer)} when {@value #TRIES_PROPERTY} is not set. */
  public static final int DEFAULT_TRIES = 100;

  /** The most candidate replays one shrink makes. */
  public static final int MAX_SHRINK_ATTEMPTS = 10_000;

  private static final int[] CHUNK_SIZES = {8, 4, 2, 1};

  private final String name;
  private final Gen<T> gen;
  private final @Nullable Long seed;
  private final int maxDraws;

  private Property(String name, Gen<T> gen, @Nullable Long seed, int maxDraws) {
    this.name = name;
    this.gen = gen;
    this.seed = seed;
    this.maxDraws = maxDraws;
  }

  /**
   * A property named {@code name} over the cases of {@code gen}.
   *
   * @param name the name, shown in the failure report; not blank
   * @param gen the generator of cases
   * @param <T> the type of the cases
   * @return the property, with no fixed seed and the default limit of draws per case
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static <T> Property<T> forAll(String name, Gen<T> gen) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new Property<>(name, Objects.requireNonNull(gen, "gen"), null, Draws.DEFAULT_MAX_DRAWS);
  }

  /**
   * This property with its seed fixed in code; it takes precedence over {@value #SEED_PROPERTY}.
   *
   * @param seed the seed
   * @return a new property
   */
  public Property<T> withSeed(long seed) {
    return new Property<>(name, gen, seed, maxDraws);
  }

  /**
   * This property with another limit of draws for one case (the guard against runaway generation;
   * the default is 10 000).
   *
   * @param maxDraws the limit, {@code >= 1}
   * @return a new property
   * @throws IllegalArgumentException if {@code maxDraws < 1}
   */
  public Property<T> withMaxDraws(int maxDraws) {
    if (maxDraws < 1) {
      throw new IllegalArgumentException("maxDraws must be >= 1, was " + maxDraws);
    }
    return new Property<>(name, gen, seed, maxDraws);
  }

  /**
   * Checks {@code law} over {@value #TRIES_PROPERTY} cases ({@value #DEFAULT_TRIES} when the system
   * property is not set); see the class documentation.
   *
   * @param law the law: returns normally when the case obeys it, throws {@link AssertionError} when
   *     not
   * @throws PropertyFailedError if a case fails, with the smallest failing case found
   * @throws IllegalArgumentException if {@value #TRIES_PROPERTY} or {@value #SEED_PROPERTY} is not
   *     a valid number
   * @throws IllegalStateException if the generator throws or runs away
   */
  public void check(Consumer<? super T> law) {
    check(triesFrom(System.getProperty(TRIES_PROPERTY)), law);
  }

  /**
   * Checks {@code law} over {@code tries} cases; see the class documentation.
   *
   * @param tries the number of cases, {@code >= 1}, the two bound cases included
   * @param law the law: returns normally when the case obeys it, throws {@link AssertionError} when
   *     not
   * @throws PropertyFailedError if a case fails, with the smallest failing case found
   * @throws IllegalArgumentException if {@code tries < 1} or {@value #SEED_PROPERTY} is not a valid
   *     number
   * @throws IllegalStateException if the generator throws or runs away
   */
  public void check(int tries, Consumer<? super T> law) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, was " + tries);
    }
    Objects.requireNonNull(law, "law");
    long runSeed = seed != null ? seed : seedFrom(System.getProperty(SEED_PROPERTY));
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      Draws draws =
          attempt == 1
              ? Draws.allLow(maxDraws)
              : attempt == 2 ? Draws.allHigh(maxDraws) : Draws.random(random.split(), maxDraws);
      T value;
      try {
        value = gen.generate(draws);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Property \"" + name + "\": the generator failed on " + where(attempt, tries, runSeed),
            e);
      }
      Throwable failure = failureOf(law, value);
      if (failure != null) {
        Shrinker shrinker = new Shrinker(law, draws, value, failure);
        shrinker.run();
        throw new PropertyFailedError(
            name,
            runSeed,
            attempt,
            where(attempt, tries, runSeed),
            shrinker.steps,
            shrinker.value,
            value,
            shrinker.failure);
      }
    }
  }

  /** The number of tries given the value of {@value #TRIES_PROPERTY}, if any. */
  static int triesFrom(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(value.strip());
      if (tries >= 1) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "system property " + TRIES_PROPERTY + " must be an int >= 1, was \"" + value + "\"");
  }

  /** The seed given the value of {@value #SEED_PROPERTY}, if any; a random seed if not. */
  static long seedFrom(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + SEED_PROPERTY + " must be a long, was \"" + value + "\"", e);
    }
  }

  /** Which try of the run, its kind, its seed and the system property that replays it. */
  private static String where(int attempt, int tries, long seed) {
    String kind = attempt == 1 ? "all-low draws" : attempt == 2 ? "all-high draws" : "random draws";
    return "try "
        + attempt
        + " of "
        + tries
        + " ("
        + kind
        + "); seed "
        + seed
        + ", replay with -D"
        + SEED_PROPERTY
        + "="
        + seed;
  }

  private static <T> @Nullable Throwable failureOf(Consumer<? super T> law, T value) {
    try {
      law.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  /** Shortlex order: shorter first, then lexicographic by value. */
  private static int compareDraws(int[] a, int[] b) {
    return a.length != b.length ? Integer.compare(a.length, b.length) : Arrays.compare(a, b);
  }

  private static int[] without(int[] draws, int start, int size) {
    int[] out = new int[draws.length - size];
    System.arraycopy(draws, 0, out, 0, start);
    System.arraycopy(draws, start + size, out, start, draws.length - start - size);
    return out;
  }

  /** Shrinks one failing case; holds the smallest failing case found so far. */
  private final class Shrinker {
    private final Consumer<? super T> law;
    private int[] best;
    private int[] lows;
    private int[] highs;
    private T value;
    private Throwable failure;
    private int steps;
    private int attempts;

    Shrinker(Consumer<? super T> law, Draws draws, T value, Throwable failure) {
      this.law = law;
      this.best = draws.recorded();
      this.lows = draws.lowerBounds();
      this.highs = draws.upperBounds();
      this.value = value;
      this.failure = failure;
    }

    void run() {
      boolean progress = true;
      while (progress && attempts < MAX_SHRINK_ATTEMPTS) {
        progress = deleteChunks();
        progress |= lowerEachDraw();
        if (!progress) {
          progress = deleteChunksLoweringAnEarlierDraw() || lowerAdjacentPairs();
        }
      }
    }

    /** Deletes chunks of 8, 4, 2 and 1 draws, wherever the law still fails without them. */
    private boolean deleteChunks() {
      boolean progress = false;
      for (int size : CHUNK_SIZES) {
        int start = 0;
        while (start + size <= best.length && attempts < MAX_SHRINK_ATTEMPTS) {
          if (accepts(without(best, start, size))) {
            progress = true;
          } else {
            start++;
          }
        }
      }
      return progress;
    }

    /**
     * Deletes a chunk and lowers one earlier draw by one, nearest first: the length of a list drawn
     * before its elements goes down with the element deleted. Stops at the first success.
     */
    private boolean deleteChunksLoweringAnEarlierDraw() {
      for (int size : CHUNK_SIZES) {
        for (int start = 1; start + size <= best.length; start++) {
          for (int earlier = start - 1; earlier >= 0; earlier--) {
            if (attempts >= MAX_SHRINK_ATTEMPTS) {
              return false;
            }
            if (best[earlier] != lows[earlier]) {
              int[] candidate = without(best, start, size);
              candidate[earlier]--;
              if (accepts(candidate)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /** Moves each draw to its lower bound, or else binary-searches it down toward that bound. */
    private boolean lowerEachDraw() {
      boolean progress = false;
      for (int i = 0; i < best.length && attempts < MAX_SHRINK_ATTEMPTS; i++) {
        if (best[i] == lows[i]) {
          continue;
        }
        if (acceptsWith(i, lows[i])) {
          progress = true;
          continue;
        }
        long passing = lows[i]; // does not fail; best[i] does
        while (i < best.length && best[i] - passing > 1 && attempts < MAX_SHRINK_ATTEMPTS) {
          long mid = passing + (best[i] - passing) / 2;
          if (acceptsWith(i, (int) mid)) {
            progress = true;
          } else {
            passing = mid;
          }
        }
      }
      return progress;
    }

    /**
     * Binary-searches two adjacent draws down as one number, {@code first * width + second}, so a
     * value spread over two draws (such as a long) can lower its first draw while raising its
     * second. Unsigned arithmetic: the number is below 2^64.
     */
    private boolean lowerAdjacentPairs() {
      boolean progress = false;
      for (int i = 0; i + 1 < best.length && attempts < MAX_SHRINK_ATTEMPTS; i++) {
        long first = (long) best[i] - lows[i];
        if (first == 0) {
          continue;
        }
        long width = (long) highs[i + 1] - lows[i + 1] + 1;
        long failing = first * width + ((long) best[i + 1] - lows[i + 1]);
        if (acceptsPair(i, width, 0)) {
          progress = true;
          continue;
        }
        long passing = 0;
        while (i + 1 < best.length
            && Long.compareUnsigned(failing - passing, 1) > 0
            && attempts < MAX_SHRINK_ATTEMPTS) {
          long mid = passing + ((failing - passing) >>> 1);
          if (acceptsPair(i, width, mid)) {
            progress = true;
            failing = mid;
          } else {
            passing = mid;
          }
        }
      }
      return progress;
    }

    /** Tries {@code best} with draw {@code index} set to {@code drawn}. */
    private boolean acceptsWith(int index, int drawn) {
      int[] candidate = best.clone();
      candidate[index] = drawn;
      return accepts(candidate);
    }

    /** Tries {@code best} with draws {@code index} and {@code index + 1} set from one number. */
    private boolean acceptsPair(int index, long width, long number) {
      int[] candidate = best.clone();
      candidate[index] = (int) (lows[index] + Long.divideUnsigned(number, width));
      candidate[index + 1] = (int) (lows[index + 1] + Long.remainderUnsigned(number, width));
      return accepts(candidate);
    }

    /** Replays {@code candidate}; keeps it if the law still fails and its draws are smaller. */
    private boolean accepts(int[] candidate) {
      if (attempts >= MAX_SHRINK_ATTEMPTS || compareDraws(candidate, best) >= 0) {
        return false;
      }
      attempts++;
      Draws draws = Draws.replay(candidate, maxDraws);
      T shrunk;
      try {
        shrunk = gen.generate(draws);
      } catch (RuntimeException e) {
        return false;
      }
      Throwable shrunkFailure = failureOf(law, shrunk);
      int[] recorded = draws.recorded();
      if (shrunkFailure == null || compareDraws(recorded, best) >= 0) {
        return false;
      }
      best = recorded;
      lows = draws.lowerBounds();
      highs = draws.upperBounds();
      value = shrunk;
      failure = shrunkFailure;
      steps++;
      return true;
    }
  }
}
