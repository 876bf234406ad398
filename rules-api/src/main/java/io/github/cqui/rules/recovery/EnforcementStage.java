package io.github.cqui.rules.recovery;

/**
 * The stage of the enforcement of a 责令退回决定书 on a date (渝人社办〔2025〕112号 三(四); I-17): what the person
 * and the agency may do next.
 */
public enum EnforcementStage {
  /**
   * The 复议 or 诉讼 period is running and no 催告书 has been served: the person may appeal; the agency
   * may serve the 催告书 at any time (I-17) but may not yet apply to the court.
   */
  APPEAL_PERIODS_RUNNING,
  /**
   * The 诉讼 period has ended and no 催告书 has been served: the agency must serve one and wait 10
   * working days before applying to the court (《行政强制法》第五十四条).
   */
  REMINDER_REQUIRED,
  /** The 催告书 was served; the court window has not opened yet. */
  WAITING_FOR_COURT_WINDOW,
  /** The agency may apply to the people's court for compulsory enforcement. */
  MAY_APPLY_TO_COURT,
  /**
   * The 催告书 was served too late: 10 working days after it fall after the last day to apply
   * (法释〔2018〕1号 第一百五十六条).
   */
  REMINDER_TOO_LATE,
  /**
   * The 3 months after the 诉讼 deadline have passed: 「逾期申请的，除有正当理由外，人民法院不予受理」 (法释〔2018〕1号 第一百五十六条).
   */
  COURT_APPLICATION_PERIOD_EXPIRED
}
