/**
 * Recovery of unemployment-insurance benefits paid in excess, 渝人社办〔2025〕112号 三(四): the ladder from
 * a lump sum through instalments and deductions to a 责令退回决定书, 催告 and a court application, and the
 * enforcement timeline of the decision (I-16, I-17).
 *
 * <p>{@link io.github.cqui.rules.recovery.RecoveryRules} is the rule interface; requests and
 * results are immutable value types. Every result carries an {@link
 * io.github.cqui.rules.Explanation} citing the clause and the INTERPRETATIONS id (I-…) of each
 * step.
 */
@NullMarked
package io.github.cqui.rules.recovery;

import org.jspecify.annotations.NullMarked;
