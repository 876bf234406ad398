package io.github.cqui.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.RuleContextException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review deadline of 渝人社办〔2025〕112号 一(二), its status, and resubmission (I-1, I-2, I-3, I-18).
 */
class ReviewDeadlineTest {

  private final DeadlineRules rules = Chongqing.rules().deadlines();
  private final DeadlineRules officeHours =
      Chongqing.rules(
              WorkingDayCalendar.chongqing(),
              Chongqing.bundledEditions(),
              InterpretationSwitches.builder().officeHoursCutoff(LocalTime.of(17, 0)).build())
          .deadlines();

  @ParameterizedTest(name = "112号 一(二), POLICY-FACTS §7, I-1: received {0} → deadline {1}")
  @CsvSource({
    "2025-08-01, 2025-08-12",
    "2025-09-25, 2025-10-11",
    "2025-09-26, 2025-10-13",
    "2025-09-27, 2025-10-13",
    "2025-09-30, 2025-10-16",
    "2025-12-31, 2026-01-12",
    "2026-02-13, 2026-03-02",
    "2026-02-14, 2026-03-03",
  })
  void sevenWorkingDaysFromTheDayAfterReceipt(LocalDate received, LocalDate deadline) {
    ReviewDeadline review = rules.reviewDeadline(ReviewRequest.of(received));
    assertThat(review.lastDay()).isEqualTo(deadline);
    assertThat(review.workingDays()).isEqualTo(7);
    assertThat(review.deemedReceipt()).isEqualTo(received);
    assertThat(review.editionFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(review.switches()).containsEntry(Interpretation.I_1, "officeHoursCutoff=off");
  }

  @ParameterizedTest(name = "I-18, 经办条例 第二十四条 → 112号 一(二): received {0} → {1} working days, {2}")
  @CsvSource({"2025-07-31, 10, 2025-08-14", "2025-08-01, 7, 2025-08-12"})
  void theEditionInForceOnTheReceiptDateSetsTheDays(LocalDate received, int days, LocalDate end) {
    ReviewDeadline review = rules.reviewDeadline(ReviewRequest.of(received));
    assertThat(review.workingDays()).isEqualTo(days);
    assertThat(review.lastDay()).isEqualTo(end);
  }

  @ParameterizedTest(
      name = "I-1 office hours (cut-off 17:00): received {0} at {1} → deemed {2}, deadline {3}")
  @CsvSource({
    "2025-09-25, 18:30, 2025-09-26, 2025-10-13",
    "2025-09-25, 17:00, 2025-09-26, 2025-10-13",
    "2025-09-25, 16:59, 2025-09-25, 2025-10-11",
    "2026-02-13, 18:00, 2026-02-14, 2026-03-03",
    "2025-07-31, 18:00, 2025-08-01, 2025-08-12",
  })
  void aLateReceiptIsTreatedAsReceivedOnTheNextWorkingDay(
      LocalDate received, LocalTime at, LocalDate deemed, LocalDate deadline) {
    ReviewDeadline review = officeHours.reviewDeadline(ReviewRequest.of(received, at));
    assertThat(review.deemedReceipt()).isEqualTo(deemed);
    assertThat(review.lastDay()).isEqualTo(deadline);
    assertThat(review.switches()).containsEntry(Interpretation.I_1, "officeHoursCutoff=17:00");
    assertThat(rules.reviewDeadline(ReviewRequest.of(received, at)).deemedReceipt())
        .as("office hours are off by default")
        .isEqualTo(received);
  }

  @Test
  void theExplanationListsEveryRestDaySkippedWithItsFestivalAndNotice() {
    ReviewDeadline review = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    assertThat(review.restDaysPassed())
        .extracting(RestDay::date)
        .containsExactly(
            LocalDate.of(2025, 9, 27),
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3),
            LocalDate.of(2025, 10, 4),
            LocalDate.of(2025, 10, 5),
            LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7),
            LocalDate.of(2025, 10, 8));
    assertThat(review.restDaysPassed().get(6).festival()).contains("中秋节");
    assertThat(review.restDaysPassed().get(6).notices()).containsExactly("国办发明电〔2024〕12号");
    assertThat(review.explanation().steps())
        .extracting(s -> s.code())
        .startsWith(StepCode.DEADLINE_REVIEW_EDITION, StepCode.DEADLINE_REVIEW_CLOCK_START)
        .endsWith(StepCode.DEADLINE_REVIEW_END)
        .contains(StepCode.CALENDAR_MAKE_UP_DAY_COUNTED);
    String zh = review.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains("申请于2025-09-25收到，适用自2025-08-01起施行的规定，审核期限为7个工作日。")
        .contains("2025-10-06为休息日（中秋节），依国办发明电〔2024〕12号不计入。")
        .contains("2025-10-11为国庆节调休上班日，依国办发明电〔2024〕12号计为工作日。")
        .contains("7个工作日的审核期限于2025-10-11届满。")
        .contains("渝人社办〔2025〕112号 一(二)");
    assertThat(review.explanation().render(Locale.ENGLISH))
        .contains("The review period of 7 working days ends on 2025-10-11.");
  }

  @Test
  void aReceiptInAnUnpublishedYearFailsWithTheCoverageErrorInTheRulesContext() {
    assertThatThrownBy(() -> rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28))))
        .isInstanceOf(RuleContextException.class)
        .hasMessageStartingWith(
            "review deadline of an application received on 2026-12-28: 7 working days after"
                + " 2026-12-28: 2027-01-01 is outside the working-day calendar")
        .hasMessageContaining("国办发明电〔2025〕7号")
        // I-5: the remedies stay in the rule's message
        .hasMessageContaining("withCoverageMode(CoverageMode.PROVISIONAL)")
        .hasMessageContaining("META-INF/cqui/holiday-schedule.json")
        .hasCauseInstanceOf(CalendarCoverageException.class);
  }

  @Test
  void aReceiptBeforeTheEarliestEditionIsRefused() {
    assertThatThrownBy(() -> rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2023, 11, 30))))
        .hasMessageContaining("2023-11-30")
        .hasMessageContaining("2023-12-01");
  }

  @ParameterizedTest(
      name = "status of the review due 2025-10-11 on {0}: {1}, {2} left, {3} overdue")
  @CsvSource({
    "2025-09-25, IN_TIME, 7, 0",
    "2025-09-26, IN_TIME, 6, 0",
    "2025-10-08, IN_TIME, 3, 0",
    "2025-10-11, DUE_TODAY, 0, 0",
    "2025-10-12, OVERDUE, 0, 0",
    "2025-10-14, OVERDUE, 0, 2",
  })
  void workingDaysLeftOrOverdue(LocalDate asOf, ReviewState state, int left, int overdue) {
    ReviewDeadline review = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    ReviewStatus status = rules.reviewStatus(review, asOf);
    assertThat(status.state()).isEqualTo(state);
    assertThat(status.workingDaysLeft()).isEqualTo(left);
    assertThat(status.workingDaysOverdue()).isEqualTo(overdue);
  }

  @Test
  void aStatusBeforeTheReceiptIsRefusedNamingTheField() {
    ReviewDeadline review = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    assertThatThrownBy(() -> rules.reviewStatus(review, LocalDate.of(2025, 9, 24)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "asOf = 2025-09-24: must not be before the application's receipt on 2025-09-25");
  }

  @Test
  void aSupplementStartsAFreshClockAndTheFirstReviewEndsAwaitingIt() {
    ReviewDeadline first = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    Resubmission again = rules.resubmission(first, ReviewRequest.of(LocalDate.of(2025, 10, 9)));
    assertThat(again.firstOutcome()).isEqualTo(ReviewOutcome.AWAITING_SUPPLEMENT);
    assertThat(again.first()).isEqualTo(first);
    assertThat(again.review().lastDay()).isEqualTo(LocalDate.of(2025, 10, 17));
    assertThat(again.explanation().steps().get(0).code()).isEqualTo(StepCode.DEADLINE_RESUBMISSION);
    assertThat(again.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-10-09收到补充材料，重新审核；2025-09-25收到的申请以待补充材料结束审核。");
    assertThatThrownBy(() -> rules.resubmission(first, ReviewRequest.of(LocalDate.of(2025, 9, 24))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "supplement.receivedOn = 2025-09-24: must not be before the application's receipt on"
                + " 2025-09-25");
  }

  @Test
  void aSupplementAcrossTheEditionChangeCanEndBeforeTheFirstDeadline() {
    // I-18 names the receipt date; a supplement is a new receipt, so it takes the new edition's 7
    // days
    ReviewDeadline first = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 7, 31)));
    Resubmission again = rules.resubmission(first, ReviewRequest.of(LocalDate.of(2025, 8, 1)));
    assertThat(first.lastDay()).isEqualTo(LocalDate.of(2025, 8, 14));
    assertThat(again.review().lastDay()).isEqualTo(LocalDate.of(2025, 8, 12));
  }

  @Test
  void aForgedReviewDeadlineIsRefusedNamingTheField() {
    // one day earlier than the rules give: the status would call a review in time overdue
    ReviewDeadline genuine = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    ReviewDeadline forged =
        ImmutableReviewDeadline.builder().from(genuine).lastDay(LocalDate.of(2025, 10, 10)).build();
    assertThatThrownBy(() -> rules.reviewStatus(forged, LocalDate.of(2025, 10, 11)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "review.deadline = 2025-10-10: does not follow from review.request (the review deadline"
                + " of an application received on 2025-09-25 is 2025-10-11)")
        .satisfies(
            e -> assertThat(((InvalidInputException) e).field()).isEqualTo("review.deadline"));
    assertThat(rules.reviewStatus(genuine, LocalDate.of(2025, 10, 11)).state())
        .isEqualTo(ReviewState.DUE_TODAY);
  }

  @Test
  void aReviewMadeUnderOtherSwitchesIsRefusedByTheseRules() {
    // computed with an office-hours cut-off of 17:00; these rules have none, so they cannot vouch
    // for its deemed receipt (I-1)
    ReviewDeadline late =
        officeHours.reviewDeadline(
            ReviewRequest.of(LocalDate.of(2025, 9, 25), LocalTime.of(18, 30)));
    assertThatThrownBy(() -> rules.reviewStatus(late, LocalDate.of(2025, 10, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "review.deemedReceipt = 2025-09-26: does not follow from review.request (the deemed"
                + " receipt of an application received on 2025-09-25 at 18:30 is 2025-09-25)");
    // due 2025-10-13: 10-09, 10-10, 10-11 (a make-up Saturday) and 10-13 are left
    assertThat(officeHours.reviewStatus(late, LocalDate.of(2025, 10, 1)).workingDaysLeft())
        .isEqualTo(4);
  }

  @Test
  void aForgedFirstReviewIsRefusedByTheResubmission() {
    ReviewDeadline genuine = rules.reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    ReviewDeadline forged = ImmutableReviewDeadline.builder().from(genuine).workingDays(10).build();
    assertThatThrownBy(
            () -> rules.resubmission(forged, ReviewRequest.of(LocalDate.of(2025, 10, 9))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "first.workingDays = 10: does not follow from first.request (the review period in"
                + " working days of an application received on 2025-09-25 is 7)");
  }

  @Test
  void aRestDayReceiptAfterTheCutOffIsARestDayReceiptLikeAnyOther_I1() {
    // I-1: 「a rest day has no office hours, so the time of a rest-day receipt never matters」;
    // Saturday 2025-09-27 is a rest day, Sunday 2025-09-28 a make-up working day
    ReviewDeadline evening =
        officeHours.reviewDeadline(
            ReviewRequest.of(LocalDate.of(2025, 9, 27), LocalTime.of(18, 30)));
    ReviewDeadline morning =
        officeHours.reviewDeadline(
            ReviewRequest.of(LocalDate.of(2025, 9, 27), LocalTime.of(10, 0)));
    assertThat(evening.deemedReceipt()).isEqualTo(LocalDate.of(2025, 9, 27));
    assertThat(evening.clockStart()).isEqualTo(LocalDate.of(2025, 9, 28));
    assertThat(evening.lastDay())
        .isEqualTo(morning.lastDay())
        .isEqualTo(LocalDate.of(2025, 10, 13));
    assertThat(evening.explanation().steps())
        .extracting(s -> s.code())
        .doesNotContain(StepCode.DEADLINE_REVIEW_OFFICE_HOURS);
  }
}
