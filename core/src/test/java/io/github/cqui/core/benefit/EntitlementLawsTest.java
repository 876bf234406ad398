package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.core.edition.DurationTables;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.BenefitGens;
import io.github.cqui.rules.testing.EntitlementLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import org.junit.jupiter.api.Test;

/** The entitlement laws over generated requests, with the 条例 table and with the national maxima. */
class EntitlementLawsTest {

  private static final CquiRules RULES = Chongqing.rules();
  private static final CquiRules NATIONAL =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().durationTable(DurationTable.NATIONAL_MAXIMA).build());
  private static final CquiRules[] BOTH = {RULES, NATIONAL};

  @Test
  void totalNeverExceedsTheCap() {
    for (CquiRules rules : BOTH) {
      Property.forAll("total never exceeds the cap", BenefitGens.entitlementRequests(rules))
          .check(r -> EntitlementLaws.totalNeverExceedsTheCap(rules, r));
    }
  }

  @Test
  void totalCoversTheTableMonthsWhenEligible() {
    for (CquiRules rules : BOTH) {
      Property.forAll(
              "total covers the table months when eligible", BenefitGens.entitlementRequests(rules))
          .check(r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(rules, r));
    }
  }

  @Test
  void monotoneInContributionMonths() {
    for (CquiRules rules : BOTH) {
      Property.forAll(
              "monotone in contribution months",
              Gen.zip(BenefitGens.entitlementRequests(rules), Gen.ints(0, 120), Case::new))
          .check(c -> EntitlementLaws.monotoneInContributionMonths(rules, c.request(), c.more()));
    }
  }

  @Test
  void eligibleIffAYearOfContribution() {
    for (CquiRules rules : BOTH) {
      Property.forAll("eligible iff a year of contribution", BenefitGens.entitlementRequests(rules))
          .check(r -> EntitlementLaws.eligibleIffAYearOfContribution(rules, r));
    }
  }

  @Test
  void tableMonthsWithinTheNationalMaxima() {
    for (CquiRules rules : BOTH) {
      Property.forAll(
              "table months within the national maxima", BenefitGens.entitlementRequests(rules))
          .check(
              r -> {
                EntitlementLaws.tableMonthsWithinTheNationalMaxima(rules, r);
                // and they are the months of Chongqing's table for the whole years (I-23)
                Entitlement e = rules.entitlements().entitlement(r);
                assertThat(e.tableMonths())
                    .isEqualTo(DurationTables.of(e.durationTable()).monthsFor(e.wholeYears()));
              });
    }
  }

  /** A request and some more months of contribution. */
  record Case(EntitlementRequest request, int more) {}
}
