package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final int N = 2000;

  private static <T> T allLow(Gen<T> gen) {
    return gen.generate(Draws.allLow(Draws.DEFAULT_MAX_DRAWS));
  }

  private static <T> T allHigh(Gen<T> gen) {
    return gen.generate(Draws.allHigh(Draws.DEFAULT_MAX_DRAWS));
  }

  private static <T> T replay(Gen<T> gen, int... draws) {
    return gen.generate(Draws.replay(draws, Draws.DEFAULT_MAX_DRAWS));
  }

  @Test
  void theSameSeedGivesTheSameSamples() {
    Gen<List<Long>> gen = Gen.listOf(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 0, 8);

    assertThat(gen.samples(42, 50)).isEqualTo(gen.samples(42, 50));
    assertThat(gen.samples(42, 50)).isNotEqualTo(gen.samples(43, 50));
  }

  @Test
  void samplesAreAPrefixOfLongerSamples() {
    Gen<Integer> gen = Gen.ints(0, 1_000_000);

    assertThat(gen.samples(9, 100)).startsWith(gen.samples(9, 10).toArray(Integer[]::new));
  }

  @Test
  void samplesCountZeroIsEmptyAndNegativeIsRejected() {
    assertThat(Gen.ints(0, 1).samples(1, 0)).isEmpty();
    assertThatThrownBy(() -> Gen.ints(0, 1).samples(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be >= 0, was -1");
  }

  @Test
  void intsStayWithinBoundsAndReachThem() {
    assertThat(Gen.ints(-5, 5).samples(1, N)).allSatisfy(i -> assertThat(i).isBetween(-5, 5));
    assertThat(Gen.ints(-5, 5).samples(1, N)).contains(-5, 5);
    assertThat(allLow(Gen.ints(-5, 5))).isEqualTo(-5);
    assertThat(allHigh(Gen.ints(-5, 5))).isEqualTo(5);
    assertThat(allHigh(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)))
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void boundsOutOfOrderAreRejectedNamingBoth() {
    assertThatThrownBy(() -> Gen.ints(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lo (3) must be <= hi (2)");
    assertThatThrownBy(() -> Gen.longs(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lo (3) must be <= hi (2)");
    assertThatThrownBy(() -> Gen.listOf(Gen.ints(0, 1), 4, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (4) must be <= max (2)");
    assertThatThrownBy(() -> Gen.listOf(Gen.ints(0, 1), -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be >= 0, was -1");
  }

  @Test
  void longsStayWithinBoundsOverSmallWideAndFullRanges() {
    long[][] ranges = {
      {-3, 3},
      {0, 1L << 40},
      {-1_000_000_000_000L, 7},
      {Long.MIN_VALUE, Long.MAX_VALUE},
      {Long.MAX_VALUE - 2, Long.MAX_VALUE},
      {5, 5}
    };
    for (long[] range : ranges) {
      Gen<Long> gen = Gen.longs(range[0], range[1]);
      assertThat(gen.samples(3, N)).allSatisfy(l -> assertThat(l).isBetween(range[0], range[1]));
      assertThat(allLow(gen)).isEqualTo(range[0]);
      assertThat(allHigh(gen)).isEqualTo(range[1]);
    }
  }

  @Test
  void wideLongsSpreadOverTheirRange() {
    List<Long> samples = Gen.longs(0, 1L << 40).samples(5, N);

    assertThat(samples).anySatisfy(l -> assertThat(l).isGreaterThan(1L << 39));
    assertThat(samples).anySatisfy(l -> assertThat(l).isLessThan(1L << 39));
  }

  @Test
  void wideLongsShrinkTowardLoAsTheirDrawsGoDown() {
    Gen<Long> gen = Gen.longs(100, 100 + (1L << 40));

    // the offset is two draws, its high 32 bits then its low 32 bits, each shifted to start at
    // Integer.MIN_VALUE
    assertThat(replay(gen, Integer.MIN_VALUE, Integer.MIN_VALUE)).isEqualTo(100);
    assertThat(replay(gen, Integer.MIN_VALUE, Integer.MIN_VALUE + 7)).isEqualTo(107);
    assertThat(replay(gen, Integer.MIN_VALUE + 1, Integer.MIN_VALUE)).isEqualTo(100 + (1L << 32));
  }

  @Test
  void booleansShrinkToFalse() {
    assertThat(allLow(Gen.booleans())).isFalse();
    assertThat(allHigh(Gen.booleans())).isTrue();
    assertThat(Gen.booleans().samples(1, 100)).contains(true, false);
  }

  @Test
  void constantMakesNoDraw() {
    Draws draws = Draws.allHigh(1);

    assertThat(Gen.constant("x").generate(draws)).isEqualTo("x");
    assertThat(draws.recorded()).isEmpty();
  }

  @Test
  void elementOfShrinksToTheFirstElement() {
    Gen<String> gen = Gen.elementOf(List.of("a", "b", "c"));

    assertThat(allLow(gen)).isEqualTo("a");
    assertThat(allHigh(gen)).isEqualTo("c");
    assertThat(gen.samples(1, 100)).containsOnly("a", "b", "c");
    assertThatThrownBy(() -> Gen.elementOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be empty");
  }

  @Test
  void oneOfShrinksToTheFirstGenerator() {
    Gen<Object> gen = Gen.oneOf(Gen.constant("text"), Gen.ints(10, 20));

    assertThat(allLow(gen)).isEqualTo("text");
    assertThat(allHigh(gen)).isEqualTo(20);
    assertThat(gen.samples(1, 100)).contains("text").hasAtLeastOneElementOfType(Integer.class);
  }

  @Test
  void frequencyFollowsTheWeightsAndShrinksToTheFirst() {
    Gen<String> gen =
        Gen.frequency(
            Gen.weighted(1, Gen.constant("rare")), Gen.weighted(9, Gen.constant("common")));

    long rare = gen.samples(11, 10_000).stream().filter("rare"::equals).count();
    assertThat(rare).isBetween(800L, 1200L);
    assertThat(allLow(gen)).isEqualTo("rare");
    assertThat(allHigh(gen)).isEqualTo("common");
    assertThatThrownBy(() -> Gen.weighted(0, Gen.constant("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be >= 1, was 0");
    assertThatThrownBy(
            () ->
                Gen.frequency(
                    Gen.weighted(Integer.MAX_VALUE, Gen.constant(1)),
                    Gen.weighted(1, Gen.constant(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights must sum to at most");
  }

  @Test
  void listLengthsStayWithinBoundsAndTheLengthIsDrawnFirst() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.ints(0, 9), 2, 5);

    assertThat(gen.samples(1, N)).allSatisfy(l -> assertThat(l).hasSizeBetween(2, 5));
    assertThat(gen.samples(1, N).stream().map(List::size)).contains(2, 3, 4, 5);
    assertThat(allLow(gen)).containsExactly(0, 0);
    assertThat(allHigh(gen)).containsExactly(9, 9, 9, 9, 9);
    assertThat(replay(gen, 3, 7, 8, 9)).containsExactly(7, 8, 9);
  }

  @Test
  void mapFlatMapAndZipDrawInOrder() {
    Gen<Integer> digit = Gen.ints(0, 9);

    Integer mapped = replay(digit.map(d -> d * 10), 4);
    // the list's length is itself a draw, from [n, n]
    List<Integer> dependent = replay(digit.flatMap(n -> Gen.listOf(digit, n, n)), 2, 2, 5, 6);
    String pair = replay(Gen.zip(digit, digit, (a, b) -> a + "," + b), 1, 2);
    String triple =
        replay(Gen.zip(digit, digit, digit, (a, b, c) -> a + "," + b + "," + c), 1, 2, 3);

    assertThat(mapped).isEqualTo(40);
    assertThat(dependent).containsExactly(5, 6);
    assertThat(pair).isEqualTo("1,2");
    assertThat(triple).isEqualTo("1,2,3");
  }

  @Test
  void longsTakeOneDrawForARangeUpToIntMaxAndTwoBeyondIt() {
    Draws fits = Draws.allHigh(Draws.DEFAULT_MAX_DRAWS);
    Draws beyond = Draws.allHigh(Draws.DEFAULT_MAX_DRAWS);

    assertThat(Gen.longs(-10, Integer.MAX_VALUE - 10L).generate(fits))
        .isEqualTo(Integer.MAX_VALUE - 10L);
    assertThat(Gen.longs(-10, Integer.MAX_VALUE - 9L).generate(beyond))
        .isEqualTo(Integer.MAX_VALUE - 9L);

    assertThat(fits.recorded()).containsExactly(Integer.MAX_VALUE);
    // the high 32 bits of the offset 2^31 (0), then its low 32 bits, each from Integer.MIN_VALUE
    assertThat(beyond.recorded()).containsExactly(Integer.MIN_VALUE, 0);
  }

  @Test
  void frequencyTakesWeightsSummingToExactlyIntMaxAndGivesEachItsTickets() {
    Gen<String> widest =
        Gen.frequency(
            Gen.weighted(Integer.MAX_VALUE - 1, Gen.constant("first")),
            Gen.weighted(1, Gen.constant("last")));
    Gen<String> oneInTen =
        Gen.frequency(
            Gen.weighted(1, Gen.constant("rare")), Gen.weighted(9, Gen.constant("common")));

    assertThat(replay(widest, Integer.MAX_VALUE - 2)).isEqualTo("first");
    assertThat(replay(widest, Integer.MAX_VALUE - 1)).isEqualTo("last");
    // ticket 0 is the first choice's, tickets 1 to 9 the second's
    assertThat(IntStream.rangeClosed(0, 9).mapToObj(ticket -> replay(oneInTen, ticket)))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(0, 9).mapToObj(t -> t == 0 ? "rare" : "common").toList());
    assertThatThrownBy(
            () ->
                Gen.frequency(
                    Gen.weighted(Integer.MAX_VALUE, Gen.constant(1)),
                    Gen.weighted(1, Gen.constant(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must sum to at most 2^31 - 1, was 2147483648");
  }
}
