package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import org.immutables.value.Value;

/**
 * A supplement of materials (补充材料) received for an application: 「失业人员补充材料再次办理申领业务的，经办机构应当重新审核」
 * (渝人社办〔2025〕112号 一(二)). Per INTERPRETATIONS I-3 the supplement starts a fresh review clock from
 * its own receipt, and the earlier review ends as awaiting the supplement.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Resubmission {

  /** For the generated implementation only. */
  protected Resubmission() {}

  /** {@return the earlier review, which ends as {@link ReviewOutcome#AWAITING_SUPPLEMENT}} */
  public abstract ReviewDeadline first();

  /** {@return how the earlier review ended} */
  public abstract ReviewOutcome firstOutcome();

  /** {@return the new review, counted from the supplement's receipt} */
  public abstract ReviewDeadline review();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
