package io.github.cqui.rules.premium;

/**
 * The medical-premium reimbursement of 渝人社办〔2025〕112号 一(三) (人社厅发〔2024〕60号; I-12, I-13, I-24).
 * Obtain the Chongqing implementation from {@code io.github.cqui.core.Chongqing.rules().premium()}.
 *
 * <p>A pure function of its argument and the benefit rules and interpretation switches the
 * implementation was built with; immutable and thread-safe. No clock: the dates come from the
 * request.
 */
public interface PremiumRules {

  /**
   * The reimbursement of the premium a recipient paid as an individual: per month, the lower of the
   * premium actually paid for it and the 代缴标准 in force for it (一(三):
   * 「按照我市代缴标准予以支付，个人实际缴纳费用低于我市代缴标准的， 按实际费用支付」; I-13), for months in which benefit was paid (I-12;
   * the I-12 switch includes suspended months).
   *
   * <p>The rule derives the claim's ledger itself from {@link ReimbursementRequest#claim()} ({@code
   * benefits().ledger(claim)}). Each receipt is split across its months exactly ({@link
   * io.github.cqui.rules.Money#allocate(int)}, I-24): the odd fen go one each to the earliest
   * months. Then each month up to the application's:
   *
   * <ul>
   *   <li>not a month of paid benefit (suspended unless the I-12 switch, not payable, stopped,
   *       projected and so not yet paid, after the claim): refused with that reason;
   *   <li>paid, but no receipt: refused, {@link RefusalReason#NO_RECEIPT};
   *   <li>two or more receipts: refused naming all, never summed (I-13);
   *   <li>no row of the 代缴标准 table in force: pending, the others answered;
   *   <li>otherwise reimbursed {@code min(actual, standard)}.
   * </ul>
   *
   * @param request the application
   * @return the reimbursement, with its explanation in Chinese and English
   * @throws io.github.cqui.rules.InvalidInputException naming {@code receipts[i].firstMonth} for a
   *     receipt month before the claim's first month, or naming the field of the claim that the
   *     ledger refuses
   * @throws io.github.cqui.rules.RuleContextException wrapping the calendar's coverage error (I-5)
   *     from the ledger's report deadlines
   */
  PremiumReimbursement reimbursement(ReimbursementRequest request);
}
