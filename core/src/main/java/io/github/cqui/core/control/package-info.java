/**
 * The Chongqing internal-control rules (渝人社办〔2025〕112号 三(一), 一(五), 四): {@link
 * io.github.cqui.core.control.ChongqingControlRules}, and {@link
 * io.github.cqui.core.control.PayableMonthRule}, the one rule that says whether a month of a claim
 * is payable given its stop events and months of 灵活就业社保补贴 (I-14, I-15), shared with the benefit
 * ledger.
 */
@NullMarked
package io.github.cqui.core.control;

import org.jspecify.annotations.NullMarked;
