package io.github.cqui.rules;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.JsonSamples.Malformed;
import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.control.AssignmentKind;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.EvidenceKind;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.OtherBenefitStop;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.SegregationViolation;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.control.ViolationGround;
import io.github.cqui.rules.control.internal.ImmutableBenefitOverlap;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefits;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitStop;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.control.internal.ImmutableSegregationViolation;
import io.github.cqui.rules.control.internal.ImmutableShortContributionRisk;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.internal.ImmutableRestDay;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON samples of the control package (渝人社办〔2025〕112号 三(一), 一(五), 四; I-14, I-15, I-19, I-21), part
 * of {@link JsonSamples}: the short-contribution check, the concurrent-benefits control and the
 * segregation of duties, their requests, results and enums, and the malformed inputs each must
 * refuse naming the path.
 *
 * <p>The values are Chongqing's answers (computed with {@code Chongqing.rules()} in cqui-core and
 * copied here, rules-api's tests cannot call it), each explanation cut to one of its steps:
 *
 * <ul>
 *   <li>a separation on 2025-07-31 after contributions for 2025-05 to 2025-07, and 2025-04 paid on
 *       2025-09-03 (补缴, not counted by default, I-19): a last run of 3 months against the threshold
 *       of 4 of the 2025-08-01 edition, so high-risk, the three kinds of evidence requested; an
 *       application of 2025-07-08, before that edition, is not assessed;
 *   <li>a claim of 2025-09 paid 2,000.00 a month, with 灵活就业社保补贴 in October 2025: October is not
 *       payable and its payment recoverable (I-15); a 病残津贴 from 2025-12-10 is a stop event, its
 *       month paid (I-14) and its report due on 2026-01-08 after the New Year holiday; a pension
 *       from 2026-12-14 has its report deadline pending, 2027's holiday notice not being loaded
 *       (I-5);
 *   <li>S1024, on the audit post since 2024-03-01, acting on the fund-finance post in June 2025: a
 *       violation of the six pairs (I-21), and with a 6-month cooling-off period one that lasts to
 *       the date asked, 2025-12-01.
 * </ul>
 */
final class ControlJsonSamples {

  private ControlJsonSamples() {}

  private static final Money M2000 = Money.ofYuan("2000.00");
  private static final String EMPLOYER = "91500103MA60XK2L3Q";
  private static final Citation NOTICE_3_1 = LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(一)");
  private static final Citation NOTICE_1_5 = LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final Citation NOTICE_4 = LegalDocument.CHONGQING_NOTICE_2025_112.cite("四");
  private static final Citation MOHRSS_2021_64 = Citation.ofDocument("人社厅发〔2021〕64号");

  // ---- the short-contribution check (三(一); I-19) ----

  static ContributionMonth backPaid() {
    return ContributionMonth.of(YearMonth.of(2025, 4), EMPLOYER, LocalDate.of(2025, 9, 3));
  }

  private static List<ContributionMonth> run() {
    return List.of(
        ContributionMonth.of(YearMonth.of(2025, 5), EMPLOYER, LocalDate.of(2025, 5, 15)),
        ContributionMonth.of(YearMonth.of(2025, 6), EMPLOYER, LocalDate.of(2025, 6, 16)),
        ContributionMonth.of(YearMonth.of(2025, 7), EMPLOYER, LocalDate.of(2025, 7, 15)));
  }

