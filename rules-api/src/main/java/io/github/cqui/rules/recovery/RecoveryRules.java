package io.github.cqui.rules.recovery;

import java.time.LocalDate;

/**
 * The recovery rules of 渝人社办〔2025〕112号 三(四) for benefits paid in excess: the enforcement timeline
 * of a 责令退回决定书 and the next step on a date. Obtain the Chongqing implementation from {@code
 * io.github.cqui.core.Chongqing.rules().recovery()}.
 *
 * <p>Every method is a pure function of its arguments, the working-day calendar, the policy
 * editions and the interpretation switches the implementation was built with. Implementations are
 * immutable and thread-safe. Errors: {@link io.github.cqui.rules.InvalidInputException} for input
 * that breaks a rule (naming the field); {@link io.github.cqui.rules.NoEditionInForceException} for
 * a date before the earliest policy edition; {@link io.github.cqui.rules.RuleContextException}
 * wrapping the calendar's coverage error for a date in a year whose holiday notice is not loaded
 * (I-5).
 */
public interface RecoveryRules {

  /**
   * The enforcement timeline of a 责令退回决定书 (渝人社办〔2025〕112号 三(四); I-17).
   *
   * @throws io.github.cqui.rules.InvalidInputException if the 催告书 was served before the decision
   */
  EnforcementTimeline enforcementTimeline(EnforcementRequest request);

  /**
   * What may be done next on {@code asOf} (I-16, I-17).
   *
   * <p>The timeline is not trusted: it must be the one {@link #enforcementTimeline} gives for its
   * {@code request} under these rules (e.g. a timeline read from JSON with a 催告书 served but no
   * earliest court application is refused).
   *
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before the decision was
   *     served, or naming {@code timeline.<property>} for the first property of {@code timeline}
   *     that does not follow from its request
   */
  EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf);
}
