package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PropertyTest {

  /** Fails only for values in [500, 600]: neither bound case finds it, random draws do. */
  private static final Consumer<Integer> NOT_IN_500_TO_600 =
      i -> {
        if (i >= 500 && i <= 600) {
          throw new AssertionError("found " + i);
        }
      };

  private static final Property<Integer> MIDDLE =
      Property.forAll("no int in [500, 600]", Gen.ints(0, 1000));

  /**
   * Tries enough for a run of {@link #MIDDLE} to fail, with its seed fixed or not, whatever {@value
   * Property#TRIES_PROPERTY} says (the mutation gates set it low): one draw in ten fails, so a
   * thousand tries all pass with a chance of 0.9^998, about 10^-46.
   */
  private static final int TRIES_THAT_FIND_IT = 1000;

  @Test
  void aPassingPropertyPrintsNothing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      Property.forAll("lists are never longer than 5", Gen.listOf(Gen.ints(0, 9), 0, 5))
          .check(list -> assertThat(list).hasSizeLessThanOrEqualTo(5));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void checkRunsTheTriesOfTheSystemPropertyOrTheDefault() {
    AtomicInteger calls = new AtomicInteger();

    Property.forAll("counts", Gen.ints(0, 9)).check(i -> calls.incrementAndGet());

    assertThat(calls).hasValue(Property.triesFrom(System.getProperty(Property.TRIES_PROPERTY)));
  }

  @Test
  void anExplicitCountRunsThatManyTriesBoundCasesFirst() {
    List<Integer> seen = new ArrayList<>();

    Property.forAll("records", Gen.ints(3, 9)).check(50, seen::add);

    assertThat(seen).hasSize(50).startsWith(3, 9);
    assertThatThrownBy(() -> Property.forAll("none", Gen.ints(0, 1)).check(0, i -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tries must be >= 1, was 0");
  }

  @Test
  void triesAndSeedSystemPropertiesAreParsed() {
    assertThat(Property.triesFrom(null)).isEqualTo(Property.DEFAULT_TRIES);
    assertThat(Property.triesFrom(" ")).isEqualTo(Property.DEFAULT_TRIES);
    assertThat(Property.triesFrom(" 1000 ")).isEqualTo(1000);
    assertThatThrownBy(() -> Property.triesFrom("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property cqui.tries must be an int >= 1, was \"0\"");
    assertThatThrownBy(() -> Property.triesFrom("many"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cqui.tries");
    assertThat(Property.seedFrom("-42")).isEqualTo(-42L);
    assertThatThrownBy(() -> Property.seedFrom("0x1F"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property cqui.seed must be a long, was \"0x1F\"");
  }

  @Test
  void theReportNamesThePropertySeedReplayTriesShrinkStepsAndBothCases() {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> MIDDLE.withSeed(20_251_011L).check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));

    assertThat(error.propertyName()).isEqualTo("no int in [500, 600]");
    assertThat(error.seed()).isEqualTo(20_251_011L);
    assertThat(error.smallestCase()).isEqualTo(500);
    assertThat((Integer) error.firstCase()).isBetween(500, 600);
    if (!error.firstCase().equals(500)) {
      assertThat(error.shrinkSteps()).isPositive();
    }
    assertThat(error.getMessage())
        .isEqualTo(
            "Property \"no int in [500, 600]\" failed on try "
                + error.triesRun()
                + " of "
                + TRIES_THAT_FIND_IT
                + " (random draws); seed 20251011, replay with -Dcqui.seed=20251011\n"
                + "  smallest case (after "
                + error.shrinkSteps()
                + " shrink steps): 500\n"
                + "  first failing case: "
                + error.firstCase());
  }

  @Test
  void theCauseIsTheLawsFailureOnTheSmallestCaseAndIsNotPastedIntoTheMessage() {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> MIDDLE.withSeed(5).check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));

    assertThat(error).isInstanceOf(AssertionError.class);
    assertThat(error.getCause()).isExactlyInstanceOf(AssertionError.class).hasMessage("found 500");
    assertThat(error.getMessage()).doesNotContain("found");
  }

  private static int tenOver(int divisor) {
    return 10 / divisor;
  }

  @Test
  void anExceptionFromTheLawIsAFailureToo() {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("divides", Gen.ints(-5, 5))
                    .withSeed(1)
                    .check(TRIES_THAT_FIND_IT, i -> assertThat(tenOver(i + 2)).isBetween(-10, 10)));

    assertThat(error.smallestCase()).isEqualTo(-2);
    assertThat(error.getCause()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theBoundCasesAreTriedFirstAndNamedInTheReport() {
    PropertyFailedError low =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> Property.forAll("never 0", Gen.ints(0, 9)).check(i -> assertThat(i).isNotZero()));
    PropertyFailedError high =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("never 9", Gen.ints(0, 9))
                    .check(i -> assertThat(i).isNotEqualTo(9)));

    assertThat(low.triesRun()).isEqualTo(1);
    assertThat(low)
        .hasMessageContaining("failed on try 1 of ")
        .hasMessageContaining("(all-low draws)");
    assertThat(high.triesRun()).isEqualTo(2);
    assertThat(high)
        .hasMessageContaining("failed on try 2 of ")
        .hasMessageContaining("(all-high draws)");
    assertThat(high.smallestCase()).isEqualTo(9);
  }

  @Test
  void theReportedSeedReplaysTheSameFirstFailure() {
    PropertyFailedError first =
        catchThrowableOfType(
            PropertyFailedError.class, () -> MIDDLE.check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));
    PropertyFailedError replayed =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> MIDDLE.withSeed(first.seed()).check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));

    assertThat(replayed.firstCase()).isEqualTo(first.firstCase());
    assertThat(replayed.triesRun()).isEqualTo(first.triesRun());
    assertThat(replayed.getMessage()).isEqualTo(first.getMessage());
  }

  @Test
  void theSeedSystemPropertyReplaysTheSameFirstFailure() {
    PropertyFailedError first =
        catchThrowableOfType(
            PropertyFailedError.class, () -> MIDDLE.check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));
    String before = System.getProperty(Property.SEED_PROPERTY);
    PropertyFailedError replayed;
    try {
      System.setProperty(Property.SEED_PROPERTY, Long.toString(first.seed()));
      replayed =
          catchThrowableOfType(
              PropertyFailedError.class, () -> MIDDLE.check(TRIES_THAT_FIND_IT, NOT_IN_500_TO_600));
    } finally {
      if (before == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, before);
      }
    }

    assertThat(replayed.getMessage()).isEqualTo(first.getMessage());
  }

  @Test
  void aGeneratorThatThrowsEndsTheRunNamingThePropertyAndSeed() {
    Gen<Integer> broken =
        draws -> {
          if (draws.draw(0, 1) == 1) {
            throw new IllegalArgumentException("broken generator");
          }
          return 0;
        };

    assertThatThrownBy(() -> Property.forAll("broken", broken).withSeed(3).check(5, i -> {}))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Property \"broken\": the generator failed on try 2 of 5 (all-high draws);"
                + " seed 3, replay with -Dcqui.seed=3")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunawayGeneratorIsStopped() {
    Gen<Integer> runaway =
        draws -> {
          int steps = 0;
          while (draws.draw(0, 1) == 0) {
            steps++;
          }
          return steps;
        };

    assertThatThrownBy(() -> Property.forAll("runaway", runaway).withMaxDraws(500).check(i -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("try 1 of")
        .hasMessageContaining("(all-low draws)")
        .cause()
        .hasMessageContaining("runaway generator: more than 500 draws");
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> Property.forAll(" ", Gen.ints(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> Property.forAll("p", Gen.ints(0, 1)).withMaxDraws(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDraws must be >= 1, was 0");
  }

  @Test
  void oneTryIsAllowedAndRunsTheAllLowCaseAlone() {
    List<Integer> seen = new ArrayList<>();

    Property.forAll("records", Gen.ints(3, 9)).check(1, seen::add);

    assertThat(seen).containsExactly(3);
    assertThat(Property.triesFrom("1")).isEqualTo(1);
  }

  @Test
  void aCaseMayMakeExactlyItsLimitOfDrawsButNotOneMore() {
    List<Integer> seen = new ArrayList<>();
    Gen<Integer> twoDraws = Gen.zip(Gen.ints(0, 9), Gen.ints(0, 9), Integer::sum);

    Property.forAll("one draw", Gen.ints(0, 9)).withMaxDraws(1).check(3, seen::add);
    Property.forAll("two draws", twoDraws).withMaxDraws(2).check(3, seen::add);

    assertThat(seen).hasSize(6).startsWith(0, 9);
    assertThatThrownBy(
            () -> Property.forAll("two draws", twoDraws).withMaxDraws(1).check(3, i -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("try 1 of 3 (all-low draws)")
        .cause()
        .hasMessageContaining("runaway generator: more than 1 draws");
  }

  @Test
  void withoutASeedEachRunDrawsItsOwn() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      seeds.add(Property.seedFrom(null));
      seeds.add(Property.seedFrom(" "));
    }

    // six random longs that are all equal: the odds are 2^-320
    assertThat(seeds).hasSizeGreaterThan(1);
  }
}
