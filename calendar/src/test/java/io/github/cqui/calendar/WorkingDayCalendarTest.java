package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coverage, day kinds, local rest days, new years and revised notices, statutory periods. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();

  @Test
  void theDayBeforeCoverageIsRefusedWithTheCoverageError() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2014, 12, 31)))
        .isInstanceOfSatisfying(
            CalendarCoverageException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2014, 12, 31));
              assertThat(e.year()).isEqualTo(2014);
            })
        .hasMessage(
            "is 2014-12-31 a working day: 2014-12-31 is outside the working-day calendar, which"
                + " covers 2015-01-01 to 2026-12-31. Holiday schedules before 2015 are not loaded."
                + " To cover 2014, add its State Council notice with"
                + " WorkingDayCalendar.withSchedule(HolidaySchedule.fromJson(...)) or"
                + " HolidaySchedule.builder(). No year is assumed to be weekends only (I-5)."
                + " The remedy is to load the notice for 2014 as a schedule file, on the classpath"
                + " as META-INF/cqui/holiday-schedule.json or given explicitly"
                + " (WorkingDayCalendar.withScheduleFiles(path), HolidaySchedule.fromJson(path));"
                + " the provisional coverage mode (CoverageMode.PROVISIONAL) projects only years"
                + " after the last notice year, never earlier ones, whose notices were"
                + " published.");
  }

  @Test
  void theDayAfterCoverageIsRefusedNamingTheLastPublishedNotice() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 1)))
        .isInstanceOfSatisfying(
            CalendarCoverageException.class,
            e -> {
              assertThat(e.year()).isEqualTo(2027);
              assertThat(e.latestNotice()).isEqualTo("国办发明电〔2025〕7号");
              assertThat(e.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
            })
        .hasMessage(
            "is 2027-01-01 a working day: 2027-01-01 is outside the working-day calendar, which"
                + " covers 2015-01-01 to 2026-12-31. The holiday schedule for 2027 is not loaded;"
                + " the last published notice loaded is 国办发明电〔2025〕7号 (published 2025-11-04)"
                + " for 2026. Once the State Council publishes the notice for 2027, add the year"
                + " with WorkingDayCalendar.withSchedule(HolidaySchedule.fromJson(...)) or"
                + " HolidaySchedule.builder(). No year is assumed to be weekends only (I-5)."
                + " Two remedies: load the notice for 2027 as a schedule file, on the classpath as"
                + " META-INF/cqui/holiday-schedule.json or given explicitly"
                + " (WorkingDayCalendar.withScheduleFiles(path), HolidaySchedule.fromJson(path));"
                + " or, until it is published, answer provisionally in the provisional coverage"
                + " mode, withCoverageMode(CoverageMode.PROVISIONAL), which gives the statutory"
                + " holidays of 《全国年节及纪念日放假办法》 and weekends and marks every such answer"
                + " provisional.");
  }

  @Test
  void countingPastTheLastCoveredDayIsRefused() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 25), 7))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith(
            "7 working days after 2026-12-25: 2027-01-01 is outside the working-day calendar");
    assertThatThrownBy(() -> calendar.minusWorkingDays(LocalDate.of(2015, 1, 5), 2))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith("2 working days before 2015-01-05: 2014-12-31 is outside");
    assertThatThrownBy(
            () -> calendar.workingDaysBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 2)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith(
            "working days of [2026-06-01, 2027-01-02): 2027-01-01 is outside the working-day");
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
        .isEqualTo(1);
  }

  @Test
  void badArgumentsNameTheArgument() {
    LocalDate d = LocalDate.of(2025, 9, 25);
    assertThatThrownBy(() -> calendar.plusWorkingDays(d, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "n = 0: a period must be at least 1 day or month long (the start day is not counted)");
    assertThatThrownBy(() -> calendar.workingDaysBetween(d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "endExclusive 2025-09-24 is before startInclusive 2025-09-25: a range must not end"
                + " before it starts");
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource({
    "2025-10-11, MAKE_UP_WORKING_DAY, 国庆节",
    "2025-10-06, HOLIDAY, 中秋节",
    "2025-10-01, HOLIDAY, 国庆节",
    "2025-10-12, WEEKEND, ",
    "2025-10-10, WORKING_DAY, ",
    "2015-09-03, HOLIDAY, 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
  })
  void dayKindsCarryTheirFestival(LocalDate date, DayKind kind, String festival) {
    DayInfo info = calendar.dayInfo(date);
    assertThat(info.kind()).isEqualTo(kind);
    assertThat(info.festival().map(Festival::name).orElse(null)).isEqualTo(festival);
    assertThat(info.isWorkingDay()).isEqualTo(calendar.isWorkingDay(date));
  }

  @Test
  void aHolidayNamesTheNoticesOfItsYearIncludingAnAmendment() {
    assertThat(calendar.dayInfo(LocalDate.of(2025, 10, 1)).noticeNumbers())
        .isEqualTo("国办发明电〔2024〕12号");
    DayInfo extended = calendar.dayInfo(LocalDate.of(2020, 1, 31));
    assertThat(extended.noticeNumbers()).isEqualTo("国办发明电〔2019〕16号、国办发明电〔2020〕1号");
    assertThat(extended.notices().get(1).amends()).isPresent();
    assertThat(calendar.latestNotice().number()).isEqualTo("国办发明电〔2025〕7号");
    assertThat(calendar.notices()).hasSize(15);
  }

  @Test
  void workingDaysAfterListsTheRestDaysSkipped() {
    PeriodEnd end = calendar.workingDaysAfter(LocalDate.of(2025, 9, 25), 7);
    assertThat(end.lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(end.nominalLastDay()).isEqualTo(end.lastDay());
    assertThat(end.rolledForward()).isFalse();
    assertThat(end.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(end.restDaysPassed())
        .extracting(DayInfo::date)
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
    assertThat(end.restDaysPassed().get(0).kind()).isEqualTo(DayKind.WEEKEND);
    assertThat(end.restDaysPassed().get(1).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(end.restDaysPassed().get(1).festival().map(Festival::englishName))
        .contains("National Day");
    assertThat(end.restDaysPassed().get(6).festival().map(Festival::name)).contains("中秋节");
  }

  @ParameterizedTest(name = "民法典 arts 202, 203: {0} + {1} months = {2}, rolled to {3}")
  @CsvSource({
    "2025-01-31, 1, 2025-02-28, 2025-02-28",
    "2024-02-29, 12, 2025-02-28, 2025-02-28",
    "2025-04-05, 6, 2025-10-05, 2025-10-09",
    "2025-03-15, 6, 2025-09-15, 2025-09-15",
    "2025-07-12, 2, 2025-09-12, 2025-09-12",
    "2025-07-13, 2, 2025-09-13, 2025-09-15",
  })
  void monthPeriods(LocalDate start, int months, LocalDate nominal, LocalDate rolled) {
    PeriodEnd end = calendar.monthsAfter(start, months, LastDayRule.ROLL_FORWARD);
    assertThat(end.nominalLastDay()).isEqualTo(nominal);
    assertThat(end.lastDay()).isEqualTo(rolled);
    assertThat(end.restDaysPassed()).hasSize((int) (rolled.toEpochDay() - nominal.toEpochDay()));
    assertThat(calendar.monthsAfter(start, months, LastDayRule.KEEP).lastDay()).isEqualTo(nominal);
  }

  @Test
  void workingAndRestDaysOfARangePartitionIt() {
    LocalDate from = LocalDate.of(2025, 9, 29);
    LocalDate to = LocalDate.of(2025, 10, 13);
    List<LocalDate> working = calendar.workingDays(from, to);
    List<DayInfo> rest = calendar.restDays(from, to);
    assertThat(working)
        .containsExactly(
            LocalDate.of(2025, 9, 29),
            LocalDate.of(2025, 9, 30),
            LocalDate.of(2025, 10, 9),
            LocalDate.of(2025, 10, 10),
            LocalDate.of(2025, 10, 11));
    assertThat(rest).hasSize(14 - 5);
    assertThat(calendar.workingDays(from, from)).isEmpty();
  }

  @Test
  void aLocalRestDayClosesAWorkingDayAndGivesANewCalendar() {
    LocalRestDay closure = LocalRestDay.of(LocalDate.of(2025, 10, 10), "土家族节日", "石柱土家族自治县人民政府");
    WorkingDayCalendar local = calendar.withLocalRestDays(closure);
    assertThat(calendar.isWorkingDay(closure.date())).isTrue();
    assertThat(local.isWorkingDay(closure.date())).isFalse();
    assertThat(local.dayInfo(closure.date()).kind()).isEqualTo(DayKind.LOCAL_REST_DAY);
    assertThat(local.dayInfo(closure.date()).localRestDay()).contains(closure);
    assertThat(local.plusWorkingDays(LocalDate.of(2025, 9, 25), 7))
        .isEqualTo(LocalDate.of(2025, 10, 13));
    assertThat(local).isNotEqualTo(calendar);
    assertThat(calendar.withLocalRestDays(closure)).isEqualTo(local).hasSameHashCodeAs(local);

    assertThatThrownBy(
            () ->
                calendar.withLocalRestDays(
                    LocalRestDay.of(LocalDate.of(2025, 10, 1), "x", "某县人民政府")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "local rest day 2025-10-01 (x): already a rest day (2025-10-01 HOLIDAY 国庆节"
                + " (国办发明电〔2024〕12号)); a local rest day closes a working day");
    assertThatThrownBy(() -> local.withLocalRestDays(closure))
        .hasMessage("local rest day 2025-10-10 (土家族节日): listed twice");
    assertThatThrownBy(
            () ->
                calendar.withLocalRestDays(
                    LocalRestDay.of(LocalDate.of(2027, 3, 1), "x", "某县人民政府")))
        .hasMessage(
            "local rest day 2027-03-01 (x): outside the calendar's coverage, 2015-01-01 to"
                + " 2026-12-31");
  }

  @Test
  void aNewlyPublishedYearExtendsCoverageAndARevisedNoticeReplacesItsYear() {
    Festival newYear = Festival.of("元旦", "New Year's Day");
    HolidayNotice notice =
        HolidayNotice.builder()
            .number("国办发明电〔2026〕99号")
            .issuer("国务院办公厅")
            .dated(LocalDate.of(2026, 11, 20))
            .published(LocalDate.of(2026, 11, 20))
            .url("https://www.gov.cn/example")
            .build();
    NoticeYear y2027 =
        NoticeYear.builder()
            .year(2027)
            .addNotices(notice)
            .addRestDays(ScheduledDay.of(LocalDate.of(2027, 1, 1), newYear))
            .build();
    WorkingDayCalendar extended =
        calendar.withSchedule(HolidaySchedule.builder().addYears(y2027).build());
    assertThat(extended.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(extended.latestNotice()).isEqualTo(notice);
    assertThat(extended.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
        .isEqualTo(LocalDate.of(2027, 1, 4));

    NoticeYear revised2026 =
        NoticeYear.builder()
            .from(calendar.schedule().years().get(11))
            .restDays(List.of(ScheduledDay.of(LocalDate.of(2026, 1, 1), newYear)))
            .build();
    WorkingDayCalendar revised =
        calendar.withSchedule(HolidaySchedule.builder().addYears(revised2026).build());
    assertThat(revised.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(revised.lastCoveredDay()).isEqualTo(calendar.lastCoveredDay());

    NoticeYear y2028 =
        NoticeYear.builder()
            .from(y2027)
            .year(2028)
            .notices(
                List.of(
                    HolidayNotice.builder()
                        .from(notice)
                        .published(LocalDate.of(2027, 11, 20))
                        .dated(LocalDate.of(2027, 11, 20))
                        .build()))
            .restDays(List.of())
            .build();
    assertThatThrownBy(
            () -> calendar.withSchedule(HolidaySchedule.builder().addYears(y2028).build()))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("must be consecutive");
  }

  @Test
  void calendarsAreEqualWhenTheirSchedulesAreEqual() {
    WorkingDayCalendar again = WorkingDayCalendar.of(calendar.schedule());
    assertThat(again).isEqualTo(calendar).hasSameHashCodeAs(calendar).isNotSameAs(calendar);
    assertThat(WorkingDayCalendar.chongqing()).isSameAs(calendar);
    assertThat(calendar.toString())
        .isEqualTo(
            "WorkingDayCalendar[2015-01-01 to 2026-12-31, latest notice 国办发明电〔2025〕7号, 0 local"
                + " rest days]");
  }

  /**
   * Issue 12 (every public entry point refuses bad input naming the parameter): the queries'
   * written-out null checks, one null at a time.
   */
  @Test
  void issue12_theQueriesRefuseANullDateNamingTheParameter() {
    WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();
    LocalDate day = LocalDate.of(2025, 10, 9);
    List<NullCall> calls =
        List.of(
            new NullCall("date", () -> calendar.isCovered(null)),
            new NullCall("date", () -> calendar.isProvisional(null)),
            new NullCall("startInclusive", () -> calendar.provisionalYears(null, day)),
            new NullCall("endExclusive", () -> calendar.provisionalYears(day, null)),
            new NullCall("date", () -> calendar.isWorkingDay(null)),
            new NullCall("date", () -> calendar.dayInfo(null)),
            new NullCall("date", () -> calendar.plusWorkingDays(null, 1)),
            new NullCall("date", () -> calendar.minusWorkingDays(null, 1)),
            new NullCall("date", () -> calendar.nextWorkingDay(null)),
            new NullCall("date", () -> calendar.nextOrSameWorkingDay(null)),
            new NullCall("date", () -> calendar.previousWorkingDay(null)),
            new NullCall("date", () -> calendar.previousOrSameWorkingDay(null)),
            new NullCall("startInclusive", () -> calendar.workingDaysBetween(null, day)),
            new NullCall("endExclusive", () -> calendar.workingDaysBetween(day, null)));
    for (NullCall call : calls) {
      assertThatThrownBy(call.call())
          .as(call.parameter())
          .isInstanceOf(CalendarArgumentException.class)
          .isInstanceOf(io.github.cqui.CquiException.class)
          .hasMessage(call.parameter() + " = null: must not be null");
    }
  }

  private record NullCall(String parameter, ThrowingCallable call) {}
}
