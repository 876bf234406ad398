/**
 * The Chongqing benefit rules: entitlement, statutory retirement age, the monthly ledger. Not
 * exported; reached through {@code io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.benefit;

import org.jspecify.annotations.NullMarked;
