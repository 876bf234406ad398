package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.PendingRemedy;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.RuleContextException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Years whose holiday notice is not published (INTERPRETATIONS I-5; POLICY-FACTS §9.6) through the
 * rules: the strict default refuses a single date and reports only the part of a larger result that
 * needs the year as pending; the provisional mode answers from 第二条 of 《全国年节及纪念日放假办法》 (国务院令第795号)
 * and marks every such result; a notice loaded later is detected as changing an answer or not.
 */
class ProvisionalAndPendingTest {

  static final Chongqing STRICT = Chongqing.rules();
  static final Chongqing PROVISIONAL =
      Chongqing.rules().withSwitches(s -> s.coverageMode(CoverageMode.PROVISIONAL));

  /** A claim registered 2026-06-01, verified every month to 2026-11, re-employed 2026-12-10. */
  static ClaimHistory reEmployedInLateDecember() {
    return ClaimHistory.builder()
        .registrationDate(LocalDate.of(2026, 6, 1))
        .entitlementMonths(12)
        .tier(BenefitTier.TIER_1)
        .addStandards(
            BenefitStandard.of(YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("2000.00")))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE)
        .recordedThrough(YearMonth.of(2026, 11))
        .addVerifications(
            Verification.on(LocalDate.of(2026, 6, 10)),
            Verification.on(LocalDate.of(2026, 7, 10)),
            Verification.on(LocalDate.of(2026, 8, 10)),
            Verification.on(LocalDate.of(2026, 9, 10)),
            Verification.on(LocalDate.of(2026, 10, 10)),
            Verification.on(LocalDate.of(2026, 11, 10)))
        .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2026, 12, 10)))
        .build();
  }

  /** A 责令退回决定书 served 2026-06-01 that stated the rights, no 催告书 yet. */
  static EnforcementRequest servedOn20260601() {
    return EnforcementRequest.builder()
        .decisionServedOn(LocalDate.of(2026, 6, 1))
        .rightsStated(true)
        .build();
  }

  private static String lines(BenefitLedger ledger) {
    return ledger.lines().stream()
        .map(l -> l.month() + " " + l.status() + " " + l.due())
        .collect(Collectors.joining("\n"));
  }

  /** The year 2027 as the provisional mode projects it, with the bundled calendar's last notice. */
  private static void is2027Provisional(List<ProvisionalYear> years) {
    assertThat(years).hasSize(1);
    ProvisionalYear year = years.get(0);
    assertThat(year.year()).isEqualTo(2027);
    assertThat(year.decree()).isEqualTo(HolidayDecree.STATE_COUNCIL_DECREE_795);
    assertThat(year.article()).isEqualTo("第二条");
    assertThat(year.articlesNotProjected()).containsExactly("第六条", "第七条");
    assertThat(year.lastNoticeYear()).isEqualTo(2026);
    assertThat(year.latestNotice()).isEqualTo("国办发明电〔2025〕7号");
  }

  /** Pending on the 2027 notice, first needing {@code date}, with both remedies named. */
  private static void waitsFor2027Notice(Pending pending, LocalDate date) {
    assertThat(pending.cause()).isEqualTo(PendingCause.HOLIDAY_NOTICE_NOT_LOADED);
    assertThat(pending.date()).isEqualTo(date);
    assertThat(pending.year()).isEqualTo(2027);
    assertThat(pending.latestNotice()).contains("国办发明电〔2025〕7号");
    assertThat(pending.remedies())
        .containsExactly(
            PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE);
    assertThat(pending.reason())
        .contains("2027")
        .contains("CoverageMode.PROVISIONAL")
        .contains("META-INF/cqui/holiday-schedule.json");
  }

  private static java.nio.file.Path resource(String name) {
    try {
      return java.nio.file.Path.of(
          java.util.Objects.requireNonNull(ProvisionalAndPendingTest.class.getResource(name), name)
              .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WorkingDayCalendar withSchedule(WorkingDayCalendar calendar, String resource) {
    try (InputStream in = ProvisionalAndPendingTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return calendar.withSchedule(HolidaySchedule.fromJson(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the default ----

  @Test
  @DisplayName("I-5: STRICT is the default coverage mode of the rules and of their calendar")
  void i5_strictIsTheDefault() {
    assertThat(STRICT.switches().coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(STRICT.calendar().coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(PROVISIONAL.calendar().coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
    // the switches choose the calendar's mode, whatever the calendar given
    Chongqing strictAgain =
        Chongqing.rules(
            WorkingDayCalendar.chongqing().withCoverageMode(CoverageMode.PROVISIONAL),
            Chongqing.bundledEditions(),
            STRICT.switches());
    assertThat(strictAgain.calendar().coverageMode()).isEqualTo(CoverageMode.STRICT);
    // a published year answers the same in both modes, unmarked
    ReviewDeadline published =
        STRICT.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
    assertThat(PROVISIONAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25))))
        .isEqualTo(published);
    assertThat(published.isProvisional()).isFalse();
  }

  @Test
  @DisplayName(
      "I-5, 一(二): STRICT refuses a single review deadline in 2027, naming the PROVISIONAL mode and schedule files")
  void i5_oneTwo_strictRefusesASingleDeadlineNamingTheRemedies() {
    assertThatThrownBy(
            () -> STRICT.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28))))
        .isInstanceOf(RuleContextException.class)
        .hasCauseInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith("review deadline of an application received on 2026-12-28:")
        .hasMessageContaining("国办发明电〔2025〕7号")
        .hasMessageContaining("withCoverageMode(CoverageMode.PROVISIONAL)")
        .hasMessageContaining("META-INF/cqui/holiday-schedule.json")
        .hasMessageContaining("withScheduleFiles(path)");
    assertThatThrownBy(
            () ->
                STRICT
                    .deadlines()
                    .reportDeadline(
                        StopEventReport.of(
                            LocalDate.of(2026, 12, 10), StopEventType.RE_EMPLOYMENT)))
        .isInstanceOf(RuleContextException.class)
        .hasMessageContaining("CoverageMode.PROVISIONAL");
    assertThatThrownBy(() -> STRICT.notices().publicNotice(LocalDate.of(2026, 12, 15)))
        .isInstanceOf(RuleContextException.class)
        .hasMessageContaining("CoverageMode.PROVISIONAL");
  }

  // ---- answers that do not fail whole ----

  @Test
  @DisplayName(
      "I-5, 一(五): STRICT computes every month of a ledger with a re-employment on 2026-12-10; only its report deadline is pending")
  void i5_oneFive_theLedgerIsAnsweredAndOnlyTheLateReportDeadlineIsPending() {
    BenefitLedger ledger = STRICT.benefits().ledger(reEmployedInLateDecember());
    assertThat(lines(ledger))
        .isEqualTo(
            String.join(
                "\n",
                "2026-06 PAID 2000.00",
                "2026-07 PAID 2000.00",
                "2026-08 PAID 2000.00",
                "2026-09 PAID 2000.00",
                "2026-10 PAID 2000.00",
                "2026-11 PAID 2000.00",
                "2026-12 PAID 2000.00",
                "2027-01 STOPPED 0.00"));
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.STOP_EVENT);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 12));
    assertThat(ledger.reportDeadlines()).isEmpty();
    assertThat(ledger.isProvisional()).isFalse();
    PendingReportDeadline pending = ledger.pendingReportDeadlines().get(0);
    assertThat(ledger.pendingReportDeadlines()).hasSize(1);
    assertThat(pending.event())
        .isEqualTo(StopEventReport.of(LocalDate.of(2026, 12, 10), StopEventType.RE_EMPLOYMENT));
    waitsFor2027Notice(pending.pending(), LocalDate.of(2027, 1, 1));
    assertThat(pending.pending().reason())
        .startsWith("report deadline of a RE_EMPLOYMENT event on 2026-12-10: ");
    assertThat(ledger.explanation().steps())
        .anyMatch(step -> step.code() == StepCode.BENEFIT_REPORT_PENDING);
    assertThat(ledger.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2026-12-10发生情形的告知期限暂未确定，台账各月均已计算：");
    // the months are the provisional mode's months: only the deadline depends on the calendar
    assertThat(lines(PROVISIONAL.benefits().ledger(reEmployedInLateDecember())))
        .isEqualTo(lines(ledger));
  }

  @Test
  @DisplayName(
      "I-5, I-17, 三(四): STRICT gives the 复议 and 诉讼 deadlines of a decision served 2026-06-01 and marks the court window pending")
  void i5_i17_theTimelineGivesItsDeadlinesAndTheCourtWindowPending() {
    EnforcementRequest request = servedOn20260601();
    EnforcementTimeline timeline = STRICT.recovery().enforcementTimeline(request);
    // 《行政复议法》第二十条: 60 days; 《行政诉讼法》第四十六条: 6 months (民法典 arts 201–203)
    assertThat(timeline.reconsiderationDeadline()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(timeline.litigationDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
    // 法释〔2018〕1号 第一百五十六条: 3 months after 2026-12-01 is in 2027
    assertThat(timeline.latestCourtApplication()).isEmpty();
    assertThat(timeline.earliestCourtApplication()).isEmpty();
    // the court window first needs 2027-03-01, 3 months after the 诉讼 deadline (民法典 art 202)
    waitsFor2027Notice(timeline.courtWindowPending().orElseThrow(), LocalDate.of(2027, 3, 1));
    assertThat(timeline.isProvisional()).isFalse();
    assertThat(timeline.explanation().steps())
        .extracting(step -> step.code())
        .containsExactly(
            StepCode.ENFORCEMENT_RECONSIDERATION,
            StepCode.ENFORCEMENT_LITIGATION,
            StepCode.ENFORCEMENT_COURT_WINDOW_PENDING);
    // the step while the appeal periods run is answered; after them it needs the window
    EnforcementStep running = STRICT.recovery().enforcementStep(timeline, LocalDate.of(2026, 9, 1));
    assertThat(running.stage()).isEqualTo(EnforcementStage.APPEAL_PERIODS_RUNNING);
    assertThat(running.until()).contains(LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> STRICT.recovery().enforcementStep(timeline, LocalDate.of(2026, 12, 2)))
        .isInstanceOf(RuleContextException.class)
        .hasCauseInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith(
            "enforcement step on 2026-12-02 of a decision served on 2026-06-01:")
        .hasMessageContaining("CoverageMode.PROVISIONAL");
  }

  @Test
  @DisplayName(
      "I-5, 一(五): the concurrent-benefits control reports a pending deadline with the same type")
  void i5_oneFive_theControlUsesTheSamePendingType() {
    Optional<Pending> pending =
        STRICT
            .controls()
            .concurrentBenefits(
                io.github.cqui.rules.control.ConcurrentBenefitsRequest.of(
                    reEmployedInLateDecember(),
                    List.of(
                        io.github.cqui.rules.control.OtherBenefitPeriod.openFrom(
                            io.github.cqui.rules.control.OtherBenefitKind.BASIC_PENSION,
                            LocalDate.of(2026, 12, 20)))))
            .stops()
            .get(0)
            .reportDeadlinePending();
    waitsFor2027Notice(pending.orElseThrow(), LocalDate.of(2027, 1, 1));
  }

  // ---- the provisional mode ----

  @Test
  @DisplayName(
      "I-5, 一(二): in PROVISIONAL mode a review received 2026-12-28 ends 2027-01-07, marked provisional under 国务院令第795号 第二条")
  void i5_oneTwo_theReviewOf20261228InProvisionalMode() {
    ReviewDeadline review =
        PROVISIONAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28)));
    // 12-29, 12-30, 12-31; 2027-01-01 元旦 (第二条), 01-02 and 01-03 weekend; 01-04 … 01-07
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(review.isProvisional()).isTrue();
    is2027Provisional(review.provisionalYears());
    assertThat(review.restDaysPassed().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(review.restDaysPassed().get(0).notices()).containsExactly("国务院令第795号");
    assertThat(review.explanation().steps())
        .anyMatch(step -> step.code() == StepCode.CALENDAR_PROVISIONAL_HOLIDAY_SKIPPED)
        .anyMatch(
            step ->
                step.code() == StepCode.CALENDAR_PROVISIONAL_YEAR
                    && step.citations().toString().contains("《全国年节及纪念日放假办法》第二条")
                    && step.citations().toString().contains("第六条")
                    && step.citations().toString().contains("第七条"));
    assertThat(review.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2027-01-01为《全国年节及纪念日放假办法》（国务院令第795号）第二条规定的法定节假日（元旦）")
        .contains("2027年国务院办公厅放假安排通知尚未发布");
    assertThat(review.explanation().render(Locale.ENGLISH))
        .contains("the State Council holiday notice for 2027 was not yet published")
        .contains("第六条、第七条");
    // where it stands: counted over provisional days too
    ReviewStatus status = PROVISIONAL.deadlines().reviewStatus(review, LocalDate.of(2026, 12, 30));
    assertThat(status.workingDaysLeft()).isEqualTo(5);
    is2027Provisional(status.provisionalYears());
  }

  @Test
  @DisplayName(
      "I-5, 一(五), 三(四), 二(一): in PROVISIONAL mode everything is answered and marked provisional")
  void i5_theProvisionalModeAnswersEverythingMarked() {
    BenefitLedger ledger = PROVISIONAL.benefits().ledger(reEmployedInLateDecember());
    assertThat(ledger.pendingReportDeadlines()).isEmpty();
    ReportDeadline report = ledger.reportDeadlines().get(0);
    // 20 working days after 2026-12-10: 15 in December, 2027-01-01 元旦 skipped, 01-04 … 01-08
    assertThat(report.lastDay()).isEqualTo(LocalDate.of(2027, 1, 8));
    is2027Provisional(report.provisionalYears());
    is2027Provisional(ledger.provisionalYears());
    assertThat(ledger.explanation().steps())
        .anyMatch(step -> step.code() == StepCode.CALENDAR_PROVISIONAL_YEAR);

    EnforcementTimeline timeline = PROVISIONAL.recovery().enforcementTimeline(servedOn20260601());
    assertThat(timeline.reconsiderationDeadline()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(timeline.litigationDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(timeline.latestCourtApplication()).contains(LocalDate.of(2027, 3, 1));
    assertThat(timeline.courtWindowPending()).isEmpty();
    is2027Provisional(timeline.provisionalYears());
    EnforcementStep step =
        PROVISIONAL.recovery().enforcementStep(timeline, LocalDate.of(2026, 12, 2));
    assertThat(step.stage()).isEqualTo(EnforcementStage.REMINDER_REQUIRED);
    assertThat(step.until()).contains(LocalDate.of(2027, 3, 1));
    is2027Provisional(step.provisionalYears());

    PublicNoticePeriod notice = PROVISIONAL.notices().publicNotice(LocalDate.of(2026, 12, 1));
    // day 30 is 2026-12-31, a working day: not provisional
    assertThat(notice.isProvisional()).isFalse();
    PublicNoticePeriod late = PROVISIONAL.notices().publicNotice(LocalDate.of(2026, 12, 2));
    // day 30 is 2027-01-01, 元旦 under 第二条: rolled to 2027-01-04 (民法典 art 203)
    assertThat(late.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    is2027Provisional(late.provisionalYears());
    NoticeEntryStatus entry =
        PROVISIONAL.notices().noticeEntryStatus(late, Optional.empty(), LocalDate.of(2027, 1, 5));
    is2027Provisional(entry.provisionalYears());
  }

  // ---- published beats provisional ----

  @Test
  @DisplayName(
      "I-5, 一(二): loading an illustrative 2027 notice: a review of 2026-12-28 is unchanged, one of 2027-02-01 moves")
  void i5_oneTwo_aLoadedNoticeChangesSomeAnswersAndNotOthers() {
    ReviewDeadline newYear =
        PROVISIONAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28)));
    ReviewDeadline spring =
        PROVISIONAL.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2027, 2, 1)));
    // 02-02 … 02-04; 02-05 除夕 and 02-06 … 02-08 (第二条); 02-09 … 02-12
    assertThat(spring.lastDay()).isEqualTo(LocalDate.of(2027, 2, 12));

    // the illustrative notice has exactly the statutory days: nothing moves, nothing is provisional
    Chongqing statutory =
        STRICT.withCalendar(withSchedule(STRICT.calendar(), "illustrative-2027.json"));
    Revision<ReviewDeadline> first = statutory.revise(newYear);
    assertThat(first.changed()).isFalse();
    assertThat(first.now().lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(first.now().isProvisional()).isFalse();
    assertThat(statutory.revise(spring).changed()).isFalse();

    // a notice that adds 02-09 … 02-11 to the 春节 break moves the second review only
    Chongqing bridged =
        STRICT.withCalendar(
            withSchedule(STRICT.calendar(), "illustrative-2027-spring-bridge.json"));
    List<Revision<ReviewDeadline>> revised =
        List.of(newYear, spring).stream().map(bridged::revise).toList();
    assertThat(revised).extracting(Revision::changed).containsExactly(false, true);
    assertThat(revised.get(1).now().lastDay()).isEqualTo(LocalDate.of(2027, 2, 17));
    assertThat(revised.get(1).earlier()).isSameAs(spring);

    // a pending court window that a loaded notice answers is a change
    EnforcementTimeline pending = STRICT.recovery().enforcementTimeline(servedOn20260601());
    Revision<EnforcementTimeline> window = statutory.revise(pending);
    assertThat(window.changed()).isTrue();
    assertThat(window.now().latestCourtApplication()).contains(LocalDate.of(2027, 3, 1));
    // the provisional answer was the same date: unchanged
    assertThat(
            statutory
                .revise(PROVISIONAL.recovery().enforcementTimeline(servedOn20260601()))
                .changed())
        .isFalse();
  }

  // ---- README ----

  @Test
  @DisplayName("I-5: README.md, \"Years without a holiday notice\": the snippet's values")
  void i5_theReadmeExample() {
    Chongqing rules = Chongqing.rules().withSwitches(s -> s.coverageMode(CoverageMode.PROVISIONAL));
    ReviewDeadline review =
        rules.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28)));
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(review.isProvisional()).isTrue();
    assertThat(review.provisionalYears().get(0))
        .hasToString(
            "2027 provisional: 国务院令第795号 第二条, the 2027 notice not yet published (latest"
                + " 国办发明电〔2025〕7号 for 2026)");
    assertThat(
            review
                .explanation()
                .steps()
                .get(review.explanation().steps().size() - 1)
                .render(Locale.ENGLISH))
        .startsWith("Provisional: the State Council holiday notice for 2027 was not yet published");
    // the README's file, examples/src/main/resources/holidays/illustrative-2027.json, as a copy
    Chongqing published =
        rules.withCalendar(rules.calendar().withScheduleFiles(resource("illustrative-2027.json")));
    Revision<ReviewDeadline> revision = published.revise(review);
    assertThat(revision.changed()).isFalse();
    assertThat(revision.now().isProvisional()).isFalse();
  }
}
