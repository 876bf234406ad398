package io.github.cqui.rules.control;

/**
 * What receiving another benefit means for a month the claim pays (渝人社办〔2025〕112号 一(五); I-14,
 * I-15).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum OverlapConsequence {
  /**
   * The month in which a basic pension or 病残津贴 began: paid, and payment stops from the next month
   * (I-14), unless the I-14 switch stops payment in the event month for that event type.
   */
  EVENT_MONTH_PAID,
  /**
   * After a stop event (a basic pension, 病残津贴, or a stop event of the claim itself): not payable;
   * anything paid for the month is an overpayment (I-14).
   */
  STOPPED,
  /**
   * A month of 灵活就业社保补贴: not payable and recoverable if paid; the month of entitlement is kept
   * (I-15).
   */
  NOT_PAYABLE
}
