package io.github.cqui.core;

import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;
import static io.github.cqui.rules.LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.RuleContextException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.EnforcementRequest;
import io.github.cqui.rules.deadline.EnforcementStage;
import io.github.cqui.rules.deadline.EnforcementStep;
import io.github.cqui.rules.deadline.EnforcementTimeline;
import io.github.cqui.rules.deadline.ImmutableEnforcementStep;
import io.github.cqui.rules.deadline.ImmutableEnforcementTimeline;
import io.github.cqui.rules.deadline.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.deadline.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.deadline.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.ImmutableResubmission;
import io.github.cqui.rules.deadline.ImmutableReviewDeadline;
import io.github.cqui.rules.deadline.ImmutableReviewStatus;
import io.github.cqui.rules.deadline.NoticeEntryState;
import io.github.cqui.rules.deadline.NoticeEntryStatus;
import io.github.cqui.rules.deadline.PublicNoticePeriod;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.edition.InterpretationSwitches;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Chongqing deadline rules on a calendar, editions and switches. Each method cites its clause
 * in {@link DeadlineRules}; the steps of each explanation cite theirs. Immutable and thread-safe.
 */
final class ChongqingDeadlineRules implements DeadlineRules {

  /** 复议: 「自知道或者应当知道该行政行为之日起六十日内」 (《行政复议法》第二十条). */
  static final int RECONSIDERATION_DAYS = 60;

  /** 诉讼: 「六个月内」 (《行政诉讼法》第四十六条). */
  static final int LITIGATION_MONTHS = 6;

  /** 诉讼 when the rights were not stated: at most one year (法释〔2018〕1号 第六十四条). */
  static final int LITIGATION_MONTHS_RIGHTS_NOT_STATED = 12;

  /** Court application within three months after the 诉讼 deadline (法释〔2018〕1号 第一百五十六条). */
  static final int COURT_APPLICATION_MONTHS = 3;

  /** 「催告书送达十日后」 (《行政强制法》第五十四条), working days (第六十九条). */
  static final int REMINDER_WORKING_DAYS = 10;

  private static final Citation REVIEW = CHONGQING_NOTICE_2025_112.cite("一(二)");
  private static final Citation NOTICE = CHONGQING_NOTICE_2025_112.cite("二(一)");
  private static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");
  private static final Citation START_DAY_EXCLUDED = CIVIL_CODE.cite("第二百零一条");
  private static final Citation MONTH_END = CIVIL_CODE.cite("第二百零二条");
  private static final Citation ROLL_FORWARD = CIVIL_CODE.cite("第二百零三条");

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final Map<String, String> reviewSwitches;
  private final Map<String, String> noticeSwitches;

