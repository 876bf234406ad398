package io.github.cqui.rules;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.deadline.internal.ImmutablePendingReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.internal.ImmutablePending;
import io.github.cqui.rules.internal.ImmutableProvisionalYear;
import io.github.cqui.rules.internal.ImmutableRestDay;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * JSON samples of provisional and pending results (INTERPRETATIONS I-5), part of {@link
 * JsonSamples}: the mark of a result that depends on a year whose holiday notice was not yet
 * published, and the state of a part that waits for it. Their properties are written only when
 * present, so the samples of published results keep their JSON.
 */
final class ProvisionalJsonSamples {

  private ProvisionalJsonSamples() {}

  static final String YEAR_2027 =
      "{\"year\":2027,\"decree\":\"国务院令第795号\",\"article\":\"第二条\",\"articlesNotProjected\":[\"第六条\",\"第七条\"],\"lastNoticeYear\":2026,\"latestNotice\":\"国办发明电〔2025〕7号\"}";

  static final String PENDING_2027 =
      "{\"cause\":\"HOLIDAY_NOTICE_NOT_LOADED\",\"date\":\"2027-01-01\",\"latestNotice\":\"国办发明电〔2025〕7号\",\"remedies\":[\"LOAD_HOLIDAY_NOTICE\",\"PROVISIONAL_COVERAGE_MODE\"],\"reason\":\"report deadline of a RE_EMPLOYMENT event on 2026-12-10: 2027-01-01 is outside the working-day calendar\"}";

  static ProvisionalYear year2027() {
    return ImmutableProvisionalYear.builder()
        .year(2027)
        .decree(HolidayDecree.STATE_COUNCIL_DECREE_795)
        .article("第二条")
        .addArticlesNotProjected("第六条", "第七条")
        .lastNoticeYear(2026)
        .latestNotice("国办发明电〔2025〕7号")
        .build();
  }

  static Pending pending2027() {
    return ImmutablePending.builder()
        .cause(PendingCause.HOLIDAY_NOTICE_NOT_LOADED)
        .date(LocalDate.of(2027, 1, 1))
        .latestNotice("国办发明电〔2025〕7号")
        .addRemedies(PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE)
        .reason(
            "report deadline of a RE_EMPLOYMENT event on 2026-12-10: 2027-01-01 is outside the"
                + " working-day calendar")
        .build();
  }

