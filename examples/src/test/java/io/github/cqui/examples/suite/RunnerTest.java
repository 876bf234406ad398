package io.github.cqui.examples.suite;

import static io.github.cqui.examples.suite.Desks.DESK;
import static io.github.cqui.examples.suite.Desks.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.testing.Property;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Step 3: the runner. What it runs and in what order: the all-low case, the all-high case, then
 * random cases from the seed — fixed in code with {@code withSeed}, or from {@code -Dcqui.seed}, or
 * random; as many cases as {@code check(tries, …)} says, or {@code -Dcqui.tries} (100 when it is
 * not set; the build sets 300).
 */
class RunnerTest {

  /** Every case the runner hands the law, in order. */
  private static List<ReviewRequest> casesSeen(Property<ReviewRequest> property, int tries) {
    List<ReviewRequest> seen = new ArrayList<>();
    property.check(tries, seen::add);
    return seen;
  }

  private static final Property<ReviewRequest> APPLICATIONS =
      Property.forAll("the desk agrees with its rules", DeskGens.applications(RULES));

  @Test
  void theBoundCasesComeFirst() {
    List<ReviewRequest> seen = casesSeen(APPLICATIONS, 3);

    // all-low draws: the simplest application — on paper, the day the desk opened
    assertThat(seen.get(0)).isEqualTo(ReviewRequest.of(LocalDate.of(2025, 8, 1)));
    // all-high draws: online at 23:59 on the last day the desk's calendar (to 2027) leaves room for
    WorkingDayCalendar calendar = RULES.calendar();
    assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(seen.get(1))
        .isEqualTo(
            ReviewRequest.of(
                calendar.minusWorkingDays(calendar.lastCoveredDay(), 40), LocalTime.of(23, 59)));
    assertThat(seen).hasSize(3);
  }

  @Test
  void aSeedInCodeGivesTheSameCasesEveryRun() {
    List<ReviewRequest> first = casesSeen(APPLICATIONS.withSeed(20_251_011L), 20);
    List<ReviewRequest> again = casesSeen(APPLICATIONS.withSeed(20_251_011L), 20);
    List<ReviewRequest> other = casesSeen(APPLICATIONS.withSeed(20_251_012L), 20);

    assertThat(again).isEqualTo(first);
    // the two bound cases are the same whatever the seed; the random ones are not
    assertThat(other.subList(0, 2)).isEqualTo(first.subList(0, 2));
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void theSeedAndTheNumberOfCasesComeFromTheCommandLine() {
    // as `-Dcqui.seed=20251011 -Dcqui.tries=12` would set them
    List<ReviewRequest> fromProperties =
        SystemProperties.with(
            Map.of(Property.SEED_PROPERTY, "20251011", Property.TRIES_PROPERTY, "12"),
            () -> {
              List<ReviewRequest> seen = new ArrayList<>();
              APPLICATIONS.check(seen::add);
              return seen;
            });

    assertThat(fromProperties).hasSize(12);
    assertThat(fromProperties).isEqualTo(casesSeen(APPLICATIONS.withSeed(20_251_011L), 12));
  }

  @Test
  void aPassingPropertyPrintsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      APPLICATIONS.check(r -> DeskLaws.theDeskAgreesWithItsRules(DESK, r));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
