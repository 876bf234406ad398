package io.github.cqui.rules.benefit;

import io.github.cqui.rules.benefit.internal.ImmutableStopEvent;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A stop event (停止领取失业保险金的情形, 《重庆市失业保险条例》第二十条; 渝人社办〔2025〕112号 一(五)) on a day.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class StopEvent {

  /** For the generated implementation only. */
  protected StopEvent() {}

  /** {@return the kind of event} */
  public abstract StopEventType type();

  /** {@return the day it occurred (for re-employment, the start of the new employment)} */
  public abstract LocalDate date();

  /**
   * An event of a kind on a day.
   *
   * @param type the kind of event
   * @param date the day it occurred (for re-employment, the start of the new employment)
   * @return the event
   */
  public static StopEvent of(StopEventType type, LocalDate date) {
    return ImmutableStopEvent.builder().type(type).date(date).build();
  }
}
