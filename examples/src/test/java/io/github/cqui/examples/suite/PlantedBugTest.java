package io.github.cqui.examples.suite;

import static io.github.cqui.examples.suite.Desks.DESK_RULES;
import static io.github.cqui.examples.suite.Desks.RULES;
import static io.github.cqui.examples.suite.Desks.UTC_DESK;
import static io.github.cqui.examples.suite.Desks.UTC_DESK_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Step 5: a planted bug, found and shrunk, with its replay seed. The bug: the desk deployed with
 * the server's zone, UTC, instead of Chongqing time. An application that arrives online between
 * 00:00 and 01:29 in Chongqing is, in UTC, before the 17:30 cut-off of the day before — so the desk
 * deems it received the day before it arrived. (Between 01:30 and 07:59 the cut-off happens to
 * carry it to the right day, and in the evening the desk misses the cut-off, which the deadline law
 * cannot see but the tester's own law can.)
 */
class PlantedBugTest {

  /** The seed of the documented run; any seed finds the bug in enough tries. */
  private static final long SEED = 20_250_801L;

  /** The smallest case: online at midnight, the day the desk opened. */
  private static final ReviewRequest SMALLEST =
      ReviewRequest.of(LocalDate.of(2025, 8, 1), LocalTime.MIDNIGHT);

  private static final Property<ReviewRequest> REVIEW_DEADLINE =
      Property.forAll(
          "the desk's review deadline counts its working days", DeskGens.applications(RULES));

  /** The kit's law for the review deadline, asked of the desk with the planted bug. */
  private static final Consumer<ReviewRequest> ON_THE_UTC_DESK =
      r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(UTC_DESK_RULES, r);

  @Test
  void theLawFindsTheBugAndShrinksItToTheSmallestCase() {
    PropertyFailedError failure =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> REVIEW_DEADLINE.withSeed(SEED).check(300, ON_THE_UTC_DESK));

    assertThat(failure.seed()).isEqualTo(SEED);
    assertThat(failure.smallestCase()).isEqualTo(SMALLEST);
    assertThat(failure.firstCase())
        .isEqualTo(ReviewRequest.of(LocalDate.of(2027, 3, 11), LocalTime.of(1, 28)));
    assertThat(failure)
        .hasMessage(
            """
            Property "the desk's review deadline counts its working days" failed on try 29 of 300 \
            (random draws); seed 20250801, replay with -Dcqui.seed=20250801
              smallest case (after 2 shrink steps): \
            ReviewRequest{receiptDate=2025-08-01, receiptTime=00:00}
              first failing case: ReviewRequest{receiptDate=2027-03-11, receiptTime=01:28}""");
    // the law's own words on the smallest case are the cause
    assertThat(failure.getCause())
        .hasMessage(
            "ReviewRequest{receiptDate=2025-08-01, receiptTime=00:00}:"
                + " deemed received 2025-07-31, before the receipt");
  }

  @Test
  void replayingWithTheSeedGivesTheSameSmallestCase() {
    PropertyFailedError first =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> REVIEW_DEADLINE.withSeed(SEED).check(300, ON_THE_UTC_DESK));
    // as `-Dcqui.seed=20250801` on the command line replays it
    PropertyFailedError replayed =
        SystemProperties.with(
            Map.of(Property.SEED_PROPERTY, Long.toString(first.seed())),
            () ->
                catchThrowableOfType(
                    PropertyFailedError.class, () -> REVIEW_DEADLINE.check(300, ON_THE_UTC_DESK)));

    assertThat(replayed.seed()).isEqualTo(SEED);
    assertThat(replayed.smallestCase()).isEqualTo(first.smallestCase()).isEqualTo(SMALLEST);
    assertThat(replayed.firstCase()).isEqualTo(first.firstCase());
    assertThat(replayed.triesRun()).isEqualTo(first.triesRun());
    assertThat(replayed).hasMessage(first.getMessage());
  }

  @Test
  void theTestersOwnLawFindsItTooWhateverTheSeed() {
    // no seed in code: the all-high case, online at 23:59, already misses the cut-off
    PropertyFailedError failure =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("the desk agrees with its rules", DeskGens.applications(RULES))
                    .check(r -> DeskLaws.theDeskAgreesWithItsRules(UTC_DESK, r)));

    assertThat(failure.triesRun()).isEqualTo(2);
    assertThat(failure).hasMessageContaining("(all-high draws)");
    assertThat(failure.smallestCase()).isEqualTo(SMALLEST);
    assertThat(failure.getCause())
        .hasMessage(
            SMALLEST
                + ": the desk says received 2025-07-31, due 2025-08-14;"
                + " the rules say received 2025-08-01, due 2025-08-12");
  }

  @Test
  void theDeskAsDeployedPassesTheSameRun() {
    REVIEW_DEADLINE
        .withSeed(SEED)
        .check(r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(DESK_RULES, r));
    REVIEW_DEADLINE.withSeed(SEED).check(r -> DeskLaws.theDeskAgreesWithItsRules(Desks.DESK, r));
  }
}
