package io.github.cqui.rules.ruleset;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.RecoveryRules;

/**
 * The rules of one jurisdiction, bound to a working-day calendar, policy editions and
 * interpretation switches. The Chongqing implementation is {@code
 * io.github.cqui.core.Chongqing.rules()}.
 *
 * <p>Implementations are immutable and thread-safe; every rule is a pure function.
 */
public interface CquiRules {

  /** {@return the working-day calendar the rules count on} */
  WorkingDayCalendar calendar();

  /** {@return the policy editions the rules choose their parameters from} */
  PolicyEditions editions();

  /** {@return the interpretation switches (INTERPRETATIONS.md) the rules apply} */
  InterpretationSwitches switches();

  /**
   * {@return the deadline rules: the review clock, resubmission and stop-event report (一(二), 一(五))}
   */
  DeadlineRules deadlines();

  /** {@return the 稳岗返还 public-notice rules (二(一))} */
  NoticeRules notices();

  /**
   * {@return the recovery rules for benefits paid in excess: the debt, recovery schedules, the
   * state of a recovery and its ladder, the enforcement timeline (三(四); I-16, I-17)}
   */
  RecoveryRules recovery();

  /** {@return the medical-premium reimbursement (一(三); 人社厅发〔2024〕60号; I-12, I-13)} */
  PremiumRules premium();

  /** {@return the benefit rules: statutory retirement age and the monthly ledger (一(四), 一(五))} */
  BenefitRules benefits();

  /**
   * {@return the months of entitlement of a claim (《重庆市失业保险条例》第二十四条; 《中华人民共和国社会保险法》第四十六条; I-23)}
   */
  EntitlementRules entitlements();

  /**
   * {@return the internal-control rules: short-contribution risk (三(一)), concurrent benefits (一(五))
   * and segregation of duties (四)}
   */
  ControlRules controls();
}
