package io.github.cqui.core.deadline;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.Chongqing;
import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableResubmission;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.DeadlineLaws;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link DeadlineLaws} catches the one planted bug it exists for: the law is called
 * directly on one hand-picked input, passes on the real rules, and fails on the real rules with one
 * answer broken, with the message only that check writes. (The laws over generated inputs are run
 * in {@link DeadlineLawsTest}.)
 */
class DeadlineLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();

  // ---- reviewDeadlineCountsExactlyItsWorkingDays --------------------------------------------

  /** A Saturday: received on a rest day, deemed received that day. */
  private static final ReviewRequest SATURDAY_RECEIPT = ReviewRequest.of(LocalDate.of(2025, 9, 27));

  /** A Wednesday: seven working days later is Friday 2025-09-12. */
  private static final ReviewRequest WEDNESDAY_RECEIPT = ReviewRequest.of(LocalDate.of(2025, 9, 3));

  /**
   * "A review deadline is a working day": a deadline moved off Friday 2025-09-12 onto the Saturday
   * after still has seven working days up to it, so only the rest-day check can see it.
   */
  @Test
  void aDeadlineOnTheSaturdayAfterIsCaughtByReviewDeadlineCountsExactlyItsWorkingDays() {
    assertThat(REAL.deadlines().reviewDeadline(WEDNESDAY_RECEIPT).lastDay())
        .isEqualTo(LocalDate.of(2025, 9, 12));
    assertThat(REAL.calendar().isWorkingDay(LocalDate.of(2025, 9, 13))).isFalse();

    CquiRules broken = BrokenRules.reviewDeadline(d -> lastDay(d, d.lastDay().plusDays(1)));

    assertCaught(
        r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(r, WEDNESDAY_RECEIPT),
        broken,
        "deadline 2025-09-13 is a rest day");
  }

  /**
   * "Exactly {@code workingDays} working days lie after the (deemed) receipt": a Saturday receipt
   * deemed received on the Friday before counts the same seven days (the Saturday is not one), so
   * only the check that the deemed receipt is never before the receipt sees it.
   */
  @Test
  void aDeemedReceiptBeforeTheReceiptIsCaughtByReviewDeadlineCountsExactlyItsWorkingDays() {
    CquiRules broken =
        BrokenRules.reviewDeadline(
            d ->
                ImmutableReviewDeadline.builder()
                    .from(d)
                    .deemedReceipt(d.request().receiptDate().minusDays(1))
                    .build());

    assertCaught(
        r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(r, SATURDAY_RECEIPT),
        broken,
        "deemed received 2025-09-26, before the receipt");
  }

  // ---- reviewDeadlineIsMonotoneWithinAnEdition ----------------------------------------------

  private static final ReviewRequest MONDAY_RECEIPT = ReviewRequest.of(LocalDate.of(2025, 9, 1));

  /**
   * "Deadlines never decrease as the receipt date increases, for two receipts under the same
   * edition": a receipt a week later given a deadline a day before the earlier receipt's.
   */
  @Test
  void aLaterReceiptDueEarlierIsCaughtByReviewDeadlineIsMonotoneWithinAnEdition() {
    LocalDate earlierDeadline = REAL.deadlines().reviewDeadline(MONDAY_RECEIPT).lastDay();

    CquiRules broken =
        BrokenRules.reviewDeadline(
            d ->
                d.request().receiptDate().equals(LocalDate.of(2025, 9, 8))
                    ? lastDay(d, earlierDeadline.minusDays(1))
                    : d);

    assertCaught(
        r -> DeadlineLaws.reviewDeadlineIsMonotoneWithinAnEdition(r, MONDAY_RECEIPT, 7),
        broken,
        "received 2025-09-01 → 2025-09-10, but 2025-09-08 → 2025-09-09");
  }

  /**
   * "The law holds trivially when the two dates fall under different editions": a receipt on
   * 2025-07-31 has 10 working days (to 2025-08-14), one on 2025-08-01 has 7 (to 2025-08-12, I-18),
   * and the real rules are right to give the later receipt the earlier deadline.
   */
  @Test
  void aDeadlineThatFallsAcrossTheEditionChangeIsNotReadAsNonMonotone() {
    ReviewRequest lastDayOfTheOldEdition = ReviewRequest.of(LocalDate.of(2025, 7, 31));
    assertThat(REAL.deadlines().reviewDeadline(lastDayOfTheOldEdition).lastDay())
        .isAfter(
            REAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 8, 1))).lastDay());

    assertThatCode(
            () ->
                DeadlineLaws.reviewDeadlineIsMonotoneWithinAnEdition(
                    REAL, lastDayOfTheOldEdition, 1))
        .doesNotThrowAnyException();
  }

  @Test
  void aNegativeNumberOfDaysIsRefusedByReviewDeadlineIsMonotoneWithinAnEdition() {
    assertThatThrownBy(
            () -> DeadlineLaws.reviewDeadlineIsMonotoneWithinAnEdition(REAL, MONDAY_RECEIPT, -1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("daysLater = -1 must not be negative");
  }

  // ---- resubmissionIsNeverBeforeTheFirst ----------------------------------------------------

  /**
   * "A resubmission's deadline is never before the first review's deadline when the supplement is
   * received under the same edition": a resubmission due the day before the first deadline.
   */
  @Test
  void aResubmissionDueBeforeTheFirstIsCaughtByResubmissionIsNeverBeforeTheFirst() {
    CquiRules broken =
        BrokenRules.resubmission(
            r ->
                ImmutableResubmission.builder()
                    .from(r)
                    .review(lastDay(r.review(), r.first().lastDay().minusDays(1)))
                    .build());

    assertCaught(
        r -> DeadlineLaws.resubmissionIsNeverBeforeTheFirst(r, MONDAY_RECEIPT, 3),
        broken,
        "new deadline 2025-09-09 before the first 2025-09-10");
  }

  @Test
  void aNegativeNumberOfDaysIsRefusedByResubmissionIsNeverBeforeTheFirst() {
    assertThatThrownBy(
            () -> DeadlineLaws.resubmissionIsNeverBeforeTheFirst(REAL, MONDAY_RECEIPT, -1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("daysLater = -1 must not be negative");
  }

  // ---- reportDeadlineCountsExactlyItsWorkingDays --------------------------------------------

  /**
   * "A report deadline is the {@code workingDays}-th working day after the event": the 19th working
   * day after 2025-07-31 given as the 20th.
   */
  @Test
  void aReportDeadlineOneWorkingDayEarlyIsCaughtByReportDeadlineCountsExactlyItsWorkingDays() {
    StopEventReport event =
        StopEventReport.of(LocalDate.of(2025, 7, 31), StopEventType.RE_EMPLOYMENT);

    CquiRules broken =
        BrokenRules.reportDeadline(
            r ->
                ImmutableReportDeadline.builder()
                    .from(r)
                    .lastDay(REAL.calendar().previousWorkingDay(r.lastDay()))
                    .build());

    assertCaught(
        r -> DeadlineLaws.reportDeadlineCountsExactlyItsWorkingDays(r, event),
        broken,
        "19 working days after 2025-07-31 up to 2025-08-27, expected 20");
  }

  // ---- courtApplicationIsNeverEarly ---------------------------------------------------------

  /**
   * Served 2025-03-14 with the rights stated: 复议 by 2025-05-13, 诉讼 by 2025-09-15, the court by
   * 2025-12-15 (see {@code recovery.EnforcementTimelineTest}).
   */
  private static EnforcementRequest servedWithReminder(LocalDate reminder) {
    return EnforcementRequest.builder()
        .decisionServedOn(LocalDate.of(2025, 3, 14))
        .rightsStated(true)
        .reminderServedOn(Optional.ofNullable(reminder))
        .build();
  }

  /** The reminder served on 2025-09-01: the earliest application is 2025-09-16. */
  private static final EnforcementRequest REMINDED = servedWithReminder(LocalDate.of(2025, 9, 1));

  private static CquiRules timelineBug(UnaryOperator<ImmutableEnforcementTimeline.Builder> bug) {
    return BrokenRules.enforcementTimeline(
        t -> bug.apply(ImmutableEnforcementTimeline.builder().from(t)).build());
  }

  /** "The 复议 deadline comes before the 诉讼 deadline": both on 2025-09-15. */
  @Test
  void aReconsiderationDeadlineOnTheLitigationDeadlineIsCaughtByCourtApplicationIsNeverEarly() {
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, REMINDED),
        timelineBug(b -> b.reconsiderationDeadline(LocalDate.of(2025, 9, 15))),
        "复议 2025-09-15 not before 诉讼 2025-09-15");
  }

  /** "The latest application is after the 诉讼 deadline": the latest on the 诉讼 deadline itself. */
  @Test
  void aLatestApplicationOnTheLitigationDeadlineIsCaughtByCourtApplicationIsNeverEarly() {
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, REMINDED),
        timelineBug(b -> b.latestCourtApplication(LocalDate.of(2025, 9, 15))),
        "latest 2025-09-15 not after 诉讼 2025-09-15");
  }

  /**
   * "An earliest court application exists exactly when the 催告书 was served": the earliest day lost
   * although the reminder was served, and one given although it was not.
   */
  @Test
  void
      anEarliestApplicationWithoutItsReminderOrTheOtherWayIsCaughtByCourtApplicationIsNeverEarly() {
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, REMINDED),
        timelineBug(b -> b.earliestCourtApplication(Optional.empty())),
        "an earliest court application exists exactly when the 催告书 was served");
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, servedWithReminder(null)),
        timelineBug(b -> b.earliestCourtApplication(LocalDate.of(2025, 9, 16))),
        "an earliest court application exists exactly when the 催告书 was served");
  }

  /** "The earliest court application is never on or before the 诉讼 deadline". */
  @Test
  void anEarliestApplicationOnTheLitigationDeadlineIsCaughtByCourtApplicationIsNeverEarly() {
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, REMINDED),
        timelineBug(b -> b.earliestCourtApplication(LocalDate.of(2025, 9, 15))),
        "earliest 2025-09-15 not after the 诉讼 deadline 2025-09-15");
  }

  /**
   * "Nor within 10 working days of the 催告书's service": a reminder served 2025-09-25, after which
   * the National Day holiday runs; the ninth working day after it (2025-10-14) is after the 诉讼
   * deadline, so only the ten-day count sees it.
   */
  @Test
  void
      anEarliestApplicationNineWorkingDaysAfterTheReminderIsCaughtByCourtApplicationIsNeverEarly() {
    EnforcementRequest lateReminder = servedWithReminder(LocalDate.of(2025, 9, 25));
    LocalDate ninth = REAL.calendar().plusWorkingDays(LocalDate.of(2025, 9, 25), 9);
    assertCaught(
        r -> DeadlineLaws.courtApplicationIsNeverEarly(r, lateReminder),
        timelineBug(b -> b.earliestCourtApplication(ninth)),
        "earliest " + ninth + " only 9 working days after the 催告书");
  }

  /** {@code d} with its last day moved to {@code lastDay}. */
  private static ReviewDeadline lastDay(ReviewDeadline d, LocalDate lastDay) {
    return ImmutableReviewDeadline.builder().from(d).lastDay(lastDay).build();
  }
}
