package io.github.cqui.examples.suite;

import static io.github.cqui.examples.suite.Desks.DESK;
import static io.github.cqui.examples.suite.Desks.DESK_RULES;
import static io.github.cqui.examples.suite.Desks.RULES;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.BenefitGens;
import io.github.cqui.rules.testing.CalendarGens;
import io.github.cqui.rules.testing.CalendarLaws;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.ControlLaws;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.EntitlementLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.PremiumLaws;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.RecoveryGens;
import io.github.cqui.rules.testing.RecoveryLaws;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Step 2: the laws of each area, run with the kit's runner against the desk — its deadlines through
 * its intake ({@link DeskRules}), everything else on its own rule set (its calendar with the 2027
 * file, its office-hours cut-off). One JUnit test per law; a passing law prints nothing. The number
 * of cases follows {@code -Dcqui.tries} (300 in the build), the seed {@code -Dcqui.seed}.
 */
class LawsOfEachAreaTest {

  /** An application and a number of days later. */
  record Later(ReviewRequest request, int days) {}

  /** Deadlines (一(二), 一(五)) and enforcement (I-17), asked of the desk. */
  @Nested
  class Deadlines {

    private final Gen<ReviewRequest> applications = DeadlineGens.reviewRequests(DESK_RULES);

    @Test
    void reviewDeadlineCountsExactlyItsWorkingDays() {
      Property.forAll("the desk's review deadline counts its working days", applications)
          .check(r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(DESK_RULES, r));
    }

    @Test
    void reviewDeadlineIsMonotoneWithinAnEdition() {
      Property.forAll(
              "the desk's review deadline is monotone in the receipt date",
              Gen.zip(applications, Gen.ints(0, 30), Later::new))
          .check(
              c ->
                  DeadlineLaws.reviewDeadlineIsMonotoneWithinAnEdition(
                      DESK_RULES, c.request(), c.days()));
    }

    @Test
    void resubmissionIsNeverBeforeTheFirst() {
      Property.forAll(
              "at the desk a resubmission is never due before the first review",
              Gen.zip(applications, Gen.ints(0, 30), Later::new))
          .check(
              c ->
                  DeadlineLaws.resubmissionIsNeverBeforeTheFirst(
                      DESK_RULES, c.request(), c.days()));
    }

    @Test
    void reportDeadlineCountsExactlyItsWorkingDays() {
      Property.forAll(
              "a stop event's report deadline counts its working days",
              DeadlineGens.stopEventReports(DESK_RULES))
          .check(e -> DeadlineLaws.reportDeadlineCountsExactlyItsWorkingDays(DESK_RULES, e));
    }

    @Test
    void courtApplicationIsNeverEarly() {
      Property.forAll(
              "a court application is never early", DeadlineGens.enforcementRequests(DESK_RULES))
          .check(r -> DeadlineLaws.courtApplicationIsNeverEarly(DESK_RULES, r));
    }

    @Test
    void theDeskAgreesWithItsRules() {
      Property.forAll("the desk agrees with its rules", DeskGens.applications(DESK.rules()))
          .check(r -> DeskLaws.theDeskAgreesWithItsRules(DESK, r));
    }
  }

  /** The 稳岗返还 public notice (二(一), I-20): the kit's generator, the tester's own law. */
  @Nested
  class Notice {

    @Test
    void noticeEndsOnItsDayOrTheNextWorkingDay() {
      Property.forAll(
              "a notice ends on its day or the next working day",
              DeadlineGens.publicationDates(RULES))
          .check(d -> DeskLaws.noticeEndsOnItsDayOrTheNextWorkingDay(RULES, d));
    }
  }

  /** The benefit ledger (一(四), 一(五)). */
  @Nested
  class Ledger {

    private final Gen<ClaimHistory> claims = LedgerGens.claimHistories();

    /** A claim and a month of its record to cut it at. */
    record Cut(ClaimHistory history, YearMonth month) {}

    @Test
    void monthsUsedAndLeftAddUp() {
      Property.forAll("months used and left add up", claims)
          .check(h -> LedgerLaws.monthsUsedAndLeftAddUp(RULES, h));
    }

    @Test
    void nothingIsPaidWhenItMayNotBe() {
      Property.forAll("nothing is paid when it may not be", claims)
          .check(h -> LedgerLaws.nothingIsPaidWhenItMayNotBe(RULES, h));
    }

    @Test
    void resumptionIsTheMonthAfterReVerification() {
      Property.forAll("resumption is the month after re-verification", claims)
          .check(h -> LedgerLaws.resumptionIsTheMonthAfterReVerification(RULES, h));
    }

    @Test
    void theEndMovesByTheDeferredMonths() {
      Property.forAll("the end moves by the deferred months", claims)
          .check(h -> LedgerLaws.theEndMovesByTheDeferredMonths(RULES, h));
    }

