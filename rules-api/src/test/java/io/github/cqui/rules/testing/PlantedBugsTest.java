package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Money;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner finds planted bugs and shrinks them to the true minimum: a wrapper of the real
 * calendar that takes one make-up Saturday for a rest day, a split of real {@link Money} that drops
 * the remainder (checked by {@link MoneyLaws#sumsToWhole}), and a split by ratios that gives every
 * left-over fen to the first part (checked by {@link MoneyLaws#areTheSharesRounded}).
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

  /** The planted bug: {@code n} copies of {@code whole / n} rounded toward zero; no fen kept. */
  private static List<Money> buggySplit(Money whole, int n) {
    return Collections.nCopies(n, whole.dividedBy(n, RoundingMode.DOWN));
  }

  record Split(int n, Money whole) {}

  private static void buggySplitSumsToTheWhole(Split split) {
    MoneyLaws.sumsToWhole(split.whole(), buggySplit(split.whole(), split.n()));
  }

  /** {@code n} in [1, 10] drawn first, then the amount; the bound cases split evenly. */
  private static Gen<Split> splits(Gen<Money> amounts) {
    return Gen.zip(MoneyGens.parts(10), amounts, Split::new);
  }

  private static final Money ONE_FEN = Money.ofFen(1);

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitThatDropsAFenShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        failure(
            "parts sum to the whole",
            splits(MoneyGens.nonNegativeAmounts(Money.ofYuan("1000.00"))),
            seed,
            300,
            PlantedBugsTest::buggySplitSumsToTheWhole);

    // n = 1 never loses a fen, nor does 0.00: one fen in two parts is the least failure, and
    // its draws [2, 1] are the least that fail
    assertThat(error.smallestCase()).isEqualTo(new Split(2, ONE_FEN));
    assertThat(error.getCause())
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("0.01 split into [0.00, 0.00]: the parts sum to 0.00, not 0.01");
    assertThat(error.triesRun()).isGreaterThan(2);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitOfAmountsBeyondAnIntOfFenShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        failure(
            "parts sum to the whole",
            splits(MoneyGens.nonNegativeAmounts(Money.ofYuan("10000000000.00"))),
            seed,
            300,
            PlantedBugsTest::buggySplitSumsToTheWhole);

    assertThat(error.smallestCase()).isEqualTo(new Split(2, ONE_FEN));
    assertThat(error.getCause()).isExactlyInstanceOf(AssertionError.class);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitOfAmountsOfEitherSignShrinksToOneFenInTwoParts(long seed) {
    PropertyFailedError error =
        failure(
            "parts sum to the whole",
            splits(MoneyGens.amounts(Money.ofYuan("-1000.00"), Money.ofYuan("1000.00"))),
            seed,
            300,
            PlantedBugsTest::buggySplitSumsToTheWhole);

    // -0.01 in two parts fails too, but the non-negative side is the simpler draw
    assertThat(error.smallestCase()).isEqualTo(new Split(2, ONE_FEN));
    assertThat(error.getCause()).isExactlyInstanceOf(AssertionError.class);
  }

  // ---- a split by ratios that gives every left-over fen to the first part ------------------

  /** The planted bug: shares rounded toward zero, then all the left-over fen to the first part. */
  private static List<Money> buggyRatioSplit(Money whole, List<Long> ratios) {
    long total = ratios.stream().mapToLong(Long::longValue).sum();
    long[] parts = new long[ratios.size()];
    long allocated = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = whole.toFen() * ratios.get(i) / total;
      allocated += parts[i];
    }
    parts[0] += whole.toFen() - allocated;
    return Arrays.stream(parts).mapToObj(Money::ofFen).toList();
  }

  record RatioSplit(List<Long> ratios, Money whole) {}

  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitGivingTheLeftOverFenToTheFirstPartShrinksToAZeroRatioGettingAFen(long seed) {
    PropertyFailedError error =
        failure(
            "each part is its share rounded",
            Gen.zip(
                MoneyGens.ratios(6, 12),
                MoneyGens.nonNegativeAmounts(Money.ofYuan("720.00")),
                RatioSplit::new),
            seed,
            300,
            s ->
                MoneyLaws.areTheSharesRounded(
                    s.whole(), s.ratios(), buggyRatioSplit(s.whole(), s.ratios())));

    // One or two ratios never fail: two fractional remainders sum to at most one fen, which goes
    // to a part whose share is not whole. So three ratios, drawn [3, 0, 1, 1]: a first part of
    // ratio 0 gets the fen left over from two halves. The bound cases pass (720.00 in 6 is even).
    assertThat(error.smallestCase()).isEqualTo(new RatioSplit(List.of(0L, 1L, 1L), ONE_FEN));
    assertThat(error.getCause())
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "0.01 split by [0, 1, 1] into [0.01, 0.00, 0.00]: part 0 is 0.01, but its exact share"
                + " 0.01 × 0/2 rounds to 0.00");
    assertThat(error.triesRun()).isGreaterThan(2);
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
