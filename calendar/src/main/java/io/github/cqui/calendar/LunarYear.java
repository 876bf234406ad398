package io.github.cqui.calendar;

import java.time.LocalDate;

/**
 * The months of the Chinese calendar (农历) around one Gregorian year, computed by the rules of GB/T
 * 33661-2017 《农历的编算和颁行》 from the instants of {@link Ephemeris}:
 *
 * <ol>
 *   <li>days are civil days in Beijing time (UTC+8);
 *   <li>a month begins on the day of a new moon (朔日 is day 1);
 *   <li>the month in which the winter solstice (冬至, apparent solar longitude 270°) falls is month
 *       11;
 *   <li>when there are 13 new-moon months from one month 11 up to (not including) the next, the
 *       first of them in which no principal term (中气: solar longitude a multiple of 30°) falls is
 *       the leap month, numbered as the month before it.
 * </ol>
 *
 * <p>{@code LunarYear.of(y)} holds the months from the month 11 that contains the winter solstice
 * of December {@code y − 1} to the month 11 that contains the winter solstice of December {@code
 * y}: 正月 and every month up to month 10 of the lunar year that begins in {@code y} are among them.
 * It also holds the instant of 清明 (apparent solar longitude 15°) in {@code y}.
 *
 * <p>Checked against the Hong Kong Observatory's Gregorian–Lunar calendar conversion tables for
 * every month 1901–2100 ({@code LunarYearTest}): all agree from 1929 on. Three months before 1929
 * (1914-11, 1916-01 = 正月 1916, 1920-11), whose new moons fell 2–6 minutes after Beijing midnight,
 * begin a day earlier in the tables: until 1929 the almanacs were not reckoned on UTC+8 (the tables
 * follow them), while GB/T 33661-2017, which this class applies throughout, is. The closest call of
 * 1929–2100 is the new moon of 2057-09-28, about 3 seconds before midnight by this computation,
 * which starts month 9 on 09-28 as the tables do. Immutable; computed on demand.
 */
final class LunarYear {

  private static final int[] PRINCIPAL_TERMS = {300, 330, 0, 30, 60, 90, 120, 150, 180, 210, 240};

  final int year;

  /** The JDE of each month's new moon, from month 11 of {@code year - 1} to month 11 of year. */
  final double[] newMoons;

  /** The epoch day of each month's first day. */
  final long[] starts;

  /** Each month's number, 1–12. */
  final int[] numbers;

  /** Whether each month is a leap month. */
  final boolean[] leap;

  /**
   * The JDE of each principal term from the winter solstice of {@code year - 1} to that of year.
   */
  final double[] principalTerms;

  /** The JDE of 清明 in {@code year}. */
  final double qingming;

  private LunarYear(
      int year,
      double[] newMoons,
      long[] starts,
      int[] numbers,
      boolean[] leap,
      double[] principalTerms,
      double qingming) {
    this.year = year;
    this.newMoons = newMoons;
    this.starts = starts;
    this.numbers = numbers;
    this.leap = leap;
    this.principalTerms = principalTerms;
    this.qingming = qingming;
  }

