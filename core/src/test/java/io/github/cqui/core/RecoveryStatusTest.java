package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.LadderPosition;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The state of a recovery on a day and the ladder (渝人社办〔2025〕112号 三(四); I-16, I-17), worked by
 * hand.
 *
 * <p>A broken agreement: 3,000.00 overpaid in 2024-11 (a re-employment not reported), established
 * 2024-12-10; an agreement of 3 monthly instalments of 1,000.00 due 2025-01-10, 02-10 and 03-10.
 * The person pays 1,000.00 on 2025-01-09 and nothing more.
 *
 * <ul>
 *   <li>2025-02-10: the second instalment is due that day, not yet overdue: on track.
 *   <li>2025-02-11: 1,000.00 overdue since 2025-02-11: in arrears; the agreement is broken (不履行协议):
 *       the next rung is the 责令退回决定书, ordering the return of the 2,000.00 left.
 *   <li>The decision is served Fri 2025-03-14, rights stated. By the enforcement timeline ({@link
 *       EnforcementTimelineTest}): 复议 to 2025-05-13, 诉讼 to 2025-09-15, the court from the later of
 *       2025-09-16 and 10 working days after the 催告书, to 2025-12-15.
 *   <li>2025-04-01, no 催告书 yet: the appeal periods run; the next rung is the 催告. Arrears 2,000.00
 *       (the third instalment is overdue too), unbroken since 2025-02-11.
 *   <li>催告书 served Thu 2025-09-25: 10 working days later is 2025-10-15, after the 2025-09-16 the 诉讼
 *       window allows: on 2025-10-20 the agency may apply to the court, 2025-10-15 to 2025-12-15.
 *   <li>2025-12-16: the three months after the 诉讼 deadline have passed: no rung left.
 * </ul>
 */
class RecoveryStatusTest {

  private final RecoveryRules rules = Chongqing.rules().recovery();

  private static final LocalDate ESTABLISHED = LocalDate.of(2024, 12, 10);

  private RecoverySchedule agreement() {
    OverpaymentDebt debt =
        OverpaymentDebt.of(
            ESTABLISHED,
            List.of(
                OverpaidMonth.of(
                    YearMonth.of(2024, 11),
                    Money.ofYuan("3000.00"),
                    OverpaymentReason.STOP_EVENT_NOT_REPORTED)));
    return rules.schedule(
        debt,
        RecoveryPlan.instalments(
            InstalmentAgreement.of(
                3, LocalDate.of(2025, 1, 10), 1, OddFenPlacement.FIRST_INSTALMENTS)));
  }

  private static RepaymentHistory.Builder paidOnce(LocalDate asOf) {
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(asOf)
        .addRepayments(Repayment.of(LocalDate.of(2025, 1, 9), Money.ofYuan("1000.00")));
    return history;
  }

  private static EnforcementRequest decision(LocalDate reminder) {
    EnforcementRequest.Builder request = EnforcementRequest.builder();
    request.decisionServedOn(LocalDate.of(2025, 3, 14)).rightsStated(true);
    if (reminder != null) {
      request.reminderServedOn(reminder);
    }
    return request.build();
  }

  @Test
  void onTheDueDayTheInstalmentIsNotYetOverdue_三四() {
    RecoveryStatus status = rules.status(agreement(), paidOnce(LocalDate.of(2025, 2, 10)).build());
    assertThat(status.state()).isEqualTo(RecoveryState.ON_TRACK);
    assertThat(status.dueToDate()).isEqualTo(Money.ofYuan("1000.00"));
    assertThat(status.recovered()).isEqualTo(Money.ofYuan("1000.00"));
    assertThat(status.balance()).isEqualTo(Money.ofYuan("2000.00"));
    assertThat(status.arrears()).isEqualTo(Money.zero());
    assertThat(status.arrearsSince()).isEmpty();
    assertThat(status.ladder()).isEmpty();
  }

