package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.calendar.ProjectedYear;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.deadline.internal.ImmutableReviewStatus;
import io.github.cqui.rules.internal.ImmutablePending;
import io.github.cqui.rules.internal.ImmutableProvisionalYear;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementStep;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The provisional mark of every result that may depend on a year whose holiday notice was not yet
 * published (INTERPRETATIONS I-5): {@code isProvisional()} exactly when {@code provisionalYears()}
 * is not empty, and the years listed in ascending order, each once.
 */
class ProvisionalResultsTest {

  private static final ProvisionalYear Y2027 = ProvisionalJsonSamples.year2027();
  private static final ProvisionalYear Y2028 =
      ImmutableProvisionalYear.builder().from(Y2027).year(2028).build();

  private static <T> T sample(String name, Class<T> type) {
    return JsonSamples.all().stream()
        .filter(sample -> sample.name().equals(name))
        .map(sample -> type.cast(sample.value()))
        .findFirst()
        .orElseThrow();
  }

  /** One result type: how to rebuild a published sample with other provisional years. */
  private record Result<T>(
      String name,
      T published,
      Function<List<ProvisionalYear>, T> withYears,
      Function<T, Boolean> isProvisional) {}

  private static List<Result<?>> results() {
    BenefitLedger ledger = sample("BenefitLedger", BenefitLedger.class);
    ReportDeadline report = sample("ReportDeadline", ReportDeadline.class);
    ReviewDeadline review = sample("ReviewDeadline", ReviewDeadline.class);
    ReviewStatus status = sample("ReviewStatus", ReviewStatus.class);
    PublicNoticePeriod notice = sample("PublicNoticePeriod", PublicNoticePeriod.class);
    NoticeEntryStatus entry = sample("NoticeEntryStatus", NoticeEntryStatus.class);
    EnforcementTimeline timeline = sample("EnforcementTimeline", EnforcementTimeline.class);
    EnforcementStep step = sample("EnforcementStep", EnforcementStep.class);
    return List.of(
        new Result<>(
            "BenefitLedger",
            ledger,
            years -> ImmutableBenefitLedger.builder().from(ledger).provisionalYears(years).build(),
            BenefitLedger::isProvisional),
        new Result<>(
            "ReportDeadline",
            report,
            years -> ImmutableReportDeadline.builder().from(report).provisionalYears(years).build(),
            ReportDeadline::isProvisional),
        new Result<>(
            "ReviewDeadline",
            review,
            years -> ImmutableReviewDeadline.builder().from(review).provisionalYears(years).build(),
            ReviewDeadline::isProvisional),
        new Result<>(
            "ReviewStatus",
            status,
            years -> ImmutableReviewStatus.builder().from(status).provisionalYears(years).build(),
            ReviewStatus::isProvisional),
        new Result<>(
            "PublicNoticePeriod",
            notice,
            years ->
                ImmutablePublicNoticePeriod.builder().from(notice).provisionalYears(years).build(),
            PublicNoticePeriod::isProvisional),
        new Result<>(
            "NoticeEntryStatus",
            entry,
            years ->
                ImmutableNoticeEntryStatus.builder().from(entry).provisionalYears(years).build(),
            NoticeEntryStatus::isProvisional),
        new Result<>(
            "EnforcementTimeline",
            timeline,
            years ->
                ImmutableEnforcementTimeline.builder()
                    .from(timeline)
                    .provisionalYears(years)
                    .build(),
            EnforcementTimeline::isProvisional),
        new Result<>(
            "EnforcementStep",
            step,
            years -> ImmutableEnforcementStep.builder().from(step).provisionalYears(years).build(),
            EnforcementStep::isProvisional));
  }

  @Test
  void aResultIsProvisionalExactlyWhenItListsAProvisionalYear_I5() {
    for (Result<?> result : results()) {
      assertProvisionalMark(result);
    }
  }

  private static <T> void assertProvisionalMark(Result<T> result) {
    assertThat(result.isProvisional().apply(result.published()))
        .as(result.name() + " without provisional years")
        .isFalse();
    assertThat(result.isProvisional().apply(result.withYears().apply(List.of(Y2027))))
        .as(result.name() + " depending on 2027")
        .isTrue();
    assertThat(result.isProvisional().apply(result.withYears().apply(List.of(Y2027, Y2028))))
        .as(result.name() + " depending on 2027 and 2028")
        .isTrue();
  }