    @Test
    void aLaterMonthNeverChangesAnEarlierLine() {
      Gen<Cut> cuts =
          claims.flatMap(
              h ->
                  Gen.ints(0, 30)
                      .map(k -> new Cut(h, YearMonth.from(h.registrationDate()).plusMonths(k))));
      Property.forAll("a later month never changes an earlier line", cuts)
          .check(
              c -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(RULES, c.history(), c.month()));
    }
  }

  /** The months of entitlement (条例 art 24; 社会保险法 art 46; I-23). */
  @Nested
  class Entitlement {

    private final Gen<EntitlementRequest> requests = BenefitGens.entitlementRequests(RULES);

    /** A request and more months of contribution. */
    record More(EntitlementRequest request, int months) {}

    @Test
    void totalNeverExceedsTheCap() {
      Property.forAll("the total never exceeds the cap", requests)
          .check(r -> EntitlementLaws.totalNeverExceedsTheCap(RULES, r));
    }

    @Test
    void totalCoversTheTableMonthsWhenEligible() {
      Property.forAll("the total covers the table months when eligible", requests)
          .check(r -> EntitlementLaws.totalCoversTheTableMonthsWhenEligible(RULES, r));
    }

    @Test
    void monotoneInContributionMonths() {
      Property.forAll(
              "more contribution never gives fewer months",
              Gen.zip(requests, Gen.ints(0, 120), More::new))
          .check(c -> EntitlementLaws.monotoneInContributionMonths(RULES, c.request(), c.months()));
    }

    @Test
    void eligibleIffAYearOfContribution() {
      Property.forAll("eligible iff a year of contribution", requests)
          .check(r -> EntitlementLaws.eligibleIffAYearOfContribution(RULES, r));
    }

    @Test
    void tableMonthsWithinTheNationalMaxima() {
      Property.forAll("the table months are within the national maxima", requests)
          .check(r -> EntitlementLaws.tableMonthsWithinTheNationalMaxima(RULES, r));
    }
  }

  /** The medical-premium reimbursement (一(三); I-12, I-13, I-24). */
  @Nested
  class Premium {

    @Test
    void eachMonthIsTheLesserOfActualAndStandard() {
      Property.forAll(
              "each month is the lesser of actual and standard",
              PremiumGens.reimbursementRequests())
          .check(r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(RULES, r));
    }

    @Test
    void nothingForAMonthWithoutBenefit() {
      Property.forAll("nothing for a month without benefit", PremiumGens.reimbursementRequests())
          .check(r -> PremiumLaws.nothingForAMonthWithoutBenefit(RULES, r));
    }

    @Test
    void theTotalNeverExceedsEitherSum() {
      Property.forAll("the total never exceeds either sum", PremiumGens.reimbursementRequests())
          .check(r -> PremiumLaws.theTotalNeverExceedsEitherSum(RULES, r));
    }

    @Test
    void everyMonthAppliedForIsAnsweredOnce() {
      Property.forAll(
              "every month applied for is answered once", PremiumGens.reimbursementRequests())
          .check(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(RULES, r));
    }
  }

  /** Recovery of benefits paid in excess (三(四); I-16, I-24). */
  @Nested
  class Recovery {

    private final Gen<RecoveryGens.ScheduleCase> schedules = RecoveryGens.scheduleCases();

    @Test
    void linesSumToTheDebtLessTheShortfall() {
      Property.forAll("the lines sum to the debt less the shortfall", schedules)
          .check(c -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(RULES, c));
    }

    @Test
    void everyLineIsPositive() {
      Property.forAll("every line is positive", schedules)
          .check(c -> RecoveryLaws.everyLineIsPositive(RULES, c));
    }

    @Test
    void theBalanceFallsStrictlyToTheShortfall() {
      Property.forAll("the balance falls strictly to the shortfall", schedules)
          .check(c -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(RULES, c));
    }

    @Test
    void deductionsKeepToTheCapAndToPaidMonths() {
      Property.forAll("deductions keep to the cap and to paid months", schedules)
          .check(c -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(RULES, c));
    }

    @Test
    void noPensionLineWithoutConsent() {
      Property.forAll("no pension line without consent", schedules)
          .check(c -> RecoveryLaws.noPensionLineWithoutConsent(RULES, c));
    }

    @Test
    void instalmentsPlaceTheOddFenAsAgreed() {
      Property.forAll("instalments place the odd fen as agreed", schedules)
          .check(c -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(RULES, c));
    }

    @Test
    void arrearsAgreeWithADayByDayCount() {
      Property.forAll("arrears agree with a day-by-day count", RecoveryGens.statusCases())
          .check(c -> RecoveryLaws.arrearsAgreeWithADayByDayCount(RULES, c));
    }

