package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The coverage modes of INTERPRETATIONS I-5: STRICT as before; PROVISIONAL answering 2027–2100 from
 * the statutory days of 《全国年节及纪念日放假办法》 (国务院令第795号 第二条) and weekends, every such answer marked;
 * published beats provisional.
 */
class ProvisionalCalendarTest {

  private final WorkingDayCalendar strict = WorkingDayCalendar.chongqing();
  private final WorkingDayCalendar provisional = strict.withCoverageMode(CoverageMode.PROVISIONAL);

  static HolidaySchedule illustrative2027() {
    try (InputStream in =
        ProvisionalCalendarTest.class.getResourceAsStream("illustrative-2027.json")) {
      return HolidaySchedule.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void strictIsTheDefaultAndRefusesAsBefore() {
    assertThat(strict.coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(WorkingDayCalendar.bundled().coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(strict.withCoverageMode(CoverageMode.STRICT)).isSameAs(strict);
    assertThat(strict.projectedYears()).isEmpty();
    assertThat(strict.lastPublishedDay()).isEqualTo(strict.lastCoveredDay());
    assertThat(strict.provisionalYears(LocalDate.of(2015, 1, 1), LocalDate.of(2027, 1, 1)))
        .isEmpty();
    assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOfSatisfying(
            CalendarCoverageException.class,
            e -> assertThat(e.coverageMode()).isEqualTo(CoverageMode.STRICT));
  }

  @Test
  void i5ProvisionalCoversTheYearsAfterTheLastNoticeTo2100() {
    assertThat(provisional.coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
    assertThat(provisional.firstCoveredDay()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(provisional.lastPublishedDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(provisional.lastCoveredDay()).isEqualTo(LocalDate.of(2100, 12, 31));
    assertThat(provisional.projectedYears()).hasSize(74);
    assertThat(provisional.projectedYears().get(0).year()).isEqualTo(2027);
    assertThat(provisional).isNotEqualTo(strict);
    assertThat(strict.withCoverageMode(CoverageMode.PROVISIONAL)).isEqualTo(provisional);
    assertThat(provisional.withCoverageMode(CoverageMode.STRICT)).isEqualTo(strict);
    assertThat(provisional.toString())
        .isEqualTo(
            "WorkingDayCalendar[2015-01-01 to 2100-12-31 (provisional from 2027-01-01,"
                + " PROVISIONAL), latest notice 国办发明电〔2025〕7号, 0 local rest days]");
  }

  @Test
  void i5AProvisionalStatutoryHolidayNamesDecree795Article2AndTheMissingNotice() {
    DayInfo newYear = provisional.dayInfo(LocalDate.of(2027, 1, 1));
    assertThat(newYear.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(newYear.isProvisional()).isTrue();
    assertThat(newYear.notices()).isEmpty();
    assertThat(newYear.festival().map(Festival::name)).contains("元旦");
    StatutoryHoliday holiday = newYear.statutoryHoliday().orElseThrow();
    assertThat(holiday.decree()).isEqualTo(HolidayDecree.STATE_COUNCIL_DECREE_795);
    assertThat(holiday.article()).isEqualTo("第二条");
    ProjectedYear year = newYear.projectedYear().orElseThrow();
    assertThat(year.year()).isEqualTo(2027);
    assertThat(year.decree().number()).isEqualTo("国务院令第795号");
    assertThat(year.daysArticle()).isEqualTo("第二条");
    assertThat(year.articlesNotProjected()).containsExactly("第六条", "第七条");
    assertThat(year.lastNoticeYear()).isEqualTo(2026);
    assertThat(year.latestNotice().number()).isEqualTo("国办发明电〔2025〕7号");
    assertThat(year.statutoryHolidays()).hasSize(13);
    assertThat(newYear.toString()).isEqualTo("2027-01-01 HOLIDAY 元旦 (国务院令第795号 第二条, provisional)");
    assertThat(year.toString())
        .isEqualTo(
            "2027 provisional: 国务院令第795号 第二条, the 2027 notice not loaded (latest"
                + " 国办发明电〔2025〕7号 for 2026)");
  }

  @Test
  void i5WeekdaysAndWeekendsOfAProjectedYearAreProvisionalTooAndNothingIsGuessed() {
    // 2027-02-05..08 (除夕, 正月初一至初三): Fri, Sat, Sun, Mon; no 调休 or 补假 is projected
    for (LocalDate d = LocalDate.of(2027, 2, 1);
        d.isBefore(LocalDate.of(2027, 2, 15));
        d = d.plusDays(1)) {
      DayInfo info = provisional.dayInfo(d);
      assertThat(info.isProvisional()).as("%s", d).isTrue();
      assertThat(provisional.isProvisional(d)).isTrue();
      boolean statutory =
          !d.isBefore(LocalDate.of(2027, 2, 5)) && d.isBefore(LocalDate.of(2027, 2, 9));
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(info.kind())
          .as("%s", d)
          .isEqualTo(statutory ? DayKind.HOLIDAY : weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY);
      assertThat(provisional.isWorkingDay(d)).isEqualTo(!statutory && !weekend);
      assertThat(info.statutoryHoliday().isPresent()).isEqualTo(statutory);
      assertThat(info.projectedYear().map(ProjectedYear::year)).contains(2027);
    }
    // the published days stay published
    DayInfo published = provisional.dayInfo(LocalDate.of(2026, 10, 1));
    assertThat(published.isProvisional()).isFalse();
    assertThat(published).isEqualTo(strict.dayInfo(LocalDate.of(2026, 10, 1)));
    assertThat(provisional.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(provisional.dayInfo(LocalDate.of(2026, 12, 30)).toString())
        .isEqualTo("2026-12-30 WORKING_DAY");
    assertThat(provisional.dayInfo(LocalDate.of(2027, 1, 2)).toString())
        .isEqualTo("2027-01-02 WEEKEND (provisional)");
  }

  @Test
  void i5TheMidAutumnDayOnNationalDayIn2028IsOneProvisionalHolidayWithBothFestivals() {
    DayInfo day = provisional.dayInfo(LocalDate.of(2028, 10, 3));
    assertThat(day.festival().map(Festival::name)).contains("国庆节");
    assertThat(day.statutoryHoliday().orElseThrow().festivals())
        .extracting(Festival::name)
        .containsExactly("国庆节", "中秋节");
    assertThat(provisional.projectedYears().get(1).statutoryHolidays()).hasSize(12);
  }

  @Test
  void i5AnswersThatTouchAProjectedYearAreProvisionalAndSaySo() {
    LocalDate start = LocalDate.of(2026, 12, 25);
    // 2026-12-28..31 (4 days), 2027-01-01 元旦 (provisional), then 2027-01-04, -05, -06
    assertThat(provisional.plusWorkingDays(start, 7)).isEqualTo(LocalDate.of(2027, 1, 6));
    PeriodEnd end = provisional.workingDaysAfter(start, 7);
    assertThat(end.lastDay()).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(end.isProvisional()).isTrue();
    assertThat(end.provisionalYears()).extracting(ProjectedYear::year).containsExactly(2027);
    assertThat(end.restDaysPassed().get(end.restDaysPassed().size() - 1).isProvisional()).isTrue();

    PeriodEnd published = provisional.workingDaysAfter(start, 4);
    assertThat(published.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(published.isProvisional()).isFalse();
    assertThat(published).isEqualTo(strict.workingDaysAfter(start, 4));

    assertThat(provisional.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)))
        .isEqualTo(strict.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)));
    assertThat(provisional.provisionalYears(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)))
        .isEmpty();
    assertThat(provisional.provisionalYears(LocalDate.of(2026, 12, 1), LocalDate.of(2029, 1, 2)))
        .extracting(ProjectedYear::year)
        .containsExactly(2027, 2028, 2029);

    // 民法典 art 203: a 30-day period ending on 2027-02-06 (正月初一, a Saturday) rolls to 02-09
    PeriodEnd rolled =
        provisional.calendarDaysAfter(LocalDate.of(2027, 1, 7), 30, LastDayRule.ROLL_FORWARD);
    assertThat(rolled.nominalLastDay()).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(rolled.lastDay()).isEqualTo(LocalDate.of(2027, 2, 9));
    assertThat(rolled.provisionalYears()).extracting(ProjectedYear::year).containsExactly(2027);
    assertThat(
            provisional
                .calendarDaysAfter(LocalDate.of(2027, 1, 7), 30, LastDayRule.KEEP)
                .isProvisional())
        .isFalse();
    assertThat(
            provisional
                .monthsAfter(LocalDate.of(2026, 11, 6), 3, LastDayRule.ROLL_FORWARD)
                .lastDay())
        .isEqualTo(LocalDate.of(2027, 2, 9));
  }

  @Test
  void i5YearsAfter2100AndBeforeTheFirstNoticeStayRefused() {
    assertThatThrownBy(() -> provisional.isWorkingDay(LocalDate.of(2101, 1, 3)))
        .isInstanceOfSatisfying(
            CalendarCoverageException.class,
            e -> assertThat(e.coverageMode()).isEqualTo(CoverageMode.PROVISIONAL))
        .hasMessage(
            "is 2101-01-03 a working day: 2101-01-03 is outside the working-day calendar, which"
                + " covers 2015-01-01 to 2100-12-31. The holiday schedule for 2101 is not loaded;"
                + " the last published notice loaded is 国办发明电〔2025〕7号 (published 2025-11-04)"
                + " for 2026, and the provisional coverage mode projects the statutory holidays of"
                + " 《全国年节及纪念日放假办法》 up to 2100 only. To cover 2101, load its notice as a schedule"
                + " file, on the classpath as META-INF/cqui/holiday-schedule.json or given"
                + " explicitly (WorkingDayCalendar.withScheduleFiles(path),"
                + " HolidaySchedule.fromJson(path)). No year is assumed to be weekends only (I-5).");
    assertThatThrownBy(() -> provisional.plusWorkingDays(LocalDate.of(2100, 12, 28), 10))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageStartingWith("10 working days after 2100-12-28: 2101-01-01 is outside");
    assertThatThrownBy(() -> provisional.dayInfo(LocalDate.of(2014, 12, 31)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("projects only years after the last notice year");
    assertThat(provisional.workingDaysBetween(LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1)))
        .isEqualTo(1);
    assertThatThrownBy(() -> provisional.plusWorkingDays(LocalDate.of(2100, 12, 31), 1))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> strict.plusWorkingDays(strict.lastCoveredDay(), 1))
        .isInstanceOf(CalendarCoverageException.class);
    assertThat(provisional.minusWorkingDays(LocalDate.of(2101, 1, 1).minusDays(1), 1))
        .isEqualTo(LocalDate.of(2100, 12, 30));
  }

  @Test
  void i5ALocalRestDayClosesOnlyAPublishedWorkingDay() {
    assertThatThrownBy(
            () ->
                provisional.withLocalRestDays(
                    LocalRestDay.of(LocalDate.of(2027, 3, 1), "x", "某县人民政府")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "local rest day 2027-03-01 (x): in 2027, a year the calendar only projects (its notice"
                + " is not loaded; the published years run 2015-01-01 to 2026-12-31); a local rest"
                + " day closes a working day of a published schedule");
    LocalRestDay closure = LocalRestDay.of(LocalDate.of(2025, 10, 10), "土家族节日", "石柱土家族自治县人民政府");
    LocalRestDay earlier = LocalRestDay.of(LocalDate.of(2025, 10, 9), "土家族节日", "石柱土家族自治县人民政府");
    WorkingDayCalendar local = provisional.withLocalRestDays(closure, earlier);
    assertThat(local.localRestDays()).containsExactly(earlier, closure);
    assertThat(local.isWorkingDay(closure.date())).isFalse();
    assertThat(local.coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
  }

  /** The provisional index against the naive rule over every day 2027–2100 and seeded counts. */
  @Test
  void i5TheProvisionalIndexAgreesWithTheNaiveRuleOnEveryProjectedDay() {
    Set<LocalDate> statutory = new HashSet<>();
    for (ProjectedYear year : provisional.projectedYears()) {
      for (StatutoryHoliday h : HolidayDecree.inForce(year.year()).statutoryHolidays(year.year())) {
        statutory.add(h.date());
      }
    }
    int days = 0;
    int working = 0;
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      boolean expected =
          d.getDayOfWeek() != DayOfWeek.SATURDAY
              && d.getDayOfWeek() != DayOfWeek.SUNDAY
              && !statutory.contains(d);
      assertThat(provisional.isWorkingDay(d)).as("%s", d).isEqualTo(expected);
      days++;
      working += expected ? 1 : 0;
    }
    assertThat(days).isEqualTo(27028);
    assertThat(provisional.workingDaysBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2101, 1, 1)))
        .isEqualTo(working);
    assertThat(provisional.workingDays(LocalDate.of(2027, 1, 1), LocalDate.of(2101, 1, 1)))
        .hasSize(working);
    SplittableRandom random = new SplittableRandom(20261201L);
    for (int i = 0; i < 2000; i++) {
      LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(27000));
      int n = 1 + random.nextInt(250);
      LocalDate end = provisional.plusWorkingDays(start, n);
      assertThat(provisional.workingDaysBetween(start.plusDays(1), end.plusDays(1))).isEqualTo(n);
      assertThat(provisional.isWorkingDay(end)).isTrue();
      assertThat(provisional.minusWorkingDays(end, n))
          .isEqualTo(provisional.previousOrSameWorkingDay(start));
    }
  }

  @Test
  void i5PublishedBeatsProvisionalAndTheChangedAnswersCanBeListed() {
    // the illustrative 2027 file holds exactly the projected statutory days: no day changes kind
    WorkingDayCalendar loaded = provisional.withSchedule(illustrative2027());
    assertThat(loaded.lastPublishedDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(loaded.isProvisional(LocalDate.of(2027, 2, 5))).isFalse();
    assertThat(loaded.dayInfo(LocalDate.of(2027, 2, 5)).noticeNumbers()).isEqualTo("示例（非真实通知）2027");
    assertThat(loaded.isProvisional(LocalDate.of(2028, 1, 3))).isTrue();
    assertThat(loaded.projectedYears().get(0).lastNoticeYear()).isEqualTo(2027);
    assertThat(loaded.changedDays(provisional)).isEmpty();
    PeriodEnd earlier = provisional.workingDaysAfter(LocalDate.of(2027, 2, 1), 5);
    assertThat(loaded.recompute(earlier).lastDay()).isEqualTo(earlier.lastDay());
    assertThat(loaded.recompute(earlier).isProvisional()).isFalse();

    // a notice with a make-up Sunday and a bridging Tuesday moves the answers that span them
    NoticeYear notice = illustrative2027().years().get(0);
    Festival spring = Festival.of("春节", "Spring Festival");
    NoticeYear withSwaps =
        NoticeYear.builder()
            .from(notice)
            .addRestDays(ScheduledDay.of(LocalDate.of(2027, 2, 9), spring))
            .addMakeUpWorkdays(ScheduledDay.of(LocalDate.of(2027, 1, 31), spring))
            .build();
    WorkingDayCalendar swapped =
        provisional.withSchedule(HolidaySchedule.builder().addYears(withSwaps).build());
    assertThat(swapped.changedDays(provisional))
        .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 9));
    assertThat(provisional.changedDays(swapped))
        .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 9));
    assertThat(earlier.lastDay()).isEqualTo(LocalDate.of(2027, 2, 10));
    PeriodEnd again = swapped.recompute(earlier);
    assertThat(again.lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(again.isProvisional()).isFalse();
    PeriodEnd month =
        provisional.monthsAfter(LocalDate.of(2027, 1, 9), 1, LastDayRule.ROLL_FORWARD);
    assertThat(swapped.recompute(month))
        .isEqualTo(swapped.monthsAfter(LocalDate.of(2027, 1, 9), 1, LastDayRule.ROLL_FORWARD));
    PeriodEnd days =
        provisional.calendarDaysAfter(LocalDate.of(2027, 1, 9), 31, LastDayRule.ROLL_FORWARD);
    assertThat(days.lastDay()).isEqualTo(LocalDate.of(2027, 2, 9));
    assertThat(swapped.recompute(days).lastDay()).isEqualTo(LocalDate.of(2027, 2, 10));

    // the strict calendar with 2027 loaded covers 2027, and nothing after
    WorkingDayCalendar strictLoaded = strict.withSchedule(illustrative2027());
    assertThat(strictLoaded.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(strictLoaded.changedDays(loaded)).isEmpty();
    assertThat(strict.changedDays(provisional)).isEmpty();
    assertThat(List.of(strictLoaded.isWorkingDay(LocalDate.of(2027, 2, 5)))).containsExactly(false);
  }

  @Test
  void i5AProvisionalModeNeedsTheNoticesUpTo2013() {
    NoticeYear y2025 = strict.schedule().years().get(10);
    WorkingDayCalendar old =
        WorkingDayCalendar.of(
            HolidaySchedule.builder()
                .addYears(
                    NoticeYear.builder()
                        .year(2011)
                        .addNotices(
                            HolidayNotice.builder()
                                .from(y2025.notices().get(0))
                                .dated(LocalDate.of(2010, 12, 10))
                                .published(LocalDate.of(2010, 12, 10))
                                .build())
                        .build())
                .build());
    assertThatThrownBy(() -> old.withCoverageMode(CoverageMode.PROVISIONAL))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "coverage mode PROVISIONAL: the last notice year is 2011, but the provisional mode"
                + " projects years from 2014 on, under 国务院令第644号 and 第795号; load the notices up"
                + " to 2013 first");
  }
}
