package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Pending;
import io.github.cqui.rules.internal.RulesStyle;
import org.immutables.value.Value;

/**
 * The report deadline of a stop event (渝人社办〔2025〕112号 一(五); 《社会保险经办条例》第二十五条) that cannot be
 * answered yet, with why (INTERPRETATIONS I-5): for example 20 working days after a re-employment
 * on 2026-12-10 run into 2027, whose holiday notice is not loaded. The rest of the result that
 * holds it is answered.
 *
 * <p>JSON: {@code {"event":{…},"pending":{…}}}. Built only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PendingReportDeadline {

  /** For the generated implementation only. */
  protected PendingReportDeadline() {}

  /**
   * The event whose report deadline is pending.
   *
   * @return the event
   */
  public abstract StopEventReport event();

  /**
   * Why it is pending: the date it needs, the notice it waits for and the remedies.
   *
   * @return the pending state
   */
  public abstract Pending pending();
}
