package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.Money;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The money laws, run by the shrinking runner on {@link Money}, and shown to fail on splits that
 * break them.
 */
class MoneyLawsTest {

  private static final Money MIN = Money.ofFen(Long.MIN_VALUE);
  private static final Money MAX = Money.ofFen(Long.MAX_VALUE);

  /** Everyday amounts, and the whole range of Money with its extremes (all-high: the least). */
  private static final Gen<Money> AMOUNTS =
      Gen.oneOf(
          MoneyGens.amounts(Money.ofYuan("-1000.00"), Money.ofYuan("1000.00")),
          MoneyGens.amounts(MIN, MAX));

  /** Months-like ratios, and ratios so large that their products need more than a long. */
  private static final Gen<List<Long>> RATIOS =
      Gen.oneOf(MoneyGens.ratios(12, 12), MoneyGens.ratios(12, Long.MAX_VALUE / 12));

  /** An equal split: the count is drawn first. */
  record Split(int n, Money whole) {}

  /** A split by ratios: the ratios are drawn first. */
  record RatioSplit(List<Long> ratios, Money whole) {}

  /** Two amounts. */
  record Pair(Money a, Money b) {}

  private static final Gen<Split> SPLITS = Gen.zip(MoneyGens.parts(40), AMOUNTS, Split::new);
  private static final Gen<RatioSplit> RATIO_SPLITS = Gen.zip(RATIOS, AMOUNTS, RatioSplit::new);
  private static final Gen<Pair> PAIRS =
      Gen.zip(
          Gen.oneOf(MoneyGens.amounts(Money.ofYuan("-0.03"), Money.ofYuan("0.03")), AMOUNTS),
          Gen.oneOf(MoneyGens.amounts(Money.ofYuan("-0.03"), Money.ofYuan("0.03")), AMOUNTS),
          Pair::new);

  // ---- the laws hold for Money ----------------------------------------------------------------

  @Test
  void allocateSumsToWhole() {
    Property.forAll("allocate(n) sums to the whole", SPLITS)
        .check(s -> MoneyLaws.allocateSumsToWhole(s.whole(), s.n()));
  }

  @Test
  void allocateHasNParts() {
    Property.forAll("allocate(n) has n parts", SPLITS)
        .check(s -> MoneyLaws.allocateHasNParts(s.whole(), s.n()));
  }

  @Test
  void allocateDiffersByAtMostOneFen() {
    Property.forAll("allocate(n) parts differ by at most one fen", SPLITS)
        .check(s -> MoneyLaws.allocateDiffersByAtMostOneFen(s.whole(), s.n()));
  }

  @Test
  void allocateKeepsTheSign() {
    Property.forAll("allocate(n) parts keep the sign of the whole", SPLITS)
        .check(s -> MoneyLaws.allocateKeepsTheSign(s.whole(), s.n()));
  }

  @Test
  void allocatePutsTheLargerPartsFirst() {
    Property.forAll("allocate(n) puts the larger parts first", SPLITS)
        .check(s -> MoneyLaws.allocatePutsTheLargerPartsFirst(s.whole(), s.n()));
  }

  @Test
  void allocateEquallyIsAllocateByEqualRatios() {
    Property.forAll("allocate(n) is allocate by n equal ratios", SPLITS)
        .check(s -> MoneyLaws.allocateEquallyIsAllocateByEqualRatios(s.whole(), s.n()));
  }

  @Test
  void allocateByRatiosSumsToWhole() {
    Property.forAll("allocate(ratios) sums to the whole", RATIO_SPLITS)
        .check(s -> MoneyLaws.allocateByRatiosSumsToWhole(s.whole(), s.ratios()));
  }

  @Test
  void allocateByRatiosIsWithinOneFenOfTheShares() {
    Property.forAll("allocate(ratios) parts are within one fen of their shares", RATIO_SPLITS)
        .check(s -> MoneyLaws.allocateByRatiosIsWithinOneFenOfTheShares(s.whole(), s.ratios()));
  }

  @Test
  void allocateByRatiosKeepsTheSign() {
    Property.forAll("allocate(ratios) parts keep the sign of the whole", RATIO_SPLITS)
        .check(s -> MoneyLaws.allocateByRatiosKeepsTheSign(s.whole(), s.ratios()));
  }

