package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The last day to report a stop event: 「自相关情形发生之日起20个工作日内告知失业保险经办机构」 (渝人社办〔2025〕112号 一(五);
 * 《社会保险经办条例》第二十五条). The event day is not counted (I-1 by analogy, 民法典 art 201).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReportDeadline {

  /** For the generated implementation only. */
  protected ReportDeadline() {}

  /** {@return the event reported} */
  public abstract StopEventReport event();

  /** {@return the report period in working days, from the edition in force on the event date} */
  public abstract int workingDays();

  /** {@return the last day to report} */
  public abstract LocalDate lastDay();

  /** {@return the rest days skipped between the event and the deadline} */
  public abstract List<RestDay> restDaysPassed();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
