package io.github.cqui.examples.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.examples.CaseFile;
import io.github.cqui.examples.CaseResult;
import io.github.cqui.examples.CaseReview;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per rule of the Chongqing rules, one for a whole case file, and two of the service's
 * own: each {@code POST} takes the rule's input (or a {@link ServiceRequests} wrapper of several)
 * in the library's JSON and answers the rule's result, explanation included, in the same form.
 * Refusals are problem details ({@link ProblemHandler}).
 *
 * <p>Stateless: the rules are built once at start-up and shared by every request (immutable and
 * thread-safe).
 */
@RestController
class RulesController {

  private final Chongqing rules;

  RulesController(Chongqing rules) {
    this.rules = rules;
  }

  // ---- deadlines (一(二), 一(五); I-1, I-3, I-18) ----

  @PostMapping("/v1/deadlines/review")
  ReviewDeadline review(@RequestBody ReviewRequest request) {
    return rules.deadlines().reviewDeadline(request);
  }

  @PostMapping("/v1/deadlines/review-status")
  ReviewStatus reviewStatus(@RequestBody ServiceRequests.ReviewStatus request) {
    return rules.deadlines().reviewStatus(request.review(), request.asOf());
  }

  @PostMapping("/v1/deadlines/resubmission")
  Resubmission resubmission(@RequestBody ServiceRequests.Resubmission request) {
    return rules.deadlines().resubmission(request.first(), request.supplement());
  }

  @PostMapping("/v1/deadlines/report")
  ReportDeadline report(@RequestBody StopEventReport request) {
    return rules.deadlines().reportDeadline(request);
  }

  // ---- the 稳岗返还 public notice (二(一); I-20) ----

  @PostMapping("/v1/notices/period")
  PublicNoticePeriod noticePeriod(@RequestBody ServiceRequests.NoticePeriod request) {
    return rules.notices().publicNotice(request.publishedOn());
  }

  @PostMapping("/v1/notices/entry-status")
  NoticeEntryStatus noticeEntryStatus(@RequestBody ServiceRequests.NoticeEntryStatus request) {
    return rules
        .notices()
        .noticeEntryStatus(request.notice(), request.confirmedOn(), request.asOf());
  }

  // ---- recovery (三(四); I-16, I-17, I-24) ----

  @PostMapping("/v1/recovery/enforcement-timeline")
  EnforcementTimeline enforcementTimeline(@RequestBody EnforcementRequest request) {
    return rules.recovery().enforcementTimeline(request);
  }

  @PostMapping("/v1/recovery/enforcement-step")
  EnforcementStep enforcementStep(@RequestBody ServiceRequests.EnforcementStep request) {
    return rules.recovery().enforcementStep(request.timeline(), request.asOf());
  }

  @PostMapping("/v1/recovery/debt")
  ServiceRequests.DebtAnswer debt(@RequestBody ServiceRequests.Debt request) {
    return new ServiceRequests.DebtAnswer(
        rules.recovery().overpaymentDebt(request.claim(), request.establishedOn()));
  }

  @PostMapping("/v1/recovery/schedule")
  RecoverySchedule schedule(@RequestBody ServiceRequests.Schedule request) {
    return rules.recovery().schedule(request.debt(), request.plan());
  }

  @PostMapping("/v1/recovery/status")
  RecoveryStatus recoveryStatus(@RequestBody ServiceRequests.RecoveryStatus request) {
    return rules.recovery().status(request.schedule(), request.history());
  }

  // ---- benefits (条例 arts 20, 24; 一(四), 一(五); I-6 … I-15, I-23) ----

  @PostMapping("/v1/benefits/entitlement")
  Entitlement entitlement(@RequestBody EntitlementRequest request) {
    return rules.entitlements().entitlement(request);
  }

  @PostMapping("/v1/benefits/ledger")
  BenefitLedger ledger(@RequestBody ClaimHistory request) {
    return rules.benefits().ledger(request);
  }

  @PostMapping("/v1/benefits/retirement")
  StatutoryRetirement retirement(@RequestBody ServiceRequests.Retirement request) {
    return rules.benefits().statutoryRetirement(request.birthMonth(), request.category());
  }

  // ---- the medical premium (一(三); I-12, I-13, I-24) ----

  @PostMapping("/v1/premium/reimbursement")
  PremiumReimbursement reimbursement(@RequestBody ReimbursementRequest request) {
    return rules.premium().reimbursement(request);
  }

