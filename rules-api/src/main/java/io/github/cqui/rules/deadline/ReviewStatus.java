package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
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

  /** {@return working days left after {@link #asOf()} up to the deadline; 0 when due or overdue} */
  public abstract int workingDaysLeft();

  /** {@return working days after the deadline up to {@link #asOf()}; 0 when not overdue} */
  public abstract int workingDaysOverdue();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
