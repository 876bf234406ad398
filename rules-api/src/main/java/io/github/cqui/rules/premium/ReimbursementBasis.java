package io.github.cqui.rules.premium;

/**
 * Why a month is reimbursed the amount it is (渝人社办〔2025〕112号 一(三); I-13): the lower of the premium
 * actually paid for the month and the 代缴标准 in force for it.
 */
public enum ReimbursementBasis {
  /**
   * The premium actually paid is below the standard and is paid as it is: 「个人实际缴纳费用低于我市代缴标准的，
   * 按实际费用支付」.
   */
  ACTUAL_PAID,
  /**
   * The premium actually paid is at or above the standard, which is paid: 「按照我市代缴标准予以支付」 (人社厅发
   * 〔2024〕60号: 「不得高于当地代缴标准」).
   */
  STANDARD
}
