package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The recovery endpoints over the socket (渝人社办〔2025〕112号 三(四); 《行政强制法》第五十四条、第五十三条; I-16, I-17,
 * I-24), each with an example worked by hand.
 */
class RecoveryEndpointsTest {

  private final RunningService service = RunningService.get();

  private static final Money M2000 = Money.ofYuan("2000.00");

  private EnforcementTimeline timeline() {
    // a 责令退回决定书 served 2025-03-14 stating the rights, a 催告书 served 2025-09-25
    EnforcementRequest request =
        EnforcementRequest.builder()
            .decisionServedOn(LocalDate.of(2025, 3, 14))
            .rightsStated(true)
            .reminderServedOn(LocalDate.of(2025, 9, 25))
            .build();
    return service.post("/v1/recovery/enforcement-timeline", request).as(EnforcementTimeline.class);
  }

  @Test
  void enforcementTimeline_I17_sixtyDaysSixMonthsThenThreeMonths() {
    EnforcementTimeline timeline = timeline();
    assertThat(timeline.reconsiderationDeadline()).isEqualTo(LocalDate.of(2025, 5, 13));
    assertThat(timeline.litigationDeadline()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(timeline.earliestCourtApplication()).contains(LocalDate.of(2025, 10, 15));
    assertThat(timeline.latestCourtApplication()).contains(LocalDate.of(2025, 12, 15));
  }

  @Test
  void enforcementStep_I17_waitingForTheCourtWindowThenMayApply() {
    String timeline = RunningService.JSON.writeValueAsString(timeline());
    assertThat(step(timeline, "2025-10-01").stage())
        .isEqualTo(EnforcementStage.WAITING_FOR_COURT_WINDOW);
    EnforcementStep open = step(timeline, "2025-10-15");
    assertThat(open.stage()).isEqualTo(EnforcementStage.MAY_APPLY_TO_COURT);
    assertThat(open.until()).contains(LocalDate.of(2025, 12, 15));
  }

  private EnforcementStep step(String timeline, String asOf) {
    return service
        .post(
            "/v1/recovery/enforcement-step",
            "{\"timeline\":" + timeline + ",\"asOf\":\"" + asOf + "\"}")
        .as(EnforcementStep.class);
  }

  @Test
  void debt_三四_theMonthsPaidAfterAnUnreportedReEmployment() {
    // cases/re-employment.json: re-employed 2026-01-12, 1,800.00 still paid for 2026-02 and 03
    String claim = CaseEndpointTest.sample("re-employment.json").get("claim").toString();
    JsonNode answer =
        service
            .post("/v1/recovery/debt", "{\"claim\":" + claim + ",\"establishedOn\":\"2026-04-20\"}")
            .json();
    OverpaymentDebt debt =
        RunningService.JSON.treeToValue(answer.get("debt"), OverpaymentDebt.class);
    assertThat(debt.total()).isEqualTo(Money.ofYuan("3600.00"));
    assertThat(debt.months())
        .extracting(OverpaidMonth::month)
        .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
  }

  @Test
  void debt_aClaimWithoutOverpaymentHasNone() {
    String claim = CaseEndpointTest.sample("suspension.json").get("claim").toString();
    assertThat(
            service
                .post(
                    "/v1/recovery/debt",
                    "{\"claim\":" + claim + ",\"establishedOn\":\"2026-05-20\"}")
                .body())
        .isEqualTo("{}");
  }

  private static OverpaymentDebt threeMonths() {
    return OverpaymentDebt.of(
        LocalDate.of(2026, 1, 20),
        List.of(
            OverpaidMonth.of(
                YearMonth.of(2025, 10), M2000, OverpaymentReason.STOP_EVENT_NOT_REPORTED),
            OverpaidMonth.of(
                YearMonth.of(2025, 11), M2000, OverpaymentReason.STOP_EVENT_NOT_REPORTED),
            OverpaidMonth.of(
                YearMonth.of(2025, 12), M2000, OverpaymentReason.STOP_EVENT_NOT_REPORTED)));
  }

  private String schedule() {
    // 6,000.00 in 4 monthly instalments from 2026-02-28: 1,500.00 each, no odd fen
    RecoveryPlan plan =
        RecoveryPlan.instalments(
            InstalmentAgreement.of(
                4, LocalDate.of(2026, 2, 28), 1, OddFenPlacement.FIRST_INSTALMENTS));
    return service
        .post(
            "/v1/recovery/schedule",
            "{\"debt\":"
                + RunningService.JSON.writeValueAsString(threeMonths())
                + ",\"plan\":"
                + RunningService.JSON.writeValueAsString(plan)
                + "}")
        .body();
  }

  @Test
  void schedule_三四_fourEqualInstalmentsClearTheDebt() {
    RecoverySchedule schedule = RunningService.JSON.readValue(schedule(), RecoverySchedule.class);
    assertThat(schedule.outcome()).isEqualTo(ScheduleOutcome.CLEARS);
    assertThat(schedule.lines())
        .extracting(ScheduleLine::amount)
        .containsExactly(
            Money.ofYuan("1500.00"),
            Money.ofYuan("1500.00"),
            Money.ofYuan("1500.00"),
            Money.ofYuan("1500.00"));
  }

  @Test
  void status_三四_twoInstalmentsPaidOnTimeIsOnTrack() {
    RepaymentHistory history =
        RepaymentHistory.builder()
            .asOf(LocalDate.of(2026, 4, 20))
            .addRepayments(
                Repayment.of(LocalDate.of(2026, 2, 27), Money.ofYuan("1500.00")),
                Repayment.of(LocalDate.of(2026, 3, 27), Money.ofYuan("1500.00")))
            .build();
    RecoveryStatus status =
        service
            .post(
                "/v1/recovery/status",
                "{\"schedule\":"
                    + schedule()
                    + ",\"history\":"
                    + RunningService.JSON.writeValueAsString(history)
                    + "}")
            .as(RecoveryStatus.class);
    assertThat(status.state()).isEqualTo(RecoveryState.ON_TRACK);
    assertThat(status.recovered()).isEqualTo(Money.ofYuan("3000.00"));
    assertThat(status.balance()).isEqualTo(Money.ofYuan("3000.00"));
    assertThat(status.arrears()).isEqualTo(Money.zero());
  }
}
