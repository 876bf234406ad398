package io.github.cqui.calendar;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.internal.ImmutableStatutoryHoliday;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The 《全国年节及纪念日放假办法》 (the State Council's rules on public holidays) in the two versions that the
 * {@link CoverageMode#PROVISIONAL provisional coverage mode} projects from (INTERPRETATIONS I-5;
 * POLICY-FACTS §3.4, §9.6), and the statutory holidays (全体公民放假的节日) that 第二条 of each names in a
 * year.
 *
 * <p>Only 第二条's days can be projected onto a year whose holiday notice is not published: a
 * statutory day that falls on a Saturday or Sunday is made up by a substitute day off on a working
 * day (补假, 第六条), and days may be swapped to form longer breaks (调休, 第七条 of 第795号); which days, the
 * year's notice decides, so neither is guessed.
 *
 * <p>Lunar days (农历除夕, 正月初一至初三, 五月初五, 八月十五) and the 清明 term are computed by the library: new moons
 * after Meeus, <i>Astronomical Algorithms</i> ch. 49, the 清明 term (apparent solar longitude 15°)
 * from VSOP87 (Meeus ch. 25, 32), ΔT by Espenak and Meeus, and the rules of GB/T 33661-2017
 * 《农历的编算和颁行》 (Beijing time; the new-moon day is day 1; 冬至 falls in month 11; in a 冬至-to-冬至 span of
 * 13 months the first month without a 中气 is the leap month). Checked against the Hong Kong
 * Observatory's conversion tables for every month and every year 1901–2100 (three months before
 * 1929, when the almanacs were not reckoned on UTC+8, differ by a day; none of them is a festival
 * month of a year the calendar projects).
 *
 * <p><b>Close to midnight.</b> Where a new moon or the 清明 term falls within about 15 minutes of
 * Beijing midnight, a computed day depends on the seconds. Among the days these decrees name in
 * 2015–2100 this happens in 2027 (正月初一: new moon 23:56 on 02-06), 2030 (正月初一: 00:07 on 02-03), 2034
 * (八月初一: 00:14 on 09-13), 2071 (清明: 00:10 on 04-05), 2089 (八月初一: 23:58 on 09-04), 2098 (八月初一: 23:52
 * on 08-26) and 2099 (五月初一: 00:10 on 06-19); also 2041 (八月初一: 00:16 on 08-27). In every one of them
 * the library's day is the Hong Kong Observatory's (ICU4J 77.1 gives 02-07 for 2027 and 02-02 for
 * 2030). The closest new moon of 2015–2100, 2057-09-28 (about 3 seconds before midnight), begins
 * month 9, which no statutory day depends on.
 *
 * <p>Immutable and thread-safe.
 */
public enum HolidayDecree {
  /**
   * 国务院令第644号 (2013-12-11), in force from 2014-01-01 to 2024-12-31: 11 days — 元旦 1 (01-01), 春节 3
   * (正月初一至初三), 清明 1, 劳动节 1 (05-01), 端午 1, 中秋 1, 国庆 3 (10-01 to 10-03).
   */
  STATE_COUNCIL_DECREE_644("国务院令第644号", LocalDate.of(2014, 1, 1), 11, false),
  /**
   * 国务院令第795号 (2024-11-10), in force from 2025-01-01: 13 days — 元旦 1 (01-01), 春节 4 (农历除夕、正月初一至初三),
   * 清明 1, 劳动节 2 (05-01, 05-02), 端午 1, 中秋 1, 国庆 3 (10-01 to 10-03).
   */
  STATE_COUNCIL_DECREE_795("国务院令第795号", LocalDate.of(2025, 1, 1), 13, true);

  /** The first year whose lunar days the library computes. */
  static final int FIRST_COMPUTED_YEAR = 1901;

  /** The last year whose lunar days the library computes and projects. */
  static final int LAST_COMPUTED_YEAR = 2100;

  private static final Festival NEW_YEAR = Festival.of("元旦", "New Year's Day");
  private static final Festival SPRING = Festival.of("春节", "Spring Festival");
  private static final Festival QINGMING = Festival.of("清明节", "Tomb-sweeping Day");
  private static final Festival LABOUR = Festival.of("劳动节", "Labour Day");
  private static final Festival DRAGON_BOAT = Festival.of("端午节", "Dragon Boat Festival");
  private static final Festival MID_AUTUMN = Festival.of("中秋节", "Mid-Autumn Festival");
  private static final Festival NATIONAL = Festival.of("国庆节", "National Day");

  private final String number;
  private final LocalDate inForceFrom;
  private final int statutoryDayCount;
  private final boolean eveAndTwoLabourDays;

  HolidayDecree(
      String number, LocalDate inForceFrom, int statutoryDayCount, boolean eveAndTwoLabourDays) {
    this.number = number;
    this.inForceFrom = inForceFrom;
    this.statutoryDayCount = statutoryDayCount;
    this.eveAndTwoLabourDays = eveAndTwoLabourDays;
  }

