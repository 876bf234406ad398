package io.github.cqui.rules.control;

/**
 * Why a combination of posts held by one person is forbidden (渝人社办〔2025〕112号 四; I-21): the reading
 * that forbids the pair, an extra forbidden pair, or the cooling-off period.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum ViolationGround {
  /**
   * The pair is one of the six pairs of the default reading ({@link SegregationReading#SIX_PAIRS}).
   */
  SIX_PAIRS,
  /**
   * The pair is one of the three audit pairs of the audit-only reading ({@link
   * SegregationReading#AUDIT_ONLY}).
   */
  AUDIT_ONLY,
  /**
   * The pair is an extra forbidden pair of the switches ({@link
   * io.github.cqui.rules.ruleset.InterpretationSwitches#extraForbiddenPairs()}).
   */
  EXTRA_PAIR,
  /**
   * The person held one post of a forbidden pair within the cooling-off period after leaving the
   * other ({@link io.github.cqui.rules.ruleset.InterpretationSwitches#coolingOffPeriod()}), not at
   * the same time.
   */
  COOLING_OFF
}
