package io.github.cqui.rules.testing;

import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.ruleset.CquiRules;

/**
 * The laws every implementation of the entitlement rule obeys, as plain checks that throw {@link
 * AssertionError}: run them with {@link Property} over {@link BenefitGens}, or with any engine,
 * against any {@link CquiRules}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntitlementLaws {

  private EntitlementLaws() {}

  /**
   * The total is never negative and never exceeds the combined-months cap of the edition in force
   * on the registration date (24 in Chongqing; 《重庆市失业保险条例》第二十四条第二款; 《中华人民共和国社会保险法》第四十六条).
   *
   * @param rules the rules under test
   * @param request a valid request, e.g. from {@link BenefitGens#entitlementRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void totalNeverExceedsTheCap(CquiRules rules, EntitlementRequest request) {
    Entitlement e = rules.entitlements().entitlement(request);
    int cap = rules.editions().editionOn(request.registrationDate()).combinedMonthsCap().value();
    check(e.cap() == cap, "%s: cap %d, the edition's is %d", request, e.cap(), cap);
    check(
        e.totalMonths() >= 0 && e.totalMonths() <= cap,
        "%s: total %d outside 0..%d",
        request,
        e.totalMonths(),
        cap);
  }

  /**
   * An eligible claim gives its table months plus the earlier claim's unused months, capped: never
   * fewer than the table months unless the cap is below them. A claim that is not eligible gives
   * nothing, carries nothing over and has no table months (I-23).
   *
   * @param rules the rules under test
   * @param request a valid request, e.g. from {@link BenefitGens#entitlementRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void totalCoversTheTableMonthsWhenEligible(
      CquiRules rules, EntitlementRequest request) {
    Entitlement e = rules.entitlements().entitlement(request);
    if (e.eligible()) {
      check(
          e.carriedOverMonths() == request.unusedMonthsOfEarlierClaim(),
          "%s: carried over %d",
          request,
          e.carriedOverMonths());
      check(
          e.totalMonths() == Math.min(e.tableMonths() + e.carriedOverMonths(), e.cap()),
          "%s: total %d is not min(%d + %d, %d)",
          request,
          e.totalMonths(),
          e.tableMonths(),
          e.carriedOverMonths(),
          e.cap());
      check(
          e.totalMonths() >= Math.min(e.tableMonths(), e.cap()),
          "%s: total %d below the table months %d",
          request,
          e.totalMonths(),
          e.tableMonths());
      check(e.tableMonths() > 0, "%s: eligible with no table months", request);
    } else {
      check(
          e.totalMonths() == 0 && e.tableMonths() == 0 && e.carriedOverMonths() == 0,
          "%s: not eligible, yet total %d, table %d, carried over %d",
          request,
          e.totalMonths(),
          e.tableMonths(),
          e.carriedOverMonths());
    }
  }

  /**
   * More months of contribution never give fewer months: neither the table months nor the total
   * decrease, and an eligible claim stays eligible.
   *
   * @param rules the rules under test
   * @param request a valid request, e.g. from {@link BenefitGens#entitlementRequests(CquiRules)}
   * @param moreMonths the months of contribution added, at least 0
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void monotoneInContributionMonths(
      CquiRules rules, EntitlementRequest request, int moreMonths) {
    check(moreMonths >= 0, "moreMonths = %d must not be negative", moreMonths);
    EntitlementRequest more =
        EntitlementRequest.of(
            request.registrationDate(),
            request.contributionMonths() + moreMonths,
            request.unusedMonthsOfEarlierClaim());
    Entitlement fewer = rules.entitlements().entitlement(request);
    Entitlement larger = rules.entitlements().entitlement(more);
    check(
        larger.tableMonths() >= fewer.tableMonths(),
        "%s → table %d, but %d more months → %d",
        request,
        fewer.tableMonths(),
        moreMonths,
        larger.tableMonths());
    check(
        larger.totalMonths() >= fewer.totalMonths(),
        "%s → total %d, but %d more months → %d",
        request,
        fewer.totalMonths(),
        moreMonths,
        larger.totalMonths());
    check(
        !fewer.eligible() || larger.eligible(),
        "%s is eligible, with %d more months it is not",
        request,
        moreMonths);
  }

  /**
   * Eligible exactly when at least 12 months (one whole year) of contribution were paid
   * (《重庆市失业保险条例》第十八条第（一）项; 《中华人民共和国社会保险法》第四十五条第（一）项); whole years are {@code months / 12}; a reason
   * is given exactly when not eligible.
   *
   * @param rules the rules under test
   * @param request a valid request, e.g. from {@link BenefitGens#entitlementRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void eligibleIffAYearOfContribution(CquiRules rules, EntitlementRequest request) {
    Entitlement e = rules.entitlements().entitlement(request);
    boolean year = request.contributionMonths() >= 12;
    check(e.eligible() == year, "%s: eligible = %s", request, e.eligible());
    check(
        e.wholeYears() == request.contributionMonths() / 12,
        "%s: whole years %d",
        request,
        e.wholeYears());
    check(
        e.ineligibleReason().isPresent() != e.eligible(),
        "%s: eligible = %s but reason %s",
        request,
        e.eligible(),
        e.ineligibleReason());
  }

  /**
   * The table months never exceed the national maxima of 《中华人民共和国社会保险法》第四十六条: 0 under one year, 12
   * for 1 to under 5 years, 18 for 5 to under 10, 24 for 10 or more; and they depend on the whole
   * years alone: the same registration with exactly those years' months and no earlier claim gives
   * the same table months (months beyond whole years do not count toward the next band, and unused
   * months of an earlier claim are added after the table; I-23). Which months a table gives is the
   * implementation's data, checked by its own tests.
   *
   * @param rules the rules under test
   * @param request a valid request, e.g. from {@link BenefitGens#entitlementRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void tableMonthsWithinTheNationalMaxima(
      CquiRules rules, EntitlementRequest request) {
    Entitlement e = rules.entitlements().entitlement(request);
    int maximum = nationalMaximum(e.wholeYears());
    check(
        e.tableMonths() <= maximum,
        "%s: %d table months for %d years, above the national maximum %d",
        request,
        e.tableMonths(),
        e.wholeYears(),
        maximum);
    EntitlementRequest wholeYears =
        EntitlementRequest.of(request.registrationDate(), e.wholeYears() * 12, 0);
    Entitlement byYears = rules.entitlements().entitlement(wholeYears);
    check(
        e.tableMonths() == byYears.tableMonths(),
        "%s: %d table months, but %s gives %d",
        request,
        e.tableMonths(),
        wholeYears,
        byYears.tableMonths());
  }

  private static int nationalMaximum(int years) {
    if (years < 1) {
      return 0;
    } else if (years < 5) {
      return 12;
    } else if (years < 10) {
      return 18;
    }
    return 24;
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
