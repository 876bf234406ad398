package io.github.cqui.rules.json.internal;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.PendingRemedy;
import io.github.cqui.rules.ProvisionalYear;
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
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.internal.ImmutableDutyPostPair;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutablePendingReportDeadline;
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
import io.github.cqui.rules.internal.ImmutablePending;
import io.github.cqui.rules.internal.ImmutableProvisionalYear;
import io.github.cqui.rules.internal.ImmutableRestDay;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
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
 * left out, a list, a set and a map are always written, except the marks a result carries only when
 * it depends on a year without its holiday notice (I-5: {@code provisionalYears}, {@code
 * pendingReportDeadlines}), left out when empty so that the JSON of a published result is
 * unchanged; dates {@code yyyy-MM-dd}, months {@code yyyy-MM}, times of day {@code HH:mm}, periods
 * ISO-8601, money a decimal string in yuan; an enum its constant's name, except {@link
 * Interpretation} (its id, {@code "I-1"}) and {@link StepCode} (its key, {@code
 * "deadline.review.start"}). {@link PolicyParameter} has a JSON form for whole numbers only, which
 * is what every {@link io.github.cqui.rules.edition.ParameterKey} holds.
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

  /** The calendar's kind of day, by its constant's name (not a JSON type of its own here). */
  static final JsonCodec<DayKind> DAY_KIND = EnumCodec.byName(DayKind.class);

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

  /** A version of the 放假办法, by its number (not a JSON type of its own here). */
  static final JsonCodec<HolidayDecree> HOLIDAY_DECREE =
      new EnumCodec<>(HolidayDecree.class, HolidayDecree::number, "must be 国务院令第644号 or 国务院令第795号");

  static final JsonCodec<ProvisionalYear> PROVISIONAL_YEAR =
      add(
          ObjectCodec.of(
                  ProvisionalYear.class,
                  ImmutableProvisionalYear::builder,
                  ImmutableProvisionalYear.Builder::build)
              .required("year", Scalars.INT, ProvisionalYear::year, (b, v) -> b.year(v))
              .required("decree", HOLIDAY_DECREE, ProvisionalYear::decree, (b, v) -> b.decree(v))
              .required("article", Scalars.STRING, ProvisionalYear::article, (b, v) -> b.article(v))
              .list(
                  "articlesNotProjected",
                  Scalars.STRING,
                  ProvisionalYear::articlesNotProjected,
                  (b, v) -> b.addAllArticlesNotProjected(v))
              .required(
                  "lastNoticeYear",
                  Scalars.INT,
                  ProvisionalYear::lastNoticeYear,
                  (b, v) -> b.lastNoticeYear(v))
              .required(
                  "latestNotice",
                  Scalars.STRING,
                  ProvisionalYear::latestNotice,
                  (b, v) -> b.latestNotice(v))
              .build());

  static final JsonCodec<PendingCause> PENDING_CAUSE = add(EnumCodec.byName(PendingCause.class));
  static final JsonCodec<PendingRemedy> PENDING_REMEDY = add(EnumCodec.byName(PendingRemedy.class));

  static final JsonCodec<Pending> PENDING =
      add(
          ObjectCodec.of(Pending.class, ImmutablePending::builder, ImmutablePending.Builder::build)
              .required("cause", PENDING_CAUSE, Pending::cause, (b, v) -> b.cause(v))
              .required("date", Scalars.DATE, Pending::date, (b, v) -> b.date(v))
              .optional(
                  "latestNotice",
                  Scalars.STRING,
                  Pending::latestNotice,
                  (b, v) -> b.latestNotice(v))
              .list("remedies", PENDING_REMEDY, Pending::remedies, (b, v) -> b.addAllRemedies(v))
              .required("reason", Scalars.STRING, Pending::reason, (b, v) -> b.reason(v))
              .build());

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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  ReviewDeadline::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  ReviewStatus::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  ReportDeadline::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
              .required(
                  "explanation",
                  EXPLANATION,
                  ReportDeadline::explanation,
                  (b, v) -> b.explanation(v))
              .build());

  static final JsonCodec<PendingReportDeadline> PENDING_REPORT_DEADLINE =
      add(
          ObjectCodec.of(
                  PendingReportDeadline.class,
                  ImmutablePendingReportDeadline::builder,
                  ImmutablePendingReportDeadline.Builder::build)
              .required(
                  "event", STOP_EVENT_REPORT, PendingReportDeadline::event, (b, v) -> b.event(v))
              .required("pending", PENDING, PendingReportDeadline::pending, (b, v) -> b.pending(v))
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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  PublicNoticePeriod::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  NoticeEntryStatus::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .optional(
                  "latestCourtApplication",
                  Scalars.DATE,
                  EnforcementTimeline::latestCourtApplication,
                  (b, v) -> b.latestCourtApplication(v))
              .optional(
                  "courtWindowPending",
                  PENDING,
                  EnforcementTimeline::courtWindowPending,
                  (b, v) -> b.courtWindowPending(v))
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  EnforcementTimeline::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  EnforcementStep::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
              .listIfAny(
                  "pendingReportDeadlines",
                  PENDING_REPORT_DEADLINE,
                  BenefitLedger::pendingReportDeadlines,
                  (b, v) -> b.addAllPendingReportDeadlines(v))
              .stringsBy(
                  "switches",
                  Interpretation::id,
                  Interpretation::ofId,
                  BenefitLedger::switches,
                  (b, v) -> b.putAllSwitches(v))
              .listIfAny(
                  "provisionalYears",
                  PROVISIONAL_YEAR,
                  BenefitLedger::provisionalYears,
                  (b, v) -> b.addAllProvisionalYears(v))
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
