package io.github.cqui.rules.json.internal;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableActualPayment;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitStandard;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlement;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.benefit.internal.ImmutableStatutoryRetirement;
import io.github.cqui.rules.benefit.internal.ImmutableStopEvent;
import io.github.cqui.rules.benefit.internal.ImmutableSubsidyPeriod;
import io.github.cqui.rules.benefit.internal.ImmutableVerification;
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
import io.github.cqui.rules.control.internal.ImmutableContributionMonth;
import io.github.cqui.rules.control.internal.ImmutableDutyPostPair;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitPeriod;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitStop;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.control.internal.ImmutableSegregationViolation;
import io.github.cqui.rules.control.internal.ImmutableShortContributionRisk;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableResubmission;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import io.github.cqui.rules.deadline.internal.ImmutableStopEventReport;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEditions;
import io.github.cqui.rules.edition.internal.ImmutablePolicyParameter;
import io.github.cqui.rules.internal.ImmutableCitation;
import io.github.cqui.rules.internal.ImmutableExplanationStep;
import io.github.cqui.rules.internal.ImmutableRestDay;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReceiptShare;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutablePendingMonth;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReimbursement;
import io.github.cqui.rules.premium.internal.ImmutablePremiumStandard;
import io.github.cqui.rules.premium.internal.ImmutableReceiptShare;
import io.github.cqui.rules.premium.internal.ImmutableRefusedMonth;
import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.LadderPosition;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableBenefitDeduction;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableInstalmentAgreement;
import io.github.cqui.rules.recovery.internal.ImmutableLadderPosition;
import io.github.cqui.rules.recovery.internal.ImmutableOverpaidMonth;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryStatus;
import io.github.cqui.rules.recovery.internal.ImmutableRepayment;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON codec of every public value type and enum of rules-api, written once for both Jackson
 * lines: the property names and their order, what may be absent, and the form of each value.
 *
 * <p>Conventions: properties in the order of the type's accessors; an empty {@code Optional} is
 * left out, a list, a set and a map are always written; dates {@code yyyy-MM-dd}, months {@code
 * yyyy-MM}, times of day {@code HH:mm}, periods ISO-8601, money a decimal string in yuan; an enum
 * its constant's name, except {@link Interpretation} (its id, {@code "I-1"}) and {@link StepCode}
 * (its key, {@code "deadline.review.start"}). {@link PolicyParameter} has a JSON form for whole
 * numbers only, which is what every {@link io.github.cqui.rules.edition.ParameterKey} holds.
 *
 * <p>Internal to cqui: not exported. Immutable and thread-safe.
 */
public final class CquiCodecs {

  private CquiCodecs() {}

  private static final Map<Class<?>, JsonCodec<?>> CODECS = new LinkedHashMap<>();

  // ---- the kernel ----

  static final JsonCodec<Citation> CITATION =
      add(
          ObjectCodec.of(
                  Citation.class, ImmutableCitation::builder, ImmutableCitation.Builder::build)
              .required("document", Scalars.STRING, Citation::document, (b, v) -> b.document(v))
              .optional("clause", Scalars.STRING, Citation::clause, (b, v) -> b.clause(v))
              .build());

  static final JsonCodec<LegalDocument> LEGAL_DOCUMENT = add(EnumCodec.byName(LegalDocument.class));

  static final JsonCodec<Interpretation> INTERPRETATION =
      add(new EnumCodec<>(Interpretation.class, Interpretation::id, "must be one of I-1 … I-24"));

  static final JsonCodec<StepCode> STEP_CODE =
      add(new EnumCodec<>(StepCode.class, StepCode::key, "is not a known explanation step code"));

  static final JsonCodec<ExplanationStep> EXPLANATION_STEP =
      add(
          ObjectCodec.of(
                  ExplanationStep.class,
                  ImmutableExplanationStep::builder,
                  ImmutableExplanationStep.Builder::build)
              .required("code", STEP_CODE, ExplanationStep::code, (b, v) -> b.code(v))
              .list(
                  "citations", CITATION, ExplanationStep::citations, (b, v) -> b.addAllCitations(v))
              .list(
                  "interpretations",
                  INTERPRETATION,
                  ExplanationStep::interpretations,
                  (b, v) -> b.addAllInterpretations(v))
              .strings("values", ExplanationStep::values, (b, v) -> b.putAllValues(v))
              .build());

  static final JsonCodec<Explanation> EXPLANATION =
      add(
          ObjectCodec.of(Explanation.class, Explanation::builder, Explanation.Builder::build)
              .list("steps", EXPLANATION_STEP, Explanation::steps, (b, v) -> b.addAllSteps(v))
              .build());

  /** The calendar's kind of day of a rest day, by its constant's name. */
  static final JsonCodec<DayKind> DAY_KIND = add(EnumCodec.byName(DayKind.class));

  static final JsonCodec<RestDay> REST_DAY =
      add(
          ObjectCodec.of(RestDay.class, ImmutableRestDay::builder, ImmutableRestDay.Builder::build)
              .required("date", Scalars.DATE, RestDay::date, (b, v) -> b.date(v))
              .required("kind", DAY_KIND, RestDay::kind, (b, v) -> b.kind(v))
              .optional("festival", Scalars.STRING, RestDay::festival, (b, v) -> b.festival(v))
              .optional(
                  "festivalEnglish",
                  Scalars.STRING,
                  RestDay::festivalEnglish,
                  (b, v) -> b.festivalEnglish(v))
              .list("notices", Scalars.STRING, RestDay::notices, (b, v) -> b.addAllNotices(v))
              .build());

  static {
    add(Scalars.MONEY);
  }

  // ---- deadline ----

  static final JsonCodec<ReviewState> REVIEW_STATE = add(EnumCodec.byName(ReviewState.class));
  static final JsonCodec<ReviewOutcome> REVIEW_OUTCOME = add(EnumCodec.byName(ReviewOutcome.class));
  static final JsonCodec<StopEventType> STOP_EVENT_TYPE =
      add(EnumCodec.byName(StopEventType.class));

  static final JsonCodec<ReviewRequest> REVIEW_REQUEST =
      add(
          ObjectCodec.of(ReviewRequest.class, ReviewRequest::builder, ReviewRequest.Builder::build)
              .required(
                  "receivedOn",
                  Scalars.DATE,
                  ReviewRequest::receiptDate,
                  (b, v) -> b.receiptDate(v))
              .optional(
                  "receivedAt",
                  Scalars.TIME,
                  ReviewRequest::receiptTime,
                  (b, v) -> b.receiptTime(v))
              .build());

