package io.github.cqui.core.deadline;

import static io.github.cqui.core.deadline.ReviewClock.REVIEW;
import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.internal.ImmutableResubmission;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.List;

/**
 * The Chongqing deadline rules on a calendar, editions and switches: the review clock
 * (渝人社办〔2025〕112号 一(二)), resubmission (I-3) and the stop-event report deadline (一(五)). Each method
 * cites its clause in {@link DeadlineRules}; the steps of each explanation cite theirs. Immutable
 * and thread-safe.
 */
public final class ChongqingDeadlineRules implements DeadlineRules {

  /** A review passed back in is the one these rules derive from its request, or refused. */
  private static final PassedBack<ReviewDeadline> PASSED_BACK =
      PassedBack.comparing(
          List.of(
              property("deemedReceipt", "the deemed receipt", ReviewDeadline::deemedReceipt),
              property("clockStart", "the first working day counted", ReviewDeadline::clockStart),
              property(
                  "workingDays", "the review period in working days", ReviewDeadline::workingDays),
              property("deadline", "the review deadline", ReviewDeadline::lastDay),
              property("restDaysSkipped", "the rest days skipped", ReviewDeadline::restDaysPassed),
              property("editionFrom", "the edition applied", ReviewDeadline::editionFrom),
              property("switches", "the switch record", ReviewDeadline::switches),
              property(
                  "provisionalYears",
                  "the provisional years (I-5)",
                  ReviewDeadline::provisionalYears),
              property("explanation", "the explanation", ReviewDeadline::explanation)));

  private final ReviewClock reviewClock;
  private final ReviewProgress progress;
  private final ReportClock reportClock;

  /**
   * The deadline rules on a calendar, policy editions and interpretation switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions
   * @param switches the interpretation switches
   */
  public ChongqingDeadlineRules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.reviewClock = new ReviewClock(calendar, editions, switches);
    this.progress = new ReviewProgress(calendar);
    this.reportClock = new ReportClock(calendar, editions);
  }

  @Override
  public ReviewDeadline reviewDeadline(ReviewRequest request) {
    Checks.requireNonNull("request", request);
    Checks.requireWithinDates("receivedOn", request.receiptDate());
    return inContext(
        "review deadline of an application received on " + request.receiptDate(),
        () -> reviewClock.deadlineOf(request));
  }

  @Override
  public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
    Checks.requireNonNull("review", review);
    Checks.requireNonNull("asOf", asOf);
    Checks.requireWithinDates("asOf", asOf);
    requireNotBeforeReceipt("asOf", asOf, review.request());
    ReviewDeadline derived = trusted("review", review);
    return inContext(
        "status on " + asOf + " of the review due " + derived.lastDay(),
        () -> progress.on(derived, asOf));
  }

  @Override
  public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
    Checks.requireNonNull("first", first);
    Checks.requireNonNull("supplement", supplement);
    Checks.requireWithinDates("supplement.receivedOn", supplement.receiptDate());
    requireNotBeforeReceipt("supplement.receivedOn", supplement.receiptDate(), first.request());
    ReviewDeadline earlier = trusted("first", first);
    // I-3: 「重新审核」 is a fresh clock from the supplement's receipt
    ReviewDeadline review = reviewDeadline(supplement);
    return ImmutableResubmission.builder()
        .first(earlier)
        .firstOutcome(ReviewOutcome.AWAITING_SUPPLEMENT)
        .review(review)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.DEADLINE_RESUBMISSION,
                    List.of(REVIEW),
                    List.of(Interpretation.I_3),
                    "firstReceipt",
                    earlier.request().receiptDate(),
                    "supplementReceipt",
                    supplement.receiptDate())
                .steps(review.explanation())
                .build())
        .build();
  }

  @Override
  public ReportDeadline reportDeadline(StopEventReport event) {
    Checks.requireNonNull("event", event);
    Checks.requireWithinDates("eventDate", event.eventDate());
    return inContext(
        "report deadline of a " + event.eventType() + " event on " + event.eventDate(),
        () -> reportClock.deadlineOf(event));
  }

  private static void requireNotBeforeReceipt(
      String field, LocalDate date, ReviewRequest application) {
    if (date.isBefore(application.receiptDate())) {
      throw InvalidInputException.of(
          field,
          date,
          "must not be before the application's receipt on " + application.receiptDate());
    }
  }

  /** The review passed back in as {@code parameter}, derived again from its request. */
  private ReviewDeadline trusted(String parameter, ReviewDeadline review) {
    ReviewRequest request = review.request();
    String subject =
        "an application received on "
            + request.receiptDate()
            + request.receiptTime().map(time -> " at " + time).orElse("");
    return PASSED_BACK.require(parameter, review, "request", subject, reviewDeadline(request));
  }
}