  ChongqingDeadlineRules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.switches = switches;
    this.reviewSwitches = SwitchRecord.of(switches, Interpretation.I_1);
    this.noticeSwitches = SwitchRecord.of(switches, Interpretation.I_20);
  }

  @Override
  public ReviewDeadline reviewDeadline(ReviewRequest request) {
    return inContext(
        "review deadline of an application received on " + request.receivedOn(),
        () -> computeReviewDeadline(request));
  }

  private ReviewDeadline computeReviewDeadline(ReviewRequest request) {
    Explanation.Builder explanation = Explanation.builder();
    LocalDate deemed = request.receivedOn();
    Optional<LocalTime> cutoff = switches.officeHoursCutoff();
    if (cutoff.isPresent()
        && request.receivedAt().isPresent()
        && !request.receivedAt().get().isBefore(cutoff.get())) {
      deemed = calendar.nextWorkingDay(request.receivedOn());
      explanation.step(
          StepCode.DEADLINE_REVIEW_OFFICE_HOURS,
          List.of(ROLL_FORWARD),
          List.of(Interpretation.I_1),
          "receiptTime",
          request.receivedOn() + " " + request.receivedAt().get(),
          "cutoff",
          cutoff.get(),
          "deemedReceipt",
          deemed);
    }
    PolicyEdition edition = editions.editionOn(deemed);
    PolicyParameter<Integer> days = edition.reviewWorkingDays();
    PeriodEnd period = calendar.workingDaysAfter(deemed, days.value());
    LocalDate clockStart = calendar.nextWorkingDay(deemed);
    Explanation.Builder steps =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_REVIEW_EDITION,
                days.sources(),
                List.of(Interpretation.I_18),
                "receiptDate",
                deemed,
                "workingDays",
                days.value(),
                "editionFrom",
                edition.effectiveFrom())
            .steps(explanation.build())
            .step(
                StepCode.DEADLINE_REVIEW_CLOCK_START,
                List.of(REVIEW, START_DAY_EXCLUDED),
                List.of(Interpretation.I_1),
                "receiptDate",
                deemed,
                "clockStart",
                clockStart);
    CountedDays.explainCount(steps, calendar, deemed, period.end());
    steps.step(
        StepCode.DEADLINE_REVIEW_END,
        days.sources(),
        List.of(Interpretation.I_1, Interpretation.I_2),
        "deadline",
        period.end(),
        "workingDays",
        days.value());
    return ImmutableReviewDeadline.builder()
        .request(request)
        .deemedReceipt(deemed)
        .clockStart(clockStart)
        .workingDays(days.value())
        .deadline(period.end())
        .restDaysSkipped(CountedDays.skipped(period.restDaysPassed()))
        .editionFrom(edition.effectiveFrom())
        .switches(reviewSwitches)
        .explanation(steps.build())
        .build();
  }

  @Override
  public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
    if (asOf.isBefore(review.request().receivedOn())) {
      throw InvalidInputException.of(
          "asOf",
          asOf,
          "must not be before the application's receipt on " + review.request().receivedOn());
    }
    return inContext(
        "status on " + asOf + " of the review due " + review.deadline(),
        () -> {
          LocalDate deadline = review.deadline();
          ImmutableReviewStatus.Builder status =
              ImmutableReviewStatus.builder().deadline(deadline).asOf(asOf);
          Explanation.Builder explanation = Explanation.builder();
          List<Citation> sources = List.of(REVIEW);
          if (asOf.isBefore(deadline)) {
            int left = calendar.workingDaysBetween(asOf.plusDays(1), deadline.plusDays(1));
            status.state(ReviewState.IN_TIME).workingDaysLeft(left).workingDaysOverdue(0);
            explanation.step(
                StepCode.DEADLINE_STATUS_LEFT,
                sources,
                List.of(),
                "asOf",
                asOf,
                "workingDaysLeft",
                left);
          } else if (asOf.equals(deadline)) {
            status.state(ReviewState.DUE_TODAY).workingDaysLeft(0).workingDaysOverdue(0);
            explanation.step(StepCode.DEADLINE_STATUS_DUE_TODAY, sources, List.of(), "asOf", asOf);
          } else {
            int overdue = calendar.workingDaysBetween(deadline.plusDays(1), asOf.plusDays(1));
            status.state(ReviewState.OVERDUE).workingDaysLeft(0).workingDaysOverdue(overdue);
            explanation.step(
                StepCode.DEADLINE_STATUS_OVERDUE,
                sources,
                List.of(),
                "asOf",
                asOf,
                "workingDaysOverdue",
                overdue);
          }
          return status.explanation(explanation.build()).build();
        });
  }

  @Override
  public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
    LocalDate firstReceipt = first.request().receivedOn();
    if (supplement.receivedOn().isBefore(firstReceipt)) {
      throw InvalidInputException.of(
          "supplement.receivedOn",
          supplement.receivedOn(),
          "must not be before the application's receipt on " + firstReceipt);
    }
    ReviewDeadline review = reviewDeadline(supplement);
    Explanation explanation =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_RESUBMISSION,
                List.of(REVIEW),
                List.of(Interpretation.I_3),
                "firstReceipt",
                firstReceipt,
                "supplementReceipt",
                supplement.receivedOn())
            .steps(review.explanation())
            .build();
    return ImmutableResubmission.builder()
        .first(first)
        .firstOutcome(ReviewOutcome.AWAITING_SUPPLEMENT)
        .review(review)
        .explanation(explanation)
        .build();
  }

  @Override
  public ReportDeadline reportDeadline(StopEventReport event) {
    return inContext(
        "report deadline of a " + event.eventType() + " event on " + event.eventDate(),
        () -> {
          PolicyEdition edition = editions.editionOn(event.eventDate());
          PolicyParameter<Integer> days = edition.reportWorkingDays();
          PeriodEnd period = calendar.workingDaysAfter(event.eventDate(), days.value());
          Explanation.Builder explanation = Explanation.builder();
          CountedDays.explainCount(explanation, calendar, event.eventDate(), period.end());
          explanation.step(
              StepCode.DEADLINE_REPORT_END,
              concat(days.sources(), START_DAY_EXCLUDED),
              List.of(Interpretation.I_1, Interpretation.I_2),
              "eventDate",
              event.eventDate(),
              "deadline",
              period.end(),
              "workingDays",
              days.value());
          return ImmutableReportDeadline.builder()
              .event(event)
              .workingDays(days.value())
              .deadline(period.end())
              .restDaysSkipped(CountedDays.skipped(period.restDaysPassed()))
              .editionFrom(edition.effectiveFrom())
              .explanation(explanation.build())
              .build();
        });
  }

  @Override
  public PublicNoticePeriod publicNotice(LocalDate publishedOn) {
    return inContext(
        "public notice published on " + publishedOn,
        () -> {
          PolicyParameter<Integer> days =
              editions.parameterOn(
                  publishedOn, "noticeCalendarDays", PolicyEdition::noticeCalendarDays);
          PolicyEdition edition = editions.editionOn(publishedOn);
          LastDayRule rule =
              switches.noticeRollForward() ? LastDayRule.ROLL_FORWARD : LastDayRule.KEEP;
          PeriodEnd period = calendar.calendarDaysAfter(publishedOn, days.value(), rule);
          LocalDate waivedFrom = period.end().plusDays(1);
          List<Citation> sources =
              period.rolledForward()
                  ? List.of(NOTICE, START_DAY_EXCLUDED, ROLL_FORWARD)
                  : List.of(NOTICE, START_DAY_EXCLUDED);
          Explanation.Builder explanation =
              Explanation.builder()
                  .step(
                      StepCode.NOTICE_PERIOD_END,
                      sources,
                      List.of(Interpretation.I_20),
                      "published",
                      publishedOn,
                      "nominalEnd",
                      period.nominalEnd(),
                      "end",
                      period.end(),
                      "days",
                      days.value());
          CountedDays.explainRestDays(explanation, period.restDaysPassed());
          explanation.step(
              StepCode.NOTICE_WAIVED_FROM,
              List.of(NOTICE),
              List.of(Interpretation.I_20),
              "waivedFrom",
              waivedFrom);
          return ImmutablePublicNoticePeriod.builder()
              .publishedOn(publishedOn)
              .days(days.value())
              .nominalLastDay(period.nominalEnd())
              .lastDay(period.end())
              .waivedFrom(waivedFrom)
              .restDaysPassed(CountedDays.skipped(period.restDaysPassed()))
              .editionFrom(edition.effectiveFrom())
              .switches(noticeSwitches)
              .explanation(explanation.build())
              .build();
        });
  }

  @Override
  public NoticeEntryStatus noticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf) {
    if (asOf.isBefore(notice.publishedOn())) {
      throw InvalidInputException.of(
          "asOf", asOf, "must not be before the notice's publication on " + notice.publishedOn());
    }
    Optional<LocalDate> known = confirmedOn.filter(day -> !day.isAfter(asOf));
    NoticeEntryState state;
    if (known.isPresent() && !known.get().isAfter(notice.lastDay())) {
      state = NoticeEntryState.CONFIRMED;
    } else if (!asOf.isAfter(notice.lastDay())) {
      state = NoticeEntryState.IN_NOTICE;
    } else {
      state = NoticeEntryState.WAIVED;
    }
    return ImmutableNoticeEntryStatus.builder()
        .asOf(asOf)
        .confirmedOn(known)
        .status(state)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.NOTICE_ENTRY_STATUS,
                    List.of(NOTICE),
                    List.of(Interpretation.I_20),
                    "asOf",
                    asOf,
                    "status",
                    state)
                .build())
        .build();
  }

  @Override
  public EnforcementTimeline enforcementTimeline(EnforcementRequest request) {
    LocalDate served = request.decisionServedOn();
    Optional<LocalDate> reminder = request.reminderServedOn();
    if (reminder.isPresent() && reminder.get().isBefore(served)) {
      throw InvalidInputException.of(
          "reminderServedOn",
          reminder.get(),
          "the 催告书 cannot be served before the 责令退回决定书 it enforces (served " + served + ")");
    }
    return inContext(
        "enforcement timeline of a decision served on " + served,
        () -> {
          PeriodEnd reconsideration =
              calendar.calendarDaysAfter(served, RECONSIDERATION_DAYS, LastDayRule.ROLL_FORWARD);
          PeriodEnd litigation =
              calendar.monthsAfter(
                  served,
                  request.rightsStated() ? LITIGATION_MONTHS : LITIGATION_MONTHS_RIGHTS_NOT_STATED,
                  LastDayRule.ROLL_FORWARD);
          LocalDate latest =
              calendar
                  .monthsAfter(litigation.end(), COURT_APPLICATION_MONTHS, LastDayRule.ROLL_FORWARD)
                  .end();
          Optional<LocalDate> earliest =
              reminder.map(
                  day -> {
                    LocalDate afterReminder = calendar.plusWorkingDays(day, REMINDER_WORKING_DAYS);
                    LocalDate afterLitigation = litigation.end().plusDays(1);
                    return afterReminder.isAfter(afterLitigation) ? afterReminder : afterLitigation;
                  });
          Explanation.Builder explanation =
              Explanation.builder()
                  .step(
                      StepCode.ENFORCEMENT_RECONSIDERATION,
                      List.of(
                          ADMINISTRATIVE_RECONSIDERATION_LAW.cite("第二十条"),
                          START_DAY_EXCLUDED,
                          ROLL_FORWARD),
                      List.of(Interpretation.I_17),
                      "served",
                      served,
                      "deadline",
                      reconsideration.end())
                  .step(
                      StepCode.ENFORCEMENT_LITIGATION,
                      List.of(
                          request.rightsStated()
                              ? ADMINISTRATIVE_LITIGATION_LAW.cite("第四十六条")
                              : SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第六十四条"),
                          MONTH_END,
                          ROLL_FORWARD),
                      List.of(Interpretation.I_17),
                      "served",
                      served,
                      "rightsStated",
                      request.rightsStated(),
                      "deadline",
                      litigation.end());
          List<Citation> window =
              List.of(
                  RECOVERY,
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第五十三条"),
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条"),
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第六十九条"),
                  SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条"));
          if (earliest.isPresent()) {
            explanation.step(
                StepCode.ENFORCEMENT_COURT_WINDOW,
                window,
                List.of(Interpretation.I_17),
                "earliest",
                earliest.get(),
                "latest",
                latest);
          } else {
            explanation.step(
                StepCode.ENFORCEMENT_REMINDER_PENDING,
                window,
                List.of(Interpretation.I_17),
                "latest",
                latest);
          }
          return ImmutableEnforcementTimeline.builder()
              .request(request)
              .reconsiderationDeadline(reconsideration.end())
              .litigationDeadline(litigation.end())
              .earliestCourtApplication(earliest)
              .latestCourtApplication(latest)
              .explanation(explanation.build())
              .build();
        });
  }

  @Override
  public EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
    EnforcementRequest request = timeline.request();
    if (asOf.isBefore(request.decisionServedOn())) {
      throw InvalidInputException.of(
          "asOf",
          asOf,
          "must not be before the 责令退回决定书 was served on " + request.decisionServedOn());
    }
    LocalDate latest = timeline.latestCourtApplication();
    boolean reminderServed =
        request.reminderServedOn().filter(day -> !day.isAfter(asOf)).isPresent();
    EnforcementStage stage;
    Optional<LocalDate> until;
    if (asOf.isAfter(latest)) {
      stage = EnforcementStage.COURT_APPLICATION_PERIOD_EXPIRED;
      until = Optional.empty();
    } else if (!reminderServed) {
      boolean appealsRunning = !asOf.isAfter(timeline.litigationDeadline());
      stage =
          appealsRunning
              ? EnforcementStage.APPEAL_PERIODS_RUNNING
              : EnforcementStage.REMINDER_REQUIRED;
      until = Optional.of(appealsRunning ? timeline.litigationDeadline() : latest);
    } else {
      LocalDate earliest = timeline.earliestCourtApplication().orElseThrow();
      if (earliest.isAfter(latest)) {
        stage = EnforcementStage.REMINDER_TOO_LATE;
        until = Optional.empty();
      } else if (asOf.isBefore(earliest)) {
        stage = EnforcementStage.WAITING_FOR_COURT_WINDOW;
        until = Optional.of(earliest);
      } else {
        stage = EnforcementStage.MAY_APPLY_TO_COURT;
        until = Optional.of(latest);
      }
    }
    return ImmutableEnforcementStep.builder()
        .asOf(asOf)
        .stage(stage)
        .until(until)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.ENFORCEMENT_NEXT_STEP,
                    List.of(RECOVERY, ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条")),
                    List.of(Interpretation.I_16, Interpretation.I_17),
                    "asOf",
                    asOf,
                    "step",
                    stage)
                .build())
        .build();
  }

  private static List<Citation> concat(List<Citation> first, Citation more) {
    return Stream.concat(first.stream(), Stream.of(more)).toList();
  }

  /** Runs a rule, wrapping the calendar's coverage error with the rule's context (I-5). */
  private static <T> T inContext(String context, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (CalendarCoverageException e) {
      throw RuleContextException.wrap(context, e);
    }
  }
}
