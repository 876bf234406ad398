package io.github.cqui.rules.testing;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.SegregationViolation;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.control.ViolationGround;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.ControlGens.AssignmentPair;
import io.github.cqui.rules.testing.ControlGens.ContributionCase;
import io.github.cqui.rules.testing.ControlGens.RosterCase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laws of the control rules (渝人社办〔2025〕112号 三(一), 一(五), 四), as plain checks that throw {@link
 * AssertionError}: run them with {@link Property} over {@link ControlGens}, or with any engine,
 * against any {@link CquiRules}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ControlLaws {

  private ControlLaws() {}

  // ---------------------------------------------------------------- short contribution, 三(一)

  /**
   * A record whose last run is at least the threshold of the edition in force on the application
   * date is never high-risk (三(一): 「不足4个月」; I-19); an application under an edition without a
   * threshold is not assessed.
   *
   * @param rules the rules under test
   * @param c a record with the true length of its last run, e.g. from {@link
   *     ControlGens#contributionCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void aLastRunOfAtLeastTheThresholdIsNeverHighRisk(
      CquiRules rules, ContributionCase c) {
    ShortContributionRisk risk = rules.controls().shortContributionRisk(c.record());
    Optional<Integer> threshold = threshold(rules, c.record());
    check(
        risk.thresholdMonths().equals(threshold),
        "%s: threshold %s, but the edition in force sets %s",
        c,
        risk.thresholdMonths(),
        threshold);
    if (threshold.isEmpty()) {
      check(
          risk.assessment() == RiskAssessment.NOT_ASSESSED,
          "%s: no threshold in force, but %s",
          c,
          risk.assessment());
      return;
    }
    if (c.lastRunMonths() >= threshold.get()) {
      check(
          risk.assessment() != RiskAssessment.HIGH_RISK,
          "%s: a last run of %d months against a threshold of %d is high-risk",
          c,
          c.lastRunMonths(),
          threshold.get());
    }
  }

  /**
   * A record whose last run is shorter than the threshold in force is high-risk, and the evidence
   * of a genuine employment relationship is requested (三(一); I-19, I-4).
   *
   * @param rules the rules under test
   * @param c a record with the true length of its last run, e.g. from {@link
   *     ControlGens#contributionCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void aLastRunShorterThanTheThresholdIsHighRisk(
      CquiRules rules, ContributionCase c) {
    Optional<Integer> threshold = threshold(rules, c.record());
    if (threshold.isEmpty() || c.lastRunMonths() >= threshold.get()) {
      return;
    }
    ShortContributionRisk risk = rules.controls().shortContributionRisk(c.record());
    check(
        risk.assessment() == RiskAssessment.HIGH_RISK,
        "%s: a last run of %d months against a threshold of %d is %s",
        c,
        c.lastRunMonths(),
        threshold.get(),
        risk.assessment());
    check(!risk.requestedEvidence().isEmpty(), "%s: high-risk without evidence requested", c);
  }

  /**
   * Extending the last run by one month paid in time — the month after it, if that is not after the
   * separation month, else the month before it — never makes a record high-risk that was not (I-19:
   * the run counts months whatever the employer; {@code employer} pays the added month).
   *
   * @param rules the rules under test
   * @param c a record with the true length of its last run, e.g. from {@link
   *     ControlGens#contributionCases()}; an empty record holds trivially
   * @param employer the employer who pays the added month, on its first day; not blank
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void extendingTheLastRunNeverMakesItHighRisk(
      CquiRules rules, ContributionCase c, String employer) {
    Optional<YearMonth> end = c.lastRunEnd();
    if (end.isEmpty()) {
      return;
    }
    ContributionRecord record = c.record();
    ShortContributionRisk before = rules.controls().shortContributionRisk(record);
    if (before.assessment() == RiskAssessment.HIGH_RISK) {
      return;
    }
    YearMonth added =
        end.get().isBefore(YearMonth.from(record.separationDate()))
            ? end.get().plusMonths(1)
            : end.get().minusMonths(c.lastRunMonths());
    List<ContributionMonth> months = new ArrayList<>(record.months());
    months.add(ContributionMonth.of(added, employer, added.atDay(1)));
    ContributionRecord extended =
        ContributionRecord.of(record.separationDate(), record.applicationDate(), months);
    ShortContributionRisk after = rules.controls().shortContributionRisk(extended);
    check(
        after.assessment() != RiskAssessment.HIGH_RISK,
        "%s: %s, but high-risk with %s added (paid by %s)",
        c,
        before.assessment(),
        added,
        employer);
  }

  private static Optional<Integer> threshold(CquiRules rules, ContributionRecord record) {
    return rules
        .editions()
        .findParameterOn(record.applicationDate(), ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS)
        .map(PolicyParameter::value);
  }

  // ---------------------------------------------------------------- concurrent benefits, 一(五)

  /**
   * The concurrent-benefit check and the ledger are one rule (I-14, I-15): for every month the
   * ledger of the claim as given pays, the ledger of the claim with the request's other benefits
   * added (each basic pension or 病残津贴 a stop event on its first day, each 灵活就业社保补贴 its months) pays
   * it exactly when the check finds it payable — no overlap, or the month a pension or 病残津贴 began —
   * and makes it NOT_PAYABLE exactly when the check says so. The overpayment of an overlap never
   * exceeds what was paid. Holds with the default I-14 switch, under which the earliest event is
   * also the one with the earliest last payable month.
   *
   * @param rules the rules under test, with the default I-14 switch
   * @param request the claim and the other benefits, e.g. from {@link
   *     ControlGens#concurrentBenefitsRequests()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void concurrentMonthsAgreeWithTheLedger(
      CquiRules rules, ConcurrentBenefitsRequest request) {
    ConcurrentBenefits result = rules.controls().concurrentBenefits(request);
    ClaimHistory claim = request.claim();
    BenefitLedger asGiven = rules.benefits().ledger(claim);
    ClaimHistory.Builder folded = ClaimHistory.builder().from(claim);
    for (OtherBenefitPeriod period : request.otherBenefits()) {
      Optional<StopEventType> type = period.kind().stopEventType();
      if (type.isPresent()) {
        StopEvent event = StopEvent.of(type.get(), period.from());
        if (!claim.stopEvents().contains(event)) {
          folded.addStopEvents(event);
        }
      } else {
        YearMonth from = YearMonth.from(period.from());
        YearMonth to =
            period.to().map(YearMonth::from).orElse(YearMonth.from(period.from()).plusYears(5));
        folded.addSubsidyPeriods(SubsidyPeriod.of(from, to));
      }
    }
    Map<YearMonth, LedgerLine> foldedLines = new HashMap<>();
    rules.benefits().ledger(folded.build()).lines().forEach(l -> foldedLines.put(l.month(), l));
    Map<YearMonth, BenefitOverlap> overlaps = new HashMap<>();
    for (BenefitOverlap overlap : result.overlaps()) {
      overlaps.put(overlap.month(), overlap);
      check(
          overlap.overpayment().compareTo(overlap.actual().orElse(overlap.overpayment())) <= 0
              && !overlap.overpayment().isNegative(),
          "%s: overpayment %s of %s paid",
          overlap.month(),
          overlap.overpayment(),
          overlap.actual());
    }
    for (LedgerLine line : asGiven.lines()) {
      if (line.status() != LedgerStatus.PAID) {
        continue;
      }
      BenefitOverlap overlap = overlaps.get(line.month());
      boolean payable =
          overlap == null || overlap.consequence() == OverlapConsequence.EVENT_MONTH_PAID;
      LedgerLine foldedLine = foldedLines.get(line.month());
      LedgerStatus foldedStatus = foldedLine == null ? LedgerStatus.STOPPED : foldedLine.status();
      check(
          payable == (foldedStatus == LedgerStatus.PAID),
          "%s: the check says %s, the ledger with the other benefits says %s",
          line.month(),
          overlap == null ? "no overlap" : overlap.consequence(),
          foldedStatus);
      boolean notPayable =
          overlap != null && overlap.consequence() == OverlapConsequence.NOT_PAYABLE;
      check(
          notPayable == (foldedStatus == LedgerStatus.NOT_PAYABLE),
          "%s: the check says %s, the ledger with the other benefits says %s",
          line.month(),
          overlap == null ? "no overlap" : overlap.consequence(),
          foldedStatus);
    }
  }

  // ---------------------------------------------------------------- segregation of duties, 四

  /**
   * Violations are symmetric in the two posts (四; I-21): two assignments of one person with their
   * posts swapped — dates, kinds and everything else kept — give the same violations (person, pair,
   * days, grounds, ongoing).
   *
   * @param rules the rules under test
   * @param pair two assignments of one person to two posts, and the date asked for
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void violationsAreSymmetricInTheTwoPosts(CquiRules rules, AssignmentPair pair) {
    PostAssignment one = pair.one();
    PostAssignment other = pair.other();
    PostAssignment oneSwapped = withPost(one, other.post());
    PostAssignment otherSwapped = withPost(other, one.post());
    List<String> given = keys(rules, StaffRoster.of(List.of(one, other)), pair.asOf());
    List<String> swapped =
        keys(rules, StaffRoster.of(List.of(oneSwapped, otherSwapped)), pair.asOf());
    check(given.equals(swapped), "%s: %s, but with the posts swapped %s", pair, given, swapped);
  }

  /**
   * The violations do not depend on the order of the roster (四; I-21): the roster reversed, and
   * rotated by {@code rotation}, gives the same violations, in the same order.
   *
   * @param rules the rules under test
   * @param c the roster and the date asked for
   * @param rotation the distance to rotate the roster by, any value ({@link
   *     Collections#rotate(List, int)} takes it modulo the roster's size)
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void violationsAreUnchangedByReorderingTheAssignments(
      CquiRules rules, RosterCase c, int rotation) {
    List<PostAssignment> assignments = c.roster().assignments();
    List<SegregationViolation> given =
        rules.controls().segregationOfDuties(c.roster(), c.asOf()).violations();
    List<PostAssignment> reversed = new ArrayList<>(assignments);
    Collections.reverse(reversed);
    List<PostAssignment> rotated = new ArrayList<>(assignments);
    Collections.rotate(rotated, rotation);
    for (List<PostAssignment> reordered : List.of(reversed, rotated)) {
      List<SegregationViolation> found =
          rules.controls().segregationOfDuties(StaffRoster.of(reordered), c.asOf()).violations();
      check(
          given.equals(found),
          "%s as of %s: %s, but reordered %s",
          assignments,
          c.asOf(),
          given,
          found);
    }
  }

  /**
   * Removing an assignment never adds a violation (四; I-21): every violation of the roster without
   * assignment {@code index} is a violation of the whole roster.
   *
   * @param rules the rules under test
   * @param c the roster and the date asked for; an empty roster holds trivially
   * @param index the assignment to remove, any value, taken modulo the roster's size
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void removingAnAssignmentNeverAddsAViolation(
      CquiRules rules, RosterCase c, int index) {
    List<PostAssignment> assignments = c.roster().assignments();
    if (assignments.isEmpty()) {
      return;
    }
    List<PostAssignment> fewer = new ArrayList<>(assignments);
    PostAssignment removed = fewer.remove(Math.floorMod(index, assignments.size()));
    List<SegregationViolation> whole =
        rules.controls().segregationOfDuties(c.roster(), c.asOf()).violations();
    List<SegregationViolation> found =
        rules.controls().segregationOfDuties(StaffRoster.of(fewer), c.asOf()).violations();
    for (SegregationViolation violation : found) {
      check(
          whole.contains(violation),
          "%s as of %s: without %s, %s appears",
          assignments,
          c.asOf(),
          removed,
          violation);
    }
  }

  /**
   * The audit-only reading's violations are among the default's (I-21): the two rules differ only
   * in {@code segregationReading}, and each violation under the audit-only reading is found, with
   * the same person, pair, days and assignments, under the six-pair default.
   *
   * @param sixPairs the rules under test, reading I-21 as {@link SegregationReading#SIX_PAIRS}
   * @param auditOnly the same rules reading I-21 as {@link SegregationReading#AUDIT_ONLY}
   * @param c the roster and the date asked for
   * @throws AssertionError if the rules read I-21 otherwise or the law does not hold, with a
   *     message naming the inputs
   */
  public static void auditOnlyViolationsAreAmongTheDefaults(
      CquiRules sixPairs, CquiRules auditOnly, RosterCase c) {
    check(
        sixPairs.switches().segregationReading() == SegregationReading.SIX_PAIRS
            && auditOnly.switches().segregationReading() == SegregationReading.AUDIT_ONLY,
        "the rules must read I-21 as SIX_PAIRS and AUDIT_ONLY, not %s and %s",
        sixPairs.switches().segregationReading(),
        auditOnly.switches().segregationReading());
    List<String> byDefault = new ArrayList<>();
    for (SegregationViolation v :
        sixPairs.controls().segregationOfDuties(c.roster(), c.asOf()).violations()) {
      byDefault.add(withoutReading(v));
    }
    for (SegregationViolation v :
        auditOnly.controls().segregationOfDuties(c.roster(), c.asOf()).violations()) {
      check(
          byDefault.contains(withoutReading(v)),
          "%s as of %s: the audit-only reading finds %s, the default does not",
          c.roster().assignments(),
          c.asOf(),
          v);
    }
  }

  /** The same assignment to another post. */
  static PostAssignment withPost(PostAssignment assignment, DutyPost post) {
    return PostAssignment.builder()
        .person(assignment.person())
        .post(post)
        .from(assignment.from())
        .to(assignment.to())
        .kind(assignment.kind())
        .build();
  }

  /** Each violation as person, pair, days, grounds and whether ongoing, in the result's order. */
  private static List<String> keys(CquiRules rules, StaffRoster roster, LocalDate asOf) {
    List<String> keys = new ArrayList<>();
    for (SegregationViolation v : rules.controls().segregationOfDuties(roster, asOf).violations()) {
      keys.add(
          v.person()
              + " "
              + v.pair()
              + " "
              + v.from()
              + ".."
              + v.to()
              + " "
              + v.grounds()
              + (v.ongoing() ? " ongoing" : ""));
    }
    return keys;
  }

  /** A violation with the reading's ground left out (the rest of its grounds kept). */
  private static String withoutReading(SegregationViolation v) {
    List<ViolationGround> grounds = new ArrayList<>(v.grounds());
    grounds.remove(ViolationGround.SIX_PAIRS);
    grounds.remove(ViolationGround.AUDIT_ONLY);
    return v.person()
        + " "
        + v.pair()
        + " "
        + v.firstAssignment()
        + " "
        + v.secondAssignment()
        + " "
        + v.from()
        + ".."
        + v.to()
        + " "
        + grounds;
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
