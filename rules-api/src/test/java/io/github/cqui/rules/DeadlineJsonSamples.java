package io.github.cqui.rules;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewOutcome;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewState;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableResubmission;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import io.github.cqui.rules.internal.ImmutableRestDay;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementRequest;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** JSON samples of the deadline package's requests and results, part of {@link JsonSamples}. */
final class DeadlineJsonSamples {

  private DeadlineJsonSamples() {}

  private static final Citation REVIEW = LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)");

  static Explanation reviewEnd() {
    return Explanation.builder()
        .step(
            StepCode.DEADLINE_REVIEW_END,
            List.of(REVIEW),
            List.of(Interpretation.I_1),
            "deadline",
            LocalDate.of(2025, 10, 11),
            "workingDays",
            7)
        .build();
  }

  static RestDay holiday() {
    return ImmutableRestDay.builder()
        .date(LocalDate.of(2025, 10, 6))
        .kind(DayKind.HOLIDAY)
        .festival("中秋节")
        .festivalEnglish("Mid-Autumn Festival")
        .addNotices("国办发明电〔2024〕12号")
        .build();
  }

  static RestDay weekend() {
    return ImmutableRestDay.builder().date(LocalDate.of(2025, 9, 27)).kind(DayKind.WEEKEND).build();
  }

  static ReviewDeadline review() {
    return ImmutableReviewDeadline.builder()
        .request(ReviewRequest.of(LocalDate.of(2025, 9, 25), LocalTime.of(9, 30)))
        .deemedReceipt(LocalDate.of(2025, 9, 25))
        .clockStart(LocalDate.of(2025, 9, 26))
        .workingDays(7)
        .lastDay(LocalDate.of(2025, 10, 11))
        .addRestDaysPassed(weekend(), holiday())
        .editionFrom(LocalDate.of(2025, 8, 1))
        .switches(Map.of(Interpretation.I_1, "officeHoursCutoff=off"))
        .explanation(reviewEnd())
        .build();
  }

  static EnforcementRequest enforcementRequest() {
    return ImmutableEnforcementRequest.builder()
        .decisionServedOn(LocalDate.of(2025, 3, 14))
        .rightsStated(true)
        .reminderServedOn(LocalDate.of(2025, 9, 25))
        .build();
  }

  static List<Sample> all() {
    ReviewStatus status =
        ImmutableReviewStatus.builder()
            .lastDay(LocalDate.of(2025, 10, 11))
            .asOf(LocalDate.of(2025, 10, 14))
            .state(ReviewState.OVERDUE)
            .workingDaysLeft(0)
            .workingDaysOverdue(2)
            .explanation(Explanation.empty())
            .build();
    Resubmission resubmission =
        ImmutableResubmission.builder()
            .first(review())
            .firstOutcome(ReviewOutcome.AWAITING_SUPPLEMENT)
            .review(review())
            .explanation(Explanation.empty())
            .build();
    StopEventReport event =
        StopEventReport.of(LocalDate.of(2025, 7, 31), StopEventType.RE_EMPLOYMENT);
    ReportDeadline report =
        ImmutableReportDeadline.builder()
            .event(event)
            .workingDays(20)
            .lastDay(LocalDate.of(2025, 8, 28))
            .addRestDaysPassed(weekend())
            .editionFrom(LocalDate.of(2023, 12, 1))
            .explanation(Explanation.empty())
            .build();
    PublicNoticePeriod notice =
        ImmutablePublicNoticePeriod.builder()
            .publishedOn(LocalDate.of(2025, 9, 8))
            .days(30)
            .nominalLastDay(LocalDate.of(2025, 10, 8))
            .lastDay(LocalDate.of(2025, 10, 9))
            .waivedFrom(LocalDate.of(2025, 10, 10))
            .addRestDaysPassed(holiday())
            .editionFrom(LocalDate.of(2025, 8, 1))
            .switches(Map.of(Interpretation.I_20, "noticeRollForward=true"))
            .explanation(Explanation.empty())
            .build();
    NoticeEntryStatus entry =
        ImmutableNoticeEntryStatus.builder()
            .asOf(LocalDate.of(2025, 9, 20))
            .confirmedOn(LocalDate.of(2025, 9, 20))
            .status(NoticeEntryState.CONFIRMED)
            .explanation(Explanation.empty())
            .build();
    EnforcementTimeline timeline =
        ImmutableEnforcementTimeline.builder()
            .request(enforcementRequest())
            .reconsiderationDeadline(LocalDate.of(2025, 5, 13))
            .litigationDeadline(LocalDate.of(2025, 9, 15))
            .earliestCourtApplication(LocalDate.of(2025, 10, 15))
            .latestCourtApplication(LocalDate.of(2025, 12, 15))
            .explanation(Explanation.empty())
            .build();
    EnforcementStep step =
        ImmutableEnforcementStep.builder()
            .asOf(LocalDate.of(2025, 10, 1))
            .stage(EnforcementStage.WAITING_FOR_COURT_WINDOW)
            .until(LocalDate.of(2025, 10, 15))
            .explanation(Explanation.empty())
            .build();
    return List.of(
        new Sample(
            "ReviewRequest",
            ReviewRequest.of(LocalDate.of(2025, 9, 25), LocalTime.of(18, 30)),
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"18:30\"}"),
        new Sample(
            "ReviewRequest without time",
            ReviewRequest.of(LocalDate.of(2025, 9, 25)),
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\"}"),
        new Sample(
            "RestDay holiday",
            holiday(),
            RestDay.class,
            "{\"date\":\"2025-10-06\",\"kind\":\"HOLIDAY\",\"festival\":\"中秋节\",\"festivalEnglish\":\"Mid-Autumn Festival\",\"notices\":[\"国办发明电〔2024〕12号\"]}"),
        new Sample(
            "RestDay weekend",
            weekend(),
            RestDay.class,
            "{\"date\":\"2025-09-27\",\"kind\":\"WEEKEND\",\"notices\":[]}"),
        new Sample(
            "ReviewDeadline",
            review(),
            ReviewDeadline.class,
            "{\"request\":{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"09:30\"},\"deemedReceipt\":\"2025-09-25\",\"clockStart\":\"2025-09-26\",\"workingDays\":7,\"deadline\":\"2025-10-11\",\"restDaysSkipped\":[{\"date\":\"2025-09-27\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-10-06\",\"kind\":\"HOLIDAY\",\"festival\":\"中秋节\",\"festivalEnglish\":\"Mid-Autumn Festival\",\"notices\":[\"国办发明电〔2024〕12号\"]}],\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-1\":\"officeHoursCutoff=off\"},\"explanation\":{\"steps\":[{\"code\":\"deadline.review.end\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}],\"interpretations\":[\"I-1\"],\"values\":{\"deadline\":\"2025-10-11\",\"workingDays\":\"7\"}}]}}"),
        new Sample(
            "ReviewStatus",
            status,
            ReviewStatus.class,
            "{\"deadline\":\"2025-10-11\",\"asOf\":\"2025-10-14\",\"state\":\"OVERDUE\",\"workingDaysLeft\":0,\"workingDaysOverdue\":2,\"explanation\":{\"steps\":[]}}"),
        new Sample("ReviewState", ReviewState.DUE_TODAY, ReviewState.class, "\"DUE_TODAY\""),
        new Sample(
            "Resubmission",
            resubmission,
            Resubmission.class,
            "{\"first\":{\"request\":{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"09:30\"},\"deemedReceipt\":\"2025-09-25\",\"clockStart\":\"2025-09-26\",\"workingDays\":7,\"deadline\":\"2025-10-11\",\"restDaysSkipped\":[{\"date\":\"2025-09-27\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-10-06\",\"kind\":\"HOLIDAY\",\"festival\":\"中秋节\",\"festivalEnglish\":\"Mid-Autumn Festival\",\"notices\":[\"国办发明电〔2024〕12号\"]}],\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-1\":\"officeHoursCutoff=off\"},\"explanation\":{\"steps\":[{\"code\":\"deadline.review.end\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}],\"interpretations\":[\"I-1\"],\"values\":{\"deadline\":\"2025-10-11\",\"workingDays\":\"7\"}}]}},\"firstOutcome\":\"AWAITING_SUPPLEMENT\",\"review\":{\"request\":{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"09:30\"},\"deemedReceipt\":\"2025-09-25\",\"clockStart\":\"2025-09-26\",\"workingDays\":7,\"deadline\":\"2025-10-11\",\"restDaysSkipped\":[{\"date\":\"2025-09-27\",\"kind\":\"WEEKEND\",\"notices\":[]},{\"date\":\"2025-10-06\",\"kind\":\"HOLIDAY\",\"festival\":\"中秋节\",\"festivalEnglish\":\"Mid-Autumn Festival\",\"notices\":[\"国办发明电〔2024〕12号\"]}],\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-1\":\"officeHoursCutoff=off\"},\"explanation\":{\"steps\":[{\"code\":\"deadline.review.end\",\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}],\"interpretations\":[\"I-1\"],\"values\":{\"deadline\":\"2025-10-11\",\"workingDays\":\"7\"}}]}},\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "ReviewOutcome",
            ReviewOutcome.AWAITING_SUPPLEMENT,
            ReviewOutcome.class,
            "\"AWAITING_SUPPLEMENT\""),
        new Sample(
            "StopEventReport",
            event,
            StopEventReport.class,
            "{\"eventDate\":\"2025-07-31\",\"eventType\":\"RE_EMPLOYMENT\"}"),
        new Sample(
            "ReportDeadline",
            report,
            ReportDeadline.class,
            "{\"event\":{\"eventDate\":\"2025-07-31\",\"eventType\":\"RE_EMPLOYMENT\"},\"workingDays\":20,\"deadline\":\"2025-08-28\",\"restDaysSkipped\":[{\"date\":\"2025-09-27\",\"kind\":\"WEEKEND\",\"notices\":[]}],\"editionFrom\":\"2023-12-01\",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "PublicNoticePeriod",
            notice,
            PublicNoticePeriod.class,
            "{\"publishedOn\":\"2025-09-08\",\"days\":30,\"nominalLastDay\":\"2025-10-08\",\"lastDay\":\"2025-10-09\",\"waivedFrom\":\"2025-10-10\",\"restDaysPassed\":[{\"date\":\"2025-10-06\",\"kind\":\"HOLIDAY\",\"festival\":\"中秋节\",\"festivalEnglish\":\"Mid-Autumn Festival\",\"notices\":[\"国办发明电〔2024〕12号\"]}],\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-20\":\"noticeRollForward=true\"},\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "NoticeEntryStatus",
            entry,
            NoticeEntryStatus.class,
            "{\"asOf\":\"2025-09-20\",\"confirmedOn\":\"2025-09-20\",\"status\":\"CONFIRMED\",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "NoticeEntryState", NoticeEntryState.WAIVED, NoticeEntryState.class, "\"WAIVED\""),
        new Sample(
            "EnforcementRequest",
            enforcementRequest(),
            EnforcementRequest.class,
            "{\"decisionServedOn\":\"2025-03-14\",\"rightsStated\":true,\"reminderServedOn\":\"2025-09-25\"}"),
        new Sample(
            "EnforcementTimeline",
            timeline,
            EnforcementTimeline.class,
            "{\"request\":{\"decisionServedOn\":\"2025-03-14\",\"rightsStated\":true,\"reminderServedOn\":\"2025-09-25\"},\"reconsiderationDeadline\":\"2025-05-13\",\"litigationDeadline\":\"2025-09-15\",\"earliestCourtApplication\":\"2025-10-15\",\"latestCourtApplication\":\"2025-12-15\",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "EnforcementStep",
            step,
            EnforcementStep.class,
            "{\"asOf\":\"2025-10-01\",\"stage\":\"WAITING_FOR_COURT_WINDOW\",\"until\":\"2025-10-15\",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "EnforcementStage",
            EnforcementStage.MAY_APPLY_TO_COURT,
            EnforcementStage.class,
            "\"MAY_APPLY_TO_COURT\""));
  }
}
