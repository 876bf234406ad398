/**
 * Internal control: short-contribution risk, concurrent benefits, and segregation of duties
 * (渝人社办〔2025〕112号 三(一), 四).
 *
 * <p>For now this package holds the posts of the segregation-of-duties rule ({@link
 * io.github.cqui.rules.control.DutyPost}, {@link io.github.cqui.rules.control.DutyPostPair}), which
 * the interpretation switches refer to (I-21); the request and result types and the rule interface
 * follow.
 */
@NullMarked
package io.github.cqui.rules.control;

import org.jspecify.annotations.NullMarked;