  @Test
  void theDayAfterAMissedInstalmentTheAgreementIsBrokenAndTheNextRungIsTheDecision_三四_I16() {
    RecoveryStatus status = rules.status(agreement(), paidOnce(LocalDate.of(2025, 2, 11)).build());
    assertThat(status.state()).isEqualTo(RecoveryState.IN_ARREARS);
    assertThat(status.arrears()).isEqualTo(Money.ofYuan("1000.00"));
    assertThat(status.arrearsSince()).contains(LocalDate.of(2025, 2, 11));
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.trigger()).isEqualTo(LadderTrigger.BROKEN_AGREEMENT);
    assertThat(ladder.since()).isEqualTo(LocalDate.of(2025, 2, 11));
    assertThat(ladder.outstanding()).isEqualTo(Money.ofYuan("2000.00"));
    assertThat(ladder.nextStep()).contains(RecoveryRung.DECISION_LETTER);
    assertThat(ladder.enforcement()).isEmpty();
    assertThat(status.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("截至2025-02-11，已到期2000.00，已收回1000.00：自2025-02-11起持续逾期1000.00；尚欠2000.00。")
        .contains("自2025-02-11起未按约定退回（不履行协议）：经办机构应当送达责令退回决定书，责令退回2000.00。");
  }

  @Test
  void theDecisionServedTheNextRungIsTheReminder_三四_I16_I17() {
    RecoveryStatus status =
        rules.status(
            agreement(), paidOnce(LocalDate.of(2025, 4, 1)).decision(decision(null)).build());
    assertThat(status.arrears()).isEqualTo(Money.ofYuan("2000.00"));
    assertThat(status.arrearsSince()).contains(LocalDate.of(2025, 2, 11));
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.nextStep()).contains(RecoveryRung.REMINDER);
    assertThat(ladder.enforcement().orElseThrow().reconsiderationDeadline())
        .isEqualTo(LocalDate.of(2025, 5, 13));
    assertThat(ladder.enforcement().orElseThrow().litigationDeadline())
        .isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(ladder.enforcementStep().orElseThrow().stage())
        .isEqualTo(EnforcementStage.APPEAL_PERIODS_RUNNING);
    assertThat(ladder.enforcement()).contains(rules.enforcementTimeline(decision(null)));
    assertThat(status.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("责令退回决定书已于2025-03-14送达；当事人仍未履行的，下一步为催告，申请人民法院强制执行最迟不晚于2025-12-15。");
  }

  @Test
  void aDecisionServed20260601HasItsCourtWindowPendingAndTheLadderStillAnswers_三四_I17_I5() {
    EnforcementRequest served =
        EnforcementRequest.builder()
            .decisionServedOn(LocalDate.of(2026, 6, 1))
            .rightsStated(true)
            .build();
    RecoveryStatus status =
        rules.status(agreement(), paidOnce(LocalDate.of(2026, 9, 1)).decision(served).build());
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.nextStep()).contains(RecoveryRung.REMINDER);
    assertThat(ladder.enforcement().orElseThrow().litigationDeadline())
        .isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(ladder.enforcement().orElseThrow().latestCourtApplication()).isEmpty();
    assertThat(ladder.enforcement().orElseThrow().courtWindowPending().orElseThrow().year())
        .isEqualTo(2027);
    assertThat(ladder.enforcementStep().orElseThrow().stage())
        .isEqualTo(EnforcementStage.APPEAL_PERIODS_RUNNING);
    assertThat(status.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains(
            "责令退回决定书已于2026-06-01送达；当事人仍未履行的，下一步为催告；申请人民法院强制执行的最后期限（诉讼期限2026-12-01届满后3个月）"
                + "待当年放假安排通知载入后确定。");
    // after the 诉讼 deadline the step needs the window: refused with the remedies (I-5)
    assertThatThrownBy(
            () ->
                rules.status(
                    agreement(), paidOnce(LocalDate.of(2026, 12, 2)).decision(served).build()))
        .isInstanceOf(io.github.cqui.rules.RuleContextException.class)
        .hasMessageContaining("CoverageMode.PROVISIONAL");
  }