  @Test
  void allocateByRatiosGivesTheLeftOverFenToTheLargestRemainders() {
    Property.forAll(
            "allocate(ratios) gives the left-over fen to the largest remainders", RATIO_SPLITS)
        .check(
            s ->
                MoneyLaws.allocateByRatiosGivesTheLeftOverFenToTheLargestRemainders(
                    s.whole(), s.ratios()));
  }

  @Test
  void plusAndMinusRoundTrip() {
    Property.forAll("plus and minus round-trip, or overflow", PAIRS)
        .check(p -> MoneyLaws.plusAndMinusRoundTrip(p.a(), p.b()));
  }

  @Test
  void yuanFormsRoundTrip() {
    Property.forAll("the yuan forms round-trip", AMOUNTS).check(MoneyLaws::yuanFormsRoundTrip);
  }

  @Test
  void ofYuanReadsTheDecimalExactly() {
    Property.forAll(
            "ofYuan reads the decimal exactly",
            Gen.oneOf(
                MoneyGens.yuanStrings(Money.ofYuan("-1000"), Money.ofYuan("1000")),
                MoneyGens.yuanStrings(MIN, MAX)))
        .check(MoneyLaws::ofYuanReadsTheDecimalExactly);
  }

  @Test
  void compareToIsConsistentWithEquals() {
    Property.forAll("compareTo is consistent with equals", PAIRS)
        .check(p -> MoneyLaws.compareToIsConsistentWithEquals(p.a(), p.b()));
  }

  // ---- the contract's edges, by example -------------------------------------------------------

  @Test
  void theEdgesOfTheContractObeyTheLaws() {
    assertThatCode(
            () -> {
              MoneyLaws.allocateByRatiosSumsToWhole(MIN, List.of(1L, 1L, 1L)); // returns
              MoneyLaws.allocateByRatiosSumsToWhole(MIN, List.of(1L)); // returns MIN itself
              MoneyLaws.allocateByRatiosSumsToWhole(
                  Money.ofYuan("1"), List.of(Long.MAX_VALUE, 1L)); // the sum overflows: refused
              MoneyLaws.allocateEquallyIsAllocateByEqualRatios(MIN, 1);
              MoneyLaws.allocateEquallyIsAllocateByEqualRatios(MIN, 3);
              MoneyLaws.plusAndMinusRoundTrip(MAX, Money.ofFen(1));
              MoneyLaws.plusAndMinusRoundTrip(MIN, MIN);
              MoneyLaws.ofYuanReadsTheDecimalExactly("92233720368547758.08"); // refused
              MoneyLaws.ofYuanReadsTheDecimalExactly("-092233720368547758.08");
              MoneyLaws.yuanFormsRoundTrip(MIN);
            })
        .doesNotThrowAnyException();
  }

  // ---- each law of a split fails on a split that breaks it -----------------------------------

  private static List<Money> yuan(String... amounts) {
    return Arrays.stream(amounts).map(Money::ofYuan).toList();
  }

