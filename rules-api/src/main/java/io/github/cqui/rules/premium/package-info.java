/**
 * Reimbursement of the medical premium of a benefit recipient who pays 职工医保 as an individual
 * (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; INTERPRETATIONS I-12, I-13, I-24).
 *
 * <p>While benefit is paid the fund pays the recipient's 基本医疗保险（含生育保险）费 (《社会保险经办条例》第二十四条;
 * 《中华人民共和国社会保险法》第四十八条). A recipient who already pays it as an individual, so that the agency
 * cannot, may apply with the receipts; the agency pays, month by month, the lower of what the
 * person actually paid for the month and the Chongqing 代缴标准 in force for that month (I-13), only
 * for months in which benefit was paid (I-12).
 *
 * <ul>
 *   <li>{@link io.github.cqui.rules.premium.PremiumRules} is the rule interface; obtain the
 *       Chongqing implementation from {@code io.github.cqui.core.Chongqing.rules().premium()}.
 *   <li>{@link io.github.cqui.rules.premium.ReimbursementRequest} is the request: the claim, the
 *       application date, the {@link io.github.cqui.rules.premium.PremiumReceipt receipts} and the
 *       dated {@link io.github.cqui.rules.premium.PremiumStandard 代缴标准} table.
 *   <li>{@link io.github.cqui.rules.premium.PremiumReimbursement} is the result: the months
 *       reimbursed, refused and pending, the totals, and the explanation.
 * </ul>
 *
 * <p><b>No official 代缴标准 is bundled</b>: Chongqing's standard (its base, rate and scope) could not
 * be confirmed in any public source (POLICY-FACTS §9.2, §5), so the caller supplies it as a dated
 * table.
 *
 * <p>Every type is an immutable value, thread-safe; requests have a public builder, results are
 * built only by the rules. JSON for these types is not defined yet; the accessors are declared in
 * the property order it will use.
 */
@NullMarked
package io.github.cqui.rules.premium;

import org.jspecify.annotations.NullMarked;
