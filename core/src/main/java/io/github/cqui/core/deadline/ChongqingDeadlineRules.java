package io.github.cqui.core.deadline;

import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;

import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.CountedDays;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
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
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableResubmission;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Chongqing deadline rules on a calendar, editions and switches: the review clock
 * (渝人社办〔2025〕112号 一(二)), resubmission (I-3) and the stop-event report deadline (一(五)). Each method
 * cites its clause in {@link DeadlineRules}; the steps of each explanation cite theirs. Immutable
 * and thread-safe.
 */
public final class ChongqingDeadlineRules implements DeadlineRules {

  private static final Citation REVIEW = CHONGQING_NOTICE_2025_112.cite("一(二)");
  private static final Citation START_DAY_EXCLUDED = CIVIL_CODE.cite("第二百零一条");
  private static final Citation ROLL_FORWARD = CIVIL_CODE.cite("第二百零三条");

  /** A review passed back in is the one these rules derive from its request, or refused. */
  private static final PassedBack<ReviewDeadline> PASSED_BACK =
      PassedBack.comparing(
          property("deemedReceipt", "the deemed receipt", ReviewDeadline::deemedReceipt),
          property("clockStart", "the first working day counted", ReviewDeadline::clockStart),
          property("workingDays", "the review period in working days", ReviewDeadline::workingDays),
          property("deadline", "the review deadline", ReviewDeadline::deadline),
          property("restDaysSkipped", "the rest days skipped", ReviewDeadline::restDaysSkipped),
          property("editionFrom", "the edition applied", ReviewDeadline::editionFrom),
          property("switches", "the switch record", ReviewDeadline::switches),
          property("explanation", "the explanation", ReviewDeadline::explanation));

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final Map<Interpretation, String> reviewSwitches;

