package io.github.cqui.core.recovery;

import static io.github.cqui.core.recovery.ChongqingRecoveryRules.RECOVERY;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The last rungs of the recovery ladder of 渝人社办〔2025〕112号 三(四) on a date (I-16, I-17):
 * 「当事人仍未履行义务的，经催告后，经办机构可以申请人民法院强制执行」 — the appeal periods run, then a 催告书 is needed, then its
 * working days pass, then the court may be applied to until the window closes.
 */
final class EnforcementLadder {

  private EnforcementLadder() {}

  /** The stage on {@code asOf} of a timeline these rules derived, and until when it lasts. */
  static EnforcementStep stepOn(EnforcementTimeline timeline, LocalDate asOf) {
    Stage stage = stageOn(timeline, asOf);
    return ImmutableEnforcementStep.builder()
        .asOf(asOf)
        .stage(stage.stage())
        .until(stage.until())
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.ENFORCEMENT_NEXT_STEP,
                    List.of(RECOVERY, ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条")),
                    List.of(Interpretation.I_16, Interpretation.I_17),
                    "asOf",
                    asOf,
                    "step",
                    stage.stage())
                .build())
        .build();
  }

  private record Stage(EnforcementStage stage, Optional<LocalDate> until) {}

  private static Stage stageOn(EnforcementTimeline timeline, LocalDate asOf) {
    LocalDate latest = timeline.latestCourtApplication();
    if (asOf.isAfter(latest)) {
      return new Stage(EnforcementStage.COURT_APPLICATION_PERIOD_EXPIRED, Optional.empty());
    }
    // a timeline these rules derived has its earliest court application exactly when the 催告书 is
    // served; it is known on asOf once the 催告书 was served by then
    Optional<LocalDate> windowOpens =
        timeline
            .request()
            .reminderServedOn()
            .filter(day -> !day.isAfter(asOf))
            .flatMap(day -> timeline.earliestCourtApplication());
    if (windowOpens.isEmpty()) {
      return beforeTheReminder(timeline, asOf);
    }
    LocalDate earliest = windowOpens.get();
    if (earliest.isAfter(latest)) {
      return new Stage(EnforcementStage.REMINDER_TOO_LATE, Optional.empty());
    } else if (asOf.isBefore(earliest)) {
      return new Stage(EnforcementStage.WAITING_FOR_COURT_WINDOW, Optional.of(earliest));
    }
    return new Stage(EnforcementStage.MAY_APPLY_TO_COURT, Optional.of(latest));
  }

  /** The 复议 and 诉讼 periods run; after them, a 催告书 must be served (行政强制法 art 54). */
  private static Stage beforeTheReminder(EnforcementTimeline timeline, LocalDate asOf) {
    if (!asOf.isAfter(timeline.litigationDeadline())) {
      return new Stage(
          EnforcementStage.APPEAL_PERIODS_RUNNING, Optional.of(timeline.litigationDeadline()));
    }
    return new Stage(
        EnforcementStage.REMINDER_REQUIRED, Optional.of(timeline.latestCourtApplication()));
  }
}
