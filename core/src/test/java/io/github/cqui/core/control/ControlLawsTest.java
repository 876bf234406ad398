package io.github.cqui.core.control;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.ControlLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The control laws (渝人社办〔2025〕112号 三(一), 一(五), 四) over generated records, claims and rosters, with
 * the default switches and with others; {@link ControlLawsCatchBrokenRulesTest} shows each law
 * finds a planted bug.
 */
class ControlLawsTest {

  private static final CquiRules DEFAULTS = Chongqing.rules();

  private static CquiRules with(InterpretationSwitches switches) {
    return Chongqing.rules(WorkingDayCalendar.chongqing(), Chongqing.bundledEditions(), switches);
  }

  private static final CquiRules COUNT_BACK_PAID =
      with(InterpretationSwitches.builder().countBackPaidMonths(true).build());
  private static final CquiRules AUDIT_ONLY =
      with(
          InterpretationSwitches.builder()
              .segregationReading(SegregationReading.AUDIT_ONLY)
              .build());
  private static final CquiRules COOLING_OFF =
      with(InterpretationSwitches.builder().coolingOffPeriod(Period.ofMonths(3)).build());
  private static final CquiRules AUDIT_ONLY_EXTRA_COOLING_OFF =
      with(
          InterpretationSwitches.builder()
              .segregationReading(SegregationReading.AUDIT_ONLY)
              .addExtraForbiddenPairs(
                  DutyPostPair.of(DutyPost.BUSINESS_OPERATION, DutyPost.FUND_FINANCE))
              .coolingOffPeriod(Period.ofMonths(3))
              .build());
  private static final CquiRules SIX_PAIRS_EXTRA_COOLING_OFF =
      with(
          InterpretationSwitches.builder()
              .addExtraForbiddenPairs(
                  DutyPostPair.of(DutyPost.BUSINESS_OPERATION, DutyPost.FUND_FINANCE))
              .coolingOffPeriod(Period.ofMonths(3))
              .build());

  private static final CquiRules[] SEGREGATION = {
    DEFAULTS, AUDIT_ONLY, COOLING_OFF, AUDIT_ONLY_EXTRA_COOLING_OFF
  };

  @Test
  void aLastRunOfAtLeastTheThresholdIsNeverHighRisk() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, COUNT_BACK_PAID}) {
      Property.forAll(
              "三(一), I-19: a last run ≥ the threshold is never high-risk",
              ControlGens.contributionCases())
          .check(c -> ControlLaws.aLastRunOfAtLeastTheThresholdIsNeverHighRisk(rules, c));
    }
  }

  @Test
  void aLastRunShorterThanTheThresholdIsHighRisk() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, COUNT_BACK_PAID}) {
      Property.forAll(
              "三(一), I-19: a shorter last run is high-risk", ControlGens.contributionCases())
          .check(c -> ControlLaws.aLastRunShorterThanTheThresholdIsHighRisk(rules, c));
    }
  }

  @Test
  void extendingTheLastRunNeverMakesItHighRisk() {
    var cases =
        Gen.zip(
            ControlGens.contributionCases(),
            Gen.elementOf(java.util.List.of("A公司", "E公司")),
            CaseAndEmployer::new);
    for (CquiRules rules : new CquiRules[] {DEFAULTS, COUNT_BACK_PAID}) {
      Property.forAll("三(一), I-19: extending the last run never makes it high-risk", cases)
          .check(
              c -> ControlLaws.extendingTheLastRunNeverMakesItHighRisk(rules, c.c(), c.employer()));
    }
  }

  record CaseAndEmployer(ControlGens.ContributionCase c, String employer) {}

  @Test
  void concurrentMonthsAgreeWithTheLedger() {
    Property.forAll(
            "一(五), I-14, I-15: the check and the ledger agree",
            ControlGens.concurrentBenefitsRequests())
        .check(r -> ControlLaws.concurrentMonthsAgreeWithTheLedger(DEFAULTS, r));
  }

  @Test
  void violationsAreSymmetricInTheTwoPosts() {
    for (CquiRules rules : SEGREGATION) {
      Property.forAll("四, I-21: symmetric in the two posts", ControlGens.assignmentPairs())
          .check(p -> ControlLaws.violationsAreSymmetricInTheTwoPosts(rules, p));
    }
  }

  record RosterAndInt(ControlGens.RosterCase c, int n) {}

  private static final Gen<RosterAndInt> ROSTERS_AND_INTS =
      Gen.zip(ControlGens.rosterCases(), Gen.ints(0, 9), RosterAndInt::new);

  @Test
  void violationsAreUnchangedByReorderingTheAssignments() {
    for (CquiRules rules : SEGREGATION) {
      Property.forAll("四, I-21: unchanged by reordering", ROSTERS_AND_INTS)
          .check(
              r ->
                  ControlLaws.violationsAreUnchangedByReorderingTheAssignments(
                      rules, r.c(), r.n()));
    }
  }

  @Test
  void removingAnAssignmentNeverAddsAViolation() {
    for (CquiRules rules : SEGREGATION) {
      Property.forAll("四, I-21: removing an assignment never adds a violation", ROSTERS_AND_INTS)
          .check(r -> ControlLaws.removingAnAssignmentNeverAddsAViolation(rules, r.c(), r.n()));
    }
  }

  @Test
  void auditOnlyViolationsAreAmongTheDefaults() {
    Property.forAll(
            "I-21: the audit-only reading's violations are among the default's",
            ControlGens.rosterCases())
        .check(c -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(DEFAULTS, AUDIT_ONLY, c));
    Property.forAll(
            "I-21: the same, with an extra pair and a cooling-off period",
            ControlGens.rosterCases())
        .check(
            c ->
                ControlLaws.auditOnlyViolationsAreAmongTheDefaults(
                    SIX_PAIRS_EXTRA_COOLING_OFF, AUDIT_ONLY_EXTRA_COOLING_OFF, c));
  }
}
