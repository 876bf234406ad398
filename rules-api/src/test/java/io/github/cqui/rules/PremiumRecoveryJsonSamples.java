package io.github.cqui.rules;

import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.recovery.LadderTrigger;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import java.util.List;

/**
 * JSON samples of the enums of the premium reimbursement and of recovery schedules, part of {@link
 * JsonSamples}: an enum is written as its constant's name by both Jackson lines. The value types of
 * these areas carry no Jackson annotation; their JSON comes with the codec-based Jackson module.
 */
final class PremiumRecoveryJsonSamples {

  private PremiumRecoveryJsonSamples() {}

  static List<Sample> all() {
    return List.of(
        name(ReimbursementBasis.ACTUAL_PAID, ReimbursementBasis.class),
        name(RefusalReason.TWO_RECEIPTS, RefusalReason.class),
        name(PendingReason.NO_STANDARD_IN_FORCE, PendingReason.class),
        name(OverpaymentReason.DUPLICATE_WITH_PENSION, OverpaymentReason.class),
        name(OddFenPlacement.LAST_INSTALMENTS, OddFenPlacement.class),
        name(RepaymentSource.UI_DEDUCTION, RepaymentSource.class),
        name(ScheduleOutcome.SHORTFALL, ScheduleOutcome.class),
        name(PlanRefusal.NO_WRITTEN_REQUEST, PlanRefusal.class),
        name(RecoveryRung.DECISION_LETTER, RecoveryRung.class),
        name(RecoveryState.IN_ARREARS, RecoveryState.class),
        name(LadderTrigger.NOTHING_LEFT_TO_DEDUCT, LadderTrigger.class));
  }

  private static <E extends Enum<E>> Sample name(E value, Class<E> type) {
    return new Sample(type.getSimpleName(), value, type, "\"" + value.name() + "\"");
  }
}