  /**
   * The deadline rules on a calendar, policy editions and interpretation switches.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions
   * @param switches the interpretation switches
   */
  public ChongqingDeadlineRules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    this.calendar = calendar;
    this.editions = editions;
    this.switches = switches;
    this.reviewSwitches = SwitchRecord.of(switches, Interpretation.I_1);
  }

  @Override
  public ReviewDeadline reviewDeadline(ReviewRequest request) {
    return inContext(
        "review deadline of an application received on " + request.receivedOn(),
        () -> computeReviewDeadline(request));
  }

  private ReviewDeadline computeReviewDeadline(ReviewRequest request) {
    Explanation.Builder explanation = Explanation.builder();
    LocalDate deemed = request.receivedOn();
    Optional<LocalTime> cutoff = switches.officeHoursCutoff();
    if (cutoff.isPresent()
        && request.receivedAt().isPresent()
        && !request.receivedAt().get().isBefore(cutoff.get())) {
      deemed = calendar.nextWorkingDay(request.receivedOn());
      explanation.step(
          StepCode.DEADLINE_REVIEW_OFFICE_HOURS,
          List.of(ROLL_FORWARD),
          List.of(Interpretation.I_1),
          "receiptTime",
          request.receivedOn() + " " + request.receivedAt().get(),
          "cutoff",
          cutoff.get(),
          "deemedReceipt",
          deemed);
    }
    PolicyEdition edition = editions.editionOn(deemed);
    PolicyParameter<Integer> days = editions.parameterOn(deemed, ParameterKey.REVIEW_WORKING_DAYS);
    PeriodEnd period = calendar.workingDaysAfter(deemed, days.value());
    LocalDate clockStart = calendar.nextWorkingDay(deemed);
    Explanation.Builder steps =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_REVIEW_EDITION,
                days.sources(),
                List.of(Interpretation.I_18),
                "receiptDate",
                deemed,
                "workingDays",
                days.value(),
                "editionFrom",
                edition.effectiveFrom())
            .steps(explanation.build())
            .step(
                StepCode.DEADLINE_REVIEW_CLOCK_START,
                List.of(REVIEW, START_DAY_EXCLUDED),
                List.of(Interpretation.I_1),
                "receiptDate",
                deemed,
                "clockStart",
                clockStart);
    CountedDays.explainCount(steps, calendar, deemed, period.end());
    steps.step(
        StepCode.DEADLINE_REVIEW_END,
        days.sources(),
        List.of(Interpretation.I_1, Interpretation.I_2),
        "deadline",
        period.end(),
        "workingDays",
        days.value());
    return ImmutableReviewDeadline.builder()
        .request(request)
        .deemedReceipt(deemed)
        .clockStart(clockStart)
        .workingDays(days.value())
        .deadline(period.end())
        .restDaysSkipped(CountedDays.skipped(period.restDaysPassed()))
        .editionFrom(edition.effectiveFrom())
        .switches(reviewSwitches)
        .explanation(steps.build())
        .build();
  }

  @Override
  public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
    if (asOf.isBefore(review.request().receivedOn())) {
      throw InvalidInputException.of(
          "asOf",
          asOf,
          "must not be before the application's receipt on " + review.request().receivedOn());
    }
    LocalDate deadline = trusted("review", review).deadline();
    return inContext(
        "status on " + asOf + " of the review due " + deadline,
        () -> {
          ImmutableReviewStatus.Builder status =
              ImmutableReviewStatus.builder().deadline(deadline).asOf(asOf);
          Explanation.Builder explanation = Explanation.builder();
          List<Citation> sources = List.of(REVIEW);
          if (asOf.isBefore(deadline)) {
            int left = calendar.workingDaysBetween(asOf.plusDays(1), deadline.plusDays(1));
            status.state(ReviewState.IN_TIME).workingDaysLeft(left).workingDaysOverdue(0);
            explanation.step(
                StepCode.DEADLINE_STATUS_LEFT,
                sources,
                List.of(),
                "asOf",
                asOf,
                "workingDaysLeft",
                left);
          } else if (asOf.equals(deadline)) {
            status.state(ReviewState.DUE_TODAY).workingDaysLeft(0).workingDaysOverdue(0);
            explanation.step(StepCode.DEADLINE_STATUS_DUE_TODAY, sources, List.of(), "asOf", asOf);
          } else {
            int overdue = calendar.workingDaysBetween(deadline.plusDays(1), asOf.plusDays(1));
            status.state(ReviewState.OVERDUE).workingDaysLeft(0).workingDaysOverdue(overdue);
            explanation.step(
                StepCode.DEADLINE_STATUS_OVERDUE,
                sources,
                List.of(),
                "asOf",
                asOf,
                "workingDaysOverdue",
                overdue);
          }
          return status.explanation(explanation.build()).build();
        });
  }

  @Override
  public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
    LocalDate firstReceipt = first.request().receivedOn();
    if (supplement.receivedOn().isBefore(firstReceipt)) {
      throw InvalidInputException.of(
          "supplement.receivedOn",
          supplement.receivedOn(),
          "must not be before the application's receipt on " + firstReceipt);
    }
    ReviewDeadline firstReview = trusted("first", first);
    ReviewDeadline review = reviewDeadline(supplement);
    Explanation explanation =
        Explanation.builder()
            .step(
                StepCode.DEADLINE_RESUBMISSION,
                List.of(REVIEW),
                List.of(Interpretation.I_3),
                "firstReceipt",
                firstReceipt,
                "supplementReceipt",
                supplement.receivedOn())
            .steps(review.explanation())
            .build();
    return ImmutableResubmission.builder()
        .first(firstReview)
        .firstOutcome(ReviewOutcome.AWAITING_SUPPLEMENT)
        .review(review)
        .explanation(explanation)
        .build();
  }

  /** The review passed back in as {@code parameter}, derived again from its request. */
  private ReviewDeadline trusted(String parameter, ReviewDeadline review) {
    ReviewRequest request = review.request();
    String subject =
        "an application received on "
            + request.receivedOn()
            + request.receivedAt().map(time -> " at " + time).orElse("");
    return PASSED_BACK.require(parameter, review, "request", subject, reviewDeadline(request));
  }

  @Override
  public ReportDeadline reportDeadline(StopEventReport event) {
    return inContext(
        "report deadline of a " + event.eventType() + " event on " + event.eventDate(),
        () -> {
          PolicyEdition edition = editions.editionOn(event.eventDate());
          PolicyParameter<Integer> days =
              editions.parameterOn(event.eventDate(), ParameterKey.REPORT_WORKING_DAYS);
          PeriodEnd period = calendar.workingDaysAfter(event.eventDate(), days.value());
          Explanation.Builder explanation = Explanation.builder();
          CountedDays.explainCount(explanation, calendar, event.eventDate(), period.end());
          explanation.step(
              StepCode.DEADLINE_REPORT_END,
              concat(days.sources(), START_DAY_EXCLUDED),
              List.of(Interpretation.I_1, Interpretation.I_2),
              "eventDate",
              event.eventDate(),
              "deadline",
              period.end(),
              "workingDays",
              days.value());
          return ImmutableReportDeadline.builder()
              .event(event)
              .workingDays(days.value())
              .deadline(period.end())
              .restDaysSkipped(CountedDays.skipped(period.restDaysPassed()))
              .editionFrom(edition.effectiveFrom())
              .explanation(explanation.build())
              .build();
        });
  }

  private static List<Citation> concat(List<Citation> first, Citation more) {
    return Stream.concat(first.stream(), Stream.of(more)).toList();
  }
}
