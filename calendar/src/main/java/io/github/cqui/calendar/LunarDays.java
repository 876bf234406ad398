package io.github.cqui.calendar;

import java.time.LocalDate;

/**
 * The lunar days and the 清明 term of one Gregorian year that the statutory holidays need, from
 * {@link LunarYear}; those of 2014–2100, the years the calendar projects, are computed once, on
 * first use, and kept (a constant table, not a cache that changes).
 */
final class LunarDays {

  private static final int FIRST_KEPT = 2014;

  private final LocalDate chunjie;
  private final LocalDate qingming;
  private final LocalDate duanwu;
  private final LocalDate zhongqiu;

  private LunarDays(LunarYear year) {
    this.chunjie = year.chunjie();
    this.qingming = year.qingmingDate();
    this.duanwu = year.duanwu();
    this.zhongqiu = year.zhongqiu();
  }

  /** The days of {@code year}, 1901–2100. */
  static LunarDays of(int year) {
    if (year >= FIRST_KEPT && year <= HolidayDecree.LAST_COMPUTED_YEAR) {
      return Kept.DAYS[year - FIRST_KEPT];
    }
    return new LunarDays(LunarYear.of(year));
  }

  /** 正月初一. */
  LocalDate chunjie() {
    return chunjie;
  }

  /** The day of the 清明 term. */
  LocalDate qingming() {
    return qingming;
  }

  /** 五月初五. */
  LocalDate duanwu() {
    return duanwu;
  }

  /** 八月十五. */
  LocalDate zhongqiu() {
    return zhongqiu;
  }

  /** The years 2014–2100, computed when first needed. */
  private static final class Kept {
    static final LunarDays[] DAYS = compute();

    private static LunarDays[] compute() {
      LunarDays[] days = new LunarDays[HolidayDecree.LAST_COMPUTED_YEAR - FIRST_KEPT + 1];
      for (int i = 0; i < days.length; i++) {
        days[i] = new LunarDays(LunarYear.of(FIRST_KEPT + i));
      }
      return days;
    }
  }
}