  @Test
  void sumsToWholeFailsWhenAFenIsLost() {
    assertThatThrownBy(
            () -> MoneyLaws.sumsToWhole(Money.ofYuan("100"), yuan("33.33", "33.33", "33.33")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("100.00 split into [33.33, 33.33, 33.33]: the parts sum to 99.99, not 100.00");
    assertThatThrownBy(() -> MoneyLaws.sumsToWhole(Money.zero(), List.of(MAX, MAX)))
        .hasMessageEndingWith("the parts sum to 184467440737095516.14, not 0.00");
  }

  @Test
  void hasPartsFailsOnAnotherCount() {
    assertThatThrownBy(() -> MoneyLaws.hasParts(Money.ofYuan("1"), 3, yuan("0.50", "0.50")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("1.00 split in 3: 2 parts [0.50, 0.50], not 3");
  }

  @Test
  void differByAtMostOneFenFailsOnAnUnevenSplit() {
    assertThatThrownBy(
            () -> MoneyLaws.differByAtMostOneFen(Money.ofYuan("1"), yuan("0.34", "0.32", "0.34")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "1.00 split into [0.34, 0.32, 0.34]: parts 0.32 and 0.34 differ by 0.02, more than 0.01");
    assertThatThrownBy(() -> MoneyLaws.differByAtMostOneFen(Money.zero(), List.of(MIN, MAX)))
        .hasMessageContaining("differ by 184467440737095516.15");
  }

  @Test
  void keepTheSignOfFailsOnAPartOfTheOtherSign() {
    assertThatThrownBy(() -> MoneyLaws.keepTheSignOf(Money.ofYuan("-0.01"), yuan("-0.02", "0.01")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "-0.01 split into [-0.02, 0.01]: part 1 (0.01) does not have the sign of the whole");
    assertThatThrownBy(() -> MoneyLaws.keepTheSignOf(Money.zero(), yuan("-0.01", "0.01")))
        .hasMessageContaining("part 0 (-0.01)");
  }

  @Test
  void largerPartsComeFirstFailsWhenALargerPartComesLater() {
    assertThatThrownBy(
            () ->
                MoneyLaws.largerPartsComeFirst(Money.ofYuan("-1"), yuan("-0.33", "-0.34", "-0.33")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("-1.00 split into [-0.33, -0.34, -0.33]: part 1 is larger than part 0");
  }

  @Test
  void areTheSharesRoundedFailsOnAPartTwoFenFromItsShare() {
    assertThatThrownBy(
            () ->
                MoneyLaws.areTheSharesRounded(
                    Money.ofYuan("0.02"), List.of(1L, 1L, 1L), yuan("0.02", "0", "0")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "0.02 split by [1, 1, 1] into [0.02, 0.00, 0.00]: part 0 is 0.02, but its exact share"
                + " 0.02 × 1/3 rounds to 0.00 or 0.01");
    assertThatThrownBy(
            () ->
                MoneyLaws.areTheSharesRounded(
                    Money.ofYuan("-0.01"), List.of(0L, 1L), yuan("-0.01", "0")))
        .hasMessage(
            "-0.01 split by [0, 1] into [-0.01, 0.00]: part 0 is -0.01, but its exact share"
                + " -0.01 × 0/1 rounds to 0.00");
    assertThatThrownBy(
            () -> MoneyLaws.areTheSharesRounded(Money.ofYuan("1"), List.of(1L, 1L), yuan("1")))
        .hasMessage("1.00 split by [1, 1]: 1 parts [1.00] for 2 ratios");
  }

  @Test
  void leftOverFenGoToTheLargestRemaindersFailsOnTheWrongPart() {
    // 0.04 by [1, 2]: shares 1⅓ and 2⅔ fen; the left-over fen belongs to the second part
    assertThatThrownBy(
            () ->
                MoneyLaws.leftOverFenGoToTheLargestRemainders(
                    Money.ofYuan("0.04"), List.of(1L, 2L), yuan("0.02", "0.02")))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "0.04 split by [1, 2] into [0.02, 0.02]: part 0 got a left-over fen before part 1,"
                + " whose remainder is larger");
    // 0.01 by [1, 1]: equal remainders, so the fen goes to the earlier part
    assertThatThrownBy(
            () ->
                MoneyLaws.leftOverFenGoToTheLargestRemainders(
                    Money.ofYuan("0.01"), List.of(1L, 1L), yuan("0", "0.01")))
        .hasMessageEndingWith(
            "part 1 got a left-over fen before part 0, whose remainder is equal"
                + " and which comes earlier");
    assertThatCode(
            () ->
                MoneyLaws.leftOverFenGoToTheLargestRemainders(
                    Money.ofYuan("-0.04"), List.of(1L, 2L), yuan("-0.01", "-0.03")))
        .doesNotThrowAnyException();
  }

  @Test
  void inputsOutsideALawAreRefusedSayingSo() {
    assertThatThrownBy(() -> MoneyLaws.allocateSumsToWhole(Money.zero(), 0))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("n = 0 must be >= 1");
    assertThatThrownBy(() -> MoneyLaws.allocateByRatiosSumsToWhole(Money.zero(), List.of()))
        .hasMessage("ratios must not be empty");
    assertThatThrownBy(() -> MoneyLaws.allocateByRatiosSumsToWhole(Money.zero(), List.of(1L, -1L)))
        .hasMessage("ratios[1] = -1 must not be negative");
    assertThatThrownBy(() -> MoneyLaws.allocateByRatiosKeepsTheSign(Money.zero(), List.of(0L, 0L)))
        .hasMessage("ratios [0, 0] must not all be zero");
    assertThatThrownBy(() -> MoneyLaws.ofYuanReadsTheDecimalExactly("1.234"))
        .hasMessage("\"1.234\" is not a text ofYuan accepts");
  }
}
