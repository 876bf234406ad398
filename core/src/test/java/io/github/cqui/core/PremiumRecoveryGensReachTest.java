package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.LadderPosition;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.RecoveryGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generators reach every case the laws speak of, so no law passes for want of cases: over a
 * fixed sample, every refusal reason, both bases and a pending month of the reimbursement; every
 * outcome, source, state and ladder trigger of recovery.
 */
class PremiumRecoveryGensReachTest {

  private static final CquiRules RULES = Chongqing.rules();

  @Test
  void reimbursementApplicationsReachEveryReasonBothBasesAndPendingMonths() {
    Set<RefusalReason> reasons = EnumSet.noneOf(RefusalReason.class);
    Set<ReimbursementBasis> bases = EnumSet.noneOf(ReimbursementBasis.class);
    int pending = 0;
    for (ReimbursementRequest request : PremiumGens.reimbursementRequests().samples(8, 600)) {
      PremiumReimbursement result = RULES.premium().reimbursement(request);
      result.refused().stream().map(RefusedMonth::reason).forEach(reasons::add);
      result.reimbursed().stream().map(ReimbursedMonth::basis).forEach(bases::add);
      pending += result.pending().size();
    }
    assertThat(reasons).containsExactlyInAnyOrder(RefusalReason.values());
    assertThat(bases).containsExactlyInAnyOrder(ReimbursementBasis.values());
    assertThat(pending).isPositive();
  }

  @Test
  void recoveryCasesReachEveryOutcomeSourceStateAndTrigger() {
    Set<ScheduleOutcome> outcomes = EnumSet.noneOf(ScheduleOutcome.class);
    Set<RepaymentSource> sources = EnumSet.noneOf(RepaymentSource.class);
    Set<RecoveryState> states = EnumSet.noneOf(RecoveryState.class);
    Set<LadderTrigger> triggers = EnumSet.noneOf(LadderTrigger.class);
    for (RecoveryGens.StatusCase c : RecoveryGens.statusCases().samples(8, 600)) {
      RecoverySchedule schedule =
          RULES.recovery().schedule(c.schedule().debt(), c.schedule().plan());
      outcomes.add(schedule.outcome());
      schedule.lines().stream().map(ScheduleLine::source).forEach(sources::add);
      LocalDate asOf = c.schedule().debt().establishedOn().plusDays(c.asOfDays());
      List<Repayment> repayments = new ArrayList<>();
      for (int i = 0; i < schedule.lines().size(); i++) {
        int behaviour = c.behaviour().get(i % c.behaviour().size());
        ScheduleLine line = schedule.lines().get(i);
        LocalDate on = line.dueDate().plusDays(Math.max(0, behaviour));
        if (behaviour >= 0 && !on.isAfter(asOf)) {
          repayments.add(Repayment.of(on, line.amount()));
        }
      }
      RepaymentHistory.Builder history = RepaymentHistory.builder();
      history.asOf(asOf).repayments(repayments);
      RecoveryStatus status = RULES.recovery().status(schedule, history.build());
      states.add(status.state());
      status.ladder().map(LadderPosition::trigger).ifPresent(triggers::add);
    }
    assertThat(outcomes).containsExactlyInAnyOrder(ScheduleOutcome.values());
    assertThat(sources).containsExactlyInAnyOrder(RepaymentSource.values());
    assertThat(states).containsExactlyInAnyOrder(RecoveryState.values());
    assertThat(triggers).containsExactlyInAnyOrder(LadderTrigger.values());
  }
}
