/**
 * Deadlines of 渝人社办〔2025〕112号 and the laws it rests on: the review deadline of a benefit claim
 * (一(二)), the resubmission after a supplement, the report deadline of a stop event (一(五)), the 稳岗返还
 * public notice (二(一)), and the enforcement timeline of a 责令退回决定书 (三(四)).
 *
 * <p>{@link io.github.cqui.rules.deadline.DeadlineRules} is the rule interface; requests and
 * results are immutable value types that round-trip through Jackson 2 and Jackson 3. Every result
 * carries the dates, the policy edition and interpretation switches that shaped it, and an {@link
 * io.github.cqui.rules.Explanation} citing the clause and the INTERPRETATIONS id (I-…) of each
 * step.
 */
@NullMarked
package io.github.cqui.rules.deadline;

import org.jspecify.annotations.NullMarked;