  @Test
  void theReminderServedTheAgencyMayApplyToTheCourt_三四_I17() {
    RecoveryStatus status =
        rules.status(
            agreement(),
            paidOnce(LocalDate.of(2025, 10, 20))
                .decision(decision(LocalDate.of(2025, 9, 25)))
                .build());
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.trigger()).isEqualTo(LadderTrigger.BROKEN_AGREEMENT);
    assertThat(ladder.nextStep()).contains(RecoveryRung.COURT_ENFORCEMENT);
    assertThat(ladder.enforcement().orElseThrow().earliestCourtApplication())
        .contains(LocalDate.of(2025, 10, 15));
    assertThat(ladder.enforcement().orElseThrow().latestCourtApplication())
        .contains(LocalDate.of(2025, 12, 15));
    assertThat(ladder.enforcementStep().orElseThrow().stage())
        .isEqualTo(EnforcementStage.MAY_APPLY_TO_COURT);
    assertThat(status.explanation().render(Locale.ENGLISH))
        .contains(
            "The reminder was served on 2025-09-25: the next step is to apply to the people's court"
                + " for compulsory enforcement, from 2025-10-15 to 2025-12-15.");
  }

  @Test
  void afterTheCourtWindowNoRungIsLeft_I17() {
    RecoveryStatus status =
        rules.status(
            agreement(),
            paidOnce(LocalDate.of(2025, 12, 16))
                .decision(decision(LocalDate.of(2025, 9, 25)))
                .build());
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.nextStep()).isEmpty();
    assertThat(ladder.enforcementStep().orElseThrow().stage())
        .isEqualTo(EnforcementStage.COURT_APPLICATION_PERIOD_EXPIRED);
  }

  @Test
  void aDecisionServedBeforeTheAgreementWasBrokenIsRefused_三四() {
    EnforcementRequest.Builder early = EnforcementRequest.builder();
    early.decisionServedOn(LocalDate.of(2025, 2, 5)).rightsStated(true);
    assertThatThrownBy(
            () ->
                rules.status(
                    agreement(),
                    paidOnce(LocalDate.of(2025, 4, 1)).decision(early.build()).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "decision.decisionServedOn = 2025-02-05: the debt was not on the ladder");
  }

  @Test
  void theRestRepaidAfterTheDecisionClearsTheDebt_三四() {
    RecoveryStatus status =
        rules.status(
            agreement(),
            paidOnce(LocalDate.of(2025, 10, 20))
                .addRepayments(Repayment.of(LocalDate.of(2025, 10, 1), Money.ofYuan("2000.00")))
                .decision(decision(LocalDate.of(2025, 9, 25)))
                .build());
    assertThat(status.state()).isEqualTo(RecoveryState.CLEARED);
    assertThat(status.balance()).isEqualTo(Money.zero());
    assertThat(status.ladder()).isEmpty();
  }

  @Test
  void arrearsMadeGoodLateLeaveTheRunSinceTheLastMissedDay() {
    // paid the first instalment late on 2025-01-20 (arrears 01-11 .. 01-19), then the second on
    // time: on 2025-03-11 the third is overdue since 2025-03-11 — not since 01-11
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(LocalDate.of(2025, 3, 11))
        .addRepayments(
            Repayment.of(LocalDate.of(2025, 1, 20), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2025, 2, 10), Money.ofYuan("1000.00")));
    RecoveryStatus status = rules.status(agreement(), history.build());
    assertThat(status.arrearsSince()).contains(LocalDate.of(2025, 3, 11));
    assertThat(status.arrears()).isEqualTo(Money.ofYuan("1000.00"));
  }

  @Test
  void nothingLeftToDeductPutsTheShortfallOnTheLadder_三四_I16() {
    // cap 50 %: deductions of 1,000.00 on 2026-03-31, 04-30, 05-31, all received; 1,000.00 left:
    // from 2026-06-01 nothing is left to deduct
    RecoveryRules half = RecoveryScheduleTest.withCap(50);
    OverpaymentDebt debt =
        half.overpaymentDebt(
                RecoveryScheduleTest.stoppedClaim(StopEventType.RE_EMPLOYMENT),
                LocalDate.of(2026, 1, 20))
            .orElseThrow();
    RecoverySchedule schedule =
        half.schedule(
            debt,
            RecoveryPlan.deduction(
                BenefitDeduction.of(RecoveryScheduleTest.laterClaim(), YearMonth.of(2026, 3))));
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(LocalDate.of(2026, 6, 5))
        .addRepayments(
            Repayment.of(LocalDate.of(2026, 3, 31), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2026, 4, 30), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2026, 5, 29), Money.ofYuan("1000.00")));
    RecoveryStatus status = half.status(schedule, history.build());
    assertThat(status.state()).isEqualTo(RecoveryState.ON_TRACK);
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.trigger()).isEqualTo(LadderTrigger.NOTHING_LEFT_TO_DEDUCT);
    assertThat(ladder.since()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(ladder.outstanding()).isEqualTo(Money.ofYuan("1000.00"));
    assertThat(ladder.nextStep()).contains(RecoveryRung.DECISION_LETTER);
    // before the last deduction is due, the deductions are still to come
    history.asOf(LocalDate.of(2026, 5, 30));
    assertThat(half.status(schedule, history.build()).ladder()).isEmpty();
  }

  @Test
  void aDeductionNotReceivedIsNothingLeftToDeduct_三四() {
    // only the 2026-03 deduction arrived; on 2026-05-05 the 2026-04 one (due 04-30) is missing
    RecoverySchedule schedule =
        rules.schedule(
            rules
                .overpaymentDebt(
                    RecoveryScheduleTest.stoppedClaim(StopEventType.RE_EMPLOYMENT),
                    LocalDate.of(2026, 1, 20))
                .orElseThrow(),
            RecoveryPlan.deduction(
                BenefitDeduction.of(RecoveryScheduleTest.laterClaim(), YearMonth.of(2026, 3))));
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(LocalDate.of(2026, 5, 5))
        .addRepayments(Repayment.of(LocalDate.of(2026, 3, 31), Money.ofYuan("2000.00")));
    RecoveryStatus status = rules.status(schedule, history.build());
    assertThat(status.state()).isEqualTo(RecoveryState.IN_ARREARS);
    assertThat(status.arrearsSince()).contains(LocalDate.of(2026, 5, 1));
    assertThat(status.ladder().orElseThrow().trigger())
        .isEqualTo(LadderTrigger.NOTHING_LEFT_TO_DEDUCT);
  }

  @Test
  void aRefusedPensionOffsetIsOnTheLadderFromTheDebt_三四_I16() {
    PensionOffset.Builder offset = RecoveryScheduleTest.offset();
    RecoverySchedule schedule =
        rules.schedule(RecoveryScheduleTest.thousand(), RecoveryPlan.pensionOffset(offset.build()));
    RecoveryStatus status =
        rules.status(schedule, RepaymentHistory.builder().asOf(LocalDate.of(2026, 1, 5)).build());
    LadderPosition ladder = status.ladder().orElseThrow();
    assertThat(ladder.trigger()).isEqualTo(LadderTrigger.PLAN_REFUSED);
    assertThat(ladder.since()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(ladder.nextStep()).contains(RecoveryRung.DECISION_LETTER);
  }

  @Test
  void aRepaymentDatedBeforeTheDebtIsRefused_三四() {
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(LocalDate.of(2025, 2, 1))
        .addRepayments(
            Repayment.of(LocalDate.of(2025, 1, 9), Money.ofYuan("10.00")),
            Repayment.of(LocalDate.of(2024, 12, 9), Money.ofYuan("10.00")));
    assertThatThrownBy(() -> rules.status(agreement(), history.build()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("repayments[1].date");
              assertThat(e.value()).isEqualTo("2024-12-09");
              assertThat(e.rule())
                  .isEqualTo("must not be before the debt was established, on 2024-12-10");
            });
  }

  @Test
  void repaymentsPastTheDebtAndAfterTheDayAreRefused() {
    RepaymentHistory.Builder history = paidOnce(LocalDate.of(2025, 3, 1));
    history.addRepayments(Repayment.of(LocalDate.of(2025, 2, 1), Money.ofYuan("2000.01")));
    assertThatThrownBy(() -> rules.status(agreement(), history.build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "repayments[1].amount = 2000.01: takes the total recovered to 3000.01, past the debt"
                + " of 3000.00");
    assertThatThrownBy(() -> paidOnce(LocalDate.of(2025, 1, 8)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("repayments[0].date = 2025-01-09: must not be after asOf");
    assertThatThrownBy(
            () ->
                rules.status(
                    agreement(),
                    RepaymentHistory.builder().asOf(LocalDate.of(2024, 12, 9)).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("asOf = 2024-12-09");
  }

  @Test
  void aRepaymentMustBePositive() {
    assertThatThrownBy(() -> Repayment.of(LocalDate.of(2025, 1, 9), Money.ofYuan("-5.00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount = -5.00: a repayment must be positive");
  }

  @Test
  void repaymentsMayBeListedInAnyOrder() {
    RepaymentHistory.Builder inOrder = RepaymentHistory.builder();
    inOrder
        .asOf(LocalDate.of(2025, 3, 20))
        .addRepayments(
            Repayment.of(LocalDate.of(2025, 1, 20), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2025, 3, 15), Money.ofYuan("500.00")));
    RepaymentHistory.Builder reversed = RepaymentHistory.builder();
    reversed
        .asOf(LocalDate.of(2025, 3, 20))
        .addRepayments(
            Repayment.of(LocalDate.of(2025, 3, 15), Money.ofYuan("500.00")),
            Repayment.of(LocalDate.of(2025, 1, 20), Money.ofYuan("1000.00")));
    RecoveryStatus status = rules.status(agreement(), inOrder.build());
    // due before 03-20: 3,000.00; recovered 1,500.00; in arrears since 2025-01-11 (the first
    // instalment was 10 days late), made good on 01-20, behind again from 02-11
    assertThat(status.arrears()).isEqualTo(Money.ofYuan("1500.00"));
    assertThat(status.arrearsSince()).contains(LocalDate.of(2025, 2, 11));
    assertThat(rules.status(agreement(), reversed.build())).isEqualTo(status);
  }

  @Test
  void aMissedInstalmentAfterEveryDeductionIsABrokenAgreement_三四() {
    // cap 50 %: deductions of 1,000.00 on 03-31, 04-30, 05-31, all received; the rest, 1,000.00,
    // in 2 instalments from 2026-06-30: on 2026-07-05 the first (500.00) is overdue
    RecoveryRules half = RecoveryScheduleTest.withCap(50);
    RecoverySchedule schedule =
        half.schedule(
            half.overpaymentDebt(
                    RecoveryScheduleTest.stoppedClaim(StopEventType.RE_EMPLOYMENT),
                    LocalDate.of(2026, 1, 20))
                .orElseThrow(),
            RecoveryPlan.deductionThenInstalments(
                BenefitDeduction.of(RecoveryScheduleTest.laterClaim(), YearMonth.of(2026, 3)),
                InstalmentAgreement.of(
                    2, LocalDate.of(2026, 6, 30), 1, OddFenPlacement.FIRST_INSTALMENTS)));
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history
        .asOf(LocalDate.of(2026, 7, 5))
        .addRepayments(
            Repayment.of(LocalDate.of(2026, 3, 31), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2026, 4, 30), Money.ofYuan("1000.00")),
            Repayment.of(LocalDate.of(2026, 5, 31), Money.ofYuan("1000.00")));
    RecoveryStatus status = half.status(schedule, history.build());
    assertThat(status.arrears()).isEqualTo(Money.ofYuan("500.00"));
    assertThat(status.ladder().orElseThrow().trigger()).isEqualTo(LadderTrigger.BROKEN_AGREEMENT);
    assertThat(status.ladder().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 7, 1));
  }
}
