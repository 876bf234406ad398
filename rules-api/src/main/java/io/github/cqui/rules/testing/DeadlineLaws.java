package io.github.cqui.rules.testing;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.LocalDate;

/**
 * The laws every implementation of the deadline rules obeys, as plain checks that throw {@link
 * AssertionError}: run them with {@link Property} over {@link DeadlineGens}, or with any engine,
 * against any {@link CquiRules}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeadlineLaws {

  private DeadlineLaws() {}

  /**
   * A review deadline is a working day, and exactly {@code workingDays} working days lie after the
   * (deemed) receipt up to and including it (渝人社办〔2025〕112号 一(二); I-1, I-2).
   *
   * @param rules the rules under test
   * @param request an application whose review deadline the rules can answer, e.g. from {@link
   *     DeadlineGens#reviewRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void reviewDeadlineCountsExactlyItsWorkingDays(
      CquiRules rules, ReviewRequest request) {
    ReviewDeadline review = rules.deadlines().reviewDeadline(request);
    checkCount(
        rules.calendar(), request, review.deemedReceipt(), review.lastDay(), review.workingDays());
    check(
        !review.deemedReceipt().isBefore(request.receiptDate()),
        "%s: deemed received %s, before the receipt",
        request,
        review.deemedReceipt());
  }

  /**
   * Deadlines never decrease as the receipt date increases, for two receipts under the same policy
   * edition. (Across the edition change of 2025-08-01 they can: a receipt on 2025-07-31 has 10
   * working days, one on 2025-08-01 has 7, I-18.)
   *
   * @param rules the rules under test
   * @param earlier the earlier application; only its receipt date is used, without a time of day
   * @param daysLater how many days later the second application is received, at least 0; the law
   *     holds trivially when the two dates fall under different editions
   * @throws AssertionError if {@code daysLater} is negative or the law does not hold, with a
   *     message naming the inputs
   */
  public static void reviewDeadlineIsMonotoneWithinAnEdition(
      CquiRules rules, ReviewRequest earlier, int daysLater) {
    check(daysLater >= 0, "daysLater = %d must not be negative", daysLater);
    ReviewRequest later = ReviewRequest.of(earlier.receiptDate().plusDays(daysLater));
    ReviewRequest sameDay = ReviewRequest.of(earlier.receiptDate());
    if (!sameEdition(rules, sameDay.receiptDate(), later.receiptDate())) {
      return;
    }
    LocalDate first = rules.deadlines().reviewDeadline(sameDay).lastDay();
    LocalDate second = rules.deadlines().reviewDeadline(later).lastDay();
    check(
        !second.isBefore(first),
        "received %s → %s, but %s → %s",
        sameDay.receiptDate(),
        first,
        later.receiptDate(),
        second);
  }

  /**
   * A resubmission's deadline is never before the first review's deadline when the supplement is
   * received under the same edition as the application (I-3).
   *
   * @param rules the rules under test
   * @param application the application whose first review is resubmitted
   * @param daysLater how many days after its deemed receipt the supplement is received, at least 0;
   *     the law holds trivially when the supplement falls under another edition
   * @throws AssertionError if {@code daysLater} is negative or the law does not hold, with a
   *     message naming the inputs
   */
  public static void resubmissionIsNeverBeforeTheFirst(
      CquiRules rules, ReviewRequest application, int daysLater) {
    check(daysLater >= 0, "daysLater = %d must not be negative", daysLater);
    ReviewDeadline first = rules.deadlines().reviewDeadline(application);
    ReviewRequest supplement = ReviewRequest.of(first.deemedReceipt().plusDays(daysLater));
    if (!sameEdition(rules, first.deemedReceipt(), supplement.receiptDate())) {
      return;
    }
    Resubmission again = rules.deadlines().resubmission(first, supplement);
    check(
        !again.review().lastDay().isBefore(first.lastDay()),
        "%s then supplement %s: new deadline %s before the first %s",
        application,
        supplement.receiptDate(),
        again.review().lastDay(),
        first.lastDay());
  }

  /**
   * A report deadline is the {@code workingDays}-th working day after the event (一(五)).
   *
   * @param rules the rules under test
   * @param event a stop event whose report deadline the rules can answer, e.g. from {@link
   *     DeadlineGens#stopEventReports(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void reportDeadlineCountsExactlyItsWorkingDays(
      CquiRules rules, StopEventReport event) {
    var report = rules.deadlines().reportDeadline(event);
    checkCount(rules.calendar(), event, event.eventDate(), report.lastDay(), report.workingDays());
  }

  /**
   * The earliest court application is never on or before the 诉讼 deadline, nor within 10 working
   * days of the 催告书's service; the 复议 deadline comes before the 诉讼 deadline; the latest application
   * is after the 诉讼 deadline (I-17). A court window that needs a year whose holiday notice is not
   * loaded is pending, with neither day (I-5).
   *
   * @param rules the rules under test
   * @param request the service dates, e.g. from {@link DeadlineGens#enforcementRequests(CquiRules)}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void courtApplicationIsNeverEarly(CquiRules rules, EnforcementRequest request) {
    EnforcementTimeline t = rules.recovery().enforcementTimeline(request);
    check(
        t.reconsiderationDeadline().isBefore(t.litigationDeadline()),
        "%s: 复议 %s not before 诉讼 %s",
        request,
        t.reconsiderationDeadline(),
        t.litigationDeadline());
    check(
        t.latestCourtApplication().isPresent() != t.courtWindowPending().isPresent(),
        "%s: the court window is either answered or pending",
        request);
    if (t.courtWindowPending().isPresent()) {
      check(
          t.earliestCourtApplication().isEmpty(),
          "%s: an earliest court application while the window is pending",
          request);
      return;
    }
    LocalDate latest = t.latestCourtApplication().orElseThrow();
    check(
        latest.isAfter(t.litigationDeadline()),
        "%s: latest %s not after 诉讼 %s",
        request,
        latest,
        t.litigationDeadline());
    check(
        t.earliestCourtApplication().isPresent() == request.reminderServedOn().isPresent(),
        "%s: an earliest court application exists exactly when the 催告书 was served",
        request);
    if (t.earliestCourtApplication().isPresent()) {
      LocalDate earliest = t.earliestCourtApplication().get();
      LocalDate reminder = request.reminderServedOn().orElseThrow();
      check(
          earliest.isAfter(t.litigationDeadline()),
          "%s: earliest %s not after the 诉讼 deadline %s",
          request,
          earliest,
          t.litigationDeadline());
      int after = rules.calendar().workingDaysBetween(reminder.plusDays(1), earliest.plusDays(1));
      check(
          after >= 10,
          "%s: earliest %s only %d working days after the 催告书",
          request,
          earliest,
          after);
    }
  }

  /** The deadline is a working day with exactly {@code n} working days after the start up to it. */
  private static void checkCount(
      WorkingDayCalendar calendar, Object input, LocalDate start, LocalDate deadline, int n) {
    check(calendar.isWorkingDay(deadline), "%s: deadline %s is a rest day", input, deadline);
    int counted = calendar.workingDaysBetween(start.plusDays(1), deadline.plusDays(1));
    check(
        counted == n,
        "%s: %d working days after %s up to %s, expected %d",
        input,
        counted,
        start,
        deadline,
        n);
  }

  private static boolean sameEdition(CquiRules rules, LocalDate a, LocalDate b) {
    return rules.editions().editionOn(a).equals(rules.editions().editionOn(b));
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
