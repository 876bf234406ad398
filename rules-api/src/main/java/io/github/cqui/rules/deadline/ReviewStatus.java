package io.github.cqui.rules.deadline;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
@JsonPropertyOrder({
  "deadline",
  "asOf",
  "state",
  "workingDaysLeft",
  "workingDaysOverdue",
  "explanation"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReviewStatus.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReviewStatus.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReviewStatus.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReviewStatus.class)
public abstract class ReviewStatus {

  /** For the generated implementation only. */
  protected ReviewStatus() {}

  /** The deadline of the review. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate deadline();

  /** The day asked about. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate asOf();

  /** Whether the review is in time, due that day, or overdue. */
  public abstract ReviewState state();

  /** Working days left after {@link #asOf()} up to the deadline; 0 when due or overdue. */
  public abstract int workingDaysLeft();

  /** Working days after the deadline up to {@link #asOf()}; 0 when not overdue. */
  public abstract int workingDaysOverdue();

  /** The explanation: each step with its clause and the I-… it applies. */
  public abstract Explanation explanation();

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of ReviewStatus");
  }
}
