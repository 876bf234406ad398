package io.github.cqui.core.deadline;

import static io.github.cqui.core.deadline.ReviewClock.REVIEW;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.Provisionals;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.ReviewDeadline;
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

  /**
   * The status on {@code asOf} of a review. It is provisional (I-5) when the review is, or when the
   * working days counted between the deadline and {@code asOf} are.
   */
  ReviewStatus on(ReviewDeadline review, LocalDate asOf) {
    LocalDate deadline = review.lastDay();
    ImmutableReviewStatus.Builder status =
        ImmutableReviewStatus.builder().lastDay(deadline).asOf(asOf);
    if (asOf.isBefore(deadline)) {
      return inTime(status, review, asOf);
    } else if (asOf.equals(deadline)) {
      Explanation.Builder explanation =
          Explanation.builder()
              .step(StepCode.DEADLINE_STATUS_DUE_TODAY, List.of(REVIEW), List.of(), "asOf", asOf);
      return status
          .state(ReviewState.DUE_TODAY)
          .workingDaysLeft(0)
          .workingDaysOverdue(0)
          .provisionalYears(provisional(explanation, review, deadline, deadline))
          .explanation(explanation.build())
          .build();
    }
    return overdue(status, review, asOf);
  }

  /**
   * The review's provisional years and those of the working days counted in {@code (from, to]},
   * explained (I-5).
   */
  private List<ProvisionalYear> provisional(
      Explanation.Builder explanation, ReviewDeadline review, LocalDate from, LocalDate to) {
    List<ProvisionalYear> years =
        Provisionals.union(
            List.of(
                review.provisionalYears(),
                Provisionals.of(calendar.provisionalYears(from.plusDays(1), to.plusDays(1)))));
    Provisionals.explain(explanation, years);
    return years;
  }

  /** The working days after {@code asOf} up to and including the deadline. */
  private ReviewStatus inTime(
      ImmutableReviewStatus.Builder status, ReviewDeadline review, LocalDate asOf) {
    LocalDate deadline = review.lastDay();
    int left = calendar.workingDaysBetween(asOf.plusDays(1), deadline.plusDays(1));
    Explanation.Builder explanation =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_STATUS_LEFT,
                List.of(REVIEW),
                List.of(),
                "asOf",
                asOf,
                "workingDaysLeft",
                left);
    return status
        .state(ReviewState.IN_TIME)
        .workingDaysLeft(left)
        .workingDaysOverdue(0)
        .provisionalYears(provisional(explanation, review, asOf, deadline))
        .explanation(explanation.build())
        .build();
  }

  /** The working days after the deadline up to and including {@code asOf}. */
  private ReviewStatus overdue(
      ImmutableReviewStatus.Builder status, ReviewDeadline review, LocalDate asOf) {
    LocalDate deadline = review.lastDay();
    int overdue = calendar.workingDaysBetween(deadline.plusDays(1), asOf.plusDays(1));
    Explanation.Builder explanation =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_STATUS_OVERDUE,
                List.of(REVIEW),
                List.of(),
                "asOf",
                asOf,
                "workingDaysOverdue",
                overdue);
    return status
        .state(ReviewState.OVERDUE)
        .workingDaysLeft(0)
        .workingDaysOverdue(overdue)
        .provisionalYears(provisional(explanation, review, deadline, asOf))
        .explanation(explanation.build())
        .build();
  }
}
