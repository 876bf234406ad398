package io.github.cqui.rules.recovery;

/**
 * The rungs of the recovery ladder, in the order of 渝人社办〔2025〕112号 三(四) (I-16): a voluntary plan
 * first; when the person refuses, breaks the agreement, or nothing is left to deduct, the 责令退回决定书;
 * when the person still does not perform, the 催告; then the application to the people's court.
 */
public enum RecoveryRung {
  /** Repayment in one sum (责令退回). */
  LUMP_SUM,
  /** A repayment agreement in instalments (签订还款协议分期退回). */
  INSTALMENT_AGREEMENT,
  /** Deduction from later unemployment benefit (从其后续享受的失业保险待遇中予以抵扣). */
  UI_DEDUCTION,
  /** Offset against the pension, with consent and a written request (协商一致, 书面商请). */
  PENSION_OFFSET,
  /** Serve the 责令退回决定书: 「当事人拒不退回、不履行协议、无法抵扣后续待遇的，经办机构应当向当事人送达责令退回决定书」. */
  DECISION_LETTER,
  /** Serve the 催告书 (「经催告后」; 《中华人民共和国行政强制法》第三十五条、第五十四条). */
  REMINDER,
  /** Apply to the people's court for compulsory enforcement (「申请人民法院强制执行」; 行政强制法第五十三条; I-17). */
  COURT_ENFORCEMENT
}
