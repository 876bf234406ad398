package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 第二条 (国务院令第795号 from 2025, 第644号 2014–2024) that the
 * provisional coverage mode projects (I-5, POLICY-FACTS §3.4, §9.6): each day on its date, checked
 * against the Hong Kong Observatory's tables ({@code hko-festival-dates.csv}), and against every
 * published notice 2015–2026.
 */
class StatutoryHolidaysTest {

  private static List<LocalDate> dates(List<StatutoryHoliday> days) {
    List<LocalDate> dates = new ArrayList<>();
    for (StatutoryHoliday day : days) {
      dates.add(day.date());
    }
    return dates;
  }

  private static List<String> festivals(List<StatutoryHoliday> days) {
    List<String> names = new ArrayList<>();
    for (StatutoryHoliday day : days) {
      StringBuilder sb = new StringBuilder();
      for (Festival f : day.festivals()) {
        sb.append(sb.length() == 0 ? "" : "+").append(f.name());
      }
      names.add(sb.toString());
    }
    return names;
  }

  @Test
  void decree795Article2GivesEveryYear2025To2100ThirteenDaysOnTheHkoDates() {
    int checked = 0;
    for (String[] row : LunarYearTest.rows("hko-festival-dates.csv")) {
      int year = Integer.parseInt(row[0]);
      if (year < 2025) {
        continue;
      }
      LocalDate zhongqiu = LocalDate.parse(row[5]);
      boolean combined =
          zhongqiu.getMonthValue() == 10 && zhongqiu.getDayOfMonth() <= 3; // 中秋 on 国庆
      List<LocalDate> expected = new ArrayList<>();
      expected.add(LocalDate.of(year, 1, 1));
      LocalDate chunjie = LocalDate.parse(row[2]);
      expected.add(LocalDate.parse(row[1]));
      expected.add(chunjie);
      expected.add(chunjie.plusDays(1));
      expected.add(chunjie.plusDays(2));
      expected.add(LocalDate.parse(row[3]));
      expected.add(LocalDate.of(year, 5, 1));
      expected.add(LocalDate.of(year, 5, 2));
      expected.add(LocalDate.parse(row[4]));
      if (!combined) {
        expected.add(zhongqiu);
      }
      expected.add(LocalDate.of(year, 10, 1));
      expected.add(LocalDate.of(year, 10, 2));
      expected.add(LocalDate.of(year, 10, 3));

      HolidayDecree decree = HolidayDecree.inForce(year);
      assertThat(decree).isEqualTo(HolidayDecree.STATE_COUNCIL_DECREE_795);
      List<StatutoryHoliday> days = decree.statutoryHolidays(year);
      assertThat(dates(days)).as("%s", year).containsExactlyElementsOf(expected);
      assertThat(new HashSet<>(dates(days))).as("%s distinct", year).hasSize(combined ? 12 : 13);
      assertThat(days).allSatisfy(d -> assertThat(d.article()).isEqualTo("第二条"));
      assertThat(festivals(days))
          .as("%s", year)
          .containsExactlyElementsOf(
              combined
                  ? List.of(
                      "元旦",
                      "春节",
                      "春节",
                      "春节",
                      "春节",
                      "清明节",
                      "劳动节",
                      "劳动节",
                      "端午节",
                      zhongqiu.getDayOfMonth() == 1 ? "国庆节+中秋节" : "国庆节",
                      zhongqiu.getDayOfMonth() == 2 ? "国庆节+中秋节" : "国庆节",
                      zhongqiu.getDayOfMonth() == 3 ? "国庆节+中秋节" : "国庆节")
                  : List.of(
                      "元旦", "春节", "春节", "春节", "春节", "清明节", "劳动节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节",
                      "国庆节"));
      checked++;
    }
    assertThat(checked).isEqualTo(76);
  }

