package io.github.cqui.rules.premium;

/**
 * Why a month is not reimbursed (渝人社办〔2025〕112号 一(三); I-12, I-13). The premium is reimbursed only
 * for months in which benefit was paid (「个人在领取失业保险金期间」), on a receipt for the month.
 */
public enum RefusalReason {
  /**
   * Benefit is suspended in the month after missed verifications (一(四)): no premium until the
   * deferred month is paid (I-12); the I-12 switch reimburses suspended months too.
   */
  SUSPENDED,
  /** The month overlaps 灵活就业社保补贴 and benefit is not payable (一(五); I-15). */
  NOT_PAYABLE,
  /** Benefit had stopped: the month follows a stop event or the end of the claim (一(五); I-14). */
  STOPPED,
  /**
   * The month is after the verification record and only projected as paid: not yet paid, so not yet
   * reimbursed; apply again once it is paid.
   */
  NOT_YET_PAID,
  /** The month is after the last month of the claim's ledger: no benefit is paid in it. */
  AFTER_CLAIM,
  /** Benefit was paid in the month but no receipt covers it (「可凭个人缴费凭证申请」). */
  NO_RECEIPT,
  /**
   * Two or more receipts cover the month: refused naming all of them, never summed silently (I-13).
   */
  TWO_RECEIPTS
}
