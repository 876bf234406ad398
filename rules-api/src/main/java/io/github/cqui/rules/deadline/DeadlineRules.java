package io.github.cqui.rules.deadline;

import java.time.LocalDate;

/**
 * The deadline rules of 渝人社办〔2025〕112号 and the laws it rests on: the review clock of a benefit
 * application (一(二)), a resubmission after a supplement, and the report deadline of a stop event
 * (一(五)). Obtain the Chongqing implementation from {@code
 * io.github.cqui.core.Chongqing.rules().deadlines()}.
 *
 * <p>Every method is a pure function of its arguments, the working-day calendar, the policy
 * editions and the interpretation switches the implementation was built with. Implementations are
 * immutable and thread-safe. Errors: {@link io.github.cqui.rules.InvalidInputException} for input
 * that breaks a rule (naming the field); {@link io.github.cqui.rules.NoEditionInForceException} for
 * a date before the earliest policy edition; {@link io.github.cqui.rules.RuleContextException}
 * wrapping the calendar's coverage error for a date in a year whose holiday notice is not loaded
 * (I-5), whose message names the year, the last notice loaded and the remedies (the year's notice
 * as a schedule file; the provisional coverage mode).
 *
 * <p><b>Provisional results</b> (I-5). In the {@code PROVISIONAL} coverage mode of the
 * interpretation switches, a result whose dates or counts depend on a year after the last notice is
 * answered from the statutory holidays of 《全国年节及纪念日放假办法》 in force (第二条) and weekends, and says so:
 * its {@code provisionalYears()} name the years, the decree and the articles not projected (补假 第六条,
 * 调休 第七条), and its explanation has a step for each. Published beats provisional: the same question
 * on a calendar with the year's notice is answered from the notice.
 */
public interface DeadlineRules {

  /**
   * The last day of the review of a benefit application (渝人社办〔2025〕112号 一(二); 《社会保险经办条例》 第二十四条
   * before 2025-08-01; I-1, I-2, I-18): the working days of the edition in force on the receipt
   * date, counted from the day after receipt.
   *
   * @param request the application as received: its receipt date, within the dates the rules take
   *     ({@link io.github.cqui.rules.Limits}), and its time of day when known (for the office-hours
   *     cut-off of I-1)
   * @return the review deadline, with the deemed receipt, the rest days skipped, the edition
   *     applied and an explanation citing each step's clause
   * @throws io.github.cqui.rules.NoEditionInForceException if the receipt is before the earliest
   *     policy edition
   * @throws io.github.cqui.rules.RuleContextException if a day the count needs is in a year whose
   *     holiday notice is not loaded, in the {@code STRICT} coverage mode (I-5)
   */
  ReviewDeadline reviewDeadline(ReviewRequest request);

  /**
   * Where a review stands on {@code asOf}: working days left, due that day, or working days
   * overdue.
   *
   * <p>The review is not trusted: it must be the one {@link #reviewDeadline} gives for its {@code
   * request} under these rules (a review read from JSON, built by hand or made under other switches
   * or editions is refused, not recomputed silently).
   *
   * @param review a review deadline these rules gave, unchanged
   * @param asOf the day asked about, within the dates the rules take, not before the receipt
   * @return the state on {@code asOf}, with the working days left or overdue
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before the receipt, or
   *     naming {@code review.<property>} for the first property of {@code review} that does not
   *     follow from its request
   */
  ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf);

  /**
   * A supplement received for an application: the earlier review ends awaiting the supplement and a
   * fresh review clock starts from the supplement's receipt (渝人社办〔2025〕112号 一(二); I-3).
   *
   * <p>The earlier review is not trusted: it must be the one {@link #reviewDeadline} gives for its
   * {@code request} under these rules.
   *
   * @param first the review deadline these rules gave for the application, unchanged
   * @param supplement the receipt of the supplement, not before the application's
   * @return the earlier review, ended awaiting the supplement, and the fresh review of the
   *     supplement
   * @throws io.github.cqui.rules.InvalidInputException if the supplement was received before the
   *     application, or naming {@code first.<property>} for the first property of {@code first}
   *     that does not follow from its request
   */
  Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement);

  /**
   * The last day to report a stop event: 20 working days after the event (渝人社办〔2025〕112号 一(五);
   * 《社会保险经办条例》第二十五条).
   *
   * @param event the stop event: its kind and its date, within the dates the rules take ({@link
   *     io.github.cqui.rules.Limits}); the event day is not counted
   * @return the last day to report, with the rest days skipped, the edition applied and an
   *     explanation citing each step's clause
   * @throws io.github.cqui.rules.NoEditionInForceException if the event is before the earliest
   *     policy edition
   * @throws io.github.cqui.rules.RuleContextException if a day the count needs is in a year whose
   *     holiday notice is not loaded, in the {@code STRICT} coverage mode (I-5)
   */
  ReportDeadline reportDeadline(StopEventReport event);
}
