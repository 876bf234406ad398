package io.github.cqui.core.recovery;

import static io.github.cqui.core.recovery.ChongqingRecoveryRules.RECOVERY;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;

import io.github.cqui.core.kernel.Provisionals;
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

  /**
   * The stage on {@code asOf} of a timeline these rules derived, and until when it lasts. The step
   * is as provisional as the timeline it is read from (I-5).
   *
   * <p>A timeline whose court window is pending answers only while the appeal periods run and no
   * 催告书 is served ({@link #needsCourtWindow}); the rules refuse the other days.
   */
  static EnforcementStep stepOn(EnforcementTimeline timeline, LocalDate asOf) {
    Stage stage = stageOn(timeline, asOf);
    Explanation.Builder explanation =
        Explanation.builder()
            .step(
                StepCode.ENFORCEMENT_NEXT_STEP,
                List.of(RECOVERY, ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条")),
                List.of(Interpretation.I_16, Interpretation.I_17),
                "asOf",
                asOf,
                "step",
                stage.stage());
    Provisionals.explain(explanation, timeline.provisionalYears());
    return ImmutableEnforcementStep.builder()
        .asOf(asOf)
        .stage(stage.stage())
        .until(stage.until())
        .provisionalYears(timeline.provisionalYears())
        .explanation(explanation.build())
        .build();
  }

  /**
   * Whether the stage on {@code asOf} needs the court window: unless the 复议 and 诉讼 periods still
   * run on {@code asOf} with no 催告书 served by then.
   */
  static boolean needsCourtWindow(EnforcementTimeline timeline, LocalDate asOf) {
    return reminderBy(timeline, asOf) || asOf.isAfter(timeline.litigationDeadline());
  }

  private static boolean reminderBy(EnforcementTimeline timeline, LocalDate asOf) {
    return timeline.request().reminderServedOn().filter(day -> !day.isAfter(asOf)).isPresent();
  }

  private record Stage(EnforcementStage stage, Optional<LocalDate> until) {}

  private static Stage stageOn(EnforcementTimeline timeline, LocalDate asOf) {
    if (!needsCourtWindow(timeline, asOf)) {
      // the latest court application is after the 诉讼 deadline: not expired
      return new Stage(
          EnforcementStage.APPEAL_PERIODS_RUNNING, Optional.of(timeline.litigationDeadline()));
    }
    LocalDate latest = timeline.latestCourtApplication().orElseThrow();
    if (asOf.isAfter(latest)) {
      return new Stage(EnforcementStage.COURT_APPLICATION_PERIOD_EXPIRED, Optional.empty());
    }
    if (!reminderBy(timeline, asOf)) {
      // 行政强制法 art 54: after the 复议 and 诉讼 periods, a 催告书 must be served
      return new Stage(EnforcementStage.REMINDER_REQUIRED, Optional.of(latest));
    }
    // a timeline these rules derived has its earliest court application exactly when the 催告书 is
    // served and the window is answered
    LocalDate earliest = timeline.earliestCourtApplication().orElseThrow();
    if (earliest.isAfter(latest)) {
      return new Stage(EnforcementStage.REMINDER_TOO_LATE, Optional.empty());
    } else if (asOf.isBefore(earliest)) {
      return new Stage(EnforcementStage.WAITING_FOR_COURT_WINDOW, Optional.of(earliest));
    }
    return new Stage(EnforcementStage.MAY_APPLY_TO_COURT, Optional.of(latest));
  }
}