  static List<Sample> all(BenefitLedger publishedLedger, String publishedLedgerJson) {
    Pending noEdition =
        ImmutablePending.builder()
            .cause(PendingCause.NO_POLICY_EDITION)
            .date(LocalDate.of(2023, 6, 1))
            .addRemedies(PendingRemedy.ADD_POLICY_EDITION)
            .reason("no policy edition in force on 2023-06-01")
            .build();
    PendingReportDeadline pendingReport =
        ImmutablePendingReportDeadline.builder()
            .event(StopEventReport.of(LocalDate.of(2026, 12, 10), StopEventType.RE_EMPLOYMENT))
            .pending(pending2027())
            .build();
    String pendingReportJson =
        "{\"event\":{\"eventDate\":\"2026-12-10\",\"eventType\":\"RE_EMPLOYMENT\"},\"pending\":"
            + PENDING_2027
            + "}";
    ReviewDeadline review =
        ImmutableReviewDeadline.builder()
            .request(ReviewRequest.of(LocalDate.of(2026, 12, 28)))
            .deemedReceipt(LocalDate.of(2026, 12, 28))
            .clockStart(LocalDate.of(2026, 12, 29))
            .workingDays(7)
            .lastDay(LocalDate.of(2027, 1, 7))
            .addRestDaysPassed(
                ImmutableRestDay.builder()
                    .date(LocalDate.of(2027, 1, 1))
                    .kind(DayKind.HOLIDAY)
                    .festival("元旦")
                    .festivalEnglish("New Year's Day")
                    .addNotices("国务院令第795号")
                    .build())
            .editionFrom(LocalDate.of(2025, 8, 1))
            .switches(Map.of(Interpretation.I_1, "officeHoursCutoff=off"))
            .addProvisionalYears(year2027())
            .explanation(Explanation.empty())
            .build();
    EnforcementTimeline pendingWindow =
        ImmutableEnforcementTimeline.builder()
            .request(
                EnforcementRequest.builder()
                    .decisionServedOn(LocalDate.of(2026, 6, 1))
                    .rightsStated(true)
                    .build())
            .reconsiderationDeadline(LocalDate.of(2026, 7, 31))
            .litigationDeadline(LocalDate.of(2026, 12, 1))
            .courtWindowPending(pending2027())
            .explanation(Explanation.empty())
            .build();
    EnforcementTimeline provisionalWindow =
        ImmutableEnforcementTimeline.builder()
            .from(pendingWindow)
            .courtWindowPending(java.util.Optional.empty())
            .latestCourtApplication(LocalDate.of(2027, 3, 1))
            .addProvisionalYears(year2027())
            .build();
    BenefitLedger ledger =
        ImmutableBenefitLedger.builder()
            .from(publishedLedger)
            .addPendingReportDeadlines(pendingReport)
            .build();
    String ledgerJson =
        publishedLedgerJson.replace(
            ",\"switches\":",
            ",\"pendingReportDeadlines\":[" + pendingReportJson + "],\"switches\":");
    return List.of(
        new Sample("ProvisionalYear", year2027(), ProvisionalYear.class, YEAR_2027),
        new Sample("Pending for a holiday notice", pending2027(), Pending.class, PENDING_2027),
        new Sample(
            "Pending for a policy edition",
            noEdition,
            Pending.class,
            "{\"cause\":\"NO_POLICY_EDITION\",\"date\":\"2023-06-01\",\"remedies\":[\"ADD_POLICY_EDITION\"],\"reason\":\"no policy edition in force on 2023-06-01\"}"),
        new Sample(
            "PendingCause",
            PendingCause.HOLIDAY_NOTICE_NOT_LOADED,
            PendingCause.class,
            "\"HOLIDAY_NOTICE_NOT_LOADED\""),
        new Sample(
            "PendingRemedy",
            PendingRemedy.PROVISIONAL_COVERAGE_MODE,
            PendingRemedy.class,
            "\"PROVISIONAL_COVERAGE_MODE\""),
        new Sample(
            "PendingReportDeadline", pendingReport, PendingReportDeadline.class, pendingReportJson),
        new Sample(
            "ReviewDeadline provisional",
            review,
            ReviewDeadline.class,
            "{\"request\":{\"receivedOn\":\"2026-12-28\"},\"deemedReceipt\":\"2026-12-28\",\"clockStart\":\"2026-12-29\",\"workingDays\":7,\"deadline\":\"2027-01-07\",\"restDaysSkipped\":[{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"festival\":\"元旦\",\"festivalEnglish\":\"New Year's Day\",\"notices\":[\"国务院令第795号\"]}],\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-1\":\"officeHoursCutoff=off\"},\"provisionalYears\":["
                + YEAR_2027
                + "],\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "EnforcementTimeline court window pending",
            pendingWindow,
            EnforcementTimeline.class,
            "{\"request\":{\"decisionServedOn\":\"2026-06-01\",\"rightsStated\":true},\"reconsiderationDeadline\":\"2026-07-31\",\"litigationDeadline\":\"2026-12-01\",\"courtWindowPending\":"
                + PENDING_2027
                + ",\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "EnforcementTimeline provisional",
            provisionalWindow,
            EnforcementTimeline.class,
            "{\"request\":{\"decisionServedOn\":\"2026-06-01\",\"rightsStated\":true},\"reconsiderationDeadline\":\"2026-07-31\",\"litigationDeadline\":\"2026-12-01\",\"latestCourtApplication\":\"2027-03-01\",\"provisionalYears\":["
                + YEAR_2027
                + "],\"explanation\":{\"steps\":[]}}"),
        new Sample(
            "BenefitLedger with a pending report deadline",
            ledger,
            BenefitLedger.class,
            ledgerJson));
  }
}
