package io.github.cqui.core.benefit;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.Chongqing;
import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlement;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.EntitlementLaws;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link EntitlementLaws} catches the one planted bug it exists for: the law is
 * called directly on one hand-picked request, passes on the real rules, and fails on the real rules
 * with the entitlement broken in one way, with the message only that check writes. (The laws over
 * generated requests are run in {@link EntitlementLawsTest}.)
 *
 * <p>The 条例's table (《重庆市失业保险条例》第二十四条): 2 whole years give 6 months, 4 give 12, 5 give 15; the cap
 * is 24.
 */
class EntitlementLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();
  private static final LocalDate REGISTERED = LocalDate.of(2025, 9, 1);

  /** Two whole years and 3 unused months of an earlier claim: 6 + 3 = 9 months. */
  private static final EntitlementRequest TWO_YEARS_AND_3_UNUSED =
      EntitlementRequest.of(REGISTERED, 24, 3);

  private static EntitlementRequest months(int contributionMonths) {
    return EntitlementRequest.of(REGISTERED, contributionMonths, 0);
  }

  /** The real rules with every entitlement changed by {@code bug}, on a builder from it. */
  private static CquiRules bug(UnaryOperator<ImmutableEntitlement.Builder> bug) {
    return bug(e -> true, bug);
  }

  /** The real rules with the entitlements that {@code which} selects changed by {@code bug}. */
  private static CquiRules bug(
      Predicate<Entitlement> which, UnaryOperator<ImmutableEntitlement.Builder> bug) {
    return BrokenRules.entitlements(
        e -> which.test(e) ? bug.apply(ImmutableEntitlement.builder().from(e)).build() : e);
  }

  // ---- totalNeverExceedsTheCap --------------------------------------------------------------

  /** "The combined-months cap of the edition in force on the registration date": 23, not 24. */
  @Test
  void aCapOtherThanTheEditionsIsCaughtByTotalNeverExceedsTheCap() {
    assertCaught(
        r -> EntitlementLaws.totalNeverExceedsTheCap(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.cap(23)),
        "cap 23, the edition's is 24");
  }

  /** "The total is never negative and never exceeds the combined-months cap": 25, and -1. */
  @Test
  void aTotalAboveTheCapOrBelowZeroIsCaughtByTotalNeverExceedsTheCap() {
    assertCaught(
        r -> EntitlementLaws.totalNeverExceedsTheCap(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.totalMonths(25)),
        "total 25 outside 0..24");
    assertCaught(
        r -> EntitlementLaws.totalNeverExceedsTheCap(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.totalMonths(-1)),
        "total -1 outside 0..24");
  }

  // ---- totalCoversTheTableMonthsWhenEligible ------------------------------------------------

  /** "Plus the earlier claim's unused months": 2 of the 3 unused months carried over. */
  @Test
  void aCarryOverShortOfTheUnusedMonthsIsCaughtByTotalCoversTheTableMonthsWhenEligible() {
    assertCaught(
        r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.carriedOverMonths(2)),
        ": carried over 2");
  }

  /** "Its table months plus the earlier claim's unused months, capped": 8, not 6 + 3. */
  @Test
  void aTotalShortOfTableAndCarryOverIsCaughtByTotalCoversTheTableMonthsWhenEligible() {
    assertCaught(
        r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.totalMonths(8)),
        "total 8 is not min(6 + 3, 24)");
  }

  /**
   * "Never fewer than the table months unless the cap is below them": reachable past the check of
   * {@code min(table + carried over, cap)} only when that sum overflows an {@code int}, as it does
   * for a table that gives {@code Integer.MAX_VALUE - 1} months and a total computed the same way.
   */
  @Test
  void anOverflowedTotalIsCaughtByTotalCoversTheTableMonthsWhenEligible() {
    int table = Integer.MAX_VALUE - 1;
    int overflowed = table + 3; // wraps to a negative total
    assertThat(overflowed).isNegative();
    assertCaught(
        r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(r, TWO_YEARS_AND_3_UNUSED),
        bug(b -> b.tableMonths(table).totalMonths(overflowed)),
        "total " + overflowed + " below the table months " + table);
  }

  /**
   * "Eligible ... never fewer than the table months": an eligible claim whose table gives nothing,
   * its total the 5 carried-over months alone (so the total's own checks hold).
   */
  @Test
  void anEligibleClaimWithNoTableMonthsIsCaughtByTotalCoversTheTableMonthsWhenEligible() {
    EntitlementRequest request = EntitlementRequest.of(REGISTERED, 24, 5);
    assertCaught(
        r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(r, request),
        bug(b -> b.tableMonths(0).totalMonths(5)),
        "eligible with no table months");
  }

  /**
   * "A claim that is not eligible gives nothing, carries nothing over": six months of contribution
   * with 3 unused months of an earlier claim carried over all the same.
   */
  @Test
  void anIneligibleClaimThatCarriesOverIsCaughtByTotalCoversTheTableMonthsWhenEligible() {
    EntitlementRequest request = EntitlementRequest.of(REGISTERED, 6, 3);
    assertCaught(
        r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(r, request),
        bug(b -> b.carriedOverMonths(3)),
        "not eligible, yet total 0, table 0, carried over 3");
  }

  // ---- monotoneInContributionMonths ---------------------------------------------------------

  /** Four whole years (12 months of the table); 12 more months make five (15 months). */
  private static final EntitlementRequest FOUR_YEARS = months(48);

  /** Selects the entitlements of five or more whole years. */
  private static final Predicate<Entitlement> FIVE_YEARS_OR_MORE = e -> e.wholeYears() >= 5;

  /** "Neither the table months ... decrease": five years given 3 table months, the total kept. */
  @Test
  void fewerTableMonthsForMoreYearsAreCaughtByMonotoneInContributionMonths() {
    assertCaught(
        r -> EntitlementLaws.monotoneInContributionMonths(r, FOUR_YEARS, 12),
        bug(FIVE_YEARS_OR_MORE, b -> b.tableMonths(3)),
        "→ table 12, but 12 more months → 3");
  }

  /** "Nor the total decrease": five years given a total of 3, the table months kept. */
  @Test
  void aSmallerTotalForMoreYearsIsCaughtByMonotoneInContributionMonths() {
    assertCaught(
        r -> EntitlementLaws.monotoneInContributionMonths(r, FOUR_YEARS, 12),
        bug(FIVE_YEARS_OR_MORE, b -> b.totalMonths(3)),
        "→ total 12, but 12 more months → 3");
  }

  /** "An eligible claim stays eligible": five years not eligible, the months kept. */
  @Test
  void eligibilityLostWithMoreYearsIsCaughtByMonotoneInContributionMonths() {
    assertCaught(
        r -> EntitlementLaws.monotoneInContributionMonths(r, FOUR_YEARS, 12),
        bug(FIVE_YEARS_OR_MORE, b -> b.eligible(false)),
        "is eligible, with 12 more months it is not");
  }

  @Test
  void aNegativeNumberOfMonthsIsRefusedByMonotoneInContributionMonths() {
    assertThatThrownBy(() -> EntitlementLaws.monotoneInContributionMonths(REAL, FOUR_YEARS, -1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("moreMonths = -1 must not be negative");
  }

  // ---- eligibleIffAYearOfContribution -------------------------------------------------------

  /** "At least 12 months (one whole year)": exactly 12 is eligible, 11 is not. */
  @Test
  void exactlyTwelveMonthsAreEligibleUnderEligibleIffAYearOfContribution() {
    assertThat(REAL.entitlements().entitlement(months(12)).eligible()).isTrue();
    assertThat(REAL.entitlements().entitlement(months(11)).eligible()).isFalse();
    assertThatCode(() -> EntitlementLaws.eligibleIffAYearOfContribution(REAL, months(12)))
        .doesNotThrowAnyException();
    assertThatCode(() -> EntitlementLaws.eligibleIffAYearOfContribution(REAL, months(11)))
        .doesNotThrowAnyException();
  }

  /**
   * "Eligible exactly when at least 12 months": two years read as not eligible, with no reason (the
   * reason check would also fail, with another message: this one must come first).
   */
  @Test
  void twoYearsNotEligibleIsCaughtByEligibleIffAYearOfContribution() {
    assertCaught(
            r -> EntitlementLaws.eligibleIffAYearOfContribution(r, months(24)),
            bug(b -> b.eligible(false)))
        .hasMessageEndingWith(": eligible = false");
  }

  /** "Whole years are {@code months / 12}": 30 months read as 3 years. */
  @Test
  void wholeYearsRoundedUpAreCaughtByEligibleIffAYearOfContribution() {
    assertCaught(
        r -> EntitlementLaws.eligibleIffAYearOfContribution(r, months(30)),
        bug(b -> b.wholeYears(3)),
        "whole years 3");
  }

  /** "A reason is given exactly when not eligible": an eligible claim with a reason. */
  @Test
  void aReasonForAnEligibleClaimIsCaughtByEligibleIffAYearOfContribution() {
    assertCaught(
        r -> EntitlementLaws.eligibleIffAYearOfContribution(r, months(24)),
        bug(b -> b.ineligibleReason(Optional.of("不足一年"))),
        "eligible = true but reason Optional[不足一年]");
  }

  // ---- tableMonthsWithinTheNationalMaxima ---------------------------------------------------

  /**
   * "The table months never exceed the national maxima ... 12 for 1 to under 5 years": every
   * eligible claim given 13 table months, alike for every request, so only the maximum sees it.
   */
  @Test
  void thirteenMonthsForTwoYearsAreCaughtByTableMonthsWithinTheNationalMaxima() {
    assertCaught(
        r -> EntitlementLaws.tableMonthsWithinTheNationalMaxima(r, months(24)),
        bug(Entitlement::eligible, b -> b.tableMonths(13)),
        "13 table months for 2 years, above the national maximum 12");
  }

  /**
   * "Months beyond whole years do not count toward the next band": 2 years and 6 months given one
   * table month less than exactly 2 years.
   */
  @Test
  void tableMonthsThatDependOnTheOddMonthsAreCaughtByTableMonthsWithinTheNationalMaxima() {
    assertCaught(
        r -> EntitlementLaws.tableMonthsWithinTheNationalMaxima(r, months(30)),
        bug(e -> e.request().contributionMonths() % 12 != 0, b -> b.tableMonths(5)),
        "5 table months, but");
  }
}
