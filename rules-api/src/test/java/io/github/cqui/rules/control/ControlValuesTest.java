package io.github.cqui.rules.control;

import static io.github.cqui.rules.control.DutyPost.AUDIT;
import static io.github.cqui.rules.control.DutyPost.BUSINESS_OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.PendingRemedy;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.control.internal.ImmutableBenefitOverlap;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefits;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitStop;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.control.internal.ImmutableSegregationViolation;
import io.github.cqui.rules.control.internal.ImmutableShortContributionRisk;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.internal.ImmutablePending;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The control package's values refuse what contradicts itself, naming the field (渝人社办〔2025〕112号
 * 三(一), 一(五), 四): requests as they are built, and results, which are built only by the rules and
 * are untrusted when they come back.
 */
class ControlValuesTest {

  private static final LocalDate SEPARATED = LocalDate.of(2025, 8, 31);
  private static final LocalDate APPLIED = LocalDate.of(2025, 9, 10);

  private static void refused(ThrowingCallable call, String field, String ruleFragment) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).contains(ruleFragment);
            });
  }

  private static ContributionMonth paid(int month) {
    return ContributionMonth.of(YearMonth.of(2025, month), "A", LocalDate.of(2025, month, 15));
  }

  @Test
  @DisplayName("三(一): a contribution month names its employer and is paid in or after its month")
  void contributionMonths() {
    refused(
        () -> ContributionMonth.of(YearMonth.of(2025, 7), "", LocalDate.of(2025, 7, 1)),
        "employer",
        "blank");
    refused(
        () -> ContributionMonth.of(YearMonth.of(2025, 7), "A", LocalDate.of(2025, 6, 30)),
        "paidOn",
        "not before it");
    assertThat(ContributionMonth.of(YearMonth.of(2025, 7), "A", LocalDate.of(2025, 7, 1)).month())
        .isEqualTo(YearMonth.of(2025, 7));
  }

  @Test
  @DisplayName("三(一), I-19: a record is refused when it contradicts itself")
  void contributionRecords() {
    refused(
        () -> ContributionRecord.of(SEPARATED, SEPARATED.minusDays(1), List.of()),
        "applicationDate",
        "separationDate");
    assertThat(ContributionRecord.of(SEPARATED, SEPARATED, List.of()).months()).isEmpty();
    refused(
        () -> ContributionRecord.of(SEPARATED, APPLIED, List.of(paid(7), paid(8), paid(7))),
        "months[2].month",
        "months[0]");
    refused(
        () -> ContributionRecord.of(SEPARATED, APPLIED, List.of(paid(9))),
        "months[0].month",
        "after the month of the separation");
    refused(
        () ->
            ContributionRecord.of(
                SEPARATED,
                APPLIED,
                List.of(ContributionMonth.of(YearMonth.of(2025, 8), "A", APPLIED.plusDays(1)))),
        "months[0].paidOn",
        "applicationDate");
    assertThat(
            ContributionRecord.builder()
                .separationDate(SEPARATED)
                .applicationDate(APPLIED)
                .addMonths(ContributionMonth.of(YearMonth.of(2025, 8), "A", APPLIED))
                .build()
                .months())
        .hasSize(1);
  }

  @Test
  @DisplayName("一(五): an other-benefit period, its days and its stop event")
  void otherBenefitPeriods() {
    LocalDate day = LocalDate.of(2025, 10, 10);
    refused(
        () -> OtherBenefitPeriod.of(OtherBenefitKind.BASIC_PENSION, day, day.minusDays(1)),
        "to",
        "before from");
    OtherBenefitPeriod oneDay = OtherBenefitPeriod.of(OtherBenefitKind.BASIC_PENSION, day, day);
    assertThat(oneDay.sharesADayWith(oneDay)).isTrue();
    OtherBenefitPeriod dayAfter =
        OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, day.plusDays(1));
    assertThat(oneDay.sharesADayWith(dayAfter)).isFalse();
    assertThat(dayAfter.sharesADayWith(oneDay)).isFalse();
    OtherBenefitPeriod open = OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, day);
    assertThat(open.sharesADayWith(dayAfter)).isTrue();
    assertThat(dayAfter.sharesADayWith(open)).isTrue();
    assertThat(oneDay).hasToString("BASIC_PENSION 2025-10-10..2025-10-10");
    assertThat(open).hasToString("BASIC_PENSION 2025-10-10..");
    assertThat(OtherBenefitKind.BASIC_PENSION.stopEventType()).contains(StopEventType.PENSION);
    assertThat(OtherBenefitKind.DISABILITY_ALLOWANCE.stopEventType())
        .contains(StopEventType.DISABILITY_ALLOWANCE);
    assertThat(OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY.stopEventType()).isEmpty();
    assertThat(OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY.chineseName()).isEqualTo("灵活就业社保补贴");
  }

  private static ClaimHistory claim(StopEvent... events) {
    return ClaimHistory.builder()
        .registrationDate(LocalDate.of(2025, 9, 3))
        .entitlementMonths(6)
        .tier(BenefitTier.TIER_1)
        .recordedThrough(YearMonth.of(2025, 8))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE)
        .addStopEvents(events)
        .build();
  }

  @Test
  @DisplayName("一(五): one benefit is not received twice over, and has one start")
  void concurrentBenefitsRequests() {
    LocalDate day = LocalDate.of(2025, 10, 10);
    OtherBenefitPeriod pension = OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, day);
    OtherBenefitPeriod subsidy =
        OtherBenefitPeriod.openFrom(OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY, day);
    assertThat(ConcurrentBenefitsRequest.of(claim(), List.of(pension, subsidy)).otherBenefits())
        .hasSize(2);
    refused(
        () ->
            ConcurrentBenefitsRequest.of(
                claim(),
                List.of(
                    subsidy,
                    pension,
                    OtherBenefitPeriod.of(OtherBenefitKind.BASIC_PENSION, day.minusDays(5), day))),
        "otherBenefits[2]",
        "otherBenefits[1]");
    StopEvent recorded = StopEvent.of(StopEventType.PENSION, day);
    assertThat(ConcurrentBenefitsRequest.of(claim(recorded), List.of(pension)).claim().stopEvents())
        .containsExactly(recorded);
    refused(
        () ->
            ConcurrentBenefitsRequest.of(
                claim(StopEvent.of(StopEventType.PENSION, day.plusDays(1))), List.of(pension)),
        "otherBenefits",
        "PENSION stop event on 2025-10-11 (claim.stopEvents[0])");
    // another type, or no period of the benefit: nothing to agree on
    assertThat(
            ConcurrentBenefitsRequest.of(
                    claim(StopEvent.of(StopEventType.RE_EMPLOYMENT, day.plusDays(1))),
                    List.of(pension))
                .otherBenefits())
        .hasSize(1);
    assertThat(
            ConcurrentBenefitsRequest.of(
                    claim(StopEvent.of(StopEventType.PENSION, day.plusDays(1))), List.of(subsidy))
                .otherBenefits())
        .hasSize(1);
  }

  @Test
  @DisplayName("四, I-21: an assignment names its person and does not end before it starts")
  void postAssignments() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    refused(() -> PostAssignment.openFrom("\t", AUDIT, day), "person", "blank");
    refused(() -> PostAssignment.openFrom(" p", AUDIT, day), "person", "white space");
    refused(() -> PostAssignment.of("p", AUDIT, day, day.minusDays(1)), "to", "before it starts");
    PostAssignment assignment = PostAssignment.of("p", AUDIT, day, day);
    assertThat(assignment.kind()).isEqualTo(AssignmentKind.SUBSTANTIVE);
    assertThat(AssignmentKind.ACTING.chineseName()).isEqualTo("代理");
    assertThat(EvidenceKind.WAGE_STATEMENTS.chineseName()).isEqualTo("工资流水");
    assertThat(StaffRoster.of(List.of(assignment)).assignments()).containsExactly(assignment);
  }

  private static ImmutableShortContributionRisk.Builder risk(
      RiskAssessment assessment, int run, int threshold) {
    ImmutableShortContributionRisk.Builder b =
        ImmutableShortContributionRisk.builder()
            .record(ContributionRecord.of(SEPARATED, APPLIED, List.of()))
            .assessment(assessment)
            .lastRunMonths(run)
            .editionFrom(LocalDate.of(2025, 8, 1))
            .backPaidMonthsCounted(false)
            .switches(Map.of())
            .explanation(Explanation.empty());
    for (int m = 1; m <= run; m++) {
      b.addLastRun(paid(m));
    }
    if (assessment != RiskAssessment.NOT_ASSESSED) {
      b.thresholdMonths(threshold);
    }
    if (assessment == RiskAssessment.HIGH_RISK) {
      b.addRequestedEvidence(EvidenceKind.LABOUR_CONTRACT);
    }
    return b;
  }

  @Test
  @DisplayName("三(一): a risk result that contradicts itself is refused")
  void shortContributionRisks() {
    assertThat(risk(RiskAssessment.HIGH_RISK, 3, 4).build().lastRunMonths()).isEqualTo(3);
    assertThat(risk(RiskAssessment.NOT_HIGH_RISK, 4, 4).build().lastRunMonths()).isEqualTo(4);
    assertThat(risk(RiskAssessment.NOT_ASSESSED, 2, 4).build().thresholdMonths()).isEmpty();
    refused(
        () -> risk(RiskAssessment.HIGH_RISK, 3, 4).lastRunMonths(2).build(), "lastRunMonths", "3");
    refused(
        () -> risk(RiskAssessment.NOT_ASSESSED, 2, 4).thresholdMonths(4).build(),
        "thresholdMonths",
        "NOT_ASSESSED");
    refused(
        () ->
            ImmutableShortContributionRisk.builder()
                .from(risk(RiskAssessment.HIGH_RISK, 3, 4).build())
                .thresholdMonths(Optional.empty())
                .build(),
        "thresholdMonths",
        "HIGH_RISK");
    refused(
        () -> risk(RiskAssessment.HIGH_RISK, 3, 4).thresholdAppliesFrom(APPLIED).build(),
        "thresholdAppliesFrom",
        "not assessed");
    assertThat(
            risk(RiskAssessment.NOT_ASSESSED, 2, 4)
                .thresholdAppliesFrom(LocalDate.of(2025, 8, 1))
                .build()
                .thresholdAppliesFrom())
        .isPresent();
    refused(() -> risk(RiskAssessment.HIGH_RISK, 4, 4).build(), "assessment", "4 months");
    refused(() -> risk(RiskAssessment.NOT_HIGH_RISK, 3, 4).build(), "assessment", "3 months");
    refused(
        () ->
            risk(RiskAssessment.NOT_HIGH_RISK, 4, 4)
                .addRequestedEvidence(EvidenceKind.LABOUR_CONTRACT)
                .build(),
        "requestedEvidence",
        "exactly when");
    refused(
        () ->
            ImmutableShortContributionRisk.builder()
                .from(risk(RiskAssessment.HIGH_RISK, 3, 4).build())
                .requestedEvidence(List.of())
                .build(),
        "requestedEvidence",
        "exactly when");
  }

  @Test
  @DisplayName(
      "一(五), I-14, I-15: concurrent-benefit results that contradict themselves are refused")
  void concurrentBenefitResults() {
    StopEvent event = StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 10, 10));
    ImmutableBenefitOverlap.Builder overlap =
        ImmutableBenefitOverlap.builder()
            .month(YearMonth.of(2025, 10))
            .dueAsGiven(Money.ofYuan("2000.00"))
            .overpayment(Money.zero());
    refused(
        () -> overlap.consequence(OverlapConsequence.NOT_PAYABLE).stoppedBy(event).build(),
        "stoppedBy",
        "exactly when");
    refused(
        () ->
            ImmutableBenefitOverlap.builder()
                .month(YearMonth.of(2025, 10))
                .dueAsGiven(Money.ofYuan("2000.00"))
                .overpayment(Money.zero())
                .consequence(OverlapConsequence.STOPPED)
                .build(),
        "stoppedBy",
        "exactly when");
    refused(
        () ->
            ImmutableBenefitOverlap.builder()
                .month(YearMonth.of(2025, 10))
                .dueAsGiven(Money.ofYuan("2000.00"))
                .overpayment(Money.ofYuan("1.00"))
                .consequence(OverlapConsequence.EVENT_MONTH_PAID)
                .stoppedBy(event)
                .build(),
        "overpayment",
        "paid");
    BenefitOverlap stopped =
        ImmutableBenefitOverlap.builder()
            .month(YearMonth.of(2025, 11))
            .dueAsGiven(Money.ofYuan("2000.00"))
            .actual(Money.ofYuan("2000.00"))
            .overpayment(Money.ofYuan("2000.00"))
            .consequence(OverlapConsequence.STOPPED)
            .stoppedBy(event)
            .build();
    OtherBenefitPeriod pension =
        OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, event.date());
    ImmutableOtherBenefitStop.Builder stop =
        ImmutableOtherBenefitStop.builder()
            .period(pension)
            .event(event)
            .lastPayableMonth(YearMonth.of(2025, 10));
    refused(stop::build, "reportDeadlinePending", "exactly one");
    OtherBenefitStop pending =
        stop.reportDeadlinePending(
                ImmutablePending.builder()
                    .cause(PendingCause.HOLIDAY_NOTICE_NOT_LOADED)
                    .date(LocalDate.of(2027, 1, 1))
                    .latestNotice("国办发明电〔2025〕7号")
                    .addRemedies(PendingRemedy.LOAD_HOLIDAY_NOTICE)
                    .reason("no holiday notice for 2027")
                    .build())
            .build();
    ImmutableConcurrentBenefits.Builder result =
        ImmutableConcurrentBenefits.builder()
            .request(ConcurrentBenefitsRequest.of(claim(), List.of(pension)))
            .addOverlaps(stopped)
            .addStops(pending)
            .switches(Map.of())
            .explanation(Explanation.empty());
    assertThat(result.totalOverpayment(Money.ofYuan("2000.00")).build().overlaps()).hasSize(1);
    refused(
        () -> result.totalOverpayment(Money.ofYuan("1999.99")).build(),
        "totalOverpayment",
        "2000.00");
  }

  private static SegregationViolation violation(
      PostAssignment first,
      PostAssignment second,
      LocalDate from,
      LocalDate to,
      List<ViolationGround> grounds) {
    return ImmutableSegregationViolation.builder()
        .person("p")
        .pair(DutyPostPair.of(AUDIT, BUSINESS_OPERATION))
        .firstAssignment(first)
        .secondAssignment(second)
        .from(from)
        .to(to)
        .grounds(grounds)
        .ongoing(true)
        .build();
  }

  @Test
  @DisplayName("四, I-21: segregation results that contradict themselves are refused")
  void segregationResults() {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    LocalDate feb = LocalDate.of(2026, 2, 1);
    PostAssignment audit = PostAssignment.openFrom("p", AUDIT, LocalDate.of(2026, 1, 1));
    PostAssignment business = PostAssignment.openFrom("p", BUSINESS_OPERATION, feb);
    List<ViolationGround> sixPairs = List.of(ViolationGround.SIX_PAIRS);
    SegregationViolation valid = violation(audit, business, feb, asOf, sixPairs);
    refused(() -> violation(audit, business, feb, feb.minusDays(1), sixPairs), "to", "before from");
    refused(() -> violation(business, audit, feb, asOf, sixPairs), "pair", "in order");
    refused(
        () ->
            violation(
                audit, PostAssignment.openFrom("q", BUSINESS_OPERATION, feb), feb, asOf, sixPairs),
        "person",
        "both");
    refused(
        () -> violation(PostAssignment.openFrom("q", AUDIT, feb), business, feb, asOf, sixPairs),
        "person",
        "both");
    refused(() -> violation(audit, business, feb, asOf, List.of()), "grounds", "a ground");
    ImmutableSegregationCheck.Builder check =
        ImmutableSegregationCheck.builder()
            .roster(StaffRoster.of(List.of(audit, business)))
            .asOf(asOf)
            .reading(SegregationReading.SIX_PAIRS)
            .switches(Map.of())
            .explanation(Explanation.empty());
    assertThat(check.addViolations(valid).build().violations()).hasSize(1);
    refused(
        () -> check.asOf(asOf.minusDays(1)).build(), "violations[0].to", "must not be after asOf");
    refused(() -> check.asOf(asOf.plusDays(1)).build(), "violations[0].ongoing", "exactly when");
  }

  @Test
  void dutyPostPairsOrderByFirstPostThenSecond() {
    DutyPostPair auditOperation = DutyPostPair.of(BUSINESS_OPERATION, AUDIT);
    DutyPostPair auditFinance = DutyPostPair.of(AUDIT, DutyPost.FUND_FINANCE);
    DutyPostPair operationFinance = DutyPostPair.of(BUSINESS_OPERATION, DutyPost.FUND_FINANCE);
    assertThat(auditOperation.first()).isEqualTo(AUDIT);
    assertThat(auditOperation.second()).isEqualTo(BUSINESS_OPERATION);
    assertThat(auditOperation.compareTo(auditFinance)).isNegative();
    assertThat(auditFinance.compareTo(auditOperation)).isPositive();
    assertThat(auditFinance.compareTo(operationFinance)).isNegative();
    assertThat(operationFinance.compareTo(auditOperation)).isPositive();
    assertThat(auditOperation.compareTo(DutyPostPair.of(AUDIT, BUSINESS_OPERATION))).isZero();
  }
}