  @Test
  void everyResultRefusesProvisionalYearsOutOfOrder_I5() {
    for (Result<?> result : results()) {
      assertRefused(
          result.name() + " 2028 then 2027",
          () -> result.withYears().apply(List.of(Y2028, Y2027)),
          "2027",
          "provisional years are listed in ascending order, each once (after 2028)");
    }
  }

  @Test
  void everyResultRefusesAProvisionalYearListedTwice_I5() {
    for (Result<?> result : results()) {
      assertRefused(
          result.name() + " 2027 twice",
          () -> result.withYears().apply(List.of(Y2027, Y2027)),
          "2027",
          "provisional years are listed in ascending order, each once (after 2027)");
    }
  }

  private static void assertRefused(String as, ThrowingCallable build, String value, String rule) {
    assertThatThrownBy(build)
        .as(as)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("provisionalYears[1].year");
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void theThirdYearOutOfOrderIsNamedByItsIndex_I5() {
    ProvisionalYear y2029 = ImmutableProvisionalYear.builder().from(Y2027).year(2029).build();
    ReportDeadline report = sample("ReportDeadline", ReportDeadline.class);
    assertThatThrownBy(
            () ->
                ImmutableReportDeadline.builder()
                    .from(report)
                    .provisionalYears(List.of(Y2027, y2029, Y2028))
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("provisionalYears[2].year");
              assertThat(e.value()).isEqualTo("2028");
              assertThat(e.rule())
                  .isEqualTo(
                      "provisional years are listed in ascending order, each once (after 2029)");
            });
  }

  @Test
  void provisionalYearRecordsTheCalendarsProjectedYear_I5() {
    List<ProjectedYear> projected =
        WorkingDayCalendar.bundled().withCoverageMode(CoverageMode.PROVISIONAL).projectedYears();
    List<ProvisionalYear> years = ProvisionalYear.of(projected);
    assertThat(years).hasSameSizeAs(projected);
    assertThat(years.get(0)).isEqualTo(Y2027);
    assertThat(ProvisionalYear.of(projected.get(1))).isEqualTo(Y2028).isEqualTo(years.get(1));
  }

  @Test
  void provisionalYearRefusesALastNoticeYearNotBeforeIt() {
    assertThatThrownBy(
            () -> ImmutableProvisionalYear.builder().from(Y2027).lastNoticeYear(2027).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lastNoticeYear");
              assertThat(e.value()).isEqualTo("2027");
              assertThat(e.rule()).isEqualTo("must be before the provisional year 2027");
            });
    assertThat(ImmutableProvisionalYear.builder().from(Y2027).lastNoticeYear(2026).build())
        .isEqualTo(Y2027);
  }

  @Test
  void provisionalYearSaysWhichDecreeWasProjectedAndWhichNoticeIsLatest() {
    assertThat(Y2027)
        .hasToString(
            "2027 provisional: 国务院令第795号 第二条, the 2027 notice not yet published"
                + " (latest 国办发明电〔2025〕7号 for 2026)");
    assertThat(Y2027.decree()).isEqualTo(HolidayDecree.STATE_COUNCIL_DECREE_795);
  }

  @Test
  void pendingNamesTheYearOfItsDateAndRendersCauseDateAndReason() {
    Pending pending = ProvisionalJsonSamples.pending2027();
    assertThat(pending.year()).isEqualTo(2027);
    assertThat(pending)
        .hasToString(
            "pending (HOLIDAY_NOTICE_NOT_LOADED, 2027-01-01): report deadline of a RE_EMPLOYMENT"
                + " event on 2026-12-10: 2027-01-01 is outside the working-day calendar");
    Pending noEdition =
        ImmutablePending.builder()
            .cause(PendingCause.NO_POLICY_EDITION)
            .date(LocalDate.of(2023, 6, 1))
            .addRemedies(PendingRemedy.ADD_POLICY_EDITION)
            .reason("no policy edition in force on 2023-06-01")
            .build();
    assertThat(noEdition.year()).isEqualTo(2023);
  }
}
