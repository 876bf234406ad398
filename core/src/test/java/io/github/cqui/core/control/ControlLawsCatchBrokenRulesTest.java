package io.github.cqui.core.control;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.SegregationViolation;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.control.internal.ImmutableBenefitOverlap;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefits;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.ControlLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The control laws have teeth: each is run against rules with one planted bug — a misreading a
 * developer could make — and must find it. (The laws pass on the real rules in {@link
 * ControlLawsTest}.)
 */
class ControlLawsCatchBrokenRulesTest {

  private static final CquiRules REAL = Chongqing.rules();
  private static final CquiRules AUDIT_ONLY =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder()
              .segregationReading(SegregationReading.AUDIT_ONLY)
              .build());

  /** The real rules keeping only the violations {@code kept} accepts for the roster asked. */
  private static CquiRules violations(
      CquiRules real,
      java.util.function.Function<StaffRoster, Predicate<SegregationViolation>> kept) {
    return BrokenRules.of(real)
        .withSegregationOfDuties(
            check ->
                ImmutableSegregationCheck.builder()
                    .from(check)
                    .violations(
                        check.violations().stream().filter(kept.apply(check.roster())).toList())
                    .build());
  }

  /**
   * Runs {@code law} with the shrinking runner over up to {@value #TRIES} cases (the run stops at
   * the first failure) and requires it to find a failing case.
   */
  private static <T> void assertTheLawFinds(String name, Gen<T> cases, Consumer<T> law) {
    assertThatThrownBy(() -> Property.forAll(name, cases).check(TRIES, law))
        .isInstanceOf(PropertyFailedError.class);
  }

  /**
   * Enough cases that a bug the generators hit once in 25 cases is missed less than once in 10^17
   * runs.
   */
  private static final int TRIES = 1_000;

  /** The record without the months {@code drop} picks from the real last run. */
  private static ContributionRecord without(ContributionRecord record, List<YearMonth> drop) {
    List<ContributionMonth> kept =
        record.months().stream().filter(m -> !drop.contains(m.month())).toList();
    return ContributionRecord.of(record.separationDate(), record.applicationDate(), kept);
  }

  private static List<YearMonth> realRun(ContributionRecord record) {
    return REAL.controls().shortContributionRisk(record).lastRun().stream()
        .map(ContributionMonth::month)
        .toList();
  }

  @Test
  void aRunCountedOneShortIsCaught() {
    // the off-by-one of counting the months between the run's first and last month
    CquiRules broken =
        BrokenRules.contributionRecord(
            r -> {
              List<YearMonth> run = realRun(r);
              return run.isEmpty() ? r : without(r, List.of(run.get(0)));
            });
    assertTheLawFinds(
        "a last run ≥ the threshold is never high-risk",
        ControlGens.contributionCases(),
        c -> ControlLaws.aLastRunOfAtLeastTheThresholdIsNeverHighRisk(broken, c));
  }

  @Test
  void aRunThatStopsAtAChangeOfEmployerIsCaught() {
    // POLICY-FACTS A-21 reading (b): the last employer's spell instead of the last run (I-19)
    CquiRules broken =
        BrokenRules.contributionRecord(
            r -> {
              List<ContributionMonth> run = REAL.controls().shortContributionRisk(r).lastRun();
              if (run.isEmpty()) {
                return r;
              }
              String last = run.get(run.size() - 1).employer();
              int i = run.size() - 1;
              while (i >= 0 && run.get(i).employer().equals(last)) {
                i--;
              }
              List<YearMonth> earlier =
                  run.subList(0, i + 1).stream().map(ContributionMonth::month).toList();
              return without(r, earlier);
            });
    record CaseAndEmployer(ControlGens.ContributionCase c, String employer) {}
    assertTheLawFinds(
        "extending the last run never makes it high-risk",
        Gen.zip(
            ControlGens.contributionCases(), Gen.elementOf(List.of("E公司")), CaseAndEmployer::new),
        c -> ControlLaws.extendingTheLastRunNeverMakesItHighRisk(broken, c.c(), c.employer()));
  }

  @Test
  void theLongestRunInsteadOfTheLastIsCaught() {
    // POLICY-FACTS A-21 misread: the longest run in the record rather than the last one
    CquiRules broken =
        BrokenRules.contributionRecord(
            r -> {
              TreeMap<YearMonth, ContributionMonth> counted = new TreeMap<>();
              r.months().stream()
                  .filter(m -> !m.paidOn().isAfter(r.separationDate()))
                  .forEach(m -> counted.put(m.month(), m));
              YearMonth bestEnd = null;
              int best = 0;
              int length = 0;
              YearMonth previous = null;
              for (YearMonth m : counted.keySet()) {
                length = previous != null && previous.plusMonths(1).equals(m) ? length + 1 : 1;
                if (length > best) {
                  best = length;
                  bestEnd = m;
                }
                previous = m;
              }
              if (bestEnd == null) {
                return r;
              }
              YearMonth end = bestEnd;
              return without(
                  r,
                  r.months().stream()
                      .map(ContributionMonth::month)
                      .filter(m -> m.isAfter(end))
                      .toList());
            });
    assertTheLawFinds(
        "a shorter last run is high-risk",
        ControlGens.contributionCases(),
        c -> ControlLaws.aLastRunShorterThanTheThresholdIsHighRisk(broken, c));
  }

  @Test
  void anEventMonthThatIsNotPaidIsCaught() {
    // stopping in the month a pension began, while the I-14 default pays that month
    CquiRules broken =
        BrokenRules.concurrentBenefits(
            result -> {
              List<BenefitOverlap> overlaps = new ArrayList<>();
              for (BenefitOverlap o : result.overlaps()) {
                overlaps.add(
                    o.consequence() == OverlapConsequence.EVENT_MONTH_PAID
                        ? ImmutableBenefitOverlap.builder()
                            .from(o)
                            .consequence(OverlapConsequence.STOPPED)
                            .build()
                        : o);
              }
              return ImmutableConcurrentBenefits.builder().from(result).overlaps(overlaps).build();
            });
    assertTheLawFinds(
        "the check and the ledger agree",
        ControlGens.concurrentBenefitsRequests(),
        r -> ControlLaws.concurrentMonthsAgreeWithTheLedger(broken, r));
  }

  @Test
  void anOrderedPairLookupIsCaught() {
    // the forbidden pairs looked up in the order the roster lists the two assignments
    CquiRules broken =
        violations(
            REAL,
            roster ->
                v ->
                    roster.assignments().indexOf(v.firstAssignment())
                        < roster.assignments().indexOf(v.secondAssignment()));
    assertTheLawFinds(
        "symmetric in the two posts",
        ControlGens.assignmentPairs(),
        p -> ControlLaws.violationsAreSymmetricInTheTwoPosts(broken, p));
  }

  @Test
  void aCheckAgainstTheFirstListedAssignmentOnlyIsCaught() {
    // each person checked only against their first assignment in the roster
    CquiRules broken =
        violations(
            REAL,
            roster -> {
              Map<String, PostAssignment> first = new HashMap<>();
              roster.assignments().forEach(a -> first.putIfAbsent(a.person(), a));
              return v ->
                  v.firstAssignment().equals(first.get(v.person()))
                      || v.secondAssignment().equals(first.get(v.person()));
            });
    record RosterAndInt(ControlGens.RosterCase c, int n) {}
    assertTheLawFinds(
        "unchanged by reordering",
        Gen.zip(ControlGens.rosterCases(), Gen.ints(0, 9), RosterAndInt::new),
        r -> ControlLaws.violationsAreUnchangedByReorderingTheAssignments(broken, r.c(), r.n()));
  }

  @Test
  void oneAssignmentPerPostIsCaught() {
    // a person's posts kept in a map by post: a later assignment hides an earlier one of the post
    CquiRules broken =
        BrokenRules.roster(
            roster -> {
              Map<String, PostAssignment> latest = new HashMap<>();
              for (PostAssignment a : roster.assignments()) {
                latest.merge(
                    a.person() + "/" + a.post(), a, (x, y) -> y.from().isBefore(x.from()) ? x : y);
              }
              return StaffRoster.of(
                  roster.assignments().stream()
                      .filter(a -> latest.get(a.person() + "/" + a.post()) == a)
                      .toList());
            });
    record RosterAndInt(ControlGens.RosterCase c, int n) {}
    assertTheLawFinds(
        "removing an assignment never adds a violation",
        Gen.zip(ControlGens.rosterCases(), Gen.ints(0, 9), RosterAndInt::new),
        r -> ControlLaws.removingAnAssignmentNeverAddsAViolation(broken, r.c(), r.n()));
  }

  @Test
  void aDefaultMissingAuditWithDataManagementIsCaught() {
    // the six pairs typed by hand with one audit pair forgotten
    DutyPostPair forgotten = DutyPostPair.of(DutyPost.AUDIT, DutyPost.DATA_MANAGEMENT);
    CquiRules broken = violations(REAL, roster -> v -> !v.pair().equals(forgotten));
    assertTheLawFinds(
        "the audit-only reading's violations are among the default's",
        ControlGens.rosterCases(),
        c -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(broken, AUDIT_ONLY, c));
  }
}
