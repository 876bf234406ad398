package io.github.cqui.rules.benefit;

/**
 * Whether the month in which the person reaches statutory retirement age is paid (I-10,
 * POLICY-FACTS A-12).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum RetirementMonth {
  /** The default: that month is paid, payment ends with it; months left then lapse. */
  PAID,
  /** That month is not paid; payment ends with the month before. */
  EXCLUDED
}
