package io.github.cqui.rules.testing;

import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.LocalDate;

/**
 * Generators of valid requests for the benefit rules, by construction. Smaller draws give fewer
 * months and earlier dates.
 *
 * <p>Stateless and thread-safe.
 */
public final class BenefitGens {

  /** The most months of contribution generated: 40 years. */
  public static final int MAX_CONTRIBUTION_MONTHS = 40 * 12;

  /** The most unused months of an earlier claim generated, before the editions' caps. */
  public static final int MAX_UNUSED_MONTHS = 24;

  private BenefitGens() {}

  /**
   * Entitlement requests: 0 to 40 years of contribution in months, 0 to 24 unused months of an
   * earlier claim (never more than the smallest combined-months cap of the rules' editions), and a
   * registration date from the earliest policy edition to the end of the rules' calendar coverage.
   * The counts are drawn before the date.
   *
   * @param rules the rules whose editions and calendar bound the requests
   * @return the generator
   */
  public static Gen<EntitlementRequest> entitlementRequests(CquiRules rules) {
    int smallestCap =
        rules.editions().editions().stream()
            .mapToInt(edition -> edition.combinedMonthsCap().value())
            .min()
            .orElseThrow();
    PolicyEdition earliest = rules.editions().earliest();
    LocalDate last = rules.calendar().lastCoveredDay();
    if (last.isBefore(earliest.effectiveFrom())) {
      last = rules.editions().latest().effectiveFrom();
    }
    return Gen.zip(
        Gen.ints(0, MAX_CONTRIBUTION_MONTHS),
        Gen.ints(0, Math.min(MAX_UNUSED_MONTHS, smallestCap)),
        DeadlineGens.datesBetween(earliest.effectiveFrom(), last),
        (months, unused, date) -> EntitlementRequest.of(date, months, unused));
  }
}
