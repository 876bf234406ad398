package io.github.cqui.core.deadline;

import static io.github.cqui.core.deadline.ReviewClock.REVIEW;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a review stands on a date (渝人社办〔2025〕112号 一(二)): working days left before its deadline, due
 * that day, or working days overdue. Immutable and thread-safe.
 */
final class ReviewProgress {

  private final WorkingDayCalendar calendar;

  ReviewProgress(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The status on {@code asOf} of a review due on {@code deadline}. */
  ReviewStatus on(LocalDate deadline, LocalDate asOf) {
    ImmutableReviewStatus.Builder status =
        ImmutableReviewStatus.builder().lastDay(deadline).asOf(asOf);
    if (asOf.isBefore(deadline)) {
      return inTime(status, deadline, asOf);
    } else if (asOf.equals(deadline)) {
      return status
          .state(ReviewState.DUE_TODAY)
          .workingDaysLeft(0)
          .workingDaysOverdue(0)
          .explanation(
              Explanation.builder()
                  .step(
                      StepCode.DEADLINE_STATUS_DUE_TODAY, List.of(REVIEW), List.of(), "asOf", asOf)
                  .build())
          .build();
    }
    return overdue(status, deadline, asOf);
  }

  /** The working days after {@code asOf} up to and including the deadline. */
  private ReviewStatus inTime(
      ImmutableReviewStatus.Builder status, LocalDate deadline, LocalDate asOf) {
    int left = calendar.workingDaysBetween(asOf.plusDays(1), deadline.plusDays(1));
    return status
        .state(ReviewState.IN_TIME)
        .workingDaysLeft(left)
        .workingDaysOverdue(0)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.DEADLINE_STATUS_LEFT,
                    List.of(REVIEW),
                    List.of(),
                    "asOf",
                    asOf,
                    "workingDaysLeft",
                    left)
                .build())
        .build();
  }

  /** The working days after the deadline up to and including {@code asOf}. */
  private ReviewStatus overdue(
      ImmutableReviewStatus.Builder status, LocalDate deadline, LocalDate asOf) {
    int overdue = calendar.workingDaysBetween(deadline.plusDays(1), asOf.plusDays(1));
    return status
        .state(ReviewState.OVERDUE)
        .workingDaysLeft(0)
        .workingDaysOverdue(overdue)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.DEADLINE_STATUS_OVERDUE,
                    List.of(REVIEW),
                    List.of(),
                    "asOf",
                    asOf,
                    "workingDaysOverdue",
                    overdue)
                .build())
        .build();
  }
}
