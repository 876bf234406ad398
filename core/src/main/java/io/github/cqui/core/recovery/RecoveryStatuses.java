package io.github.cqui.core.recovery;

import static io.github.cqui.core.recovery.RecoverySchedules.RECOVERY;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.LadderPosition;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableLadderPosition;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The state of a recovery on a day and its place on the ladder (渝人社办〔2025〕112号 三(四); I-16, I-17):
 * the contract is {@link RecoveryRules#status}. The schedule passed in is checked against the one
 * the rules make of its debt and plan; the enforcement timeline and step come from the enforcement
 * rules, not computed again here. Immutable and thread-safe.
 */
final class RecoveryStatuses {

  private static final Citation COURT_PERIOD =
      SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条");
  private static final List<Interpretation> I16 = List.of(Interpretation.I_16);
  private static final List<Interpretation> I16_I17 =
      List.of(Interpretation.I_16, Interpretation.I_17);

  private final RecoverySchedules schedules;

  RecoveryStatuses(RecoverySchedules schedules) {
    this.schedules = schedules;
  }

  /** Why and since when the debt is on the ladder. */
  private record Trigger(LadderTrigger kind, LocalDate since) {}

  RecoveryStatus status(
      RecoverySchedule schedule, RepaymentHistory history, RecoveryRules enforcement) {
    if (!schedules.schedule(schedule.debt(), schedule.plan()).equals(schedule)) {
      throw InvalidInputException.of(
          "schedule",
          "the schedule of the debt established on " + schedule.debt().establishedOn(),
          "is not the schedule these rules make of its debt and plan; pass the result of"
              + " schedule(debt, plan) unchanged");
    }
    return new Run(schedule, history).run(enforcement);
  }

  /** One computation: the repayments in date order against the schedule's lines. */
  private static final class Run {
    private final RecoverySchedule schedule;
    private final RepaymentHistory history;
    private final OverpaymentDebt debt;
    private final LocalDate asOf;
    private final List<Repayment> repayments;
    private final List<ScheduleLine> lines;

    Run(RecoverySchedule schedule, RepaymentHistory history) {
      this.schedule = schedule;
      this.history = history;
      this.debt = schedule.debt();
      this.asOf = history.asOf();
      this.lines = schedule.lines();
      LocalDate established = debt.establishedOn();
      if (asOf.isBefore(established)) {
        throw InvalidInputException.of(
            "asOf", asOf, "must not be before the debt was established, on " + established);
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < history.repayments().size(); i++) {
        Repayment repayment = history.repayments().get(i);
        if (repayment.date().isBefore(established)) {
          throw InvalidInputException.of(
              "repayments[" + i + "].date",
              repayment.date(),
              "must not be before the debt was established, on " + established);
        }
        order.add(i);
      }
      order.sort(Comparator.comparing(i -> history.repayments().get(i).date()));
      long total = debt.total().toFen();
      long recovered = 0;
      List<Repayment> sorted = new ArrayList<>(order.size());
      for (int i : order) {
        Repayment repayment = history.repayments().get(i);
        recovered += repayment.amount().toFen();
        if (recovered > total) {
          throw InvalidInputException.of(
              "repayments[" + i + "].amount",
              repayment.amount(),
              "takes the total recovered to "
                  + Money.ofFen(recovered)
                  + ", past the debt of "
                  + debt.total()
                  + "; record only what is applied to this debt");
        }
        sorted.add(repayment);
      }
      this.repayments = sorted;
    }

    RecoveryStatus run(RecoveryRules enforcement) {
      long total = debt.total().toFen();
      long recovered = recoveredBy(asOf);
      long due = dueBefore(asOf);
      long arrears = Math.max(0, due - recovered);
      Optional<LocalDate> since = arrears > 0 ? Optional.of(arrearsSince(asOf)) : Optional.empty();
      RecoveryState state =
          recovered == total
              ? RecoveryState.CLEARED
              : arrears > 0 ? RecoveryState.IN_ARREARS : RecoveryState.ON_TRACK;
      Money balance = Money.ofFen(total - recovered);
      Explanation.Builder explanation = Explanation.builder();
      switch (state) {
        case CLEARED -> {
          explanation.step(
              StepCode.RECOVERY_STATE_CLEARED,
              List.of(RECOVERY),
              I16,
              "asOf",
              asOf,
              "recovered",
              Money.ofFen(recovered));
        }
        case IN_ARREARS -> {
          explanation.step(
              StepCode.RECOVERY_STATE_ARREARS,
              List.of(RECOVERY),
              I16,
              "asOf",
              asOf,
              "dueToDate",
              Money.ofFen(due),
              "recovered",
              Money.ofFen(recovered),
              "arrears",
              Money.ofFen(arrears),
              "since",
              since.orElseThrow(),
              "balance",
              balance);
        }
        case ON_TRACK -> {
          explanation.step(
              StepCode.RECOVERY_STATE_ON_TRACK,
              List.of(RECOVERY),
              I16,
              "asOf",
              asOf,
              "dueToDate",
              Money.ofFen(due),
              "recovered",
              Money.ofFen(recovered),
              "balance",
              balance);
        }
      }
      ImmutableRecoveryStatus.Builder result =
          ImmutableRecoveryStatus.builder()
              .asOf(asOf)
              .state(state)
              .dueToDate(Money.ofFen(due))
              .recovered(Money.ofFen(recovered))
              .balance(balance)
              .arrears(Money.ofFen(arrears))
              .arrearsSince(since);
      Optional<EnforcementRequest> decision = history.decision();
      Optional<Trigger> trigger;
      if (decision.isPresent()) {
        LocalDate served = decision.get().decisionServedOn();
        trigger = served.isBefore(debt.establishedOn()) ? Optional.empty() : trigger(served);
        if (trigger.isEmpty()) {
          throw InvalidInputException.of(
              "decision.decisionServedOn",
              served,
              "the debt was not on the ladder that day (渝人社办〔2025〕112号 三(四): a 责令退回决定书 follows a refusal,"
                  + " a broken agreement, or nothing left to deduct)");
        }
      } else {
        trigger = trigger(asOf);
      }
      if (state != RecoveryState.CLEARED && trigger.isPresent()) {
        result.ladder(ladder(trigger.get(), balance, decision, enforcement, explanation));
      }
      return result.explanation(explanation.build()).build();
    }

    private LadderPosition ladder(
        Trigger trigger,
        Money balance,
        Optional<EnforcementRequest> decision,
        RecoveryRules enforcement,
        Explanation.Builder explanation) {
      StepCode code =
          switch (trigger.kind()) {
            case BROKEN_AGREEMENT -> StepCode.RECOVERY_LADDER_BROKEN;
            case NOTHING_LEFT_TO_DEDUCT -> StepCode.RECOVERY_LADDER_NO_DEDUCTION;
            case PLAN_REFUSED -> StepCode.RECOVERY_LADDER_REFUSED;
          };
      explanation.step(
          code, List.of(RECOVERY), I16, "since", trigger.since(), "outstanding", balance);
      ImmutableLadderPosition.Builder position =
          ImmutableLadderPosition.builder()
              .trigger(trigger.kind())
              .since(trigger.since())
              .outstanding(balance);
      if (decision.isEmpty()) {
        return position.nextStep(RecoveryRung.DECISION_LETTER).build();
      }
      EnforcementTimeline timeline = enforcement.enforcementTimeline(decision.get());
      EnforcementStep step = enforcement.enforcementStep(timeline, asOf);
      explanation.steps(timeline.explanation());
      Optional<RecoveryRung> next;
      switch (step.stage()) {
        case APPEAL_PERIODS_RUNNING, REMINDER_REQUIRED -> {
          next = Optional.of(RecoveryRung.REMINDER);
          List<Citation> reminder =
              List.of(
                  RECOVERY,
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第三十五条"),
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条"));
          if (timeline.latestCourtApplication().isPresent()) {
            explanation.step(
                StepCode.RECOVERY_LADDER_REMINDER,
                reminder,
                I16_I17,
                "served",
                timeline.request().decisionServedOn(),
                "latest",
                timeline.latestCourtApplication().get());
          } else {
            // I-5: the court window is pending while the appeal periods run; the timeline's steps
            // say why
            explanation.step(
                StepCode.RECOVERY_LADDER_REMINDER_WINDOW_PENDING,
                reminder,
                List.of(Interpretation.I_16, Interpretation.I_17, Interpretation.I_5),
                "served",
                timeline.request().decisionServedOn(),
                "litigationDeadline",
                timeline.litigationDeadline());
          }
        }
        case WAITING_FOR_COURT_WINDOW, MAY_APPLY_TO_COURT -> {
          next = Optional.of(RecoveryRung.COURT_ENFORCEMENT);
          explanation.step(
              StepCode.RECOVERY_LADDER_COURT,
              List.of(
                  RECOVERY,
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第五十三条"),
                  ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条")),
              I16_I17,
              "reminder",
              timeline.request().reminderServedOn().orElseThrow(),
              "earliest",
              timeline.earliestCourtApplication().orElseThrow(),
              "latest",
              timeline.latestCourtApplication().orElseThrow());
        }
        default -> { // REMINDER_TOO_LATE, COURT_APPLICATION_PERIOD_EXPIRED
          next = Optional.empty();
          explanation.step(
              StepCode.RECOVERY_LADDER_CLOSED,
              List.of(RECOVERY, COURT_PERIOD),
              List.of(Interpretation.I_17),
              "asOf",
              asOf,
              "latest",
              timeline.latestCourtApplication().orElseThrow());
        }
      }
      explanation.steps(step.explanation());
      return position.nextStep(next).enforcement(timeline).enforcementStep(step).build();
    }

    /** Why and since when the debt is on the ladder on {@code day}; empty when it is not. */
    private Optional<Trigger> trigger(LocalDate day) {
      long total = debt.total().toFen();
      long recovered = recoveredBy(day);
      if (recovered == total) {
        return Optional.empty();
      }
      if (schedule.outcome() == ScheduleOutcome.REFUSED) {
        return Optional.of(new Trigger(LadderTrigger.PLAN_REFUSED, debt.establishedOn()));
      }
      if (dueBefore(day) > recovered) {
        return Optional.of(new Trigger(overdueKind(recovered), arrearsSince(day)));
      }
      if (schedule.outcome() == ScheduleOutcome.SHORTFALL) {
        // nothing is left once the last line is due; with no line at all, from the debt itself
        LocalDate from =
            lines.isEmpty()
                ? debt.establishedOn()
                : lines.get(lines.size() - 1).dueDate().plusDays(1);
        if (!day.isBefore(from)) {
          return Optional.of(new Trigger(LadderTrigger.NOTHING_LEFT_TO_DEDUCT, from));
        }
      }
      return Optional.empty();
    }

    /**
     * The kind of the first line not covered by what was recovered (lines in due order): a lump sum
     * or an instalment is the person's (不履行协议); a deduction or offset is a payment that was not
     * there to deduct from (无法抵扣后续待遇).
     */
    private LadderTrigger overdueKind(long recovered) {
      long cumulative = 0;
      for (ScheduleLine line : lines) {
        cumulative += line.amount().toFen();
        if (cumulative > recovered) {
          return line.source() == RepaymentSource.LUMP_SUM
                  || line.source() == RepaymentSource.INSTALMENT
              ? LadderTrigger.BROKEN_AGREEMENT
              : LadderTrigger.NOTHING_LEFT_TO_DEDUCT;
        }
      }
      throw new AssertionError("arrears with every line covered");
    }

    /**
     * The sum of the lines due before {@code day}: an amount is overdue the day after it is due.
     */
    private long dueBefore(LocalDate day) {
      long due = 0;
      for (ScheduleLine line : lines) {
        if (!line.dueDate().isBefore(day)) {
          break;
        }
        due += line.amount().toFen();
      }
      return due;
    }

    /** The sum of the repayments received up to {@code day}, inclusive. */
    private long recoveredBy(LocalDate day) {
      long recovered = 0;
      for (Repayment repayment : repayments) {
        if (repayment.date().isAfter(day)) {
          break;
        }
        recovered += repayment.amount().toFen();
      }
      return recovered;
    }

    /**
     * The first day of the unbroken run of days in arrears that reaches {@code day}: arrears change
     * only on the day after a due date and on the day of a repayment.
     */
    private LocalDate arrearsSince(LocalDate day) {
      TreeSet<LocalDate> changes = new TreeSet<>();
      for (ScheduleLine line : lines) {
        changes.add(line.dueDate().plusDays(1));
      }
      for (Repayment repayment : repayments) {
        changes.add(repayment.date());
      }
      LocalDate since = day;
      boolean inArrears = false;
      int lineIndex = 0;
      int repaymentIndex = 0;
      long due = 0;
      long recovered = 0;
      for (LocalDate change : changes) {
        if (change.isAfter(day)) {
          break;
        }
        while (lineIndex < lines.size() && lines.get(lineIndex).dueDate().isBefore(change)) {
          due += lines.get(lineIndex++).amount().toFen();
        }
        while (repaymentIndex < repayments.size()
            && !repayments.get(repaymentIndex).date().isAfter(change)) {
          recovered += repayments.get(repaymentIndex++).amount().toFen();
        }
        boolean now = due > recovered;
        if (now && !inArrears) {
          since = change;
        }
        inArrears = now;
      }
      return since;
    }
  }
}
