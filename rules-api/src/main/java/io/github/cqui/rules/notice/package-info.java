/**
 * The 稳岗返还 public notice of 渝人社办〔2025〕112号 二(一): an enterprise that does not confirm its refund is
 * listed on the district government's website for at least 30 days, and an entry still unconfirmed
 * when the period ends is deemed waived (I-20).
 *
 * <p>{@link io.github.cqui.rules.notice.NoticeRules} is the rule interface; requests and results
 * are immutable value types. Every result carries its dates, the policy edition and interpretation
 * switches that shaped it, and an {@link io.github.cqui.rules.Explanation} citing the clause and
 * the INTERPRETATIONS id (I-…) of each step.
 */
@NullMarked
package io.github.cqui.rules.notice;

import org.jspecify.annotations.NullMarked;
