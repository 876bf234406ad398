/**
 * Deadlines of 渝人社办〔2025〕112号 and the laws it rests on: the review deadline of a benefit claim
 * (一(二)), the resubmission after a supplement (I-3), and the report deadline of a stop event
 * (一(五)).
 *
 * <p>{@link io.github.cqui.rules.deadline.DeadlineRules} is the rule interface; requests and
 * results are immutable value types. Every result carries the dates, the policy edition and
 * interpretation switches that shaped it, and an {@link io.github.cqui.rules.Explanation} citing
 * the clause and the INTERPRETATIONS id (I-…) of each step.
 */
@NullMarked
package io.github.cqui.rules.deadline;

import org.jspecify.annotations.NullMarked;
