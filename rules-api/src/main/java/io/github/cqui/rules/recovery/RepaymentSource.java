package io.github.cqui.rules.recovery;

/** Where a line of a recovery schedule comes from (渝人社办〔2025〕112号 三(四)). */
public enum RepaymentSource {
  /** The whole debt repaid at once (责令退回). */
  LUMP_SUM,
  /** One instalment of a repayment agreement (还款协议分期退回). */
  INSTALMENT,
  /** Deducted from a later unemployment-benefit payment (从后续失业保险待遇中抵扣; I-16 cap). */
  UI_DEDUCTION,
  /** Offset against the pension by the pension agency (协商一致, 书面商请). */
  PENSION_OFFSET
}
