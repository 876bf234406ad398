package io.github.cqui.rules.benefit;

/** Why a claim ended. */
public enum ClaimEndReason {
  /** Every month of entitlement was paid (《重庆市失业保险条例》第二十四条). */
  ENTITLEMENT_EXHAUSTED,
  /** A stop event (条例 第二十条; 渝人社办〔2025〕112号 一(五); I-14). */
  STOP_EVENT,
  /** Statutory retirement age was reached (条例 第二十条第（四）项; 112号 一(五); I-10, I-11). */
  RETIREMENT_AGE,
  /** The suspension lasted longer than the configured maximum (I-8 switch). */
  SUSPENSION_LAPSED,
  /** Sixty days without reporting, when 条例 art 20(6) is applied (I-6 switch). */
  NOT_REPORTING
}
