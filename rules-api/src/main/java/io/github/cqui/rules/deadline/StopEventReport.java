package io.github.cqui.rules.deadline;

import io.github.cqui.rules.deadline.internal.ImmutableStopEventReport;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A stop event (停止领取失业保险金的情形, 《重庆市失业保险条例》第二十条) whose report deadline is asked for.
 *
 * <p>JSON: {@code {"eventDate":"2025-07-31","eventType":"RE_EMPLOYMENT"}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class StopEventReport {

  /** For the generated implementation only. */
  protected StopEventReport() {}

  /** {@return the day the event occurred (for re-employment, the start of the new employment)} */
  public abstract LocalDate eventDate();

  /** {@return the kind of event} */
  public abstract StopEventType eventType();

  /**
   * A stop event of a kind on a date.
   *
   * @param eventDate the day the event occurred (for re-employment, the start of the new
   *     employment); the report period counts from the day after
   * @param eventType the kind of event
   * @return the report request
   */
  public static StopEventReport of(LocalDate eventDate, StopEventType eventType) {
    return ImmutableStopEventReport.builder().eventDate(eventDate).eventType(eventType).build();
  }
}