  /**
   * The decree in force in {@code year}: 国务院令第795号 from 2025, 国务院令第644号 for 2014–2024.
   *
   * @param year the calendar year, 2014 or later; every year from 2025 on gives 第795号
   * @return the version of 《全国年节及纪念日放假办法》 in force throughout that year
   * @throws IllegalArgumentException if the year is before 2014, when neither was in force
   */
  public static HolidayDecree inForce(int year) {
    if (year < 2014) {
      throw new IllegalArgumentException(
          "year "
              + year
              + ": before 2014, when 国务院令第644号 took effect; the library projects no earlier"
              + " version of 《全国年节及纪念日放假办法》");
    }
    return year >= 2025 ? STATE_COUNCIL_DECREE_795 : STATE_COUNCIL_DECREE_644;
  }

  /** {@return the decree's number, for example {@code 国务院令第795号}} */
  public String number() {
    return number;
  }

  /** {@return the title of the rules it enacts: {@code 《全国年节及纪念日放假办法》}} */
  public String title() {
    return "《全国年节及纪念日放假办法》";
  }

  /** {@return the first day the version is in force: 2014-01-01 or 2025-01-01} */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /** {@return the number of statutory days off 第二条 gives all citizens: 11 (第644号) or 13 (第795号)} */
  public int statutoryDayCount() {
    return statutoryDayCount;
  }

  /** {@return the article that names the statutory holidays: {@code 第二条}} */
  public String daysArticle() {
    return "第二条";
  }

  /**
   * {@return the article on substitute days off (补假) for a statutory day on a weekend: {@code 第六条}}
   */
  public String substituteArticle() {
    return "第六条";
  }

  /**
   * {@return the article that allows days to be swapped (调休): {@code 第七条} of 第795号; 第644号 has none
   * (调休 came from the yearly notices alone)}
   */
  public Optional<String> adjustmentArticle() {
    return eveAndTwoLabourDays ? Optional.of("第七条") : Optional.empty();
  }

  /**
   * {@return the articles whose effect a projection cannot know and leaves to the year's notice:
   * 第六条 (补假) and, for 第795号, 第七条 (调休)}
   */
  public List<String> articlesNotProjected() {
    return eveAndTwoLabourDays ? List.of("第六条", "第七条") : List.of("第六条");
  }

  /**
   * The statutory holidays 第二条 of this version names in {@code year}, in date order: 13 dates under
   * 第795号 and 11 under 第644号, one fewer where 中秋 (八月十五) falls on 10-01, 10-02 or 10-03. Such a day
   * is one {@link StatutoryHoliday} with both festivals, 国庆节 first: it is named 国庆节, as the bundled
   * schedule names 2020-10-01, the last time 中秋 fell on 国庆, and {@link
   * StatutoryHoliday#festivals()} lists 中秋节 too.
   *
   * <p>To project a year, use the version in force that year, {@link #inForce(int)}.
   *
   * @param year a year from 1901 to 2100, the range the lunar computation is checked for
   * @return the days, immutable
   * @throws IllegalArgumentException if the year is outside 1901–2100
   */
  public List<StatutoryHoliday> statutoryHolidays(int year) {
    if (year < FIRST_COMPUTED_YEAR || year > LAST_COMPUTED_YEAR) {
      throw new IllegalArgumentException(
          "year "
              + year
              + ": the lunar days and the 清明 term are computed and checked for 1901–2100 only");
    }
    return statutoryHolidays(year, LunarDays.of(year));
  }

  List<StatutoryHoliday> statutoryHolidays(int year, LunarDays lunar) {
    ImmutableList.Builder<StatutoryHoliday> days = ImmutableList.builder();
    days.add(day(LocalDate.of(year, 1, 1), NEW_YEAR));
    LocalDate chunjie = lunar.chunjie();
    if (eveAndTwoLabourDays) {
      days.add(day(chunjie.minusDays(1), SPRING));
    }
    days.add(
        day(chunjie, SPRING), day(chunjie.plusDays(1), SPRING), day(chunjie.plusDays(2), SPRING));
    days.add(day(lunar.qingming(), QINGMING));
    days.add(day(LocalDate.of(year, 5, 1), LABOUR));
    if (eveAndTwoLabourDays) {
      days.add(day(LocalDate.of(year, 5, 2), LABOUR));
    }
    days.add(day(lunar.duanwu(), DRAGON_BOAT));
    LocalDate zhongqiu = lunar.zhongqiu();
    MonthDay z = MonthDay.from(zhongqiu);
    boolean combined = !z.isBefore(MonthDay.of(10, 1)) && !z.isAfter(MonthDay.of(10, 3));
    if (!combined) {
      days.add(day(zhongqiu, MID_AUTUMN));
    }
    for (int d = 1; d <= 3; d++) {
      LocalDate national = LocalDate.of(year, 10, d);
      days.add(
          national.equals(zhongqiu)
              ? ImmutableStatutoryHoliday.builder()
                  .date(national)
                  .addFestivals(NATIONAL, MID_AUTUMN)
                  .decree(this)
                  .build()
              : day(national, NATIONAL));
    }
    return days.build();
  }

  private StatutoryHoliday day(LocalDate date, Festival festival) {
    return ImmutableStatutoryHoliday.builder()
        .date(date)
        .addFestivals(festival)
        .decree(this)
        .build();
  }
}