  /**
   * The months around Gregorian year {@code year}.
   *
   * @throws IllegalArgumentException if the year is outside 1901–2149
   */
  static LunarYear of(int year) {
    if (year < 1901 || year > 2149) {
      throw new IllegalArgumentException(
          "year " + year + ": the Chinese calendar is computed for 1901–2149 only");
    }
    double solstice0 =
        Ephemeris.solarLongitudeAfter(270, Ephemeris.jdeOf(LocalDate.of(year - 1, 12, 1)));
    double solstice1 =
        Ephemeris.solarLongitudeAfter(270, Ephemeris.jdeOf(LocalDate.of(year, 12, 1)));
    double[] terms = new double[PRINCIPAL_TERMS.length + 2];
    terms[0] = solstice0;
    for (int i = 0; i < PRINCIPAL_TERMS.length; i++) {
      terms[i + 1] = Ephemeris.solarLongitudeAfter(PRINCIPAL_TERMS[i], terms[i] + 20);
    }
    terms[terms.length - 1] = solstice1;

    int k0 = lunationOfDay(Ephemeris.beijingEpochDay(solstice0));
    int k1 = lunationOfDay(Ephemeris.beijingEpochDay(solstice1));
    int count = k1 - k0;
    if (count != 12 && count != 13) {
      throw new IllegalStateException(
          "year " + year + ": " + count + " months between two winter solstices");
    }
    double[] newMoons = new double[count + 1];
    long[] starts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      newMoons[i] = Ephemeris.newMoon(k0 + i);
      starts[i] = Ephemeris.beijingEpochDay(newMoons[i]);
    }
    int leapIndex = -1;
    if (count == 13) {
      for (int i = 1; i < count && leapIndex < 0; i++) {
        if (!hasPrincipalTerm(terms, starts[i], starts[i + 1])) {
          leapIndex = i;
        }
      }
      if (leapIndex < 0) {
        throw new IllegalStateException("year " + year + ": 13 months and none without a 中气");
      }
    }
    int[] numbers = new int[count + 1];
    boolean[] leap = new boolean[count + 1];
    numbers[0] = 11;
    for (int i = 1; i <= count; i++) {
      leap[i] = i == leapIndex;
      numbers[i] = leap[i] ? numbers[i - 1] : numbers[i - 1] % 12 + 1;
    }
    double qingming = Ephemeris.solarLongitudeAfter(15, Ephemeris.jdeOf(LocalDate.of(year, 3, 20)));
    return new LunarYear(year, newMoons, starts, numbers, leap, terms, qingming);
  }

  /** The lunation whose new moon falls on or before the Beijing day {@code epochDay}. */
  private static int lunationOfDay(long epochDay) {
    // the last instant of that Beijing day, as a JDE near enough (ΔT is about a minute)
    int k = Ephemeris.lunationAtOrBefore(Ephemeris.jdeOf(LocalDate.ofEpochDay(epochDay)) + 1);
    while (Ephemeris.beijingEpochDay(Ephemeris.newMoon(k)) > epochDay) {
      k--;
    }
    while (Ephemeris.beijingEpochDay(Ephemeris.newMoon(k + 1)) <= epochDay) {
      k++;
    }
    return k;
  }

  private static boolean hasPrincipalTerm(double[] terms, long fromDay, long toDayExclusive) {
    for (double term : terms) {
      long day = Ephemeris.beijingEpochDay(term);
      if (day >= fromDay && day < toDayExclusive) {
        return true;
      }
    }
    return false;
  }

  /** The index of the (non-leap) month {@code number} that follows 正月 of this lunar year. */
  private int index(int number) {
    boolean afterNewYear = false;
    for (int i = 0; i < numbers.length; i++) {
      if (numbers[i] == 1 && !leap[i]) {
        afterNewYear = true;
      }
      if (afterNewYear && numbers[i] == number && !leap[i]) {
        return i;
      }
    }
    throw new IllegalStateException("year " + year + ": no month " + number);
  }

  /** The first day (初一) of the non-leap month {@code number} of the lunar year starting in year. */
  LocalDate firstDay(int number) {
    return LocalDate.ofEpochDay(starts[index(number)]);
  }

  /** 正月初一 (Spring Festival). */
  LocalDate chunjie() {
    return firstDay(1);
  }

  /** 农历除夕: the last day of the lunar year before, the day before 正月初一. */
  LocalDate chuxi() {
    return chunjie().minusDays(1);
  }

  /** 五月初五 (端午). */
  LocalDate duanwu() {
    return firstDay(5).plusDays(4);
  }

  /** 八月十五 (中秋). */
  LocalDate zhongqiu() {
    return firstDay(8).plusDays(14);
  }

  /** The day of the 清明 term in year. */
  LocalDate qingmingDate() {
    return Ephemeris.beijingDate(qingming);
  }

  /** The JDE of the new moon that begins the non-leap month {@code number} of this lunar year. */
  double newMoonOf(int number) {
    return newMoons[index(number)];
  }
}
