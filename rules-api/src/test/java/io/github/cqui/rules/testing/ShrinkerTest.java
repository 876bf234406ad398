package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The shrinker's passes, each at the edge of its loops (Property's class documentation, step 4):
 * laws that fail on a few hand-picked cases, from which only one pass, at one position, reaches the
 * smallest. Every run starts from the all-high case (try 2) and counts the law's evaluations: the
 * tries plus the replays, of which there are at most {@value Property#MAX_SHRINK_ATTEMPTS}.
 */
class ShrinkerTest {

  /** The cases of the runs here are the bound cases; the seed only fixes the report. */
  private static final long SEED = 7;

  /** The failure of a run and how often the law was evaluated. */
  private record Run<T>(PropertyFailedError error, List<T> evaluated) {

    @SuppressWarnings("unchecked") // the smallest case is a value of the run's generator
    T smallest() {
      return (T) error.smallestCase();
    }

    int evaluations() {
      return evaluated.size();
    }

    int replays() {
      return evaluated.size() - error.triesRun();
    }
  }

  /** Runs a property of two tries (all-low, then all-high) that fails where {@code fails} says. */
  private static <T> Run<T> run(Gen<T> gen, Predicate<? super T> fails) {
    List<T> evaluated = new ArrayList<>();
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("fails on hand-picked cases", gen)
                    .withSeed(SEED)
                    .check(
                        2,
                        value -> {
                          evaluated.add(value);
                          if (fails.test(value)) {
                            throw new AssertionError("fails on " + value);
                          }
                        }));
    assertThat(error).as("the law fails on the all-high case").isNotNull();
    assertThat(error.triesRun()).isEqualTo(2);
    return new Run<>(error, evaluated);
  }

  /** One draw in {@code [0, hi]} for each bound; the value is the list of the draws. */
  private static Gen<List<Integer>> draws(int... his) {
    return draws -> {
      List<Integer> out = new ArrayList<>();
      for (int hi : his) {
        out.add(draws.draw(0, hi));
      }
      return Collections.unmodifiableList(out);
    };
  }

  private static Predicate<List<Integer>> failsOnExactly(List<?>... cases) {
    Set<List<?>> failing = Set.of(cases);
    return failing::contains;
  }

  // ---- deleting chunks of draws ---------------------------------------------------------------

  @Test
  void theLastChunkOfFourDrawsIsDeleted() {
    // fails when the first draw is 20 and the four after it are equal: lowering one of the four
    // alone breaks the equality, deleting the first four shifts a 9 into the first draw; only
    // deleting the last four (start 1 of a recording of 5, its last chunk) replays them as 0s
    Run<List<Integer>> run =
        run(
            draws(20, 9, 9, 9, 9),
            d -> d.get(0) == 20 && d.subList(1, 5).stream().distinct().count() == 1);

    assertThat(run.error().firstCase()).isEqualTo(List.of(20, 9, 9, 9, 9));
    assertThat(run.smallest()).isEqualTo(List.of(20, 0, 0, 0, 0));
    assertThat(run.error().shrinkSteps()).isEqualTo(1);
  }

  @Test
  void aDeletionThatOnlyAnotherDeletionMakesPossibleIsFoundByTheNextRound() {
    // the passes repeat until none helps: the first round deletes the 4 (start 3), and only then
    // does deleting the 8 (start 1) leave a failing case, which the same round has passed by
    Run<List<Integer>> run =
        run(
            draws(9, 8, 6, 4, 2),
            failsOnExactly(List.of(9, 8, 6, 4, 2), List.of(9, 8, 6, 2, 0), List.of(9, 6, 2, 0, 0)));

    assertThat(run.smallest()).isEqualTo(List.of(9, 6, 2, 0, 0));
    assertThat(run.error().shrinkSteps()).isEqualTo(2);
  }

  @Test
  void theLastDrawIsDeletedWhileTheDrawBeforeItIsLoweredByOne() {
    // (5, 9) and (4, 0) fail: neither draw lowered alone or deleted reaches (4, 0), nor does the
    // pair search from 59 ((2, 9), (4, 4), (5, 1), ...); deleting the last draw (start 1 of 2, the
    // last chunk) while lowering the one before it by one does
    Run<List<Integer>> run = run(draws(5, 9), failsOnExactly(List.of(5, 9), List.of(4, 0)));

    assertThat(run.smallest()).isEqualTo(List.of(4, 0));
    assertThat(run.error().shrinkSteps()).isEqualTo(1);
  }

  // ---- lowering each draw ---------------------------------------------------------------------

  @Test
  void aCandidateTheGeneratorRefusesCountsAsPassingAndTheNextRoundGoesOn() {
    // the generator throws on 4: the binary search from 9 takes that replay for a pass and stops
    // at 5; the next round searches from 0 again and finds 3, the least failing value
    Gen<Integer> refusesFour =
        draws -> {
          int drawn = draws.draw(0, 9);
          if (drawn == 4) {
            throw new IllegalArgumentException("4 is refused");
          }
          return drawn;
        };

    Run<Integer> run = run(refusesFour, i -> i >= 3);

    assertThat(run.smallest()).isEqualTo(3);
    assertThat(run.error().getCause()).hasMessage("fails on 3");
    assertThat(run.replays()).isLessThan(Property.MAX_SHRINK_ATTEMPTS);
  }

  // ---- lowering two adjacent draws as one number ----------------------------------------------

  @Test
  void aLongShrinksToItsLeastFailingValueAcrossItsTwoDraws() {
    // 2^32 + 3 000 000 000: its high draw must go from 2 to 1 while its low draw goes up
    long least = (1L << 32) + 3_000_000_000L;

    Run<Long> run = run(Gen.longs(0, 1L << 40), l -> l >= least);

    assertThat(run.error().firstCase()).isEqualTo(1L << 40);
    assertThat(run.smallest()).isEqualTo(least);
    assertThat(run.replays()).isLessThan(Property.MAX_SHRINK_ATTEMPTS);
  }

  @Test
  void aNumberDrawnAsTwoDigitsAboveALowBoundShrinksToItsLeastFailingValue() {
    // tens in [1, 9] (a low bound of 1), units in [0, 9], or [0, 0] when the tens are 9: 10 to 90,
    // like a long's two draws; 25 needs the tens lowered from 3 while the units go up from 0
    Gen<Integer> twoDigits =
        draws -> {
          int tens = draws.draw(1, 9);
          int units = draws.draw(0, tens == 9 ? 0 : 9);
          return 10 * tens + units;
        };

    Run<Integer> run = run(twoDigits, i -> i >= 25);

    assertThat(run.error().firstCase()).isEqualTo(90);
    assertThat(run.smallest()).isEqualTo(25);
    assertThat(run.replays()).isLessThan(Property.MAX_SHRINK_ATTEMPTS);
  }

  @Test
  void thePairSearchStartsFromTheNumberOfBothDraws() {
    // (1, 4) and (1, 1) fail: lowering the second draw alone tries 0, 2 and 3; halving the pair's
    // number 1 * 5 + 4 = 9 tries 4 = (0, 4), then 6 = (1, 1)
    Run<List<Integer>> run = run(draws(1, 4), failsOnExactly(List.of(1, 4), List.of(1, 1)));

    assertThat(run.smallest()).isEqualTo(List.of(1, 1));
    assertThat(run.error().shrinkSteps()).isEqualTo(1);
    assertThat(run.replays()).isLessThan(Property.MAX_SHRINK_ATTEMPTS);
  }

  @Test
  void aPairLoweredIntoABranchWithNoSecondDrawEndsTheSearchOfThatPair() {
    // five branches, branch 1 a constant with no draw of its own; lowering the branch alone from
    // 4 tries 0, 2 and 3. The pair search from (4, 5) finds (2, 2), then (1, 1): its replay is
    // the single draw [1], so no pair is left to search
    Gen<String> branches = Gen.oneOf(tagged(0), Gen.constant("1"), tagged(2), tagged(3), tagged(4));

    Run<String> run =
        run(
            branches,
            s -> s.equals("1") || s.equals("2:2") || (s.startsWith("4:") && s.charAt(2) >= '5'));

    assertThat(run.error().firstCase()).isEqualTo("4:9");
    assertThat(run.smallest()).isEqualTo("1");
  }

  private static Gen<String> tagged(int branch) {
    return Gen.ints(0, 9).map(i -> branch + ":" + i);
  }

  @Test
  void aPairCandidateClampedToTheSmallestCaseIsNotReplayedAndIsNotSearchedBelow() {
    // b in [0, 2a]: lowering a narrows b. From (5, 0) the pair search (width 11) tries 27 =
    // (2, 5) -> (2, 4), then 41 = (3, 8), replayed as (3, 6): it fails. Then 34 = (3, 1) and
    // 37 = (3, 4) pass, and 39 = (3, 6) is the smallest case itself, dropped unreplayed and taken
    // for the end of the search (not searched below). The 38 replays pin that.
    Gen<List<Integer>> bounded =
        draws -> {
          int a = draws.draw(0, 5);
          return List.of(a, draws.draw(0, 2 * a));
        };

    Run<List<Integer>> run =
        run(bounded, failsOnExactly(List.of(5, 10), List.of(5, 0), List.of(3, 6)));

    assertThat(run.smallest()).isEqualTo(List.of(3, 6));
    assertThat(run.evaluated()).containsOnlyOnce(List.of(3, 6));
    assertThat(run.replays()).isEqualTo(38);
  }

  // ---- the limit of replays -------------------------------------------------------------------

  /** The least of a case's draws, and how many of them are still at their high bound. */
  private record Least(int least, int atHighBound) {}

  @Test
  void shrinkingStopsAtExactlyTheLimitOfReplays() {
    // 400 draws that must each stay >= 1, each lowered by a binary search of ~30 replays: more
    // work than the limit allows
    int high = 1 << 30;
    Gen<Least> fourHundredDraws =
        draws -> {
          int least = high;
          int atHighBound = 0;
          for (int i = 0; i < 400; i++) {
            int drawn = draws.draw(0, high);
            least = Math.min(least, drawn);
            atHighBound += drawn == high ? 1 : 0;
          }
          return new Least(least, atHighBound);
        };

    Run<Least> run = run(fourHundredDraws, l -> l.least() >= 1);

    assertThat(run.replays()).isEqualTo(Property.MAX_SHRINK_ATTEMPTS);
    // cut short: every draw is still >= 1 and some are still at their high bound
    assertThat(run.smallest().least()).isEqualTo(1);
    assertThat(run.smallest().atHighBound()).isPositive();
  }
}
