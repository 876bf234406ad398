package io.github.cqui.core.benefit;

import static io.github.cqui.core.gens.GenCases.rulesWithEditions;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.BenefitGens;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link BenefitGens#entitlementRequests(CquiRules)} keeps what its javadoc promises: 0 to 40 years
 * of contribution in months, 0 to 24 unused months of an earlier claim but never more than the
 * smallest combined-months cap of the rules' editions, a registration date from the earliest
 * edition to the end of the calendar's coverage; both ends of each reached.
 */
class BenefitGensPromisesTest {

  private static final CquiRules RULES = Chongqing.rules();

  /** The bundled editions, the 2023 one with a combined-months cap of 12 instead of 24. */
  private static CquiRules capOf12In2023() {
    return rulesWithEditions(
        e -> {
          if (!e.effectiveFrom().equals(LocalDate.of(2023, 12, 1))) {
            return e;
          }
          PolicyParameter<Integer> cap = e.combinedMonthsCap();
          return PolicyEdition.builder()
              .from(e)
              .combinedMonthsCap(PolicyParameter.of(12, cap.since(), cap.sources().get(0)))
              .build();
        });
  }

  @Test
  void entitlementRequestsKeepTheirRangesAndReachBothEnds() {
    LocalDate first = RULES.editions().earliest().effectiveFrom();
    LocalDate last = RULES.calendar().lastCoveredDay();
    Set<Integer> months = new TreeSet<>();
    Set<Integer> unused = new TreeSet<>();
    Set<LocalDate> dates = new HashSet<>();
    for (EntitlementRequest r : withBounds(BenefitGens.entitlementRequests(RULES), 91, 1000)) {
      assertThat(r.registrationDate()).isBetween(first, last);
      months.add(r.contributionMonths());
      unused.add(r.unusedMonthsOfEarlierClaim());
      dates.add(r.registrationDate());
    }
    assertThat(months).first().isEqualTo(0);
    assertThat(months).last().isEqualTo(BenefitGens.MAX_CONTRIBUTION_MONTHS);
    assertThat(unused).first().isEqualTo(0);
    assertThat(unused).last().isEqualTo(BenefitGens.MAX_UNUSED_MONTHS);
    assertThat(dates).contains(first, last);
  }

  @Test
  void unusedMonthsNeverExceedTheSmallestCapOfTheRulesEditions() {
    Set<Integer> unused = new TreeSet<>();
    for (EntitlementRequest r :
        withBounds(BenefitGens.entitlementRequests(capOf12In2023()), 92, 500)) {
      unused.add(r.unusedMonthsOfEarlierClaim());
    }
    assertThat(unused).first().isEqualTo(0);
    assertThat(unused).last().isEqualTo(12);
  }
}