  static final JsonCodec<ReviewDeadline> REVIEW_DEADLINE =
      add(
          ObjectCodec.of(
                  ReviewDeadline.class,
                  ImmutableReviewDeadline::builder,
                  ImmutableReviewDeadline.Builder::build)
              .required("request", REVIEW_REQUEST, ReviewDeadline::request, (b, v) -> b.request(v))
              .required(
                  "deemedReceipt",
                  Scalars.DATE,
                  ReviewDeadline::deemedReceipt,
                  (b, v) -> b.deemedReceipt(v))
              .required(
                  "clockStart", Scalars.DATE, ReviewDeadline::clockStart, (b, v) -> b.clockStart(v))
              .required(
                  "workingDays",
                  Scalars.INT,
                  ReviewDeadline::workingDays,
                  (b, v) -> b.workingDays(v))
              .required("deadline", Scalars.DATE, ReviewDeadline::lastDay, (b, v) -> b.lastDay(v))
              .list(
                  "restDaysSkipped",
                  REST_DAY,
                  ReviewDeadline::restDaysPassed,
                  (b, v) -> b.addAllRestDaysPassed(v))
              .required(
                  "editionFrom",
                  Scalars.DATE,
                  ReviewDeadline::editionFrom,
                  (b, v) -> b.editionFrom(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  ReviewDeadline::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  ReviewDeadline::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<ReviewStatus> REVIEW_STATUS =
      add(
          ObjectCodec.of(
                  ReviewStatus.class,
                  ImmutableReviewStatus::builder,
                  ImmutableReviewStatus.Builder::build)
              .required("deadline", Scalars.DATE, ReviewStatus::lastDay, (b, v) -> b.lastDay(v))
              .required("asOf", Scalars.DATE, ReviewStatus::asOf, (b, v) -> b.asOf(v))
              .required("state", REVIEW_STATE, ReviewStatus::state, (b, v) -> b.state(v))
              .required(
                  "workingDaysLeft",
                  Scalars.INT,
                  ReviewStatus::workingDaysLeft,
                  (b, v) -> b.workingDaysLeft(v))
              .required(
                  "workingDaysOverdue",
                  Scalars.INT,
                  ReviewStatus::workingDaysOverdue,
                  (b, v) -> b.workingDaysOverdue(v))
              .required(
                  "explanation", EXPLANATION, ReviewStatus::explanation, (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<Resubmission> RESUBMISSION =
      add(
          ObjectCodec.of(
                  Resubmission.class,
                  ImmutableResubmission::builder,
                  ImmutableResubmission.Builder::build)
              .required("first", REVIEW_DEADLINE, Resubmission::first, (b, v) -> b.first(v))
              .required(
                  "firstOutcome",
                  REVIEW_OUTCOME,
                  Resubmission::firstOutcome,
                  (b, v) -> b.firstOutcome(v))
              .required("review", REVIEW_DEADLINE, Resubmission::review, (b, v) -> b.review(v))
              .required(
                  "explanation", EXPLANATION, Resubmission::explanation, (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<StopEventReport> STOP_EVENT_REPORT =
      add(
          ObjectCodec.of(
                  StopEventReport.class,
                  ImmutableStopEventReport::builder,
                  ImmutableStopEventReport.Builder::build)
              .required(
                  "eventDate", Scalars.DATE, StopEventReport::eventDate, (b, v) -> b.eventDate(v))
              .required(
                  "eventType",
                  STOP_EVENT_TYPE,
                  StopEventReport::eventType,
                  (b, v) -> b.eventType(v))
              .build());

  static final JsonCodec<ReportDeadline> REPORT_DEADLINE =
      add(
          ObjectCodec.of(
                  ReportDeadline.class,
                  ImmutableReportDeadline::builder,
                  ImmutableReportDeadline.Builder::build)
              .required("event", STOP_EVENT_REPORT, ReportDeadline::event, (b, v) -> b.event(v))
              .required(
                  "workingDays",
                  Scalars.INT,
                  ReportDeadline::workingDays,
                  (b, v) -> b.workingDays(v))
              .required("deadline", Scalars.DATE, ReportDeadline::lastDay, (b, v) -> b.lastDay(v))
              .list(
                  "restDaysSkipped",
                  REST_DAY,
                  ReportDeadline::restDaysPassed,
                  (b, v) -> b.addAllRestDaysPassed(v))
              .required(
                  "editionFrom",
                  Scalars.DATE,
                  ReportDeadline::editionFrom,
                  (b, v) -> b.editionFrom(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  ReportDeadline::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- notice ----

  static final JsonCodec<NoticeEntryState> NOTICE_ENTRY_STATE =
      add(EnumCodec.byName(NoticeEntryState.class));

  static final JsonCodec<PublicNoticePeriod> PUBLIC_NOTICE_PERIOD =
      add(
          ObjectCodec.of(
                  PublicNoticePeriod.class,
                  ImmutablePublicNoticePeriod::builder,
                  ImmutablePublicNoticePeriod.Builder::build)
              .required(
                  "publishedOn",
                  Scalars.DATE,
                  PublicNoticePeriod::publishedOn,
                  (b, v) -> b.publishedOn(v))
              .required("days", Scalars.INT, PublicNoticePeriod::days, (b, v) -> b.days(v))
              .required(
                  "nominalLastDay",
                  Scalars.DATE,
                  PublicNoticePeriod::nominalLastDay,
                  (b, v) -> b.nominalLastDay(v))
              .required(
                  "lastDay", Scalars.DATE, PublicNoticePeriod::lastDay, (b, v) -> b.lastDay(v))
              .required(
                  "waivedFrom",
                  Scalars.DATE,
                  PublicNoticePeriod::waivedFrom,
                  (b, v) -> b.waivedFrom(v))
              .list(
                  "restDaysPassed",
                  REST_DAY,
                  PublicNoticePeriod::restDaysPassed,
                  (b, v) -> b.addAllRestDaysPassed(v))
              .required(
                  "editionFrom",
                  Scalars.DATE,
                  PublicNoticePeriod::editionFrom,
                  (b, v) -> b.editionFrom(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  PublicNoticePeriod::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  PublicNoticePeriod::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<NoticeEntryStatus> NOTICE_ENTRY_STATUS =
      add(
          ObjectCodec.of(
                  NoticeEntryStatus.class,
                  ImmutableNoticeEntryStatus::builder,
                  ImmutableNoticeEntryStatus.Builder::build)
              .required("asOf", Scalars.DATE, NoticeEntryStatus::asOf, (b, v) -> b.asOf(v))
              .optional(
                  "confirmedOn",
                  Scalars.DATE,
                  NoticeEntryStatus::confirmedOn,
                  (b, v) -> b.confirmedOn(v))
              .required(
                  "status", NOTICE_ENTRY_STATE, NoticeEntryStatus::status, (b, v) -> b.status(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  NoticeEntryStatus::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- recovery ----

  static final JsonCodec<EnforcementStage> ENFORCEMENT_STAGE =
      add(EnumCodec.byName(EnforcementStage.class));

  static final JsonCodec<EnforcementRequest> ENFORCEMENT_REQUEST =
      add(
          ObjectCodec.of(
                  EnforcementRequest.class,
                  EnforcementRequest::builder,
                  EnforcementRequest.Builder::build)
              .required(
                  "decisionServedOn",
                  Scalars.DATE,
                  EnforcementRequest::decisionServedOn,
                  (b, v) -> b.decisionServedOn(v))
              .required(
                  "rightsStated",
                  Scalars.BOOLEAN,
                  EnforcementRequest::rightsStated,
                  (b, v) -> b.rightsStated(v))
              .optional(
                  "reminderServedOn",
                  Scalars.DATE,
                  EnforcementRequest::reminderServedOn,
                  (b, v) -> b.reminderServedOn(v))
              .build());

  static final JsonCodec<EnforcementTimeline> ENFORCEMENT_TIMELINE =
      add(
          ObjectCodec.of(
                  EnforcementTimeline.class,
                  ImmutableEnforcementTimeline::builder,
                  ImmutableEnforcementTimeline.Builder::build)
              .required(
                  "request",
                  ENFORCEMENT_REQUEST,
                  EnforcementTimeline::request,
                  (b, v) -> b.request(v))
              .required(
                  "reconsiderationDeadline",
                  Scalars.DATE,
                  EnforcementTimeline::reconsiderationDeadline,
                  (b, v) -> b.reconsiderationDeadline(v))
              .required(
                  "litigationDeadline",
                  Scalars.DATE,
                  EnforcementTimeline::litigationDeadline,
                  (b, v) -> b.litigationDeadline(v))
              .optional(
                  "earliestCourtApplication",
                  Scalars.DATE,
                  EnforcementTimeline::earliestCourtApplication,
                  (b, v) -> b.earliestCourtApplication(v))
              .required(
                  "latestCourtApplication",
                  Scalars.DATE,
                  EnforcementTimeline::latestCourtApplication,
                  (b, v) -> b.latestCourtApplication(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  EnforcementTimeline::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<EnforcementStep> ENFORCEMENT_STEP =
      add(
          ObjectCodec.of(
                  EnforcementStep.class,
                  ImmutableEnforcementStep::builder,
                  ImmutableEnforcementStep.Builder::build)
              .required("asOf", Scalars.DATE, EnforcementStep::asOf, (b, v) -> b.asOf(v))
              .required("stage", ENFORCEMENT_STAGE, EnforcementStep::stage, (b, v) -> b.stage(v))
              .optional("until", Scalars.DATE, EnforcementStep::until, (b, v) -> b.until(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  EnforcementStep::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- benefit ----

  static final JsonCodec<BenefitTier> BENEFIT_TIER = add(EnumCodec.byName(BenefitTier.class));
  static final JsonCodec<ClaimEndReason> CLAIM_END_REASON =
      add(EnumCodec.byName(ClaimEndReason.class));
  static final JsonCodec<DurationTable> DURATION_TABLE = add(EnumCodec.byName(DurationTable.class));
  static final JsonCodec<EntitlementStart> ENTITLEMENT_START =
      add(EnumCodec.byName(EntitlementStart.class));
  static final JsonCodec<LedgerStatus> LEDGER_STATUS = add(EnumCodec.byName(LedgerStatus.class));
  static final JsonCodec<RetirementCategory> RETIREMENT_CATEGORY =
      add(EnumCodec.byName(RetirementCategory.class));
  static final JsonCodec<RetirementMonth> RETIREMENT_MONTH =
      add(EnumCodec.byName(RetirementMonth.class));

  static final JsonCodec<ActualPayment> ACTUAL_PAYMENT =
      add(
          ObjectCodec.of(
                  ActualPayment.class,
                  ImmutableActualPayment::builder,
                  ImmutableActualPayment.Builder::build)
              .required("month", Scalars.MONTH, ActualPayment::month, (b, v) -> b.month(v))
              .required("amount", Scalars.MONEY, ActualPayment::amount, (b, v) -> b.amount(v))
              .build());

  static final JsonCodec<BenefitStandard> BENEFIT_STANDARD =
      add(
          ObjectCodec.of(
                  BenefitStandard.class,
                  ImmutableBenefitStandard::builder,
                  ImmutableBenefitStandard.Builder::build)
              .required("from", Scalars.MONTH, BenefitStandard::from, (b, v) -> b.from(v))
              .required("tier", BENEFIT_TIER, BenefitStandard::tier, (b, v) -> b.tier(v))
              .required("amount", Scalars.MONEY, BenefitStandard::amount, (b, v) -> b.amount(v))
              .build());

  static final JsonCodec<StopEvent> STOP_EVENT =
      add(
          ObjectCodec.of(
                  StopEvent.class, ImmutableStopEvent::builder, ImmutableStopEvent.Builder::build)
              .required("type", STOP_EVENT_TYPE, StopEvent::type, (b, v) -> b.type(v))
              .required("date", Scalars.DATE, StopEvent::date, (b, v) -> b.date(v))
              .build());

  static final JsonCodec<SubsidyPeriod> SUBSIDY_PERIOD =
      add(
          ObjectCodec.of(
                  SubsidyPeriod.class,
                  ImmutableSubsidyPeriod::builder,
                  ImmutableSubsidyPeriod.Builder::build)
              .required("from", Scalars.MONTH, SubsidyPeriod::from, (b, v) -> b.from(v))
              .required("to", Scalars.MONTH, SubsidyPeriod::to, (b, v) -> b.to(v))
              .build());

  static final JsonCodec<Verification> VERIFICATION =
      add(
          ObjectCodec.of(
                  Verification.class,
                  ImmutableVerification::builder,
                  ImmutableVerification.Builder::build)
              .required("month", Scalars.MONTH, Verification::month, (b, v) -> b.month(v))
              .required(
                  "verifiedOn", Scalars.DATE, Verification::verifiedOn, (b, v) -> b.verifiedOn(v))
              .build());

  static final JsonCodec<ClaimHistory> CLAIM_HISTORY =
      add(
          ObjectCodec.of(ClaimHistory.class, ClaimHistory::builder, ClaimHistory.Builder::build)
              .required(
                  "registrationDate",
                  Scalars.DATE,
                  ClaimHistory::registrationDate,
                  (b, v) -> b.registrationDate(v))
              .optional(
                  "applicationDate",
                  Scalars.DATE,
                  ClaimHistory::applicationDate,
                  (b, v) -> b.applicationDate(v))
              .required(
                  "entitlementMonths",
                  Scalars.INT,
                  ClaimHistory::entitlementMonths,
                  (b, v) -> b.entitlementMonths(v))
              .required("tier", BENEFIT_TIER, ClaimHistory::tier, (b, v) -> b.tier(v))
              .list(
                  "standards",
                  BENEFIT_STANDARD,
                  ClaimHistory::standards,
                  (b, v) -> b.addAllStandards(v))
              .required(
                  "recordedThrough",
                  Scalars.MONTH,
                  ClaimHistory::recordedThrough,
                  (b, v) -> b.recordedThrough(v))
              .list(
                  "verifications",
                  VERIFICATION,
                  ClaimHistory::verifications,
                  (b, v) -> b.addAllVerifications(v))
              .list(
                  "stopEvents",
                  STOP_EVENT,
                  ClaimHistory::stopEvents,
                  (b, v) -> b.addAllStopEvents(v))
              .list(
                  "subsidyPeriods",
                  SUBSIDY_PERIOD,
                  ClaimHistory::subsidyPeriods,
                  (b, v) -> b.addAllSubsidyPeriods(v))
              .required(
                  "birthMonth", Scalars.MONTH, ClaimHistory::birthMonth, (b, v) -> b.birthMonth(v))
              .required(
                  "category", RETIREMENT_CATEGORY, ClaimHistory::category, (b, v) -> b.category(v))
              .list(
                  "actualPayments",
                  ACTUAL_PAYMENT,
                  ClaimHistory::actualPayments,
                  (b, v) -> b.addAllActualPayments(v))
              .build());

  static final JsonCodec<LedgerLine> LEDGER_LINE =
      add(
          ObjectCodec.of(
                  LedgerLine.class,
                  ImmutableLedgerLine::builder,
                  ImmutableLedgerLine.Builder::build)
              .required("month", Scalars.MONTH, LedgerLine::month, (b, v) -> b.month(v))
              .required("status", LEDGER_STATUS, LedgerLine::status, (b, v) -> b.status(v))
              .required("due", Scalars.MONEY, LedgerLine::due, (b, v) -> b.due(v))
              .optional("actual", Scalars.MONEY, LedgerLine::actual, (b, v) -> b.actual(v))
              .required(
                  "overpayment", Scalars.MONEY, LedgerLine::overpayment, (b, v) -> b.overpayment(v))
              .required(
                  "monthsUsed", Scalars.INT, LedgerLine::monthsUsed, (b, v) -> b.monthsUsed(v))
              .required(
                  "monthsLeft", Scalars.INT, LedgerLine::monthsLeft, (b, v) -> b.monthsLeft(v))
              .required(
                  "projected", Scalars.BOOLEAN, LedgerLine::projected, (b, v) -> b.projected(v))
              .required(
                  "extension", Scalars.BOOLEAN, LedgerLine::extension, (b, v) -> b.extension(v))
              .build());

  static final JsonCodec<BenefitLedger> BENEFIT_LEDGER =
      add(
          ObjectCodec.of(
                  BenefitLedger.class,
                  ImmutableBenefitLedger::builder,
                  ImmutableBenefitLedger.Builder::build)
              .required(
                  "startMonth", Scalars.MONTH, BenefitLedger::startMonth, (b, v) -> b.startMonth(v))
              .required(
                  "entitlementMonths",
                  Scalars.INT,
                  BenefitLedger::entitlementMonths,
                  (b, v) -> b.entitlementMonths(v))
              .required(
                  "retirementMonth",
                  Scalars.MONTH,
                  BenefitLedger::retirementMonth,
                  (b, v) -> b.retirementMonth(v))
              .list("lines", LEDGER_LINE, BenefitLedger::lines, (b, v) -> b.addAllLines(v))
              .optional(
                  "lastPaidMonth",
                  Scalars.MONTH,
                  BenefitLedger::lastPaidMonth,
                  (b, v) -> b.lastPaidMonth(v))
              .required(
                  "endReason", CLAIM_END_REASON, BenefitLedger::endReason, (b, v) -> b.endReason(v))
              .optional("endEvent", STOP_EVENT, BenefitLedger::endEvent, (b, v) -> b.endEvent(v))
              .required(
                  "monthsUsed", Scalars.INT, BenefitLedger::monthsUsed, (b, v) -> b.monthsUsed(v))
              .required(
                  "monthsLeft", Scalars.INT, BenefitLedger::monthsLeft, (b, v) -> b.monthsLeft(v))
              .required(
                  "suspendedMonths",
                  Scalars.INT,
                  BenefitLedger::suspendedMonths,
                  (b, v) -> b.suspendedMonths(v))
              .required(
                  "notPayableMonths",
                  Scalars.INT,
                  BenefitLedger::notPayableMonths,
                  (b, v) -> b.notPayableMonths(v))
              .required(
                  "extensionMonths",
                  Scalars.INT,
                  BenefitLedger::extensionMonths,
                  (b, v) -> b.extensionMonths(v))
              .required("totalDue", Scalars.MONEY, BenefitLedger::totalDue, (b, v) -> b.totalDue(v))
              .required(
                  "totalOverpayment",
                  Scalars.MONEY,
                  BenefitLedger::totalOverpayment,
                  (b, v) -> b.totalOverpayment(v))
              .list(
                  "reportDeadlines",
                  REPORT_DEADLINE,
                  BenefitLedger::reportDeadlines,
                  (b, v) -> b.addAllReportDeadlines(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  BenefitLedger::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  BenefitLedger::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<StatutoryRetirement> STATUTORY_RETIREMENT =
      add(
          ObjectCodec.of(
                  StatutoryRetirement.class,
                  ImmutableStatutoryRetirement::builder,
                  ImmutableStatutoryRetirement.Builder::build)
              .required(
                  "birthMonth",
                  Scalars.MONTH,
                  StatutoryRetirement::birthMonth,
                  (b, v) -> b.birthMonth(v))
              .required(
                  "category",
                  RETIREMENT_CATEGORY,
                  StatutoryRetirement::category,
                  (b, v) -> b.category(v))
              .required(
                  "delayMonths",
                  Scalars.INT,
                  StatutoryRetirement::delayMonths,
                  (b, v) -> b.delayMonths(v))
              .required(
                  "ageYears", Scalars.INT, StatutoryRetirement::ageYears, (b, v) -> b.ageYears(v))
              .required(
                  "ageMonths",
                  Scalars.INT,
                  StatutoryRetirement::ageMonths,
                  (b, v) -> b.ageMonths(v))
              .required(
                  "retirementMonth",
                  Scalars.MONTH,
                  StatutoryRetirement::retirementMonth,
                  (b, v) -> b.retirementMonth(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  StatutoryRetirement::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<EntitlementRequest> ENTITLEMENT_REQUEST =
      add(
          ObjectCodec.of(
                  EntitlementRequest.class,
                  EntitlementRequest::builder,
                  EntitlementRequest.Builder::build)
              .required(
                  "registrationDate",
                  Scalars.DATE,
                  EntitlementRequest::registrationDate,
                  (b, v) -> b.registrationDate(v))
              .required(
                  "contributionMonths",
                  Scalars.INT,
                  EntitlementRequest::contributionMonths,
                  (b, v) -> b.contributionMonths(v))
              .defaulted(
                  "unusedMonthsOfEarlierClaim",
                  Scalars.INT,
                  EntitlementRequest::unusedMonthsOfEarlierClaim,
                  (b, v) -> b.unusedMonthsOfEarlierClaim(v))
              .build());

  static final JsonCodec<Entitlement> ENTITLEMENT =
      add(
          ObjectCodec.of(
                  Entitlement.class,
                  ImmutableEntitlement::builder,
                  ImmutableEntitlement.Builder::build)
              .required(
                  "request", ENTITLEMENT_REQUEST, Entitlement::request, (b, v) -> b.request(v))
              .required(
                  "wholeYears", Scalars.INT, Entitlement::wholeYears, (b, v) -> b.wholeYears(v))
              .required("eligible", Scalars.BOOLEAN, Entitlement::eligible, (b, v) -> b.eligible(v))
              .optional(
                  "ineligibleReason",
                  Scalars.STRING,
                  Entitlement::ineligibleReason,
                  (b, v) -> b.ineligibleReason(v))
              .required(
                  "tableMonths", Scalars.INT, Entitlement::tableMonths, (b, v) -> b.tableMonths(v))
              .required(
                  "durationTable",
                  DURATION_TABLE,
                  Entitlement::durationTable,
                  (b, v) -> b.durationTable(v))
              .required(
                  "carriedOverMonths",
                  Scalars.INT,
                  Entitlement::carriedOverMonths,
                  (b, v) -> b.carriedOverMonths(v))
              .required("cap", Scalars.INT, Entitlement::cap, (b, v) -> b.cap(v))
              .required(
                  "totalMonths", Scalars.INT, Entitlement::totalMonths, (b, v) -> b.totalMonths(v))
              .required(
                  "editionFrom", Scalars.DATE, Entitlement::editionFrom, (b, v) -> b.editionFrom(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  Entitlement::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation", EXPLANATION, Entitlement::explanation, (b, v) -> b.explanation(v))
              .build());

  // ---- control ----

  static final JsonCodec<DutyPost> DUTY_POST = add(EnumCodec.byName(DutyPost.class));

  static final JsonCodec<DutyPostPair> DUTY_POST_PAIR =
      add(
          ObjectCodec.of(
                  DutyPostPair.class,
                  ImmutableDutyPostPair::builder,
                  ImmutableDutyPostPair.Builder::build)
              .required("first", DUTY_POST, DutyPostPair::first, (b, v) -> b.first(v))
              .required("second", DUTY_POST, DutyPostPair::second, (b, v) -> b.second(v))
              .build());

  static final JsonCodec<AssignmentKind> ASSIGNMENT_KIND =
      add(EnumCodec.byName(AssignmentKind.class));
  static final JsonCodec<EvidenceKind> EVIDENCE_KIND = add(EnumCodec.byName(EvidenceKind.class));
  static final JsonCodec<OtherBenefitKind> OTHER_BENEFIT_KIND =
      add(EnumCodec.byName(OtherBenefitKind.class));
  static final JsonCodec<OverlapConsequence> OVERLAP_CONSEQUENCE =
      add(EnumCodec.byName(OverlapConsequence.class));
  static final JsonCodec<RiskAssessment> RISK_ASSESSMENT =
      add(EnumCodec.byName(RiskAssessment.class));
  static final JsonCodec<SegregationReading> SEGREGATION_READING =
      add(EnumCodec.byName(SegregationReading.class));
  static final JsonCodec<ViolationGround> VIOLATION_GROUND =
      add(EnumCodec.byName(ViolationGround.class));

  static final JsonCodec<ContributionMonth> CONTRIBUTION_MONTH =
      add(
          ObjectCodec.of(
                  ContributionMonth.class,
                  ImmutableContributionMonth::builder,
                  ImmutableContributionMonth.Builder::build)
              .required("month", Scalars.MONTH, ContributionMonth::month, (b, v) -> b.month(v))
              .required(
                  "employer", Scalars.STRING, ContributionMonth::employer, (b, v) -> b.employer(v))
              .required("paidOn", Scalars.DATE, ContributionMonth::paidOn, (b, v) -> b.paidOn(v))
              .build());

  static final JsonCodec<ContributionRecord> CONTRIBUTION_RECORD =
      add(
          ObjectCodec.of(
                  ContributionRecord.class,
                  ContributionRecord::builder,
                  ContributionRecord.Builder::build)
              .required(
                  "separationDate",
                  Scalars.DATE,
                  ContributionRecord::separationDate,
                  (b, v) -> b.separationDate(v))
              .required(
                  "applicationDate",
                  Scalars.DATE,
                  ContributionRecord::applicationDate,
                  (b, v) -> b.applicationDate(v))
              .list(
                  "months",
                  CONTRIBUTION_MONTH,
                  ContributionRecord::months,
                  (b, v) -> b.addAllMonths(v))
              .build());

  static final JsonCodec<ShortContributionRisk> SHORT_CONTRIBUTION_RISK =
      add(
          ObjectCodec.of(
                  ShortContributionRisk.class,
                  ImmutableShortContributionRisk::builder,
                  ImmutableShortContributionRisk.Builder::build)
              .required(
                  "record",
                  CONTRIBUTION_RECORD,
                  ShortContributionRisk::record,
                  (b, v) -> b.record(v))
              .required(
                  "assessment",
                  RISK_ASSESSMENT,
                  ShortContributionRisk::assessment,
                  (b, v) -> b.assessment(v))
              .list(
                  "lastRun",
                  CONTRIBUTION_MONTH,
                  ShortContributionRisk::lastRun,
                  (b, v) -> b.addAllLastRun(v))
              .required(
                  "lastRunMonths",
                  Scalars.INT,
                  ShortContributionRisk::lastRunMonths,
                  (b, v) -> b.lastRunMonths(v))
              .optional(
                  "thresholdMonths",
                  Scalars.INT,
                  ShortContributionRisk::thresholdMonths,
                  (b, v) -> b.thresholdMonths(v))
              .required(
                  "editionFrom",
                  Scalars.DATE,
                  ShortContributionRisk::editionFrom,
                  (b, v) -> b.editionFrom(v))
              .optional(
                  "thresholdAppliesFrom",
                  Scalars.DATE,
                  ShortContributionRisk::thresholdAppliesFrom,
                  (b, v) -> b.thresholdAppliesFrom(v))
              .list(
                  "requestedEvidence",
                  EVIDENCE_KIND,
                  ShortContributionRisk::requestedEvidence,
                  (b, v) -> b.addAllRequestedEvidence(v))
              .list(
                  "backPaidMonths",
                  Scalars.MONTH,
                  ShortContributionRisk::backPaidMonths,
                  (b, v) -> b.addAllBackPaidMonths(v))
              .required(
                  "backPaidMonthsCounted",
                  Scalars.BOOLEAN,
                  ShortContributionRisk::backPaidMonthsCounted,
                  (b, v) -> b.backPaidMonthsCounted(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  ShortContributionRisk::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  ShortContributionRisk::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<OtherBenefitPeriod> OTHER_BENEFIT_PERIOD =
      add(
          ObjectCodec.of(
                  OtherBenefitPeriod.class,
                  ImmutableOtherBenefitPeriod::builder,
                  ImmutableOtherBenefitPeriod.Builder::build)
              .required("kind", OTHER_BENEFIT_KIND, OtherBenefitPeriod::kind, (b, v) -> b.kind(v))
              .required("from", Scalars.DATE, OtherBenefitPeriod::from, (b, v) -> b.from(v))
              .optional("to", Scalars.DATE, OtherBenefitPeriod::to, (b, v) -> b.to(v))
              .build());

  static final JsonCodec<ConcurrentBenefitsRequest> CONCURRENT_BENEFITS_REQUEST =
      add(
          ObjectCodec.of(
                  ConcurrentBenefitsRequest.class,
                  ConcurrentBenefitsRequest::builder,
                  ConcurrentBenefitsRequest.Builder::build)
              .required(
                  "claim", CLAIM_HISTORY, ConcurrentBenefitsRequest::claim, (b, v) -> b.claim(v))
              .list(
                  "otherBenefits",
                  OTHER_BENEFIT_PERIOD,
                  ConcurrentBenefitsRequest::otherBenefits,
                  (b, v) -> b.addAllOtherBenefits(v))
              .build());

  static final JsonCodec<BenefitOverlap> BENEFIT_OVERLAP =
      add(
          ObjectCodec.of(
                  BenefitOverlap.class,
                  ImmutableBenefitOverlap::builder,
                  ImmutableBenefitOverlap.Builder::build)
              .required("month", Scalars.MONTH, BenefitOverlap::month, (b, v) -> b.month(v))
              .list(
                  "periods",
                  OTHER_BENEFIT_PERIOD,
                  BenefitOverlap::periods,
                  (b, v) -> b.addAllPeriods(v))
              .required(
                  "consequence",
                  OVERLAP_CONSEQUENCE,
                  BenefitOverlap::consequence,
                  (b, v) -> b.consequence(v))
              .optional(
                  "stoppedBy", STOP_EVENT, BenefitOverlap::stoppedBy, (b, v) -> b.stoppedBy(v))
              .required(
                  "dueAsGiven",
                  Scalars.MONEY,
                  BenefitOverlap::dueAsGiven,
                  (b, v) -> b.dueAsGiven(v))
              .optional("actual", Scalars.MONEY, BenefitOverlap::actual, (b, v) -> b.actual(v))
              .required(
                  "overpayment",
                  Scalars.MONEY,
                  BenefitOverlap::overpayment,
                  (b, v) -> b.overpayment(v))
              .build());

  static final JsonCodec<OtherBenefitStop> OTHER_BENEFIT_STOP =
      add(
          ObjectCodec.of(
                  OtherBenefitStop.class,
                  ImmutableOtherBenefitStop::builder,
                  ImmutableOtherBenefitStop.Builder::build)
              .required(
                  "period", OTHER_BENEFIT_PERIOD, OtherBenefitStop::period, (b, v) -> b.period(v))
              .required("event", STOP_EVENT, OtherBenefitStop::event, (b, v) -> b.event(v))
              .required(
                  "lastPayableMonth",
                  Scalars.MONTH,
                  OtherBenefitStop::lastPayableMonth,
                  (b, v) -> b.lastPayableMonth(v))
              .optional(
                  "reportDeadline",
                  REPORT_DEADLINE,
                  OtherBenefitStop::reportDeadline,
                  (b, v) -> b.reportDeadline(v))
              .optional(
                  "reportDeadlinePending",
                  Scalars.STRING,
                  OtherBenefitStop::reportDeadlinePending,
                  (b, v) -> b.reportDeadlinePending(v))
              .build());

  static final JsonCodec<ConcurrentBenefits> CONCURRENT_BENEFITS =
      add(
          ObjectCodec.of(
                  ConcurrentBenefits.class,
                  ImmutableConcurrentBenefits::builder,
                  ImmutableConcurrentBenefits.Builder::build)
              .required(
                  "request",
                  CONCURRENT_BENEFITS_REQUEST,
                  ConcurrentBenefits::request,
                  (b, v) -> b.request(v))
              .list(
                  "overlaps",
                  BENEFIT_OVERLAP,
                  ConcurrentBenefits::overlaps,
                  (b, v) -> b.addAllOverlaps(v))
              .list(
                  "stops",
                  OTHER_BENEFIT_STOP,
                  ConcurrentBenefits::stops,
                  (b, v) -> b.addAllStops(v))
              .required(
                  "totalOverpayment",
                  Scalars.MONEY,
                  ConcurrentBenefits::totalOverpayment,
                  (b, v) -> b.totalOverpayment(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  ConcurrentBenefits::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  ConcurrentBenefits::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<PostAssignment> POST_ASSIGNMENT =
      add(
          ObjectCodec.of(
                  PostAssignment.class, PostAssignment::builder, PostAssignment.Builder::build)
              .required("person", Scalars.STRING, PostAssignment::person, (b, v) -> b.person(v))
              .required("post", DUTY_POST, PostAssignment::post, (b, v) -> b.post(v))
              .required("from", Scalars.DATE, PostAssignment::from, (b, v) -> b.from(v))
              .optional("to", Scalars.DATE, PostAssignment::to, (b, v) -> b.to(v))
              .defaulted("kind", ASSIGNMENT_KIND, PostAssignment::kind, (b, v) -> b.kind(v))
              .build());

  static final JsonCodec<StaffRoster> STAFF_ROSTER =
      add(
          ObjectCodec.of(StaffRoster.class, StaffRoster::builder, StaffRoster.Builder::build)
              .list(
                  "assignments",
                  POST_ASSIGNMENT,
                  StaffRoster::assignments,
                  (b, v) -> b.addAllAssignments(v))
              .build());

  static final JsonCodec<SegregationViolation> SEGREGATION_VIOLATION =
      add(
          ObjectCodec.of(
                  SegregationViolation.class,
                  ImmutableSegregationViolation::builder,
                  ImmutableSegregationViolation.Builder::build)
              .required(
                  "person", Scalars.STRING, SegregationViolation::person, (b, v) -> b.person(v))
              .required("pair", DUTY_POST_PAIR, SegregationViolation::pair, (b, v) -> b.pair(v))
              .required(
                  "firstAssignment",
                  POST_ASSIGNMENT,
                  SegregationViolation::firstAssignment,
                  (b, v) -> b.firstAssignment(v))
              .required(
                  "secondAssignment",
                  POST_ASSIGNMENT,
                  SegregationViolation::secondAssignment,
                  (b, v) -> b.secondAssignment(v))
              .required("from", Scalars.DATE, SegregationViolation::from, (b, v) -> b.from(v))
              .required("to", Scalars.DATE, SegregationViolation::to, (b, v) -> b.to(v))
              .list(
                  "grounds",
                  VIOLATION_GROUND,
                  SegregationViolation::grounds,
                  (b, v) -> b.addAllGrounds(v))
              .required(
                  "ongoing", Scalars.BOOLEAN, SegregationViolation::ongoing, (b, v) -> b.ongoing(v))
              .build());

  static final JsonCodec<SegregationCheck> SEGREGATION_CHECK =
      add(
          ObjectCodec.of(
                  SegregationCheck.class,
                  ImmutableSegregationCheck::builder,
                  ImmutableSegregationCheck.Builder::build)
              .required("roster", STAFF_ROSTER, SegregationCheck::roster, (b, v) -> b.roster(v))
              .required("asOf", Scalars.DATE, SegregationCheck::asOf, (b, v) -> b.asOf(v))
              .required(
                  "reading", SEGREGATION_READING, SegregationCheck::reading, (b, v) -> b.reading(v))
              .list(
                  "forbiddenPairs",
                  DUTY_POST_PAIR,
                  SegregationCheck::forbiddenPairs,
                  (b, v) -> b.addAllForbiddenPairs(v))
              .optional(
                  "coolingOffPeriod",
                  Scalars.PERIOD,
                  SegregationCheck::coolingOffPeriod,
                  (b, v) -> b.coolingOffPeriod(v))
              .list(
                  "violations",
                  SEGREGATION_VIOLATION,
                  SegregationCheck::violations,
                  (b, v) -> b.addAllViolations(v))
              .list(
                  "notYetStarted",
                  POST_ASSIGNMENT,
                  SegregationCheck::notYetStarted,
                  (b, v) -> b.addAllNotYetStarted(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  SegregationCheck::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  SegregationCheck::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- premium ----

  static final JsonCodec<PendingReason> PENDING_REASON = add(EnumCodec.byName(PendingReason.class));
  static final JsonCodec<RefusalReason> REFUSAL_REASON = add(EnumCodec.byName(RefusalReason.class));
  static final JsonCodec<ReimbursementBasis> REIMBURSEMENT_BASIS =
      add(EnumCodec.byName(ReimbursementBasis.class));

  static final JsonCodec<PremiumReceipt> PREMIUM_RECEIPT =
      add(
          ObjectCodec.of(
                  PremiumReceipt.class, PremiumReceipt::builder, PremiumReceipt.Builder::build)
              .required(
                  "reference", Scalars.STRING, PremiumReceipt::reference, (b, v) -> b.reference(v))
              .required(
                  "firstMonth",
                  Scalars.MONTH,
                  PremiumReceipt::firstMonth,
                  (b, v) -> b.firstMonth(v))
              .required(
                  "lastMonth", Scalars.MONTH, PremiumReceipt::lastMonth, (b, v) -> b.lastMonth(v))
              .required("amount", Scalars.MONEY, PremiumReceipt::amount, (b, v) -> b.amount(v))
              .required("payer", Scalars.STRING, PremiumReceipt::payer, (b, v) -> b.payer(v))
              .build());

  static final JsonCodec<PremiumStandard> PREMIUM_STANDARD =
      add(
          ObjectCodec.of(
                  PremiumStandard.class,
                  ImmutablePremiumStandard::builder,
                  ImmutablePremiumStandard.Builder::build)
              .required("from", Scalars.MONTH, PremiumStandard::from, (b, v) -> b.from(v))
              .required("amount", Scalars.MONEY, PremiumStandard::amount, (b, v) -> b.amount(v))
              .build());

  static final JsonCodec<ReimbursementRequest> REIMBURSEMENT_REQUEST =
      add(
          ObjectCodec.of(
                  ReimbursementRequest.class,
                  ReimbursementRequest::builder,
                  ReimbursementRequest.Builder::build)
              .required("claim", CLAIM_HISTORY, ReimbursementRequest::claim, (b, v) -> b.claim(v))
              .required(
                  "applicationDate",
                  Scalars.DATE,
                  ReimbursementRequest::applicationDate,
                  (b, v) -> b.applicationDate(v))
              .list(
                  "receipts",
                  PREMIUM_RECEIPT,
                  ReimbursementRequest::receipts,
                  (b, v) -> b.addAllReceipts(v))
              .list(
                  "standards",
                  PREMIUM_STANDARD,
                  ReimbursementRequest::standards,
                  (b, v) -> b.addAllStandards(v))
              .build());

  static final JsonCodec<ReceiptShare> RECEIPT_SHARE =
      add(
          ObjectCodec.of(
                  ReceiptShare.class,
                  ImmutableReceiptShare::builder,
                  ImmutableReceiptShare.Builder::build)
              .required(
                  "reference", Scalars.STRING, ReceiptShare::reference, (b, v) -> b.reference(v))
              .required("amount", Scalars.MONEY, ReceiptShare::amount, (b, v) -> b.amount(v))
              .build());

  static final JsonCodec<ReimbursedMonth> REIMBURSED_MONTH =
      add(
          ObjectCodec.of(
                  ReimbursedMonth.class,
                  ImmutableReimbursedMonth::builder,
                  ImmutableReimbursedMonth.Builder::build)
              .required("month", Scalars.MONTH, ReimbursedMonth::month, (b, v) -> b.month(v))
              .required(
                  "benefitStatus",
                  LEDGER_STATUS,
                  ReimbursedMonth::benefitStatus,
                  (b, v) -> b.benefitStatus(v))
              .required("receipt", Scalars.STRING, ReimbursedMonth::receipt, (b, v) -> b.receipt(v))
              .required("actual", Scalars.MONEY, ReimbursedMonth::actual, (b, v) -> b.actual(v))
              .required(
                  "standardFrom",
                  Scalars.MONTH,
                  ReimbursedMonth::standardFrom,
                  (b, v) -> b.standardFrom(v))
              .required(
                  "standard", Scalars.MONEY, ReimbursedMonth::standard, (b, v) -> b.standard(v))
              .required(
                  "reimbursed",
                  Scalars.MONEY,
                  ReimbursedMonth::reimbursed,
                  (b, v) -> b.reimbursed(v))
              .required("basis", REIMBURSEMENT_BASIS, ReimbursedMonth::basis, (b, v) -> b.basis(v))
              .build());

  static final JsonCodec<RefusedMonth> REFUSED_MONTH =
      add(
          ObjectCodec.of(
                  RefusedMonth.class,
                  ImmutableRefusedMonth::builder,
                  ImmutableRefusedMonth.Builder::build)
              .required("month", Scalars.MONTH, RefusedMonth::month, (b, v) -> b.month(v))
              .required("reason", REFUSAL_REASON, RefusedMonth::reason, (b, v) -> b.reason(v))
              .list(
                  "receipts", RECEIPT_SHARE, RefusedMonth::receipts, (b, v) -> b.addAllReceipts(v))
              .build());

  static final JsonCodec<PendingMonth> PENDING_MONTH =
      add(
          ObjectCodec.of(
                  PendingMonth.class,
                  ImmutablePendingMonth::builder,
                  ImmutablePendingMonth.Builder::build)
              .required("month", Scalars.MONTH, PendingMonth::month, (b, v) -> b.month(v))
              .required("reason", PENDING_REASON, PendingMonth::reason, (b, v) -> b.reason(v))
              .required("receipt", Scalars.STRING, PendingMonth::receipt, (b, v) -> b.receipt(v))
              .required("actual", Scalars.MONEY, PendingMonth::actual, (b, v) -> b.actual(v))
              .build());

  static final JsonCodec<PremiumReimbursement> PREMIUM_REIMBURSEMENT =
      add(
          ObjectCodec.of(
                  PremiumReimbursement.class,
                  ImmutablePremiumReimbursement::builder,
                  ImmutablePremiumReimbursement.Builder::build)
              .required(
                  "applicationDate",
                  Scalars.DATE,
                  PremiumReimbursement::applicationDate,
                  (b, v) -> b.applicationDate(v))
              .required(
                  "startMonth",
                  Scalars.MONTH,
                  PremiumReimbursement::startMonth,
                  (b, v) -> b.startMonth(v))
              .list(
                  "reimbursed",
                  REIMBURSED_MONTH,
                  PremiumReimbursement::reimbursed,
                  (b, v) -> b.addAllReimbursed(v))
              .list(
                  "refused",
                  REFUSED_MONTH,
                  PremiumReimbursement::refused,
                  (b, v) -> b.addAllRefused(v))
              .list(
                  "pending",
                  PENDING_MONTH,
                  PremiumReimbursement::pending,
                  (b, v) -> b.addAllPending(v))
              .required(
                  "totalActual",
                  Scalars.MONEY,
                  PremiumReimbursement::totalActual,
                  (b, v) -> b.totalActual(v))
              .required(
                  "totalStandard",
                  Scalars.MONEY,
                  PremiumReimbursement::totalStandard,
                  (b, v) -> b.totalStandard(v))
              .required(
                  "totalReimbursed",
                  Scalars.MONEY,
                  PremiumReimbursement::totalReimbursed,
                  (b, v) -> b.totalReimbursed(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  PremiumReimbursement::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  PremiumReimbursement::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- recovery: debts, plans, schedules and status ----

  static final JsonCodec<LadderTrigger> LADDER_TRIGGER = add(EnumCodec.byName(LadderTrigger.class));
  static final JsonCodec<OddFenPlacement> ODD_FEN_PLACEMENT =
      add(EnumCodec.byName(OddFenPlacement.class));
  static final JsonCodec<OverpaymentReason> OVERPAYMENT_REASON =
      add(EnumCodec.byName(OverpaymentReason.class));
  static final JsonCodec<PlanRefusal> PLAN_REFUSAL = add(EnumCodec.byName(PlanRefusal.class));
  static final JsonCodec<RecoveryRung> RECOVERY_RUNG = add(EnumCodec.byName(RecoveryRung.class));
  static final JsonCodec<RecoveryState> RECOVERY_STATE = add(EnumCodec.byName(RecoveryState.class));
  static final JsonCodec<RepaymentSource> REPAYMENT_SOURCE =
      add(EnumCodec.byName(RepaymentSource.class));
  static final JsonCodec<ScheduleOutcome> SCHEDULE_OUTCOME =
      add(EnumCodec.byName(ScheduleOutcome.class));

  static final JsonCodec<OverpaidMonth> OVERPAID_MONTH =
      add(
          ObjectCodec.of(
                  OverpaidMonth.class,
                  ImmutableOverpaidMonth::builder,
                  ImmutableOverpaidMonth.Builder::build)
              .required("month", Scalars.MONTH, OverpaidMonth::month, (b, v) -> b.month(v))
              .required("amount", Scalars.MONEY, OverpaidMonth::amount, (b, v) -> b.amount(v))
              .required("reason", OVERPAYMENT_REASON, OverpaidMonth::reason, (b, v) -> b.reason(v))
              .build());

  static final JsonCodec<OverpaymentDebt> OVERPAYMENT_DEBT =
      add(
          ObjectCodec.of(
                  OverpaymentDebt.class, OverpaymentDebt::builder, OverpaymentDebt.Builder::build)
              .required(
                  "establishedOn",
                  Scalars.DATE,
                  OverpaymentDebt::establishedOn,
                  (b, v) -> b.establishedOn(v))
              .list("months", OVERPAID_MONTH, OverpaymentDebt::months, (b, v) -> b.addAllMonths(v))
              .build());

  static final JsonCodec<InstalmentAgreement> INSTALMENT_AGREEMENT =
      add(
          ObjectCodec.of(
                  InstalmentAgreement.class,
                  ImmutableInstalmentAgreement::builder,
                  ImmutableInstalmentAgreement.Builder::build)
              .required("count", Scalars.INT, InstalmentAgreement::count, (b, v) -> b.count(v))
              .required(
                  "firstDue", Scalars.DATE, InstalmentAgreement::firstDue, (b, v) -> b.firstDue(v))
              .required(
                  "intervalMonths",
                  Scalars.INT,
                  InstalmentAgreement::intervalMonths,
                  (b, v) -> b.intervalMonths(v))
              .required(
                  "oddFen", ODD_FEN_PLACEMENT, InstalmentAgreement::oddFen, (b, v) -> b.oddFen(v))
              .build());

  static final JsonCodec<BenefitDeduction> BENEFIT_DEDUCTION =
      add(
          ObjectCodec.of(
                  BenefitDeduction.class,
                  ImmutableBenefitDeduction::builder,
                  ImmutableBenefitDeduction.Builder::build)
              .required("claim", CLAIM_HISTORY, BenefitDeduction::claim, (b, v) -> b.claim(v))
              .required(
                  "fromMonth", Scalars.MONTH, BenefitDeduction::fromMonth, (b, v) -> b.fromMonth(v))
              .build());

  static final JsonCodec<PensionOffset> PENSION_OFFSET =
      add(
          ObjectCodec.of(PensionOffset.class, PensionOffset::builder, PensionOffset.Builder::build)
              .optional(
                  "consentOn", Scalars.DATE, PensionOffset::consentOn, (b, v) -> b.consentOn(v))
              .optional(
                  "writtenRequestOn",
                  Scalars.DATE,
                  PensionOffset::writtenRequestOn,
                  (b, v) -> b.writtenRequestOn(v))
              .required(
                  "firstMonth", Scalars.MONTH, PensionOffset::firstMonth, (b, v) -> b.firstMonth(v))
              .required(
                  "monthlyAmount",
                  Scalars.MONEY,
                  PensionOffset::monthlyAmount,
                  (b, v) -> b.monthlyAmount(v))
              .build());

  static final JsonCodec<RecoveryPlan> RECOVERY_PLAN =
      add(
          ObjectCodec.of(RecoveryPlan.class, RecoveryPlan::builder, RecoveryPlan.Builder::build)
              .optional(
                  "lumpSumDue", Scalars.DATE, RecoveryPlan::lumpSumDue, (b, v) -> b.lumpSumDue(v))
              .optional(
                  "instalments",
                  INSTALMENT_AGREEMENT,
                  RecoveryPlan::instalments,
                  (b, v) -> b.instalments(v))
              .optional(
                  "deduction", BENEFIT_DEDUCTION, RecoveryPlan::deduction, (b, v) -> b.deduction(v))
              .optional(
                  "pensionOffset",
                  PENSION_OFFSET,
                  RecoveryPlan::pensionOffset,
                  (b, v) -> b.pensionOffset(v))
              .wholeValueNamed("plan")
              .build());

  static final JsonCodec<ScheduleLine> SCHEDULE_LINE =
      add(
          ObjectCodec.of(
                  ScheduleLine.class,
                  ImmutableScheduleLine::builder,
                  ImmutableScheduleLine.Builder::build)
              .required("sequence", Scalars.INT, ScheduleLine::sequence, (b, v) -> b.sequence(v))
              .required("source", REPAYMENT_SOURCE, ScheduleLine::source, (b, v) -> b.source(v))
              .required("month", Scalars.MONTH, ScheduleLine::month, (b, v) -> b.month(v))
              .required("dueDate", Scalars.DATE, ScheduleLine::dueDate, (b, v) -> b.dueDate(v))
              .required("amount", Scalars.MONEY, ScheduleLine::amount, (b, v) -> b.amount(v))
              .required(
                  "balanceAfter",
                  Scalars.MONEY,
                  ScheduleLine::balanceAfter,
                  (b, v) -> b.balanceAfter(v))
              .build());

  static final JsonCodec<RecoverySchedule> RECOVERY_SCHEDULE =
      add(
          ObjectCodec.of(
                  RecoverySchedule.class,
                  ImmutableRecoverySchedule::builder,
                  ImmutableRecoverySchedule.Builder::build)
              .required("debt", OVERPAYMENT_DEBT, RecoverySchedule::debt, (b, v) -> b.debt(v))
              .required("plan", RECOVERY_PLAN, RecoverySchedule::plan, (b, v) -> b.plan(v))
              .required(
                  "outcome", SCHEDULE_OUTCOME, RecoverySchedule::outcome, (b, v) -> b.outcome(v))
              .list(
                  "refusals",
                  PLAN_REFUSAL,
                  RecoverySchedule::refusals,
                  (b, v) -> b.addAllRefusals(v))
              .list("lines", SCHEDULE_LINE, RecoverySchedule::lines, (b, v) -> b.addAllLines(v))
              .required(
                  "scheduled", Scalars.MONEY, RecoverySchedule::scheduled, (b, v) -> b.scheduled(v))
              .required(
                  "shortfall", Scalars.MONEY, RecoverySchedule::shortfall, (b, v) -> b.shortfall(v))
              .optional(
                  "nextStep", RECOVERY_RUNG, RecoverySchedule::nextStep, (b, v) -> b.nextStep(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  RecoverySchedule::switches,
                  (b, v) -> b.putAllSwitches(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  RecoverySchedule::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<Repayment> REPAYMENT =
      add(
          ObjectCodec.of(
                  Repayment.class, ImmutableRepayment::builder, ImmutableRepayment.Builder::build)
              .required("date", Scalars.DATE, Repayment::date, (b, v) -> b.date(v))
              .required("amount", Scalars.MONEY, Repayment::amount, (b, v) -> b.amount(v))
              .build());

  static final JsonCodec<RepaymentHistory> REPAYMENT_HISTORY =
      add(
          ObjectCodec.of(
                  RepaymentHistory.class,
                  RepaymentHistory::builder,
                  RepaymentHistory.Builder::build)
              .required("asOf", Scalars.DATE, RepaymentHistory::asOf, (b, v) -> b.asOf(v))
              .list(
                  "repayments",
                  REPAYMENT,
                  RepaymentHistory::repayments,
                  (b, v) -> b.addAllRepayments(v))
              .optional(
                  "decision",
                  ENFORCEMENT_REQUEST,
                  RepaymentHistory::decision,
                  (b, v) -> b.decision(v))
              .build());

  static final JsonCodec<LadderPosition> LADDER_POSITION =
      add(
          ObjectCodec.of(
                  LadderPosition.class,
                  ImmutableLadderPosition::builder,
                  ImmutableLadderPosition.Builder::build)
              .required("trigger", LADDER_TRIGGER, LadderPosition::trigger, (b, v) -> b.trigger(v))
              .required("since", Scalars.DATE, LadderPosition::since, (b, v) -> b.since(v))
              .required(
                  "outstanding",
                  Scalars.MONEY,
                  LadderPosition::outstanding,
                  (b, v) -> b.outstanding(v))
              .optional(
                  "nextStep", RECOVERY_RUNG, LadderPosition::nextStep, (b, v) -> b.nextStep(v))
              .optional(
                  "enforcement",
                  ENFORCEMENT_TIMELINE,
                  LadderPosition::enforcement,
                  (b, v) -> b.enforcement(v))
              .optional(
                  "enforcementStep",
                  ENFORCEMENT_STEP,
                  LadderPosition::enforcementStep,
                  (b, v) -> b.enforcementStep(v))
              .build());

  static final JsonCodec<RecoveryStatus> RECOVERY_STATUS =
      add(
          ObjectCodec.of(
                  RecoveryStatus.class,
                  ImmutableRecoveryStatus::builder,
                  ImmutableRecoveryStatus.Builder::build)
              .required("asOf", Scalars.DATE, RecoveryStatus::asOf, (b, v) -> b.asOf(v))
              .required("state", RECOVERY_STATE, RecoveryStatus::state, (b, v) -> b.state(v))
              .required(
                  "dueToDate", Scalars.MONEY, RecoveryStatus::dueToDate, (b, v) -> b.dueToDate(v))
              .required(
                  "recovered", Scalars.MONEY, RecoveryStatus::recovered, (b, v) -> b.recovered(v))
              .required("balance", Scalars.MONEY, RecoveryStatus::balance, (b, v) -> b.balance(v))
              .required("arrears", Scalars.MONEY, RecoveryStatus::arrears, (b, v) -> b.arrears(v))
              .optional(
                  "arrearsSince",
                  Scalars.DATE,
                  RecoveryStatus::arrearsSince,
                  (b, v) -> b.arrearsSince(v))
              .optional("ladder", LADDER_POSITION, RecoveryStatus::ladder, (b, v) -> b.ladder(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  RecoveryStatus::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  // ---- edition ----

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<PolicyParameter<Integer>> POLICY_PARAMETER_TYPE =
      (Class) PolicyParameter.class;

  static final JsonCodec<PolicyParameter<Integer>> POLICY_PARAMETER =
      add(
          ObjectCodec.of(
                  POLICY_PARAMETER_TYPE,
                  ImmutablePolicyParameter::<Integer>builder,
                  ImmutablePolicyParameter.Builder<Integer>::build)
              .required("value", Scalars.INT, CquiCodecs::wholeNumber, (b, v) -> b.value(v))
              .required("since", Scalars.DATE, PolicyParameter::since, (b, v) -> b.since(v))
              .list("sources", CITATION, PolicyParameter::sources, (b, v) -> b.addAllSources(v))
              .build());

  static final JsonCodec<PolicyEdition> POLICY_EDITION =
      add(
          ObjectCodec.of(PolicyEdition.class, PolicyEdition::builder, PolicyEdition.Builder::build)
              .required(
                  "effectiveFrom",
                  Scalars.DATE,
                  PolicyEdition::effectiveFrom,
                  (b, v) -> b.effectiveFrom(v))
              .required("source", CITATION, PolicyEdition::source, (b, v) -> b.source(v))
              .required(
                  "reviewWorkingDays",
                  POLICY_PARAMETER,
                  PolicyEdition::reviewWorkingDays,
                  (b, v) -> b.reviewWorkingDays(v))
              .required(
                  "reportWorkingDays",
                  POLICY_PARAMETER,
                  PolicyEdition::reportWorkingDays,
                  (b, v) -> b.reportWorkingDays(v))
              .optional(
                  "noticeCalendarDays",
                  POLICY_PARAMETER,
                  PolicyEdition::noticeCalendarDays,
                  (b, v) -> b.noticeCalendarDays(v))
              .optional(
                  "shortContributionThresholdMonths",
                  POLICY_PARAMETER,
                  PolicyEdition::shortContributionThresholdMonths,
                  (b, v) -> b.shortContributionThresholdMonths(v))
              .required(
                  "combinedMonthsCap",
                  POLICY_PARAMETER,
                  PolicyEdition::combinedMonthsCap,
                  (b, v) -> b.combinedMonthsCap(v))
              .optional(
                  "reconsiderationDays",
                  POLICY_PARAMETER,
                  PolicyEdition::reconsiderationDays,
                  (b, v) -> b.reconsiderationDays(v))
              .optional(
                  "litigationMonths",
                  POLICY_PARAMETER,
                  PolicyEdition::litigationMonths,
                  (b, v) -> b.litigationMonths(v))
              .optional(
                  "litigationMonthsRightsNotStated",
                  POLICY_PARAMETER,
                  PolicyEdition::litigationMonthsRightsNotStated,
                  (b, v) -> b.litigationMonthsRightsNotStated(v))
              .optional(
                  "courtApplicationMonths",
                  POLICY_PARAMETER,
                  PolicyEdition::courtApplicationMonths,
                  (b, v) -> b.courtApplicationMonths(v))
              .optional(
                  "reminderWorkingDays",
                  POLICY_PARAMETER,
                  PolicyEdition::reminderWorkingDays,
                  (b, v) -> b.reminderWorkingDays(v))
              .optional(
                  "suspensionAfterMissedMonths",
                  POLICY_PARAMETER,
                  PolicyEdition::suspensionAfterMissedMonths,
                  (b, v) -> b.suspensionAfterMissedMonths(v))
              .optional(
                  "nearRetirementWindowMonths",
                  POLICY_PARAMETER,
                  PolicyEdition::nearRetirementWindowMonths,
                  (b, v) -> b.nearRetirementWindowMonths(v))
              .build());

  static final JsonCodec<PolicyEditions> POLICY_EDITIONS =
      add(
          ObjectCodec.of(
                  PolicyEditions.class,
                  ImmutablePolicyEditions::builder,
                  ImmutablePolicyEditions.Builder::build)
              .list(
                  "editions",
                  POLICY_EDITION,
                  PolicyEditions::editions,
                  (b, v) -> b.addAllEditions(v))
              .build());

  // ---- ruleset ----

  static final JsonCodec<CoverageMode> COVERAGE_MODE = add(EnumCodec.byName(CoverageMode.class));

  static final JsonCodec<InterpretationSwitches> INTERPRETATION_SWITCHES =
      add(
          ObjectCodec.of(
                  InterpretationSwitches.class,
                  InterpretationSwitches::builder,
                  InterpretationSwitches.Builder::build)
              .optional(
                  "officeHoursCutoff",
                  Scalars.TIME,
                  InterpretationSwitches::officeHoursCutoff,
                  (b, v) -> b.officeHoursCutoff(v))
              .defaulted(
                  "coverageMode",
                  COVERAGE_MODE,
                  InterpretationSwitches::coverageMode,
                  (b, v) -> b.coverageMode(v))
              .defaulted(
                  "applyRegulationArticle20Item6",
                  Scalars.BOOLEAN,
                  InterpretationSwitches::applyRegulationArticle20Item6,
                  (b, v) -> b.applyRegulationArticle20Item6(v))
              .optional(
                  "maximumSuspensionMonths",
                  Scalars.INT,
                  InterpretationSwitches::maximumSuspensionMonths,
                  (b, v) -> b.maximumSuspensionMonths(v))
              .defaulted(
                  "entitlementStart",
                  ENTITLEMENT_START,
                  InterpretationSwitches::entitlementStart,
                  (b, v) -> b.entitlementStart(v))
              .defaulted(
                  "retirementMonth",
                  RETIREMENT_MONTH,
                  InterpretationSwitches::retirementMonth,
                  (b, v) -> b.retirementMonth(v))
              .defaulted(
                  "nearRetirementExtension",
                  Scalars.BOOLEAN,
                  InterpretationSwitches::nearRetirementExtension,
                  (b, v) -> b.nearRetirementExtension(v))
              .defaulted(
                  "premiumInSuspendedMonths",
                  Scalars.BOOLEAN,
                  InterpretationSwitches::premiumInSuspendedMonths,
                  (b, v) -> b.premiumInSuspendedMonths(v))
              .set(
                  "stopInEventMonth",
                  STOP_EVENT_TYPE,
                  InterpretationSwitches::stopInEventMonth,
                  (b, v) -> b.addAllStopInEventMonth(v))
              .defaulted(
                  "deductionCapPercent",
                  Scalars.INT,
                  InterpretationSwitches::deductionCapPercent,
                  (b, v) -> b.deductionCapPercent(v))
              .defaulted(
                  "countBackPaidMonths",
                  Scalars.BOOLEAN,
                  InterpretationSwitches::countBackPaidMonths,
                  (b, v) -> b.countBackPaidMonths(v))
              .defaulted(
                  "noticeRollForward",
                  Scalars.BOOLEAN,
                  InterpretationSwitches::noticeRollForward,
                  (b, v) -> b.noticeRollForward(v))
              .set(
                  "extraForbiddenPairs",
                  DUTY_POST_PAIR,
                  InterpretationSwitches::extraForbiddenPairs,
                  (b, v) -> b.addAllExtraForbiddenPairs(v))
              .optional(
                  "coolingOffPeriod",
                  Scalars.PERIOD,
                  InterpretationSwitches::coolingOffPeriod,
                  (b, v) -> b.coolingOffPeriod(v))
              .defaulted(
                  "durationTable",
                  DURATION_TABLE,
                  InterpretationSwitches::durationTable,
                  (b, v) -> b.durationTable(v))
              .defaulted(
                  "segregationReading",
                  SEGREGATION_READING,
                  InterpretationSwitches::segregationReading,
                  (b, v) -> b.segregationReading(v))
              .build());

  /**
   * The codec of a type of rules-api or of a subclass of one (a generated implementation).
   *
   * @param type the type asked for, or the runtime class of a value
   * @return its codec; {@code null} for a type that is not cqui's
   */
  public static @Nullable JsonCodec<?> find(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      JsonCodec<?> codec = CODECS.get(c);
      if (codec != null) {
        return codec;
      }
    }
    return null;
  }

  /**
   * The codec of exactly this type of rules-api, for reading.
   *
   * @param type the type asked for
   * @return its codec; {@code null} for a type that is not cqui's
   */
  public static @Nullable JsonCodec<?> exact(Class<?> type) {
    return CODECS.get(type);
  }

  /**
   * The codec of a type known to have one.
   *
   * @param type a type of {@link #types()}
   * @return its codec
   * @throws IllegalArgumentException if the type has none
   */
  public static JsonCodec<?> of(Class<?> type) {
    JsonCodec<?> codec = CODECS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON codec of cqui");
    }
    return codec;
  }

  /**
   * Every type with a codec: each public enum and value type of rules-api outside the testing
   * package, and {@link Money}.
   *
   * @return the types, in no particular order
   */
  public static Set<Class<?>> types() {
    return Collections.unmodifiableSet(CODECS.keySet());
  }

  /** The value of a parameter, which must be a whole number to have a JSON form. */
  private static Integer wholeNumber(PolicyParameter<Integer> parameter) {
    Object value = parameter.value();
    if (value instanceof Integer number) {
      return number;
    }
    throw Writing.unwritable(
        value, "has no JSON form: a policy parameter's value is written as a whole number");
  }

  private static <T> JsonCodec<T> add(JsonCodec<T> codec) {
    if (CODECS.put(codec.type(), codec) != null) {
      throw new IllegalStateException("two codecs of " + codec.type());
    }
    return codec;
  }
}