    @Test
    void theDebtOfAClaimIsItsOverpayments() {
      Property.forAll("the debt of a claim is its overpayments", LedgerGens.claimHistories())
          .check(h -> RecoveryLaws.theDebtOfAClaimIsItsOverpayments(RULES, h));
    }
  }

  /** The internal controls (三(一), 一(五), 四; I-19, I-21). */
  @Nested
  class Control {

    /** The desk's rules read I-21 audit-only, everything else the same. */
    private final CquiRules auditOnly =
        Chongqing.rules(
            RULES.calendar(),
            RULES.editions(),
            InterpretationSwitches.builder()
                .from(RULES.switches())
                .segregationReading(SegregationReading.AUDIT_ONLY)
                .build());

    /** A contribution case and the employer of a month that extends its last run. */
    record Extended(ControlGens.ContributionCase c, String employer) {}

    /** A roster and an index into it. */
    record Roster(ControlGens.RosterCase c, int n) {}

    private final Gen<Roster> rosters =
        Gen.zip(ControlGens.rosterCases(), Gen.ints(0, 9), Roster::new);

    @Test
    void aLastRunOfAtLeastTheThresholdIsNeverHighRisk() {
      Property.forAll(
              "a last run ≥ the threshold is never high-risk", ControlGens.contributionCases())
          .check(c -> ControlLaws.aLastRunOfAtLeastTheThresholdIsNeverHighRisk(RULES, c));
    }

    @Test
    void aLastRunShorterThanTheThresholdIsHighRisk() {
      Property.forAll("a shorter last run is high-risk", ControlGens.contributionCases())
          .check(c -> ControlLaws.aLastRunShorterThanTheThresholdIsHighRisk(RULES, c));
    }

    @Test
    void extendingTheLastRunNeverMakesItHighRisk() {
      Property.forAll(
              "extending the last run never makes it high-risk",
              Gen.zip(
                  ControlGens.contributionCases(),
                  Gen.elementOf(List.of("A公司", "E公司")),
                  Extended::new))
          .check(
              e -> ControlLaws.extendingTheLastRunNeverMakesItHighRisk(RULES, e.c(), e.employer()));
    }

    @Test
    void concurrentMonthsAgreeWithTheLedger() {
      Property.forAll(
              "concurrent benefits agree with the ledger", ControlGens.concurrentBenefitsRequests())
          .check(r -> ControlLaws.concurrentMonthsAgreeWithTheLedger(RULES, r));
    }

    @Test
    void violationsAreSymmetricInTheTwoPosts() {
      Property.forAll("violations are symmetric in the two posts", ControlGens.assignmentPairs())
          .check(p -> ControlLaws.violationsAreSymmetricInTheTwoPosts(RULES, p));
    }

    @Test
    void violationsAreUnchangedByReorderingTheAssignments() {
      Property.forAll("violations are unchanged by reordering the assignments", rosters)
          .check(
              r ->
                  ControlLaws.violationsAreUnchangedByReorderingTheAssignments(
                      RULES, r.c(), r.n()));
    }

    @Test
    void removingAnAssignmentNeverAddsAViolation() {
      Property.forAll("removing an assignment never adds a violation", rosters)
          .check(r -> ControlLaws.removingAnAssignmentNeverAddsAViolation(RULES, r.c(), r.n()));
    }

    @Test
    void auditOnlyViolationsAreAmongTheDefaults() {
      Property.forAll(
              "the audit-only violations are among the default's", ControlGens.rosterCases())
          .check(c -> ControlLaws.auditOnlyViolationsAreAmongTheDefaults(RULES, auditOnly, c));
    }
  }

  /** Working-day arithmetic on the desk's own calendar, 2027 file included. */
  @Nested
  class Calendar {

    private final WorkingDayCalendar calendar = RULES.calendar();
    private final Gen<CalendarGens.StartAndCount> starts =
        CalendarGens.startAndCountWithRoom(calendar, 30);

    /** A start, a count, and where to split the count. */
    record Split(CalendarGens.StartAndCount c, int a) {}

    @Test
    void plusCountsExactlyNWorkingDays() {
      Property.forAll("plus counts exactly n working days", starts)
          .check(c -> CalendarLaws.plusCountsExactlyNWorkingDays(calendar, c));
    }

    @Test
    void plusComposes() {
      Property.forAll(
              "plus composes", starts.flatMap(c -> Gen.ints(1, c.n()).map(a -> new Split(c, a))))
          .check(s -> CalendarLaws.plusComposes(calendar, s.c(), s.a()));
    }

    @Test
    void plusIsMonotone() {
      Property.forAll("plus is monotone", starts)
          .check(c -> CalendarLaws.plusIsMonotone(calendar, c));
    }

    @Test
    void minusInvertsPlus() {
      Property.forAll("minus inverts plus", starts)
          .check(c -> CalendarLaws.minusInvertsPlus(calendar, c));
    }
  }
}