  static ContributionRecord record() {
    List<ContributionMonth> months = new ArrayList<>();
    months.add(backPaid());
    months.addAll(run());
    return ContributionRecord.of(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 9, 10), months);
  }

  static ShortContributionRisk highRisk() {
    return ImmutableShortContributionRisk.builder()
        .record(record())
        .assessment(RiskAssessment.HIGH_RISK)
        .addAllLastRun(run())
        .lastRunMonths(3)
        .thresholdMonths(4)
        .editionFrom(LocalDate.of(2025, 8, 1))
        .addRequestedEvidence(
            EvidenceKind.LABOUR_CONTRACT,
            EvidenceKind.WAGE_STATEMENTS,
            EvidenceKind.OTHER_PROOF_OF_EMPLOYMENT)
        .addBackPaidMonths(YearMonth.of(2025, 4))
        .backPaidMonthsCounted(false)
        .switches(Map.of(Interpretation.I_19, "countBackPaidMonths=false"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.CONTROL_CONTRIBUTION_HIGH_RISK,
                    List.of(NOTICE_3_1, LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE.cite()),
                    List.of(Interpretation.I_19),
                    "months",
                    3,
                    "threshold",
                    4,
                    "applicationDate",
                    LocalDate.of(2025, 9, 10),
                    "editionFrom",
                    LocalDate.of(2025, 8, 1))
                .build())
        .build();
  }

  static ShortContributionRisk notAssessed() {
    ContributionMonth june =
        ContributionMonth.of(YearMonth.of(2025, 6), EMPLOYER, LocalDate.of(2025, 6, 16));
    return ImmutableShortContributionRisk.builder()
        .record(
            ContributionRecord.of(
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 8), List.of(june)))
        .assessment(RiskAssessment.NOT_ASSESSED)
        .addLastRun(june)
        .lastRunMonths(1)
        .editionFrom(LocalDate.of(2023, 12, 1))
        .thresholdAppliesFrom(LocalDate.of(2025, 8, 1))
        .backPaidMonthsCounted(false)
        .switches(Map.of(Interpretation.I_19, "countBackPaidMonths=false"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.CONTROL_CONTRIBUTION_NOT_ASSESSED,
                    List.of(NOTICE_3_1, LegalDocument.CHONGQING_NOTICE_2025_112.cite()),
                    List.of(Interpretation.I_18, Interpretation.I_19),
                    "applicationDate",
                    LocalDate.of(2025, 7, 8),
                    "editionFrom",
                    LocalDate.of(2023, 12, 1),
                    "thresholdFrom",
                    LocalDate.of(2025, 8, 1))
                .build())
        .build();
  }

  // ---- the concurrent-benefits control (一(五); I-14, I-15) ----

  static OtherBenefitPeriod subsidy() {
    return OtherBenefitPeriod.of(
        OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
        LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 10, 31));
  }

  static OtherBenefitPeriod disabilityAllowance() {
    return OtherBenefitPeriod.openFrom(
        OtherBenefitKind.DISABILITY_ALLOWANCE, LocalDate.of(2025, 12, 10));
  }

  static ClaimHistory claim() {
    return ClaimHistory.builder()
        .registrationDate(LocalDate.of(2025, 9, 3))
        .entitlementMonths(6)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, M2000))
        .recordedThrough(YearMonth.of(2025, 10))
        .addVerifications(
            Verification.on(LocalDate.of(2025, 9, 20)), Verification.on(LocalDate.of(2025, 10, 20)))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE)
        .addActualPayments(
            ActualPayment.of(YearMonth.of(2025, 9), M2000),
            ActualPayment.of(YearMonth.of(2025, 10), M2000))
        .build();
  }

  static ConcurrentBenefitsRequest concurrentRequest() {
    return ConcurrentBenefitsRequest.of(claim(), List.of(subsidy()));
  }

  static BenefitOverlap notPayable() {
    return ImmutableBenefitOverlap.builder()
        .month(YearMonth.of(2025, 10))
        .addPeriods(subsidy())
        .consequence(OverlapConsequence.NOT_PAYABLE)
        .dueAsGiven(M2000)
        .actual(M2000)
        .overpayment(M2000)
        .build();
  }

  static BenefitOverlap eventMonth() {
    return ImmutableBenefitOverlap.builder()
        .month(YearMonth.of(2025, 12))
        .addPeriods(disabilityAllowance())
        .consequence(OverlapConsequence.EVENT_MONTH_PAID)
        .stoppedBy(StopEvent.of(StopEventType.DISABILITY_ALLOWANCE, LocalDate.of(2025, 12, 10)))
        .dueAsGiven(M2000)
        .actual(M2000)
        .overpayment(Money.zero())
        .build();
  }

  static ConcurrentBenefits concurrentBenefits() {
    return ImmutableConcurrentBenefits.builder()
        .request(concurrentRequest())
        .addOverlaps(notPayable())
        .totalOverpayment(M2000)
        .switches(Map.of(Interpretation.I_14, "stopInEventMonth=[]"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.CONTROL_CONCURRENT_NOT_PAYABLE,
                    List.of(NOTICE_1_5, LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(四)")),
                    List.of(Interpretation.I_15),
                    "month",
                    YearMonth.of(2025, 10),
                    "due",
                    M2000,
                    "actual",
                    M2000,
                    "overpayment",
                    M2000)
                .build())
        .build();
  }

  private static RestDay weekend(int month, int day) {
    int year = month == 1 ? 2026 : 2025;
    return ImmutableRestDay.builder()
        .date(LocalDate.of(year, month, day))
        .kind(DayKind.WEEKEND)
        .build();
  }

  private static RestDay newYear(int day) {
    return ImmutableRestDay.builder()
        .date(LocalDate.of(2026, 1, day))
        .kind(DayKind.HOLIDAY)
        .festival("元旦")
        .festivalEnglish("New Year's Day")
        .addNotices("国办发明电〔2025〕7号")
        .build();
  }

  /** The 20 working days from 2025-12-10 pass six weekend days and the three days of New Year. */
  static ReportDeadline allowanceReport() {
    return ImmutableReportDeadline.builder()
        .event(StopEventReport.of(LocalDate.of(2025, 12, 10), StopEventType.DISABILITY_ALLOWANCE))
        .workingDays(20)
        .lastDay(LocalDate.of(2026, 1, 8))
        .addRestDaysPassed(
            weekend(12, 13),
            weekend(12, 14),
            weekend(12, 20),
            weekend(12, 21),
            weekend(12, 27),
            weekend(12, 28),
            newYear(1),
            newYear(2),
            newYear(3))
        .editionFrom(LocalDate.of(2025, 8, 1))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.DEADLINE_REPORT_END,
                    List.of(
                        NOTICE_1_5,
                        LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条"),
                        LegalDocument.CIVIL_CODE.cite("第二百零一条")),
                    List.of(Interpretation.I_1, Interpretation.I_2),
                    "eventDate",
                    LocalDate.of(2025, 12, 10),
                    "deadline",
                    LocalDate.of(2026, 1, 8),
                    "workingDays",
                    20)
                .build())
        .build();
  }

  static OtherBenefitStop allowanceStop() {
    return ImmutableOtherBenefitStop.builder()
        .period(disabilityAllowance())
        .event(StopEvent.of(StopEventType.DISABILITY_ALLOWANCE, LocalDate.of(2025, 12, 10)))
        .lastPayableMonth(YearMonth.of(2025, 12))
        .reportDeadline(allowanceReport())
        .build();
  }

  /** The calendar's refusal, word for word, when 2027's holiday notice is not loaded (I-5). */
  static final String NOT_LOADED_2027 =
      "report deadline of a PENSION event on 2026-12-14: 20 working days after 2026-12-14:"
          + " 2027-01-01 is outside the working-day calendar, which covers 2015-01-01 to"
          + " 2026-12-31. The holiday schedule for 2027 is not loaded; the last published notice"
          + " loaded is 国办发明电〔2025〕7号 (published 2025-11-04) for 2026. Once the State Council"
          + " publishes the notice for 2027, add the year with"
          + " WorkingDayCalendar.withSchedule(HolidaySchedule.fromJson(...)) or"
          + " HolidaySchedule.builder(). No year is assumed to be weekends only (I-5). Two"
          + " remedies: load the notice for 2027 as a schedule file, on the classpath as"
          + " META-INF/cqui/holiday-schedule.json or given explicitly"
          + " (WorkingDayCalendar.withScheduleFiles(path), HolidaySchedule.fromJson(path)); or,"
          + " until it is published, answer provisionally in the provisional coverage mode,"
          + " withCoverageMode(CoverageMode.PROVISIONAL), which gives the statutory holidays of"
          + " 《全国年节及纪念日放假办法》 and weekends and marks every such answer provisional.";

  static OtherBenefitStop pensionStopPending() {
    return ImmutableOtherBenefitStop.builder()
        .period(
            OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, LocalDate.of(2026, 12, 14)))
        .event(StopEvent.of(StopEventType.PENSION, LocalDate.of(2026, 12, 14)))
        .lastPayableMonth(YearMonth.of(2026, 12))
        .reportDeadlinePending(NOT_LOADED_2027)
        .build();
  }

  // ---- the segregation of duties (四; I-21) ----

  static PostAssignment audit() {
    return PostAssignment.openFrom("S1024", DutyPost.AUDIT, LocalDate.of(2024, 3, 1));
  }

  static PostAssignment actingFundFinance() {
    return PostAssignment.builder()
        .person("S1024")
        .post(DutyPost.FUND_FINANCE)
        .from(LocalDate.of(2025, 6, 2))
        .to(LocalDate.of(2025, 6, 30))
        .kind(AssignmentKind.ACTING)
        .build();
  }

  static PostAssignment notYetStarted() {
    return PostAssignment.openFrom("S3072", DutyPost.AUDIT, LocalDate.of(2026, 1, 5));
  }

  static StaffRoster roster() {
    return StaffRoster.of(List.of(audit(), actingFundFinance(), notYetStarted()));
  }

  private static SegregationViolation violation(
      LocalDate from, LocalDate to, boolean ongoing, ViolationGround... grounds) {
    return ImmutableSegregationViolation.builder()
        .person("S1024")
        .pair(DutyPostPair.of(DutyPost.AUDIT, DutyPost.FUND_FINANCE))
        .firstAssignment(audit())
        .secondAssignment(actingFundFinance())
        .from(from)
        .to(to)
        .addGrounds(grounds)
        .ongoing(ongoing)
        .build();
  }

  static SegregationViolation coolingOffViolation() {
    return violation(
        LocalDate.of(2025, 7, 1),
        LocalDate.of(2025, 12, 1),
        true,
        ViolationGround.SIX_PAIRS,
        ViolationGround.COOLING_OFF);
  }

  static SegregationCheck segregationCheck() {
    List<DutyPostPair> sixPairs = new ArrayList<>();
    DutyPost[] posts = {
      DutyPost.AUDIT, DutyPost.BUSINESS_OPERATION, DutyPost.FUND_FINANCE, DutyPost.DATA_MANAGEMENT
    };
    for (int i = 0; i < posts.length; i++) {
      for (int j = i + 1; j < posts.length; j++) {
        sixPairs.add(DutyPostPair.of(posts[i], posts[j]));
      }
    }
    return ImmutableSegregationCheck.builder()
        .roster(roster())
        .asOf(LocalDate.of(2025, 12, 1))
        .reading(SegregationReading.SIX_PAIRS)
        .addAllForbiddenPairs(sixPairs)
        .coolingOffPeriod(Period.ofMonths(6))
        .addViolations(
            violation(
                LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 30),
                false,
                ViolationGround.SIX_PAIRS),
            coolingOffViolation())
        .addNotYetStarted(notYetStarted())
        .switches(
            Map.of(
                Interpretation.I_21,
                "extraForbiddenPairs=[]; coolingOffPeriod=P6M; segregationReading=SIX_PAIRS"))
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.CONTROL_SEGREGATION_COOLING_OFF_VIOLATION,
                    List.of(NOTICE_4, MOHRSS_2021_64),
                    List.of(Interpretation.I_21),
                    "person",
                    "S1024",
                    "leftPost",
                    "基金财务岗位",
                    "leftOn",
                    LocalDate.of(2025, 6, 30),
                    "otherPost",
                    "稽核岗",
                    "from",
                    LocalDate.of(2025, 7, 1),
                    "to",
                    LocalDate.of(2025, 12, 1),
                    "period",
                    "P6M")
                .build())
        .build();
  }

  static List<Sample> all() {
    return List.of(
        new Sample(
            "ContributionMonth",
            backPaid(),
            ContributionMonth.class,
            "{\"month\":\"2025-04\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-09-03\"}"),
        new Sample(
            "ContributionRecord",
            record(),
            ContributionRecord.class,
            "{\"separationDate\":\"2025-07-31\",\"applicationDate\":\"2025-09-10\",\"months\":[{\"month\":\"2025-04\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-09-03\"},{\"month\":\"2025-05\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-05-15\"},{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"},{\"month\":\"2025-07\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-07-15\"}]}"),
        new Sample(
            "ShortContributionRisk",
            highRisk(),
            ShortContributionRisk.class,
            "{\"record\":{\"separationDate\":\"2025-07-31\",\"applicationDate\":\"2025-09-10\",\"months\":[{\"month\":\"2025-04\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-09-03\"},{\"month\":\"2025-05\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-05-15\"},{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"},{\"month\":\"2025-07\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-07-15\"}]},\"assessment\":\"HIGH_RISK\",\"lastRun\":[{\"month\":\"2025-05\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-05-15\"},{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"},{\"month\":\"2025-07\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-07-15\"}],\"lastRunMonths\":3,\"thresholdMonths\":4,\"editionFrom\":\"2025-08-01\",\"requestedEvidence\":[\"LABOUR_CONTRACT\",\"WAGE_STATEMENTS\",\"OTHER_PROOF_OF_EMPLOYMENT\"],\"backPaidMonths\":[\"2025-04\"],\"backPaidMonthsCounted\":false,\"switches\":{\"I-19\":\"countBackPaidMonths=false\"},\"explanation\":{\"steps\":[{\"code\":\"control.contribution.highrisk\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(一)\"},{\"document\":\"《关于切实防范短期参保骗领失业保险金风险的通知》\"}],\"interpretations\":[\"I-19\"],\"values\":{\"months\":\"3\",\"threshold\":\"4\",\"applicationDate\":\"2025-09-10\",\"editionFrom\":\"2025-08-01\"}}]}}"),
        new Sample(
            "ShortContributionRisk not assessed",
            notAssessed(),
            ShortContributionRisk.class,
            "{\"record\":{\"separationDate\":\"2025-06-30\",\"applicationDate\":\"2025-07-08\",\"months\":[{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"}]},\"assessment\":\"NOT_ASSESSED\",\"lastRun\":[{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"}],\"lastRunMonths\":1,\"editionFrom\":\"2023-12-01\",\"thresholdAppliesFrom\":\"2025-08-01\",\"requestedEvidence\":[],\"backPaidMonths\":[],\"backPaidMonthsCounted\":false,\"switches\":{\"I-19\":\"countBackPaidMonths=false\"},\"explanation\":{\"steps\":[{\"code\":\"control.contribution.notassessed\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(一)\"},{\"document\":\"渝人社办〔2025〕112号\"}],\"interpretations\":[\"I-18\",\"I-19\"],\"values\":{\"applicationDate\":\"2025-07-08\",\"editionFrom\":\"2023-12-01\",\"thresholdFrom\":\"2025-08-01\"}}]}}"),
        new Sample(
            "OtherBenefitPeriod closed",
            subsidy(),
            OtherBenefitPeriod.class,
            "{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"}"),
        new Sample(
            "OtherBenefitPeriod open",
            disabilityAllowance(),
            OtherBenefitPeriod.class,
            "{\"kind\":\"DISABILITY_ALLOWANCE\",\"from\":\"2025-12-10\"}"),
        new Sample(
            "ConcurrentBenefitsRequest",
            concurrentRequest(),
            ConcurrentBenefitsRequest.class,
            "{\"claim\":{\"registrationDate\":\"2025-09-03\",\"entitlementMonths\":6,\"tier\":\"TIER_1\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],\"recordedThrough\":\"2025-10\",\"verifications\":[{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-20\"},{\"month\":\"2025-10\",\"verifiedOn\":\"2025-10-20\"}],\"stopEvents\":[],\"subsidyPeriods\":[],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[{\"month\":\"2025-09\",\"amount\":\"2000.00\"},{\"month\":\"2025-10\",\"amount\":\"2000.00\"}]},\"otherBenefits\":[{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"}]}"),
        new Sample(
            "BenefitOverlap not payable",
            notPayable(),
            BenefitOverlap.class,
            "{\"month\":\"2025-10\",\"periods\":[{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"}],\"consequence\":\"NOT_PAYABLE\",\"dueAsGiven\":\"2000.00\",\"actual\":\"2000.00\",\"overpayment\":\"2000.00\"}"),
        new Sample(
            "BenefitOverlap event month",
            eventMonth(),
            BenefitOverlap.class,
            "{\"month\":\"2025-12\",\"periods\":[{\"kind\":\"DISABILITY_ALLOWANCE\",\"from\":\"2025-12-10\"}],\"consequence\":\"EVENT_MONTH_PAID\",\"stoppedBy\":{\"type\":\"DISABILITY_ALLOWANCE\",\"date\":\"2025-12-10\"},\"dueAsGiven\":\"2000.00\",\"actual\":\"2000.00\",\"overpayment\":\"0.00\"}"),
        new Sample(
            "OtherBenefitStop",
            allowanceStop(),
            OtherBenefitStop.class,
            "{\"period\":{\"kind\":\"DISABILITY_ALLOWANCE\",\"from\":\"2025-12-10\"},\"event\":{\"type\":\"DISABILITY_ALLOWANCE\",\"date\":\"2025-12-10\"},\"lastPayableMonth\":\"2025-12\",\"reportDeadline\":{\"event\":{\"eventDate\":\"2025-12-10\",\"eventType\":\"DISABILITY_ALLOWANCE\"},\"workingDays\":20,\"deadline\":\"2026-01-08\",\"restDaysSkipped\":[{\"date\":\"2025-12-13\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-12-14\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-12-20\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-12-21\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-12-27\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-12-28\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"festival\":\"元旦\",\"festivalEnglish\":\"New Year's Day\",\"notices\":[\"国办发明电〔2025〕7号\"]},{\"date\":\"2026-01-02\",\"kind\":\"HOLIDAY\",\"festival\":\"元旦\",\"festivalEnglish\":\"New Year's Day\",\"notices\":[\"国办发明电〔2025〕7号\"]},{\"date\":\"2026-01-03\",\"kind\":\"HOLIDAY\",\"festival\":\"元旦\",\"festivalEnglish\":\"New Year's Day\",\"notices\":[\"国办发明电〔2025〕7号\"]}],\"editionFrom\":\"2025-08-01\",\"explanation\":{\"steps\":[{\"code\":\"deadline.report.end\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(五)\"},{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十五条\"},{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零一条\"}],\"interpretations\":[\"I-1\",\"I-2\"],\"values\":{\"eventDate\":\"2025-12-10\",\"deadline\":\"2026-01-08\",\"workingDays\":\"20\"}}]}}}"),
        new Sample(
            "OtherBenefitStop pending",
            pensionStopPending(),
            OtherBenefitStop.class,
            "{\"period\":{\"kind\":\"BASIC_PENSION\",\"from\":\"2026-12-14\"},\"event\":{\"type\":\"PENSION\",\"date\":\"2026-12-14\"},\"lastPayableMonth\":\"2026-12\",\"reportDeadlinePending\":\"report deadline of a PENSION event on 2026-12-14: 20 working days after 2026-12-14: 2027-01-01 is outside the working-day calendar, which covers 2015-01-01 to 2026-12-31. The holiday schedule for 2027 is not loaded; the last published notice loaded is 国办发明电〔2025〕7号 (published 2025-11-04) for 2026. Once the State Council publishes the notice for 2027, add the year with WorkingDayCalendar.withSchedule(HolidaySchedule.fromJson(...)) or HolidaySchedule.builder(). No year is assumed to be weekends only (I-5). Two remedies: load the notice for 2027 as a schedule file, on the classpath as META-INF/cqui/holiday-schedule.json or given explicitly (WorkingDayCalendar.withScheduleFiles(path), HolidaySchedule.fromJson(path)); or, until it is published, answer provisionally in the provisional coverage mode, withCoverageMode(CoverageMode.PROVISIONAL), which gives the statutory holidays of 《全国年节及纪念日放假办法》 and weekends and marks every such answer provisional.\"}"),
        new Sample(
            "ConcurrentBenefits",
            concurrentBenefits(),
            ConcurrentBenefits.class,
            "{\"request\":{\"claim\":{\"registrationDate\":\"2025-09-03\",\"entitlementMonths\":6,\"tier\":\"TIER_1\",\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],\"recordedThrough\":\"2025-10\",\"verifications\":[{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-20\"},{\"month\":\"2025-10\",\"verifiedOn\":\"2025-10-20\"}],\"stopEvents\":[],\"subsidyPeriods\":[],\"birthMonth\":\"1985-05\",\"category\":\"MALE\",\"actualPayments\":[{\"month\":\"2025-09\",\"amount\":\"2000.00\"},{\"month\":\"2025-10\",\"amount\":\"2000.00\"}]},\"otherBenefits\":[{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"}]},\"overlaps\":[{\"month\":\"2025-10\",\"periods\":[{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"}],\"consequence\":\"NOT_PAYABLE\",\"dueAsGiven\":\"2000.00\",\"actual\":\"2000.00\",\"overpayment\":\"2000.00\"}],\"stops\":[],\"totalOverpayment\":\"2000.00\",\"switches\":{\"I-14\":\"stopInEventMonth=[]\"},\"explanation\":{\"steps\":[{\"code\":\"control.concurrent.notpayable\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(五)\"},{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"三(四)\"}],\"interpretations\":[\"I-15\"],\"values\":{\"month\":\"2025-10\",\"due\":\"2000.00\",\"actual\":\"2000.00\",\"overpayment\":\"2000.00\"}}]}}"),
        new Sample(
            "PostAssignment acting",
            actingFundFinance(),
            PostAssignment.class,
            "{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"}"),
        new Sample(
            "PostAssignment open",
            audit(),
            PostAssignment.class,
            "{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"}"),
        new Sample(
            "StaffRoster",
            roster(),
            StaffRoster.class,
            "{\"assignments\":[{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"},{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"},{\"person\":\"S3072\",\"post\":\"AUDIT\",\"from\":\"2026-01-05\",\"kind\":\"SUBSTANTIVE\"}]}"),
        new Sample(
            "SegregationViolation",
            coolingOffViolation(),
            SegregationViolation.class,
            "{\"person\":\"S1024\",\"pair\":{\"first\":\"AUDIT\",\"second\":\"FUND_FINANCE\"},\"firstAssignment\":{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"},\"secondAssignment\":{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"},\"from\":\"2025-07-01\",\"to\":\"2025-12-01\",\"grounds\":[\"SIX_PAIRS\",\"COOLING_OFF\"],\"ongoing\":true}"),
        new Sample(
            "SegregationCheck",
            segregationCheck(),
            SegregationCheck.class,
            "{\"roster\":{\"assignments\":[{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"},{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"},{\"person\":\"S3072\",\"post\":\"AUDIT\",\"from\":\"2026-01-05\",\"kind\":\"SUBSTANTIVE\"}]},\"asOf\":\"2025-12-01\",\"reading\":\"SIX_PAIRS\",\"forbiddenPairs\":[{\"first\":\"AUDIT\",\"second\":\"BUSINESS_OPERATION\"},{\"first\":\"AUDIT\",\"second\":\"FUND_FINANCE\"},{\"first\":\"AUDIT\",\"second\":\"DATA_MANAGEMENT\"},{\"first\":\"BUSINESS_OPERATION\",\"second\":\"FUND_FINANCE\"},{\"first\":\"BUSINESS_OPERATION\",\"second\":\"DATA_MANAGEMENT\"},{\"first\":\"FUND_FINANCE\",\"second\":\"DATA_MANAGEMENT\"}],\"coolingOffPeriod\":\"P6M\",\"violations\":[{\"person\":\"S1024\",\"pair\":{\"first\":\"AUDIT\",\"second\":\"FUND_FINANCE\"},\"firstAssignment\":{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"},\"secondAssignment\":{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"},\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"grounds\":[\"SIX_PAIRS\"],\"ongoing\":false},{\"person\":\"S1024\",\"pair\":{\"first\":\"AUDIT\",\"second\":\"FUND_FINANCE\"},\"firstAssignment\":{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"SUBSTANTIVE\"},\"secondAssignment\":{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-02\",\"to\":\"2025-06-30\",\"kind\":\"ACTING\"},\"from\":\"2025-07-01\",\"to\":\"2025-12-01\",\"grounds\":[\"SIX_PAIRS\",\"COOLING_OFF\"],\"ongoing\":true}],\"notYetStarted\":[{\"person\":\"S3072\",\"post\":\"AUDIT\",\"from\":\"2026-01-05\",\"kind\":\"SUBSTANTIVE\"}],\"switches\":{\"I-21\":\"extraForbiddenPairs=[]; coolingOffPeriod=P6M; segregationReading=SIX_PAIRS\"},\"explanation\":{\"steps\":[{\"code\":\"control.segregation.coolingoff.violation\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"四\"},{\"document\":\"人社厅发〔2021〕64号\"}],\"interpretations\":[\"I-21\"],\"values\":{\"person\":\"S1024\",\"leftPost\":\"基金财务岗位\",\"leftOn\":\"2025-06-30\",\"otherPost\":\"稽核岗\",\"from\":\"2025-07-01\",\"to\":\"2025-12-01\",\"period\":\"P6M\"}}]}}"),
        new Sample(
            "SegregationReading",
            SegregationReading.AUDIT_ONLY,
            SegregationReading.class,
            "\"AUDIT_ONLY\""),
        new Sample(
            "ViolationGround",
            ViolationGround.COOLING_OFF,
            ViolationGround.class,
            "\"COOLING_OFF\""),
        new Sample("AssignmentKind", AssignmentKind.ACTING, AssignmentKind.class, "\"ACTING\""),
        new Sample(
            "EvidenceKind",
            EvidenceKind.WAGE_STATEMENTS,
            EvidenceKind.class,
            "\"WAGE_STATEMENTS\""),
        new Sample(
            "RiskAssessment",
            RiskAssessment.NOT_ASSESSED,
            RiskAssessment.class,
            "\"NOT_ASSESSED\""),
        new Sample(
            "OverlapConsequence",
            OverlapConsequence.EVENT_MONTH_PAID,
            OverlapConsequence.class,
            "\"EVENT_MONTH_PAID\""),
        new Sample(
            "OtherBenefitKind",
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
            OtherBenefitKind.class,
            "\"FLEXIBLE_EMPLOYMENT_SUBSIDY\""));
  }

  private static final String CLAIM =
      "{\"registrationDate\":\"2025-09-03\",\"entitlementMonths\":6,\"tier\":\"TIER_1\","
          + "\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],"
          + "\"recordedThrough\":\"2025-10\",\"birthMonth\":\"1985-05\",\"category\":\"MALE\"}";

  /** Malformed control input: each refusal names the property path. */
  static List<Malformed> malformed() {
    return List.of(
        new Malformed(
            "PostAssignment ending before it starts",
            PostAssignment.class,
            "{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2025-06-30\",\"to\":\"2025-06-02\"}",
            List.of(
                "to = 2025-06-02", "an assignment must not end before it starts, on 2025-06-30")),
        new Malformed(
            "StaffRoster assignment ending before it starts",
            StaffRoster.class,
            "{\"assignments\":[{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\"},"
                + "{\"person\":\"S1024\",\"post\":\"FUND_FINANCE\",\"from\":\"2025-06-30\","
                + "\"to\":\"2025-06-02\",\"kind\":\"ACTING\"}]}",
            List.of("assignments[1].to = 2025-06-02", "must not end before it starts")),
        new Malformed(
            "PostAssignment person padded with a blank",
            PostAssignment.class,
            "{\"person\":\"S1024 \",\"post\":\"AUDIT\",\"from\":\"2024-03-01\"}",
            List.of("person = \"S1024 \"", "must not begin or end with white space")),
        new Malformed(
            "PostAssignment unknown kind",
            PostAssignment.class,
            "{\"person\":\"S1024\",\"post\":\"AUDIT\",\"from\":\"2024-03-01\",\"kind\":\"TEMPORARY\"}",
            List.of("kind = \"TEMPORARY\"", "must be one of SUBSTANTIVE, ACTING")),
        new Malformed(
            "PostAssignment post by position",
            PostAssignment.class,
            "{\"person\":\"S1024\",\"post\":0,\"from\":\"2024-03-01\"}",
            List.of("post = 0", "never a position")),
        new Malformed(
            "ContributionRecord month recorded twice",
            ContributionRecord.class,
            "{\"separationDate\":\"2025-07-31\",\"applicationDate\":\"2025-09-10\",\"months\":["
                + "{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-06-16\"},"
                + "{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-07-15\"}]}",
            List.of("months[1].month = 2025-06", "months[0] records it already")),
        new Malformed(
            "ContributionMonth paid before its month",
            ContributionMonth.class,
            "{\"month\":\"2025-06\",\"employer\":\"91500103MA60XK2L3Q\",\"paidOn\":\"2025-05-31\"}",
            List.of("paidOn = 2025-05-31", "not before it")),
        new Malformed(
            "ContributionRecord blank employer",
            ContributionRecord.class,
            "{\"separationDate\":\"2025-07-31\",\"applicationDate\":\"2025-09-10\",\"months\":["
                + "{\"month\":\"2025-06\",\"employer\":\" \",\"paidOn\":\"2025-06-16\"}]}",
            List.of("months[0].employer", "must not be blank")),
        new Malformed(
            "ShortContributionRisk threshold as a string",
            ShortContributionRisk.class,
            "{\"thresholdMonths\":\"4\"}",
            List.of("thresholdMonths = \"4\"", "must be a whole number")),
        new Malformed(
            "ConcurrentBenefitsRequest one benefit twice over",
            ConcurrentBenefitsRequest.class,
            "{\"claim\":"
                + CLAIM
                + ",\"otherBenefits\":["
                + "{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-01\",\"to\":\"2025-10-31\"},"
                + "{\"kind\":\"FLEXIBLE_EMPLOYMENT_SUBSIDY\",\"from\":\"2025-10-15\"}]}",
            List.of("otherBenefits[1]", "shares days with otherBenefits[0]")),
        new Malformed(
            "OtherBenefitPeriod unknown kind",
            OtherBenefitPeriod.class,
            "{\"kind\":\"UNEMPLOYMENT_BENEFIT\",\"from\":\"2025-10-01\"}",
            List.of("kind = \"UNEMPLOYMENT_BENEFIT\"", "BASIC_PENSION")),
        new Malformed(
            "OtherBenefitPeriod ending before it starts",
            OtherBenefitPeriod.class,
            "{\"kind\":\"BASIC_PENSION\",\"from\":\"2025-10-01\",\"to\":\"2025-09-30\"}",
            List.of("to = 2025-09-30", "must not be before from, 2025-10-01")),
        new Malformed(
            "BenefitOverlap a number for the amount due",
            BenefitOverlap.class,
            "{\"month\":\"2025-10\",\"consequence\":\"NOT_PAYABLE\",\"dueAsGiven\":2000}",
            List.of("dueAsGiven = 2000", "write \"2000.00\"")),
        new Malformed(
            "ConcurrentBenefits overpayments beyond what Money holds",
            ConcurrentBenefits.class,
            "{\"request\":{\"claim\":"
                + CLAIM
                + "},\"overlaps\":["
                + "{\"month\":\"2025-09\",\"consequence\":\"NOT_PAYABLE\",\"dueAsGiven\":\"2000.00\","
                + "\"overpayment\":\"92233720368547758.07\"},"
                + "{\"month\":\"2025-10\",\"consequence\":\"NOT_PAYABLE\",\"dueAsGiven\":\"2000.00\","
                + "\"overpayment\":\"2000.00\"}],"
                + "\"totalOverpayment\":\"0.00\",\"explanation\":{\"steps\":[]}}",
            List.of(
                "overlaps[1].overpayment = 2000.00",
                "the overpayments add up to more than an amount of Money can hold")),
        new Malformed(
            "OtherBenefitStop null for the report deadline",
            OtherBenefitStop.class,
            "{\"reportDeadline\":null}",
            List.of("reportDeadline = null", "leave the property out")),
        new Malformed(
            "SegregationCheck unknown reading",
            SegregationCheck.class,
            "{\"roster\":{\"assignments\":[]},\"asOf\":\"2025-12-01\",\"reading\":\"FOUR_PAIRS\"}",
            List.of("reading = \"FOUR_PAIRS\"", "must be one of SIX_PAIRS, AUDIT_ONLY")),
        new Malformed(
            "InterpretationSwitches unknown segregation reading",
            io.github.cqui.rules.ruleset.InterpretationSwitches.class,
            "{\"segregationReading\":\"six_pairs\"}",
            List.of("segregationReading = \"six_pairs\"", "write \"SIX_PAIRS\"")));
  }
}
