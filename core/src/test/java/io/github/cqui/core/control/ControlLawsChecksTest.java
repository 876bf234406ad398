package io.github.cqui.core.control;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;
import static io.github.cqui.rules.control.DutyPost.AUDIT;
import static io.github.cqui.rules.control.DutyPost.BUSINESS_OPERATION;
import static io.github.cqui.rules.control.DutyPost.FUND_FINANCE;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.control.AssignmentKind;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.SegregationViolation;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.control.internal.ImmutableBenefitOverlap;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefits;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.control.internal.ImmutableSegregationViolation;
import io.github.cqui.rules.control.internal.ImmutableShortContributionRisk;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.ControlGens.AssignmentPair;
import io.github.cqui.rules.testing.ControlGens.ContributionCase;
import io.github.cqui.rules.testing.ControlGens.RosterCase;
import io.github.cqui.rules.testing.ControlLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link ControlLaws} has its own planted bug: one hand-picked case, one answer of
 * the real rules broken in the way the check exists to catch, and the law must fail with that
 * check's own message — while the same law holds on the real rules for the same case. (The laws run
 * over generated cases in {@link ControlLawsTest}; {@link ControlLawsCatchBrokenRulesTest} shows
 * each law finds some bug.)
 */
class ControlLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();
  private static final CquiRules AUDIT_ONLY =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder()
              .segregationReading(SegregationReading.AUDIT_ONLY)
              .build());

  /**
   * {@code real} with the violations of every segregation check passed through {@code bug}, given
   * the roster asked.
   */
  private static CquiRules violations(
      CquiRules real,
      BiFunction<StaffRoster, List<SegregationViolation>, List<SegregationViolation>> bug) {
    return BrokenRules.of(real)
        .withSegregationOfDuties(
            check ->
                ImmutableSegregationCheck.builder()
                    .from(check)
                    .violations(bug.apply(check.roster(), check.violations()))
                    .build());
  }

  // ------------------------------------------------------------ short contribution, 三(一)

  /**
   * A last run of {@code months} months up to 2025-08, paid by A公司, separated 2025-08-31, applied
   * 2025-09-10 under the edition of 2025-08-01 (threshold 4).
   */
  private static ContributionCase lastRunOf(int months) {
    List<ContributionMonth> paid = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2025, 8).minusMonths(months - 1L);
        !m.isAfter(YearMonth.of(2025, 8));
        m = m.plusMonths(1)) {
      paid.add(ContributionMonth.of(m, "A公司", m.atDay(15)));
    }
    return new ContributionCase(
        ContributionRecord.of(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 10), paid), months);
  }

  /** 「不足4个月」 read as fewer than 3: a run of 3 months is not high-risk, and nothing is asked. */
  private static final CquiRules THRESHOLD_THREE =
      BrokenRules.shortContributionRisk(
          r ->
              ImmutableShortContributionRisk.builder()
                  .from(r)
                  .thresholdMonths(3)
                  .assessment(r.lastRunMonths() < 3 ? r.assessment() : RiskAssessment.NOT_HIGH_RISK)
                  .requestedEvidence(r.lastRunMonths() < 3 ? r.requestedEvidence() : List.of())
                  .build());

  @Test
  void aThresholdOfThreeIsCaughtByALastRunOfAtLeastTheThresholdIsNeverHighRisk() {
    // I-19 "the threshold of the edition in force on the application date": 4, not 3; a run of 5
    // is not high-risk under either, so only the threshold itself shows the misreading
    ContributionCase five = lastRunOf(5);
    assertCaught(
        () -> ControlLaws.aLastRunOfAtLeastTheThresholdIsNeverHighRisk(REAL, five),
        () -> ControlLaws.aLastRunOfAtLeastTheThresholdIsNeverHighRisk(THRESHOLD_THREE, five),
        "threshold Optional[3], but the edition in force sets Optional[4]");
  }

  @Test
  void aThresholdOfThreeIsCaughtByALastRunShorterThanTheThresholdIsHighRisk() {
    // 三(一) 「不足4个月」: a last run of 3 months is high-risk
    ContributionCase three = lastRunOf(3);
    assertCaught(
        () -> ControlLaws.aLastRunShorterThanTheThresholdIsHighRisk(REAL, three),
        () -> ControlLaws.aLastRunShorterThanTheThresholdIsHighRisk(THRESHOLD_THREE, three),
        "a last run of 3 months against a threshold of 4 is NOT_HIGH_RISK");
  }

  // -------------------------------------------------------------- concurrent benefits, 一(五)

  /**
   * Registered 2025-09-10 with 12 months, verified 2025-09 .. 2026-03 and paid 2,000.00 each month
   * but 2026-01, paid 1,500.00; a basic pension from 2025-12-10 (I-14: 2025-12 is still paid,
   * 2026-01 on is stopped, what was paid for it overpaid).
   */
  private static ConcurrentBenefitsRequest pensionFromMidClaim() {
    Money standard = Money.ofYuan("2000.00");
    ImmutableClaimHistory.Builder claim =
        ClaimHistory.builder()
            .registrationDate(LocalDate.of(2025, 9, 10))
            .entitlementMonths(12)
            .tier(BenefitTier.TIER_1)
            .addStandards(BenefitStandard.of(YearMonth.of(2020, 1), BenefitTier.TIER_1, standard))
            .birthMonth(YearMonth.of(1985, 5))
            .category(RetirementCategory.MALE)
            .recordedThrough(YearMonth.of(2026, 3));
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 3));
        m = m.plusMonths(1)) {
      claim.addVerifications(Verification.on(m.atDay(10)));
      claim.addActualPayments(
          ActualPayment.of(
              m, m.equals(YearMonth.of(2026, 1)) ? Money.ofYuan("1500.00") : standard));
    }
    return ConcurrentBenefitsRequest.of(
        claim.build(),
        List.of(
            OtherBenefitPeriod.openFrom(
                OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 10))));
  }

  /** The result with each overlap passed through {@code bug}, its total kept their sum. */
  private static CquiRules eachOverlap(UnaryOperator<BenefitOverlap> bug) {
    return BrokenRules.concurrentBenefits(
        result -> {
          List<BenefitOverlap> overlaps = result.overlaps().stream().map(bug).toList();
          return ImmutableConcurrentBenefits.builder()
              .from(result)
              .overlaps(overlaps)
              .totalOverpayment(
                  Money.total(overlaps.stream().map(BenefitOverlap::overpayment).toList()))
              .build();
        });
  }

  @Test
  void anOverpaymentAboveWhatWasPaidIsCaughtByConcurrentMonthsAgreeWithTheLedger() {
    // "the overpayment of an overlap never exceeds what was paid": 2026-01 was due 2,000.00 but
    // paid 1,500.00; the planted check recovers what was due
    CquiRules broken =
        eachOverlap(
            o ->
                o.actual().isPresent() && o.consequence() != OverlapConsequence.EVENT_MONTH_PAID
                    ? ImmutableBenefitOverlap.builder().from(o).overpayment(o.dueAsGiven()).build()
                    : o);
    ConcurrentBenefitsRequest request = pensionFromMidClaim();
    assertCaught(
        () -> ControlLaws.concurrentMonthsAgreeWithTheLedger(REAL, request),
        () -> ControlLaws.concurrentMonthsAgreeWithTheLedger(broken, request),
        "2026-01: overpayment 2000.00 of Optional[1500.00] paid");
  }

  @Test
  void aStoppedMonthCalledNotPayableIsCaughtByConcurrentMonthsAgreeWithTheLedger() {
    // I-14 against I-15: after a basic pension the months are stopped, not NOT_PAYABLE as in a
    // month of 灵活就业社保补贴 (neither is payable, so only the NOT_PAYABLE comparison tells them apart)
    CquiRules broken =
        eachOverlap(
            o ->
                o.consequence() == OverlapConsequence.STOPPED
                    ? ImmutableBenefitOverlap.builder()
                        .from(o)
                        .consequence(OverlapConsequence.NOT_PAYABLE)
                        .stoppedBy(Optional.empty())
                        .build()
                    : o);
    ConcurrentBenefitsRequest request = pensionFromMidClaim();
    assertCaught(
        () -> ControlLaws.concurrentMonthsAgreeWithTheLedger(REAL, request),
        () -> ControlLaws.concurrentMonthsAgreeWithTheLedger(broken, request),
        "2026-01: the check says NOT_PAYABLE, the ledger with the other benefits says STOPPED");
  }

  // ------------------------------------------------------------ segregation of duties, 四

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** zhang.san: audit throughout, business operation 2025-03-01 .. 2025-05-31. */
  private static final PostAssignment ZHANG_AUDIT =
      PostAssignment.openFrom("zhang.san", AUDIT, LocalDate.of(2025, 1, 1));

  private static final PostAssignment ZHANG_BUSINESS =
      PostAssignment.of(
          "zhang.san", BUSINESS_OPERATION, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31));

  /** li.si: fund finance only. */
  private static final PostAssignment LI_FINANCE =
      PostAssignment.openFrom("li.si", FUND_FINANCE, LocalDate.of(2024, 7, 1));

  /** A forbidden pair looked up in the order the roster lists the two assignments. */
  private static final BiFunction<
          StaffRoster, List<SegregationViolation>, List<SegregationViolation>>
      ORDERED_LOOKUP =
          (roster, violations) ->
              violations.stream()
                  .filter(
                      v ->
                          roster.assignments().indexOf(v.firstAssignment())
                              < roster.assignments().indexOf(v.secondAssignment()))
                  .toList();

  @Test
  void anOrderedPairLookupIsCaughtByViolationsAreUnchangedByReorderingWhenReversed() {
    // 四, I-21: the roster's order is not the office's; rotated by 0 the roster is unchanged, so
    // only the reversed roster shows the bug
    RosterCase c = new RosterCase(StaffRoster.of(List.of(ZHANG_AUDIT, ZHANG_BUSINESS)), AS_OF);
    CquiRules broken = violations(REAL, ORDERED_LOOKUP);
    assertCaught(
        () -> ControlLaws.violationsAreUnchangedByReorderingTheAssignments(REAL, c, 0),
        () -> ControlLaws.violationsAreUnchangedByReorderingTheAssignments(broken, c, 0),
        "[SIX_PAIRS], ongoing=false}], but reordered []");
  }

  @Test
  void neighboursOnlyAreCaughtByViolationsAreUnchangedByReorderingWhenRotated() {
    // 四, I-21: each assignment compared only with its neighbours in the roster; zhang.san's two
    // assignments lie apart, li.si's between them, in the roster as given and reversed alike, so
    // only the roster rotated by one (zhang.san's business operation, audit, li.si) shows the bug
    RosterCase c =
        new RosterCase(StaffRoster.of(List.of(ZHANG_AUDIT, LI_FINANCE, ZHANG_BUSINESS)), AS_OF);
    CquiRules broken =
        violations(
            REAL,
            (roster, violations) ->
                violations.stream()
                    .filter(
                        v ->
                            Math.abs(
                                    roster.assignments().indexOf(v.firstAssignment())
                                        - roster.assignments().indexOf(v.secondAssignment()))
                                == 1)
                    .toList());
    assertCaught(
        () -> ControlLaws.violationsAreUnchangedByReorderingTheAssignments(REAL, c, 1),
        () -> ControlLaws.violationsAreUnchangedByReorderingTheAssignments(broken, c, 1),
        AS_OF + ": [], but reordered [");
  }

  @Test
  void anOrderedPairLookupIsCaughtBySymmetricInTheTwoPostsNamingTheViolationOngoing() {
    // 四, I-21: wang.wu in business operation, acting in fund finance since 2026-03-01, still on
    // 2026-06-30; the forbidden pair is looked up in the roster's order, so found in one
    // orientation only. The law compares person, pair, days, grounds and whether ongoing, and
    // reports the violation as ongoing
    PostAssignment business =
        PostAssignment.openFrom("wang.wu", BUSINESS_OPERATION, LocalDate.of(2025, 1, 1));
    PostAssignment acting =
        PostAssignment.builder()
            .person("wang.wu")
            .post(FUND_FINANCE)
            .from(LocalDate.of(2026, 3, 1))
            .kind(AssignmentKind.ACTING)
            .build();
    AssignmentPair pair = new AssignmentPair(business, acting, AS_OF);
    CquiRules broken = violations(REAL, ORDERED_LOOKUP);
    assertCaught(
        () -> ControlLaws.violationsAreSymmetricInTheTwoPosts(REAL, pair),
        () -> ControlLaws.violationsAreSymmetricInTheTwoPosts(broken, pair),
        "[wang.wu BUSINESS_OPERATION+FUND_FINANCE 2026-03-01..2026-06-30 [SIX_PAIRS] ongoing]");
  }

  @Test
  void twoRulesBothReadingSixPairsAreCaughtByAuditOnlyViolationsAreAmongTheDefaults() {
    // I-21: a comparison of the default with itself would hold whatever the default finds
    RosterCase c = new RosterCase(StaffRoster.of(List.of(ZHANG_AUDIT, ZHANG_BUSINESS)), AS_OF);
    assertCaught(
        () -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(REAL, AUDIT_ONLY, c),
        () -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(REAL, REAL, c),
        "the rules must read I-21 as SIX_PAIRS and AUDIT_ONLY, not SIX_PAIRS and SIX_PAIRS");
  }

  @Test
  void anAuditOnlyViolationADayLongerIsCaughtByAuditOnlyViolationsAreAmongTheDefaults() {
    // I-21: "with the same person, pair, days and assignments": the audit-only reading counts the
    // last day of zhang.san's business operation one day too far, to 2025-06-01; the default
    // finds the violation to 2025-05-31
    RosterCase c = new RosterCase(StaffRoster.of(List.of(ZHANG_AUDIT, ZHANG_BUSINESS)), AS_OF);
    CquiRules broken =
        violations(
            AUDIT_ONLY,
            (roster, violations) ->
                violations.stream()
                    .map(
                        v ->
                            (SegregationViolation)
                                ImmutableSegregationViolation.builder()
                                    .person(v.person())
                                    .pair(v.pair())
                                    .firstAssignment(v.firstAssignment())
                                    .secondAssignment(v.secondAssignment())
                                    .from(v.from())
                                    .to(v.to().plusDays(1))
                                    .grounds(v.grounds())
                                    .ongoing(v.ongoing())
                                    .build())
                    .toList());
    assertCaught(
        () -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(REAL, AUDIT_ONLY, c),
        () -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(REAL, broken, c),
        "as of 2026-06-30: the audit-only reading finds");
  }
}
