package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner finds planted bugs and shrinks them to the true minimum. The buggy code is a small
 * stand-in kept in this class, so the assertions do not depend on the domain types.
 */
class PlantedBugsTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  // ---- a calendar that treats one make-up Saturday as a rest day ----------------------------

  /** Off days and make-up working days of 2025 (国办发明电〔2024〕12号), the ones used here. */
  private static final Set<LocalDate> HOLIDAYS =
      Set.of(
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 4, 4),
          LocalDate.of(2025, 5, 5),
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2025, 10, 8));

  private static final Set<LocalDate> MAKE_UP_DAYS =
      Set.of(
          LocalDate.of(2025, 1, 26),
          LocalDate.of(2025, 2, 8),
          LocalDate.of(2025, 4, 27),
          LocalDate.of(2025, 9, 28),
          LocalDate.of(2025, 10, 11));

  private static final LocalDate BUGGY_DAY = LocalDate.of(2025, 10, 11);

  /** Dates in order; the make-up Saturday 2025-10-11 is neither first nor last. */
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 1, 2),
          LocalDate.of(2025, 1, 26),
          LocalDate.of(2025, 2, 8),
          LocalDate.of(2025, 4, 4),
          LocalDate.of(2025, 4, 27),
          LocalDate.of(2025, 5, 5),
          LocalDate.of(2025, 5, 10),
          LocalDate.of(2025, 9, 28),
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2025, 10, 8),
          BUGGY_DAY,
          LocalDate.of(2025, 10, 12),
          LocalDate.of(2025, 10, 13));

  private static boolean isWorkingDay(LocalDate date) {
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    return MAKE_UP_DAYS.contains(date) || (!weekend && !HOLIDAYS.contains(date));
  }

  /** The planted bug: 2025-10-11, a make-up Saturday, is taken for a rest day. */
  private static boolean buggyIsWorkingDay(LocalDate date) {
    return !date.equals(BUGGY_DAY) && isWorkingDay(date);
  }

  private static void agreesWithCalendar(LocalDate date) {
    if (buggyIsWorkingDay(date) != isWorkingDay(date)) {
      throw new AssertionError("isWorkingDay(" + date + ") disagrees with the calendar");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aMakeUpSaturdayTakenForARestDayIsFound(long seed) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("isWorkingDay agrees with the calendar", Gen.elementOf(DATES))
                    .withSeed(seed)
                    .check(300, PlantedBugsTest::agreesWithCalendar));

    assertThat(error.smallestCase()).isEqualTo(BUGGY_DAY);
    assertThat(error.triesRun()).isGreaterThan(2); // the bound cases pass
    assertThat(error.getCause()).hasMessageContaining("isWorkingDay(2025-10-11)");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aListOfDatesShrinksToTheOneBadDate(long seed) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll(
                        "every date of a list agrees with the calendar",
                        Gen.listOf(Gen.elementOf(DATES), 0, 6))
                    .withSeed(seed)
                    .check(300, dates -> dates.forEach(PlantedBugsTest::agreesWithCalendar)));

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
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("parts sum to the whole", splits(100_000))
                    .withSeed(seed)
                    .check(300, PlantedBugsTest::partsSumToTheWhole));

    // n = 1 never loses a fen, and 0 fen never does: one fen in two parts is the least failure
    assertThat(error.smallestCase()).isEqualTo(new Split(2, 1));
    assertThat(error.getCause()).hasMessage("parts sum to 0, expected 1");
    assertThat(error.triesRun()).isGreaterThan(2);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitOfAmountsBeyondAnIntShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("parts sum to the whole", splits(1_000_000_000_000L))
                    .withSeed(seed)
                    .check(300, PlantedBugsTest::partsSumToTheWhole));

    assertThat(error.smallestCase()).isEqualTo(new Split(2, 1));
  }

  // ---- the classic: every list of ints sums to less than 1000 ----------------------------------

  private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.ints(0, 10_000), 0, 10);

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aListSummingTo1000ShrinksToTheSingleElement1000(long seed) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("every list sums to less than 1000", LISTS)
                    .withSeed(seed)
                    .check(
                        300,
                        list -> {
                          if (sum(list) >= 1000) {
                            throw new AssertionError("sum " + sum(list));
                          }
                        }));

    assertThat(error.triesRun()).isEqualTo(2); // the all-high case: ten times 10 000
    assertThat(error.smallestCase()).isEqualTo(List.of(1000));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aFailureBetweenTheBoundsShrinksToTheSingleElement1000(long seed) {
    PropertyFailedError error =
        catchThrowableOfType(
            PropertyFailedError.class,
            () ->
                Property.forAll("no list sums into [1000, 50 000]", LISTS)
                    .withSeed(seed)
                    .check(
                        300,
                        list -> {
                          int sum = sum(list);
                          if (sum >= 1000 && sum <= 50_000) {
                            throw new AssertionError("sum " + sum);
                          }
                        }));

    assertThat(error.triesRun()).isGreaterThan(2); // 0 and 100 000 are outside
    assertThat(error.smallestCase()).isEqualTo(List.of(1000));
  }
}