  // ---- controls (三(一), 三(二), 四; I-19, I-21) ----

  @PostMapping("/v1/controls/short-contribution")
  ShortContributionRisk shortContribution(@RequestBody ContributionRecord request) {
    return rules.controls().shortContributionRisk(request);
  }

  @PostMapping("/v1/controls/concurrent-benefits")
  ConcurrentBenefits concurrentBenefits(@RequestBody ConcurrentBenefitsRequest request) {
    return rules.controls().concurrentBenefits(request);
  }

  @PostMapping("/v1/controls/segregation")
  SegregationCheck segregation(@RequestBody ServiceRequests.Segregation request) {
    return rules.controls().segregationOfDuties(request.roster(), request.asOf());
  }

  // ---- a whole case ----

  /**
   * What the case report computes for a case file: the review deadline of the application and the
   * ledger of the claim, in the form of {@code CaseReport case FILE --json}. A refusal of the rules
   * names the field by its path in the case file ({@code claim.verifications[0].verifiedOn}). A
   * review deadline in a year whose holiday notice is not loaded is {@code "reviewPending"} with
   * why, and the ledger is answered (INTERPRETATIONS I-5).
   */
  @PostMapping("/v1/cases")
  CaseResult caseReport(@RequestBody CaseFile request) {
    CaseReview review = inPart("application", () -> CaseReview.of(rules, request.application()));
    BenefitLedger ledger = inPart("claim", () -> rules.benefits().ledger(request.claim()));
    return new CaseResult(review, ledger);
  }

  /** A refusal of the rules for a part of the case, with the field named from the case's root. */
  private static <T> T inPart(String part, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(part + "." + e.field(), e.value(), e.rule());
    }
  }

  // ---- the service's own ----

  /** The rules in use: the interpretation switches and the calendar's coverage. */
  @GetMapping("/v1/rules")
  RulesInUse rulesInUse() {
    WorkingDayCalendar calendar = rules.calendar();
    return new RulesInUse(
        rules.switches(),
        new RulesInUse.Calendar(
            calendar.firstCoveredDay(),
            calendar.lastPublishedDay(),
            calendar.lastCoveredDay(),
            calendar.latestNotice().number(),
            rules.switches().coverageMode()));
  }

  /**
   * The no-op endpoint, there for the benchmark ({@code ServiceBenchmark}) and not a rule: a small
   * JSON object read and written back, no rule called, so that its rate is the framework's own cost
   * of a JSON request (request wrapper, strict reading, filters and problem details included).
   */
  @PostMapping("/v1/echo")
  ServiceRequests.Echo echo(@RequestBody ServiceRequests.Echo request) {
    return request;
  }

  /**
   * The no-op endpoint with a large answer, there for the benchmark: a small JSON object read, its
   * text written back {@code times} times over, no rule called, so that its rate is the framework's
   * own cost of a JSON request with an answer as large as a rule's.
   */
  @PostMapping("/v1/echo/repeated")
  ServiceRequests.Echo repeatedEcho(@RequestBody ServiceRequests.RepeatedEcho request) {
    return new ServiceRequests.Echo(request.text().repeat(request.times()));
  }

  /**
   * The answer of {@code GET /v1/rules}.
   *
   * @param switches the interpretation switches every answer is computed with
   * @param calendar the working-day calendar's coverage
   */
  @JsonPropertyOrder({"switches", "calendar"})
  record RulesInUse(InterpretationSwitches switches, Calendar calendar) {

    /**
     * The calendar's coverage (I-5).
     *
     * @param firstCoveredDay the first day of the first notice year loaded
     * @param lastPublishedDay the last day of the last notice year loaded
     * @param lastCoveredDay the last day answered: {@code lastPublishedDay}, or the last day
     *     projected in the provisional coverage mode
     * @param latestNotice the number of the last State Council notice loaded
     * @param coverageMode what a date after {@code lastPublishedDay} gets
     */
    @JsonPropertyOrder({
      "firstCoveredDay",
      "lastPublishedDay",
      "lastCoveredDay",
      "latestNotice",
      "coverageMode"
    })
    record Calendar(
        LocalDate firstCoveredDay,
        LocalDate lastPublishedDay,
        LocalDate lastCoveredDay,
        String latestNotice,
        CoverageMode coverageMode) {}
  }
}
