package io.github.cqui.rules.recovery;

/** Where the recovery of a debt stands on a day (渝人社办〔2025〕112号 三(四)). */
public enum RecoveryState {
  /** Everything due before the day has been recovered; some of the debt is still to come. */
  ON_TRACK,
  /** Some amount due before the day has not been recovered. */
  IN_ARREARS,
  /** The whole debt has been recovered. */
  CLEARED
}
