package io.github.cqui.rules.benefit;

/** What a month of a benefit ledger is. */
public enum LedgerStatus {
  /**
   * Paid: the standard is due and one month of entitlement is used (or it is an extension month).
   */
  PAID,
  /**
   * Suspended after two consecutive missed verifications (渝人社办〔2025〕112号 一(四); I-8): not paid,
   * deferred, no entitlement used.
   */
  SUSPENDED,
  /** Not payable because 灵活就业社保补贴 is received for the month (一(五); I-15): no entitlement used. */
  NOT_PAYABLE,
  /** After the claim ended (a stop event, retirement age, a lapse): nothing is due. */
  STOPPED
}
