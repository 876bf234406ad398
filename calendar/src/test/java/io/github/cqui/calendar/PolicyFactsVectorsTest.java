package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar test vectors of POLICY-FACTS §7 and the yearly working-day counts of
 * data/SOURCES.md.
 */
class PolicyFactsVectorsTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();

  @ParameterizedTest(
      name = "POLICY-FACTS §7: {0} + {1} working days = {2} (start excluded), {3} (start counted)")
  @CsvSource({
    "2025-07-31, 20, 2025-08-28, 2025-08-27",
    "2025-08-01, 7, 2025-08-12, 2025-08-11",
    "2025-09-25, 7, 2025-10-11, 2025-10-10",
    "2025-09-26, 7, 2025-10-13, 2025-10-11",
    "2025-09-27, 7, 2025-10-13, 2025-10-13",
    "2025-09-30, 7, 2025-10-16, 2025-10-15",
    "2025-12-31, 7, 2026-01-12, 2026-01-09",
    "2026-02-13, 7, 2026-03-02, 2026-02-28",
    "2026-02-14, 7, 2026-03-03, 2026-03-02",
    "2026-09-18, 20, 2026-10-22, 2026-10-21",
  })
  void workingDayVectors(LocalDate start, int n, LocalDate excluded, LocalDate counted) {
    assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(excluded);
    assertThat(calendar.workingDaysAfter(start, n).lastDay()).isEqualTo(excluded);
    // the alternative reading of A-1: the start day counts as day 1 when it is a working day
    LocalDate startCounted =
        calendar.isWorkingDay(start) ? calendar.plusWorkingDays(start, n - 1) : excluded;
    assertThat(startCounted).isEqualTo(counted);
  }

  @ParameterizedTest(
      name = "POLICY-FACTS §7, 民法典 arts 201, 203: published {0} → day 30 {1}, rolled to {2}")
  @CsvSource({"2025-09-05, 2025-10-05, 2025-10-09", "2025-09-08, 2025-10-08, 2025-10-09"})
  void thirtyDayNotice(LocalDate published, LocalDate dayThirty, LocalDate rolled) {
    PeriodEnd end = calendar.calendarDaysAfter(published, 30, LastDayRule.ROLL_FORWARD);
    assertThat(end.nominalLastDay()).isEqualTo(dayThirty);
    assertThat(end.lastDay()).isEqualTo(rolled);
    assertThat(end.rolledForward()).isTrue();
    assertThat(end.restDaysPassed())
        .extracting(DayInfo::date)
        .containsExactlyElementsOf(dayThirty.datesUntil(rolled).toList());
    assertThat(end.restDaysPassed())
        .allSatisfy(
            d -> assertThat(d.festival().map(Festival::name).orElseThrow()).isIn("国庆节", "中秋节"));
    assertThat(calendar.calendarDaysAfter(published, 30, LastDayRule.KEEP).lastDay())
        .isEqualTo(dayThirty);
  }

  @ParameterizedTest(name = "data/SOURCES.md: {0} has {1} working days")
  @CsvSource({
    "2015, 249", "2016, 250", "2017, 249", "2018, 250", "2019, 250", "2020, 249",
    "2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"
  })
  void workingDaysPerYear(int year, int count) {
    LocalDate first = Year.of(year).atDay(1);
    assertThat(calendar.workingDaysBetween(first, first.plusYears(1))).isEqualTo(count);
    assertThat(calendar.workingDays(first, first.plusYears(1))).hasSize(count);
  }
}
