/**
 * The Chongqing internal-control rules (渝人社办〔2025〕112号 三(一), 一(五), 四): {@link
 * io.github.cqui.core.control.ChongqingControlRules}. The concurrent-benefits check asks the
 * benefit ledger's own rule whether a month is payable ({@code
 * io.github.cqui.core.benefit.PayableMonths}, I-14, I-15): one piece of code for both.
 */
@NullMarked
package io.github.cqui.core.control;

import org.jspecify.annotations.NullMarked;
