/**
 * The contract of the cqui rules: what developers code against and integrators serialize.
 *
 * <p>One subpackage per policy area of 渝人社办〔2025〕112号, each with immutable request and result types
 * and a rule interface; the shared value types (money, citations, explanations, policy editions,
 * errors) live here. Implementations are in {@code io.github.cqui.core}.
 */
@NullMarked
package io.github.cqui.rules;

import org.jspecify.annotations.NullMarked;
