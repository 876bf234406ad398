package io.github.cqui.core.benefit;

/**
 * Whether a month of a claim may be paid beside what else the person has (渝人社办〔2025〕112号 一(五)); see
 * {@link PayableMonths}.
 */
public enum Payability {
  /** Nothing stops the month: it may be paid. */
  PAYABLE,
  /**
   * After the last month a stop event leaves payable (《重庆市失业保险条例》第二十条; I-14): payment has stopped,
   * for good.
   */
  AFTER_STOP_EVENT,
  /**
   * A month of 灵活就业社保补贴 (I-15): not payable, anything paid for it is overpaid, and its month of
   * entitlement is kept.
   */
  OVERLAPS_SUBSIDY
}