  @Test
  void decree644Article2GaveEveryYear2015To2024ElevenDaysOnTheHkoDates() {
    for (String[] row : LunarYearTest.rows("hko-festival-dates.csv")) {
      int year = Integer.parseInt(row[0]);
      if (year < 2015 || year > 2024) {
        continue;
      }
      HolidayDecree decree = HolidayDecree.inForce(year);
      assertThat(decree).isEqualTo(HolidayDecree.STATE_COUNCIL_DECREE_644);
      List<StatutoryHoliday> days = decree.statutoryHolidays(year);
      LocalDate chunjie = LocalDate.parse(row[2]);
      LocalDate zhongqiu = LocalDate.parse(row[5]);
      List<LocalDate> expected =
          new ArrayList<>(
              List.of(
                  LocalDate.of(year, 1, 1),
                  chunjie,
                  chunjie.plusDays(1),
                  chunjie.plusDays(2),
                  LocalDate.parse(row[3]),
                  LocalDate.of(year, 5, 1),
                  LocalDate.parse(row[4])));
      if (!MonthDay.from(zhongqiu).isAfter(MonthDay.of(10, 3))
          && !MonthDay.from(zhongqiu).isBefore(MonthDay.of(10, 1))) {
        expected.addAll(List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2)));
        expected.add(LocalDate.of(year, 10, 3));
      } else {
        expected.add(zhongqiu);
        expected.addAll(
            List.of(
                LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)));
      }
      assertThat(dates(days)).as("%s", year).containsExactlyElementsOf(expected);
      assertThat(dates(days))
          .as("%s: no 除夕 under 第644号", year)
          .doesNotContain(LocalDate.parse(row[1]));
    }
    // 2020: 中秋 fell on 10-01, so ten distinct days
    assertThat(HolidayDecree.STATE_COUNCIL_DECREE_644.statutoryHolidays(2020)).hasSize(10);
    assertThat(HolidayDecree.STATE_COUNCIL_DECREE_644.statutoryHolidays(2019)).hasSize(11);
  }

  @ParameterizedTest(name = "POLICY-FACTS §9.6: 中秋 falls on 国庆 in {0} ({1}), 12 distinct days")
  @CsvSource({"2028, 2028-10-03", "2031, 2031-10-01", "2039, 2039-10-02"})
  void theMidAutumnDayOnNationalDayIsOneDayNamedForBoth(int year, LocalDate day) {
    List<StatutoryHoliday> days = HolidayDecree.STATE_COUNCIL_DECREE_795.statutoryHolidays(year);
    assertThat(days).hasSize(12);
    StatutoryHoliday both = days.stream().filter(d -> d.date().equals(day)).findFirst().get();
    assertThat(both.festivals()).extracting(Festival::name).containsExactly("国庆节", "中秋节");
    // named 国庆节, as the bundled schedule names 2020-10-01, when 中秋 last fell on 国庆
    assertThat(both.festival().name()).isEqualTo("国庆节");
    assertThat(both.toString()).isEqualTo(day + " 国庆节、中秋节 (国务院令第795号 第二条)");
  }

  /**
   * The law that catches a wrong lunar date: for every published year 2015–2026, each statutory day
   * of the decree in force is a rest day of that year's notice, inside its festival's block (the
   * run of consecutive rest days the notice gives, one of whose days carries that festival).
   */
  @Test
  void everyStatutoryDayOfAPublishedYearIsARestDayInsideItsFestivalsBlockInTheNotice() {
    WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    int checked = 0;
    for (NoticeYear year : calendar.schedule().years()) {
      Set<LocalDate> rest = new HashSet<>();
      for (ScheduledDay d : year.restDays()) {
        rest.add(d.date());
      }
      for (StatutoryHoliday holiday :
          HolidayDecree.inForce(year.year()).statutoryHolidays(year.year())) {
        assertThat(rest)
            .as("%s is a rest day of the %s notice", holiday, year.year())
            .contains(holiday.date());
        Set<String> blockFestivals = new HashSet<>();
        for (LocalDate d = holiday.date(); rest.contains(d); d = d.minusDays(1)) {
          blockFestivals.add(festivalOf(year, d));
        }
        for (LocalDate d = holiday.date(); rest.contains(d); d = d.plusDays(1)) {
          blockFestivals.add(festivalOf(year, d));
        }
        if (holiday.festivals().size() == 1) {
          assertThat(blockFestivals)
              .as("%s lies in its festival's block of the %s notice", holiday, year.year())
              .contains(holiday.festival().name());
        } else {
          // 中秋 on 国庆 (2020-10-01): one combined block, which the bundled data names 国庆节
          assertThat(blockFestivals)
              .as("%s lies in the combined block of the %s notice", holiday, year.year())
              .contains(holiday.festival().name());
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(10 * 11 - 1 + 13 + 13); // 2020 has ten days under 第644号
  }

  private static String festivalOf(NoticeYear year, LocalDate date) {
    for (ScheduledDay d : year.restDays()) {
      if (d.date().equals(date)) {
        return d.festival().name();
      }
    }
    throw new AssertionError(date + " is not a rest day of " + year.year());
  }

  @Test
  void theDecreesSayWhatTheyAre() {
    HolidayDecree d795 = HolidayDecree.STATE_COUNCIL_DECREE_795;
    HolidayDecree d644 = HolidayDecree.STATE_COUNCIL_DECREE_644;
    assertThat(d795.number()).isEqualTo("国务院令第795号");
    assertThat(d644.number()).isEqualTo("国务院令第644号");
    assertThat(d795.title()).isEqualTo("《全国年节及纪念日放假办法》");
    assertThat(d795.inForceFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(d644.inForceFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(d795.statutoryDayCount()).isEqualTo(13);
    assertThat(d644.statutoryDayCount()).isEqualTo(11);
    assertThat(d795.articlesNotProjected()).containsExactly("第六条", "第七条");
    assertThat(d644.articlesNotProjected()).containsExactly("第六条");
    assertThat(d795.adjustmentArticle()).contains("第七条");
    assertThat(d644.adjustmentArticle()).isEmpty();
    assertThat(d795.substituteArticle()).isEqualTo("第六条");
    assertThat(HolidayDecree.inForce(2024)).isEqualTo(d644);
    assertThat(HolidayDecree.inForce(2014)).isEqualTo(d644);
    assertThat(HolidayDecree.inForce(2025)).isEqualTo(d795);
    assertThatThrownBy(() -> HolidayDecree.inForce(2013))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("year 2013: before 2014, when 国务院令第644号 took effect");
    assertThatThrownBy(() -> d795.statutoryHolidays(2101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "year 2101: the lunar days and the 清明 term are computed and checked for 1901–2100"
                + " only");
    assertThat(d644.statutoryHolidays(1950)).hasSize(11); // computed, not kept
    assertThat(d644.statutoryHolidays(1901)).hasSize(11);
    assertThatThrownBy(() -> d644.statutoryHolidays(1900))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarYear.of(1900)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarYear.of(2150)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LunarYear.of(2149).chunjie().getYear()).isEqualTo(2149);
  }
}
