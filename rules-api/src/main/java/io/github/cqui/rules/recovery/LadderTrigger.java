package io.github.cqui.rules.recovery;

/**
 * What puts a debt on the enforcement ladder (渝人社办〔2025〕112号 三(四): 「当事人拒不退回、不履行协议、无法抵扣后续待遇的，
 * 经办机构应当向当事人送达责令退回决定书」; I-16).
 */
public enum LadderTrigger {
  /**
   * A lump sum or instalment past its due date and not repaid: the person has not kept the
   * agreement (不履行协议) or does not return the amount (拒不退回).
   */
  BROKEN_AGREEMENT,
  /**
   * The later benefit leaves part of the debt, or a scheduled deduction or offset was not received:
   * nothing left to deduct (无法抵扣后续待遇).
   */
  NOTHING_LEFT_TO_DEDUCT,
  /** The plan was refused as it stands (a pension offset without consent or written request). */
  PLAN_REFUSED
}
