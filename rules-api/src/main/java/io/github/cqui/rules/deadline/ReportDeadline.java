package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.internal.ProvisionalChecks;
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

  /**
   * {@return the last day to report: the {@link #workingDays()}-th working day after the event day}
   */
  public abstract LocalDate lastDay();

  /** {@return the rest days skipped between the event and the deadline, in date order} */
  public abstract List<RestDay> restDaysPassed();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the report deadline and the
   * rest days counted to it may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》 gives
   * those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when every day it depends
   * on is published. JSON: omitted when empty.
   *
   * @return the provisional years
   */
  public abstract List<ProvisionalYear> provisionalYears();

  /**
   * Whether the result is provisional: it depends on a year whose notice was not yet published
   * ({@link #provisionalYears()} is not empty). Published beats provisional: once the year's notice
   * is loaded, the rules' answer may differ.
   *
   * @return {@code true} when provisional
   */
  public boolean isProvisional() {
    return !provisionalYears().isEmpty();
  }

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();

  /**
   * Checks that the provisional years are in ascending order of year, each year once; called by the
   * generated implementation when the result is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException naming the first year out of order
   */
  @Value.Check
  protected void checkProvisionalYears() {
    ProvisionalChecks.requireAscending("provisionalYears", provisionalYears());
  }
}
