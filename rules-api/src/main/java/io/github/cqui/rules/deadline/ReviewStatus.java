package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.internal.ProvisionalChecks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a review stands on a date: working days left until the deadline, or working days overdue.
 *
 * <p>Working days left on {@code asOf}: the working days after {@code asOf} up to and including the
 * deadline (0 on the deadline itself). Working days overdue: the working days after the deadline up
 * to and including {@code asOf}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReviewStatus {

  /** For the generated implementation only. */
  protected ReviewStatus() {}

  /** {@return the deadline of the review} */
  public abstract LocalDate lastDay();

  /** {@return the day asked about} */
  public abstract LocalDate asOf();

  /** {@return whether the review is in time, due that day, or overdue} */
  public abstract ReviewState state();

  /**
   * {@return the working days left after {@link #asOf()} up to the deadline; 0 when due or overdue}
   */
  public abstract int workingDaysLeft();

  /** {@return the working days after the deadline up to {@link #asOf()}; 0 when not overdue} */
  public abstract int workingDaysOverdue();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the deadline and the working
   * days counted to or from it may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》
   * gives those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when every day it
   * depends on is published. JSON: omitted when empty.
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
