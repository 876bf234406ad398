package io.github.cqui.core.recovery;

import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;
import static io.github.cqui.rules.LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION;

import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing recovery rules (渝人社办〔2025〕112号 三(四); I-16, I-17) on a calendar: the enforcement
 * timeline of a 责令退回决定书 and the next step on a date; the debt of a claim, the schedule of a
 * recovery plan and the state of a recovery, each in its own class. Each method cites its clause in
 * {@link RecoveryRules}. Immutable and thread-safe.
 */
public final class ChongqingRecoveryRules implements RecoveryRules {

  private static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");
  private static final Citation START_DAY_EXCLUDED = CIVIL_CODE.cite("第二百零一条");
  private static final Citation MONTH_END = CIVIL_CODE.cite("第二百零二条");
  private static final Citation ROLL_FORWARD = CIVIL_CODE.cite("第二百零三条");

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final OverpaymentDebts debts;
  private final RecoverySchedules schedules;
  private final RecoveryStatuses statuses;

  /**
   * The recovery rules on a calendar, policy editions, the benefit rules and interpretation
   * switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions, which set the periods of I-17
   * @param benefits the benefit rules, whose ledgers give the debt of a claim and the payments a
   *     deduction is made from
   * @param switches the interpretation switches (the I-16 deduction cap)
   */
  public ChongqingRecoveryRules(
      WorkingDayCalendar calendar,
      PolicyEditions editions,
      BenefitRules benefits,
      InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.debts = new OverpaymentDebts(benefits);
    this.schedules = new RecoverySchedules(benefits, switches);
    this.statuses = new RecoveryStatuses(schedules);
  }

  @Override
  public Optional<OverpaymentDebt> overpaymentDebt(ClaimHistory claim, LocalDate establishedOn) {
    return debts.of(claim, establishedOn);
  }

  @Override
  public RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan) {
    return schedules.schedule(debt, plan);
  }

  @Override
  public RecoveryStatus status(RecoverySchedule schedule, RepaymentHistory history) {
    return statuses.status(schedule, history, this);
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
          int reconsiderationDays =
              editions.parameterOn(served, ParameterKey.RECONSIDERATION_DAYS).value();
          int litigationMonths =
              editions
                  .parameterOn(
                      served,
                      request.rightsStated()
                          ? ParameterKey.LITIGATION_MONTHS
                          : ParameterKey.LITIGATION_MONTHS_RIGHTS_NOT_STATED)
                  .value();
          int courtApplicationMonths =
              editions.parameterOn(served, ParameterKey.COURT_APPLICATION_MONTHS).value();
          int reminderWorkingDays =
              editions.parameterOn(served, ParameterKey.REMINDER_WORKING_DAYS).value();
          PeriodEnd reconsideration =
              calendar.calendarDaysAfter(served, reconsiderationDays, LastDayRule.ROLL_FORWARD);
          PeriodEnd litigation =
              calendar.monthsAfter(served, litigationMonths, LastDayRule.ROLL_FORWARD);
          LocalDate latest =
              calendar
                  .monthsAfter(litigation.end(), courtApplicationMonths, LastDayRule.ROLL_FORWARD)
                  .end();
          Optional<LocalDate> earliest =
              reminder.map(
                  day -> {
                    LocalDate afterReminder = calendar.plusWorkingDays(day, reminderWorkingDays);
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
}
