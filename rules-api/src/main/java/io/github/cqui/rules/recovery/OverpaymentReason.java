package io.github.cqui.rules.recovery;

/** Why a month's benefit was overpaid (多享受失业保险待遇, 渝人社办〔2025〕112号 三(四)). */
public enum OverpaymentReason {
  /**
   * Paid after a stop event that was not reported in time, e.g. re-employment (《重庆市失业保险条例》第二十条;
   * 一(五): report within 20 working days; 《社会保险经办条例》第二十五条; I-14).
   */
  STOP_EVENT_NOT_REPORTED,
  /** Paid for a month of 灵活就业社保补贴, which is not received together with benefit (一(五); I-15). */
  FLEXIBLE_EMPLOYMENT_SUBSIDY_OVERLAP,
  /** Paid while a basic pension was received: 「养老保险待遇和失业保险待遇重复领取」 (三(四); 条例第二十条第（四）项; I-14). */
  DUPLICATE_WITH_PENSION,
  /** Any other payment above what was due (a payment in a suspended month, an excess amount). */
  OTHER
}
