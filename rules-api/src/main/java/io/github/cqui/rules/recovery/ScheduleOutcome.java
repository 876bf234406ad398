package io.github.cqui.rules.recovery;

/** Whether a recovery plan clears the debt (渝人社办〔2025〕112号 三(四); I-16). */
public enum ScheduleOutcome {
  /** The lines sum exactly to the debt. */
  CLEARS,
  /**
   * The plan cannot clear the debt: the later benefit leaves a shortfall. The lines sum to the debt
   * minus the shortfall, and the next step is on the ladder.
   */
  SHORTFALL,
  /** The plan is not allowed as it stands (see the refusals): no line; the ladder goes on. */
  REFUSED
}
