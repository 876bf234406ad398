package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The deadline and notice endpoints over the socket, each with a worked example from the texts
 * (渝人社办〔2025〕112号 一(二), 一(五), 二(一); the State Council notice 国办发明电〔2024〕12号).
 */
class DeadlineAndNoticeEndpointsTest {

  private final RunningService service = RunningService.get();

  private ReviewDeadline review(String json) {
    return service.post("/v1/deadlines/review", json).as(ReviewDeadline.class);
  }

  @Test
  void review_112号一二_sevenWorkingDaysAcrossTheNationalDayHolidays() {
    ReviewDeadline review = review("{\"receivedOn\":\"2025-09-25\"}");
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(review.workingDays()).isEqualTo(7);
    assertThat(review.restDaysPassed())
        .extracting(RestDay::date)
        .contains(LocalDate.of(2025, 9, 27), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
    assertThat(review.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("7个工作日的审核期限于2025-10-11届满。");
  }

  @Test
  void review_I1_theConfiguredCutOffMovesAReceiptAt1830ToTheNextWorkingDay() {
    // the service runs with cqui.switches={"officeHoursCutoff":"17:00"} (RunningService)
    ReviewDeadline late = review("{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"18:30\"}");
    assertThat(late.deemedReceipt()).isEqualTo(LocalDate.of(2025, 9, 26));
    assertThat(late.lastDay()).isEqualTo(LocalDate.of(2025, 10, 13));
    ReviewDeadline early = review("{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"16:59\"}");
    assertThat(early.lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
  }

  @Test
  void review_aYearFromTheConfiguredScheduleFileIsAnswered() {
    // 2027 is not bundled; cqui.holidays adds the illustrative 2027 file, whose 春节 runs 02-05..08
    ReviewDeadline review = review("{\"receivedOn\":\"2027-02-03\"}");
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2027, 2, 16));
  }

  @Test
  void reviewStatus_twoWorkingDaysOverdue() {
    ReviewDeadline review = review("{\"receivedOn\":\"2025-09-25\"}");
    ReviewStatus status =
        service
            .post(
                "/v1/deadlines/review-status",
                "{\"review\":"
                    + RunningService.JSON.writeValueAsString(review)
                    + ",\"asOf\":\"2025-10-14\"}")
            .as(ReviewStatus.class);
    assertThat(status.state()).isEqualTo(ReviewState.OVERDUE);
    assertThat(status.workingDaysOverdue()).isEqualTo(2);
  }

  @Test
  void resubmission_I3_aSupplementStartsAFreshSevenWorkingDays() {
    String first =
        RunningService.JSON.writeValueAsString(review("{\"receivedOn\":\"2025-09-25\"}"));
    Resubmission again =
        service
            .post(
                "/v1/deadlines/resubmission",
                "{\"first\":" + first + ",\"supplement\":{\"receivedOn\":\"2025-10-09\"}}")
            .as(Resubmission.class);
    assertThat(again.firstOutcome()).isEqualTo(ReviewOutcome.AWAITING_SUPPLEMENT);
    assertThat(again.first().lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(again.review().request()).isEqualTo(ReviewRequest.of(LocalDate.of(2025, 10, 9)));
    assertThat(again.review().lastDay()).isEqualTo(LocalDate.of(2025, 10, 17));
  }

  @Test
  void report_112号一五_twentyWorkingDaysAfterTheEvent() {
    ReportDeadline report =
        service
            .post(
                "/v1/deadlines/report",
                StopEventReport.of(LocalDate.of(2025, 7, 31), StopEventType.RE_EMPLOYMENT))
            .as(ReportDeadline.class);
    assertThat(report.workingDays()).isEqualTo(20);
    assertThat(report.lastDay()).isEqualTo(LocalDate.of(2025, 8, 28));
  }

  @Test
  void noticePeriod_112号二一_I20_thirtyDaysRolledPastTheHoliday() {
    PublicNoticePeriod notice =
        service
            .post("/v1/notices/period", "{\"publishedOn\":\"2025-09-08\"}")
            .as(PublicNoticePeriod.class);
    assertThat(notice.nominalLastDay()).isEqualTo(LocalDate.of(2025, 10, 8));
    assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(notice.waivedFrom()).isEqualTo(LocalDate.of(2025, 10, 10));
  }

  @Test
  void entryStatus_I20_confirmedWaivedOrStillInNotice() {
    String notice = service.post("/v1/notices/period", "{\"publishedOn\":\"2025-09-08\"}").body();
    assertThat(entry(notice, ",\"confirmedOn\":\"2025-09-20\"", "2025-12-01"))
        .isEqualTo(NoticeEntryState.CONFIRMED);
    assertThat(entry(notice, "", "2025-10-09")).isEqualTo(NoticeEntryState.IN_NOTICE);
    assertThat(entry(notice, "", "2025-10-10")).isEqualTo(NoticeEntryState.WAIVED);
  }

  private NoticeEntryState entry(String notice, String confirmed, String asOf) {
    return service
        .post(
            "/v1/notices/entry-status",
            "{\"notice\":" + notice + confirmed + ",\"asOf\":\"" + asOf + "\"}")
        .as(NoticeEntryStatus.class)
        .status();
  }

  @Test
  void aReviewTakesItsTimeOfDayInTheLibrarysForm() {
    assertThat(
            review("{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"10:30\"}")
                .request()
                .receiptTime())
        .contains(LocalTime.of(10, 30));
  }
}
