/**
 * The Chongqing medical-premium reimbursement (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-12, I-13,
 * I-24): {@link io.github.cqui.core.premium.ChongqingPremiumRules}, reached through {@code
 * io.github.cqui.core.Chongqing.rules().premium()}.
 */
@NullMarked
package io.github.cqui.core.premium;

import org.jspecify.annotations.NullMarked;
