package io.github.cqui.rules.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadline rules of 渝人社办〔2025〕112号 and the laws it rests on. Obtain the Chongqing
 * implementation from {@code io.github.cqui.core.Chongqing.rules().deadlines()}.
 *
 * <p>Every method is a pure function of its arguments, the working-day calendar, the policy
 * editions and the interpretation switches the implementation was built with. Implementations are
 * immutable and thread-safe. Errors: {@link io.github.cqui.rules.InvalidInputException} for input
 * that breaks a rule (naming the field); {@link io.github.cqui.rules.NoEditionInForceException} for
 * a date before the earliest policy edition; {@link io.github.cqui.rules.RuleContextException}
 * wrapping the calendar's coverage error for a date in a year whose holiday notice is not loaded
 * (I-5).
 */
public interface DeadlineRules {

  /**
   * The last day of the review of a benefit application (渝人社办〔2025〕112号 一(二); 《社会保险经办条例》 第二十四条
   * before 2025-08-01; I-1, I-2, I-18): the working days of the edition in force on the receipt
   * date, counted from the day after receipt.
   */
  ReviewDeadline reviewDeadline(ReviewRequest request);

  /**
   * Where a review stands on {@code asOf}: working days left, due that day, or working days
   * overdue.
   *
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before the receipt
   */
  ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf);

  /**
   * A supplement received for an application: the earlier review ends awaiting the supplement and a
   * fresh review clock starts from the supplement's receipt (渝人社办〔2025〕112号 一(二); I-3).
   *
   * @throws io.github.cqui.rules.InvalidInputException if the supplement was received before the
   *     application
   */
  Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement);

  /**
   * The last day to report a stop event: 20 working days after the event (渝人社办〔2025〕112号 一(五);
   * 《社会保险经办条例》第二十五条).
   */
  ReportDeadline reportDeadline(StopEventReport event);

  /**
   * The 稳岗返还 public notice published on {@code publishedOn}: its last day and the day unconfirmed
   * entries are deemed waived (渝人社办〔2025〕112号 二(一); I-20).
   */
  PublicNoticePeriod publicNotice(LocalDate publishedOn);

  /**
   * The status on {@code asOf} of an entry of a public notice, given when (if ever) the enterprise
   * confirmed; a confirmation after {@code asOf} is not yet known and is ignored.
   *
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before publication
   */
  NoticeEntryStatus noticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf);

  /**
   * The enforcement timeline of a 责令退回决定书 (渝人社办〔2025〕112号 三(四); I-17).
   *
   * @throws io.github.cqui.rules.InvalidInputException if the 催告书 was served before the decision
   */
  EnforcementTimeline enforcementTimeline(EnforcementRequest request);

  /**
   * What may be done next on {@code asOf} (I-16, I-17).
   *
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before the decision was
   *     served
   */
  EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf);
}
