package io.github.cqui.rules.control;

/**
 * The outcome of the short-contribution check (渝人社办〔2025〕112号 三(一); I-19).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum RiskAssessment {
  /**
   * The last contribution run is shorter than the threshold: 「列为高风险业务」. The evidence of a genuine
   * employment relationship is requested as a supplement and the application is handled only after
   * it is reviewed (三(一); I-3, I-4).
   */
  HIGH_RISK,
  /** The last contribution run is not shorter than the threshold: not high-risk on this ground. */
  NOT_HIGH_RISK,
  /**
   * No threshold applies: the policy edition in force on the application date does not set one (the
   * check dates from 渝人社办〔2025〕112号, in force 2025-08-01). Nothing is guessed.
   */
  NOT_ASSESSED
}
