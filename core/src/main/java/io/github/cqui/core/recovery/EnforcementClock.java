package io.github.cqui.core.recovery;

import static io.github.cqui.core.kernel.PeriodClauses.MONTH_END;
import static io.github.cqui.core.kernel.PeriodClauses.ROLL_FORWARD;
import static io.github.cqui.core.kernel.PeriodClauses.START_DAY_EXCLUDED;
import static io.github.cqui.core.recovery.ChongqingRecoveryRules.RECOVERY;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.cqui.rules.LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION;

import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.Part;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The enforcement clock of a 责令退回决定书 (渝人社办〔2025〕112号 三(四); I-17), step by step: the periods of the
 * edition in force on its service; the 复议 deadline; the 诉讼 deadline; the last day to apply to the
 * court; and, once the 催告书 is served, the first. Month periods follow 民法典 art 202, and every last
 * day on a rest day rolls forward (art 203). Immutable and thread-safe.
 */
final class EnforcementClock {

  /** The clauses of the window to apply to the court. */
  private static final List<Citation> COURT_WINDOW =
      List.of(
          RECOVERY,
          ADMINISTRATIVE_COMPULSION_LAW.cite("第五十三条"),
          ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条"),
          ADMINISTRATIVE_COMPULSION_LAW.cite("第六十九条"),
          SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条"));

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;

  EnforcementClock(WorkingDayCalendar calendar, PolicyEditions editions) {
    this.calendar = calendar;
    this.editions = editions;
  }

  /**
   * The timeline of a decision: the 复议 and 诉讼 deadlines, and the court window, or why it is pending
   * (I-5: only the part that needs a year whose holiday notice is not loaded is pending). Marked
   * provisional with the years it depends on that the calendar only projects.
   *
   * @throws io.github.cqui.calendar.CalendarCoverageException if the 复议 or 诉讼 deadline is not
   *     covered
   */
  EnforcementTimeline timelineOf(EnforcementRequest request) {
    LocalDate served = request.decisionServedOn();
    Periods periods = periodsInForceOn(served, request.rightsStated());
    PeriodEnd reconsideration =
        calendar.calendarDaysAfter(served, periods.reconsiderationDays(), LastDayRule.ROLL_FORWARD);
    PeriodEnd litigation =
        calendar.monthsAfter(served, periods.litigationMonths(), LastDayRule.ROLL_FORWARD);
    Part<CourtWindow> window =
        Part.of(
            "court window of a decision served on " + served,
            () -> courtWindow(request, periods, litigation.lastDay()));
    Explanation.Builder explanation =
        Explanation.builder()
            .step(reconsiderationExplained(served, reconsideration.lastDay()))
            .step(litigationExplained(request, litigation.lastDay()));
    ImmutableEnforcementTimeline.Builder timeline =
        ImmutableEnforcementTimeline.builder()
            .request(request)
            .reconsiderationDeadline(reconsideration.lastDay())
            .litigationDeadline(litigation.lastDay());
    List<ProvisionalYear> deadlines = Provisionals.of(reconsideration, litigation);
    List<ProvisionalYear> provisional =
        window.fold(
            answered -> {
              explanation.step(courtWindowExplained(answered.earliest(), answered.latest()));
              timeline
                  .earliestCourtApplication(answered.earliest())
                  .latestCourtApplication(answered.latest());
              return Provisionals.union(List.of(deadlines, answered.provisionalYears()));
            },
            pending -> {
              explanation.step(courtWindowPending(litigation.lastDay(), pending));
              timeline.courtWindowPending(pending);
              return deadlines;
            });
    Provisionals.explain(explanation, provisional);
    return timeline.provisionalYears(provisional).explanation(explanation.build()).build();
  }

  /**
   * The court window of a decision, as {@link #timelineOf} derives it.
   *
   * @throws io.github.cqui.calendar.CalendarCoverageException if the window is not covered
   */
  CourtWindow courtWindowOf(EnforcementRequest request) {
    LocalDate served = request.decisionServedOn();
    Periods periods = periodsInForceOn(served, request.rightsStated());
    LocalDate litigation =
        calendar
            .monthsAfter(served, periods.litigationMonths(), LastDayRule.ROLL_FORWARD)
            .lastDay();
    return courtWindow(request, periods, litigation);
  }

  /** The window to apply to the court, and the provisional years it depends on (I-5). */
  record CourtWindow(
      Optional<LocalDate> earliest, LocalDate latest, List<ProvisionalYear> provisionalYears) {}

  /**
   * The last day to apply (3 months after the 诉讼 deadline, 法释〔2018〕1号 第一百五十六条; 民法典 arts 202, 203)
   * and, once the 催告书 is served, the first.
   */
  private CourtWindow courtWindow(
      EnforcementRequest request, Periods periods, LocalDate litigationDeadline) {
    PeriodEnd latest =
        calendar.monthsAfter(
            litigationDeadline, periods.courtApplicationMonths(), LastDayRule.ROLL_FORWARD);
    Optional<PeriodEnd> afterReminder =
        request
            .reminderServedOn()
            .map(reminder -> calendar.workingDaysAfter(reminder, periods.reminderWorkingDays()));
    Optional<LocalDate> earliest =
        afterReminder.map(after -> courtWindowOpens(after.lastDay(), litigationDeadline));
    List<ProvisionalYear> provisional =
        afterReminder.isPresent()
            ? Provisionals.of(latest, afterReminder.get())
            : Provisionals.of(latest);
    return new CourtWindow(earliest, latest.lastDay(), provisional);
  }

  /** The periods of I-17, from the edition in force on the decision's service. */
  private record Periods(
      int reconsiderationDays,
      int litigationMonths,
      int courtApplicationMonths,
      int reminderWorkingDays) {}

  private Periods periodsInForceOn(LocalDate served, boolean rightsStated) {
    return new Periods(
        editions.parameterOn(served, ParameterKey.RECONSIDERATION_DAYS).value(),
        editions
            .parameterOn(
                served,
                rightsStated
                    ? ParameterKey.LITIGATION_MONTHS
                    : ParameterKey.LITIGATION_MONTHS_RIGHTS_NOT_STATED)
            .value(),
        editions.parameterOn(served, ParameterKey.COURT_APPLICATION_MONTHS).value(),
        editions.parameterOn(served, ParameterKey.REMINDER_WORKING_DAYS).value());
  }

  /**
   * The first day to apply to the court: the later of the day after the 诉讼 deadline (行政强制法 art 53)
   * and the working days after the 催告书 (arts 54, 69).
   */
  private static LocalDate courtWindowOpens(LocalDate afterReminder, LocalDate litigationDeadline) {
    LocalDate afterLitigation = litigationDeadline.plusDays(1);
    return afterReminder.isAfter(afterLitigation) ? afterReminder : afterLitigation;
  }

  /** The court window cannot be answered yet; the 复议 and 诉讼 deadlines are (I-5, I-17). */
  private static ExplanationStep courtWindowPending(LocalDate litigationDeadline, Pending pending) {
    return ExplanationStep.of(
        StepCode.ENFORCEMENT_COURT_WINDOW_PENDING,
        COURT_WINDOW,
        List.of(Interpretation.I_17, Interpretation.I_5),
        "litigationDeadline",
        litigationDeadline,
        "reason",
        pending.reason());
  }

  private static ExplanationStep reconsiderationExplained(LocalDate served, LocalDate deadline) {
    return ExplanationStep.of(
        StepCode.ENFORCEMENT_RECONSIDERATION,
        List.of(ADMINISTRATIVE_RECONSIDERATION_LAW.cite("第二十条"), START_DAY_EXCLUDED, ROLL_FORWARD),
        List.of(Interpretation.I_17),
        "served",
        served,
        "deadline",
        deadline);
  }

  /** 6 months (行政诉讼法 art 46), or one year when the rights were not stated (法释〔2018〕1号 art 64). */
  private static ExplanationStep litigationExplained(
      EnforcementRequest request, LocalDate deadline) {
    Citation period =
        request.rightsStated()
            ? ADMINISTRATIVE_LITIGATION_LAW.cite("第四十六条")
            : SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第六十四条");
    return ExplanationStep.of(
        StepCode.ENFORCEMENT_LITIGATION,
        List.of(period, MONTH_END, ROLL_FORWARD),
        List.of(Interpretation.I_17),
        "served",
        request.decisionServedOn(),
        "rightsStated",
        request.rightsStated(),
        "deadline",
        deadline);
  }

  private static ExplanationStep courtWindowExplained(
      Optional<LocalDate> earliest, LocalDate latest) {
    if (earliest.isEmpty()) {
      return ExplanationStep.of(
          StepCode.ENFORCEMENT_REMINDER_PENDING,
          COURT_WINDOW,
          List.of(Interpretation.I_17),
          "latest",
          latest);
    }
    return ExplanationStep.of(
        StepCode.ENFORCEMENT_COURT_WINDOW,
        COURT_WINDOW,
        List.of(Interpretation.I_17),
        "earliest",
        earliest.get(),
        "latest",
        latest);
  }
}
