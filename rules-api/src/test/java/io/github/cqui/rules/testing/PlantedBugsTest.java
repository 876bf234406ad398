package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner finds planted bugs and shrinks them to the true minimum: a wrapper of the real
 * calendar that takes one make-up Saturday for a rest day, and (until the money type is merged) a
 * stand-in fen split that drops the remainder.
 */
class PlantedBugsTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  /** Runs the property with the seed and returns its failure, which it must have. */
  private static <T> PropertyFailedError failure(
      String name, Gen<T> gen, long seed, int tries, Consumer<? super T> law) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () -> Property.forAll(name, gen).withSeed(seed).check(tries, law));
    assertThat(error).as("the planted bug is found").isNotNull();
    return error;
  }

  // ---- a calendar that treats one make-up Saturday as a rest day ----------------------------

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chongqing();

  /** A make-up working Saturday (国办发明电〔2024〕12号; POLICY-FACTS §7). */
  private static final LocalDate BUGGY_DAY = LocalDate.of(2025, 10, 11);

  /** The planted bug: the real calendar, except that 2025-10-11 is taken for a rest day. */
  private static boolean buggyIsWorkingDay(LocalDate date) {
    return !date.equals(BUGGY_DAY) && CALENDAR.isWorkingDay(date);
  }

  private static void agreesWithCalendar(LocalDate date) {
    if (buggyIsWorkingDay(date) != CALENDAR.isWorkingDay(date)) {
      throw new AssertionError("isWorkingDay(" + date + ") disagrees with the calendar");
    }
  }

  @Test
  void theBuggyDayIsAMakeUpWorkingSaturday() {
    assertThat(CALENDAR.dayInfo(BUGGY_DAY).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    assertThat(BUGGY_DAY.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aMakeUpSaturdayTakenForARestDayIsFound(long seed) {
    PropertyFailedError error =
        failure(
            "isWorkingDay agrees with the calendar",
            CalendarGens.makeUpWorkingDays(CALENDAR),
            seed,
            1000,
            PlantedBugsTest::agreesWithCalendar);

    assertThat(error.smallestCase()).isEqualTo(BUGGY_DAY);
    assertThat(error.triesRun()).isGreaterThan(2); // the bound cases pass
    assertThat(error.getCause()).hasMessageContaining("isWorkingDay(2025-10-11)");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aListOfDatesShrinksToTheOneBadDate(long seed) {
    PropertyFailedError error =
        failure(
            "every date of a list agrees with the calendar",
            Gen.listOf(CalendarGens.makeUpWorkingDays(CALENDAR), 0, 20),
            seed,
            1000,
            dates -> dates.forEach(PlantedBugsTest::agreesWithCalendar));

    assertThat(error.smallestCase()).isEqualTo(List.of(BUGGY_DAY));
  }

  // ---- a money split that drops a fen --------------------------------------------------------

  /** The planted bug: every part is {@code fen / n}, so the remainder is lost. */
  private static long[] buggySplit(long fen, int n) {
    long[] parts = new long[n];
    Arrays.fill(parts, fen / n);
    return parts;
  }

  record Split(int parts, long fen) {}

  private static void partsSumToTheWhole(Split split) {
    long sum = Arrays.stream(buggySplit(split.fen(), split.parts())).sum();
    if (sum != split.fen()) {
      throw new AssertionError("parts sum to " + sum + ", expected " + split.fen());
    }
  }

  /** {@code n} in [1, 10] drawn first, then the amount; both bound cases split evenly. */
  private static Gen<Split> splits(long maxFen) {
    return Gen.zip(Gen.ints(1, 10), Gen.longs(0, maxFen), Split::new);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitThatDropsAFenShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        failure(
            "parts sum to the whole",
            splits(100_000),
            seed,
            300,
            PlantedBugsTest::partsSumToTheWhole);

    // n = 1 never loses a fen, and 0 fen never does: one fen in two parts is the least failure
    assertThat(error.smallestCase()).isEqualTo(new Split(2, 1));
    assertThat(error.getCause()).hasMessage("parts sum to 0, expected 1");
    assertThat(error.triesRun()).isGreaterThan(2);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitOfAmountsBeyondAnIntShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        failure(
            "parts sum to the whole",
            splits(1_000_000_000_000L),
            seed,
            300,
            PlantedBugsTest::partsSumToTheWhole);

    assertThat(error.smallestCase()).isEqualTo(new Split(2, 1));
  }

  // ---- the classic: every list of ints sums to less than 1000 ----------------------------------

  private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.ints(0, 10_000), 0, 10);

  private static void sumsToLessThan1000(List<Integer> list) {
    int sum = list.stream().mapToInt(Integer::intValue).sum();
    if (sum >= 1000) {
      throw new AssertionError("sum " + sum);
    }
  }

  private static void sumsOutside1000To50000(List<Integer> list) {
    int sum = list.stream().mapToInt(Integer::intValue).sum();
    if (sum >= 1000 && sum <= 50_000) {
      throw new AssertionError("sum " + sum);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aListSummingTo1000ShrinksToTheSingleElement1000(long seed) {
    PropertyFailedError error =
        failure(
            "every list sums to less than 1000",
            LISTS,
            seed,
            300,
            PlantedBugsTest::sumsToLessThan1000);

    assertThat(error.triesRun()).isEqualTo(2); // the all-high case: ten times 10 000
    assertThat(error.smallestCase()).isEqualTo(List.of(1000));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aFailureBetweenTheBoundsShrinksToTheSingleElement1000(long seed) {
    PropertyFailedError error =
        failure(
            "no list sums into [1000, 50 000]",
            LISTS,
            seed,
            300,
            PlantedBugsTest::sumsOutside1000To50000);

    assertThat(error.triesRun()).isGreaterThan(2); // 0 and 100 000 are outside
    assertThat(error.smallestCase()).isEqualTo(List.of(1000));
  }
}
