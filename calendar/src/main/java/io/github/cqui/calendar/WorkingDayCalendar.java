package io.github.cqui.calendar;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Chongqing working-day calendar: which dates are working days, as the State Council holiday
 * notices (国务院办公厅关于部分节假日安排的通知) say and Chongqing follows, with any local rest days added; and when
 * statutory periods end (《中华人民共和国民法典》 arts 201–203).
 *
 * <p>The working-day rule: a date is a working day when it is a make-up working day (调休上班), or when
 * it is Monday to Friday and neither a rest day of a holiday block nor a local rest day. Make-up
 * days count as working days (INTERPRETATIONS I-2).
 *
 * <p><b>Coverage.</b> The calendar covers whole notice years, from 1 January of its first year to
 * 31 December of its last ({@link #firstCoveredDay()}, {@link #lastCoveredDay()}). Any question
 * about a date outside, or whose answer would lie outside, throws {@link CalendarCoverageException}
 * (I-5): an unpublished year is never treated as weekends only.
 *
 * <p><b>Counting.</b> {@link #plusWorkingDays(LocalDate, int) plusWorkingDays(date, n)} is the
 * <i>n</i>-th working day strictly after {@code date}: the start day is never counted, whatever its
 * kind (民法典 art 201). Ranges are half-open, {@code [startInclusive, endExclusive)}.
 *
 * <p><b>Implementation Requirements.</b> Queries are O(1) over an index built once: a working-day
 * flag per covered day, the cumulative count of working days before each day, and the ordered list
 * of working days. Building the bundled calendar takes a few milliseconds.
 *
 * <p>Immutable and thread-safe. Two calendars are equal when their schedules and local rest days
 * are equal. New years, revised notices and local rest days give a new calendar ({@link
 * #withSchedule(HolidaySchedule)}, {@link #withLocalRestDays(Collection)}).
 */
public final class WorkingDayCalendar {

  private static final String BUNDLED = "cn-holidays.json";

  private final HolidaySchedule schedule;
  private final ImmutableList<LocalRestDay> localRestDays;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final LocalDate dayAfterLast;
  private final long firstEpochDay;
  private final int firstYear;
  private final int years;
  // bit (d - 1) of monthBits[m] is set when day d of covered month m is a working day
  private final int[] monthBits;
  // working days from the first covered day up to (not including) month m; one more entry at the
  // end
  private final int[] workingBeforeMonth;
  // every working day of the coverage, in order: the k-th working day is workingDates[k - 1]
  private final LocalDate[] workingDates;
  // the DayInfo of every day a notice or a local closure names, by epoch-day offset; null otherwise
  private final @Nullable DayInfo[] special;
  private final HolidayNotice latestNotice;
  private final int latestNoticeYear;

  private WorkingDayCalendar(HolidaySchedule schedule, List<LocalRestDay> localRestDays) {
    this.schedule = schedule;
    this.firstYear = schedule.firstYear();
    this.years = schedule.lastYear() - firstYear + 1;
    this.firstDay = LocalDate.of(firstYear, 1, 1);
    this.lastDay = LocalDate.of(schedule.lastYear(), 12, 31);
    this.dayAfterLast = lastDay.plusDays(1);
    this.firstEpochDay = firstDay.toEpochDay();
    int size = (int) (dayAfterLast.toEpochDay() - firstEpochDay);
    boolean[] working = new boolean[size];
    this.special = new DayInfo[size];
    for (int i = 0; i < size; i++) {
      DayOfWeek dow = firstDay.plusDays(i).getDayOfWeek();
      working[i] = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
    HolidayNotice latest = schedule.years().get(0).notices().get(0);
    int latestYear = firstYear;
    for (NoticeYear year : schedule.years()) {
      for (HolidayNotice n : year.notices()) {
        if (!n.published().isBefore(latest.published())) {
          latest = n;
          latestYear = year.year();
        }
      }
      mark(working, year, year.restDays(), DayKind.HOLIDAY);
      mark(working, year, year.makeUpWorkdays(), DayKind.MAKE_UP_WORKING_DAY);
    }
    this.latestNotice = latest;
    this.latestNoticeYear = latestYear;
    this.localRestDays = closeLocalRestDays(working, localRestDays);

    this.monthBits = new int[years * 12];
    this.workingBeforeMonth = new int[years * 12 + 1];
    List<LocalDate> dates = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LocalDate d = firstDay.plusDays(i);
      int m = monthIndex(d);
      if (d.getDayOfMonth() == 1) {
        workingBeforeMonth[m] = dates.size();
      }
      if (working[i]) {
        monthBits[m] |= 1 << (d.getDayOfMonth() - 1);
        dates.add(d);
      }
    }
    workingBeforeMonth[years * 12] = dates.size();
    this.workingDates = dates.toArray(new LocalDate[0]);
  }

  private void mark(boolean[] working, NoticeYear year, List<ScheduledDay> days, DayKind kind) {
    for (ScheduledDay day : days) {
      if (!isCovered(day.date())) {
        continue; // a December date of the first notice year's predecessor: outside coverage
      }
      int offset = offset(day.date());
      working[offset] = kind.isWorkingDay();
      special[offset] =
          ImmutableDayInfo.builder()
              .date(day.date())
              .kind(kind)
              .festival(day.festival())
              .notices(year.notices())
              .build();
    }
  }

  private ImmutableList<LocalRestDay> closeLocalRestDays(
      boolean[] working, List<LocalRestDay> closures) {
    List<LocalRestDay> sorted = new ArrayList<>(closures);
    if (sorted.size() > 1) {
      sorted.sort(Comparator.comparing(LocalRestDay::date));
    }
    for (int i = 0; i < sorted.size(); i++) {
      LocalRestDay closure = sorted.get(i);
      String entry = "local rest day " + closure.date() + " (" + closure.reason() + ")";
      if (!isCovered(closure.date())) {
        throw new CalendarDataException(
            entry + ": outside the calendar's coverage, " + firstDay + " to " + lastDay);
      }
      if (i > 0 && sorted.get(i - 1).date().equals(closure.date())) {
        throw new CalendarDataException(entry + ": listed twice");
      }
      int offset = offset(closure.date());
      if (!working[offset]) {
        throw new CalendarDataException(
            entry
                + ": already a rest day ("
                + dayInfo(closure.date(), false)
                + "); a local rest day closes a working day");
      }
      working[offset] = false;
      special[offset] =
          ImmutableDayInfo.builder()
              .date(closure.date())
              .kind(DayKind.LOCAL_REST_DAY)
              .localRestDay(closure)
              .build();
    }
    return ImmutableList.copyOf(sorted);
  }

  /**
   * The bundled Chongqing calendar: the State Council schedules of the notice years 2015–2026 (from
   * {@code cn-holidays.json}, validated when loaded), with no local rest days.
   *
   * @return the bundled calendar, the same instance on every call
   */
  public static WorkingDayCalendar chongqing() {
    return Bundled.CHONGQING;
  }

  /**
   * A calendar on a schedule, with no local rest days.
   *
   * @param schedule the validated schedule
   * @return the calendar
   */
  public static WorkingDayCalendar of(HolidaySchedule schedule) {
    return new WorkingDayCalendar(schedule, List.of());
  }

  /**
   * This calendar with the years of {@code additions} added or replaced: a newly published year
   * extends the coverage, a revised notice replaces its year. Local rest days are kept.
   *
   * @throws CalendarDataException if the years would not be consecutive, or a local rest day would
   *     no longer be a working day or would fall outside coverage
   */
  public WorkingDayCalendar withSchedule(HolidaySchedule additions) {
    return new WorkingDayCalendar(schedule.with(additions), localRestDays);
  }

  /**
   * This calendar with local rest days added (for example a county closure).
   *
   * @throws CalendarDataException if a day is outside coverage, listed twice, or not a working day
   */
  public WorkingDayCalendar withLocalRestDays(Collection<LocalRestDay> closures) {
    List<LocalRestDay> all = new ArrayList<>(localRestDays);
    all.addAll(closures);
    return new WorkingDayCalendar(schedule, all);
  }

  /** This calendar with local rest days added; see {@link #withLocalRestDays(Collection)}. */
  public WorkingDayCalendar withLocalRestDays(LocalRestDay... closures) {
    return withLocalRestDays(Arrays.asList(closures));
  }

  /** The national schedule behind this calendar. */
  public HolidaySchedule schedule() {
    return schedule;
  }

  /** The local rest days added to the schedule, by date. */
  public List<LocalRestDay> localRestDays() {
    return localRestDays;
  }

  /** The first covered day: 1 January of the first notice year. */
  public LocalDate firstCoveredDay() {
    return firstDay;
  }

  /** The last covered day: 31 December of the last notice year. */
  public LocalDate lastCoveredDay() {
    return lastDay;
  }

  /** Whether the calendar covers {@code date}. */
  public boolean isCovered(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }

  /** Every notice behind the calendar, by notice year, originals before amendments. */
  public List<HolidayNotice> notices() {
    return schedule.years().stream()
        .flatMap(y -> y.notices().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The last published notice the calendar holds. */
  public HolidayNotice latestNotice() {
    return latestNotice;
  }

  /**
   * Whether {@code date} is a working day.
   *
   * @throws CalendarCoverageException if the date is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage("is " + date + " a working day", date);
    }
    return isWorking(m, date.getDayOfMonth());
  }

  /**
   * The date's kind, with its festival and notices where a notice names it.
   *
   * @throws CalendarCoverageException if the date is not covered
   */
  public DayInfo dayInfo(LocalDate date) {
    if (!isCovered(date)) {
      throw coverage("what kind of day is " + date, date);
    }
    return dayInfo(date, isWorking(monthIndex(date), date.getDayOfMonth()));
  }

  private DayInfo dayInfo(LocalDate date, boolean working) {
    DayInfo info = special[offset(date)];
    if (info != null) {
      return info;
    }
    return ImmutableDayInfo.builder()
        .date(date)
        .kind(working ? DayKind.WORKING_DAY : DayKind.WEEKEND)
        .build();
  }

  /**
   * The <i>n</i>-th working day strictly after {@code date}; the start day is never counted,
   * whatever its kind.
   *
   * @param date the start, which must be covered
   * @param n the number of working days, at least 1
   * @return the working day
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    checkCount(n);
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage(n + " working days after " + date, date);
    }
    long target = (long) workingThrough(m, date.getDayOfMonth()) + n - 1;
    if (target >= workingDates.length) {
      throw coverage(n + " working days after " + date, dayAfterLast);
    }
    return workingDates[(int) target];
  }

  /**
   * The <i>n</i>-th working day strictly before {@code date}; the start day is never counted.
   *
   * @param date the start, which must be covered
   * @param n the number of working days, at least 1
   * @return the working day
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    checkCount(n);
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage(n + " working days before " + date, date);
    }
    int target = workingBefore(m, date.getDayOfMonth()) - n;
    if (target < 0) {
      throw coverage(n + " working days before " + date, firstDay.minusDays(1));
    }
    return workingDates[target];
  }

  /** The first working day strictly after {@code date}: {@code plusWorkingDays(date, 1)}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /** {@code date} if it is a working day, otherwise the next working day. */
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
  }

  /** The last working day strictly before {@code date}: {@code minusWorkingDays(date, 1)}. */
  public LocalDate previousWorkingDay(LocalDate date) {
    return minusWorkingDays(date, 1);
  }

  /** {@code date} if it is a working day, otherwise the previous working day. */
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : minusWorkingDays(date, 1);
  }

  /**
   * The number of working days in {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted; it may be the day after the last
   *     covered day
   * @return the count, zero when the range is empty
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    checkRange(startInclusive, endExclusive);
    return position(endExclusive, startInclusive, endExclusive)
        - position(startInclusive, startInclusive, endExclusive);
  }

  /**
   * The working days of {@code [startInclusive, endExclusive)}, in order.
   *
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public List<LocalDate> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
    checkRange(startInclusive, endExclusive);
    int from = position(startInclusive, startInclusive, endExclusive);
    int to = position(endExclusive, startInclusive, endExclusive);
    return ImmutableList.copyOf(Arrays.asList(workingDates).subList(from, to));
  }

  /**
   * The rest days (weekends, holidays, local rest days) of {@code [startInclusive, endExclusive)},
   * in order, with their festival and notices.
   *
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public List<DayInfo> restDays(LocalDate startInclusive, LocalDate endExclusive) {
    checkRange(startInclusive, endExclusive);
    position(startInclusive, startInclusive, endExclusive);
    position(endExclusive, startInclusive, endExclusive);
    ImmutableList.Builder<DayInfo> days = ImmutableList.builder();
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (!isWorking(monthIndex(d), d.getDayOfMonth())) {
        days.add(dayInfo(d, false));
      }
    }
    return days.build();
  }

  /**
   * A period of <i>n</i> working days after {@code start} (the start day excluded, 民法典 art 201):
   * its end is {@link #plusWorkingDays(LocalDate, int)}, and the rest days skipped are listed.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start or the end is not covered
   */
  public PeriodEnd workingDaysAfter(LocalDate start, int n) {
    LocalDate end = plusWorkingDays(start, n);
    return ImmutablePeriodEnd.builder()
        .start(start)
        .amount(n)
        .unit(PeriodUnit.WORKING_DAYS)
        .lastDayRule(LastDayRule.KEEP)
        .nominalEnd(end)
        .end(end)
        .restDaysPassed(restDays(start.plusDays(1), end))
        .build();
  }

  /**
   * A period of <i>n</i> calendar days after {@code start}: the start day is not counted (民法典 art
   * 201), so the nominal last day is {@code start + n}; with {@link LastDayRule#ROLL_FORWARD} a
   * rest day there moves the end to the next working day (art 203).
   *
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the end must be rolled and is not covered
   */
  public PeriodEnd calendarDaysAfter(LocalDate start, int n, LastDayRule rule) {
    checkCount(n);
    return roll(start, n, PeriodUnit.CALENDAR_DAYS, start.plusDays(n), rule);
  }

  /**
   * A period of <i>n</i> months after {@code start}: the nominal last day is the corresponding day
   * of the last month, or that month's last day when it has no such day (民法典 art 202); with {@link
   * LastDayRule#ROLL_FORWARD} a rest day there moves the end to the next working day (art 203).
   *
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the end must be rolled and is not covered
   */
  public PeriodEnd monthsAfter(LocalDate start, int n, LastDayRule rule) {
    checkCount(n);
    return roll(start, n, PeriodUnit.MONTHS, start.plusMonths(n), rule);
  }

  private PeriodEnd roll(
      LocalDate start, int n, PeriodUnit unit, LocalDate nominal, LastDayRule rule) {
    LocalDate end =
        rule == LastDayRule.ROLL_FORWARD
            ? nextOrSameWorkingDay(checkCovered(nominal, n + " " + unit + " after " + start))
            : nominal;
    return ImmutablePeriodEnd.builder()
        .start(start)
        .amount(n)
        .unit(unit)
        .lastDayRule(rule)
        .nominalEnd(nominal)
        .end(end)
        .restDaysPassed(rule == LastDayRule.ROLL_FORWARD ? restDays(nominal, end) : List.of())
        .build();
  }

  private static void checkCount(int n) {
    if (n < 1) {
      throw new IllegalArgumentException(
          "n = "
              + n
              + ": a period must be at least 1 day or month long (the start day is not counted)");
    }
  }

  private LocalDate checkCovered(LocalDate date, String question) {
    if (!isCovered(date)) {
      throw coverage(question, date);
    }
    return date;
  }

  /** The index of the date's month in the coverage, or -1 when the date is not covered. */
  private int monthIndex(LocalDate date) {
    int year = date.getYear() - firstYear;
    return year < 0 || year >= years ? -1 : year * 12 + date.getMonthValue() - 1;
  }

  private boolean isWorking(int month, int day) {
    return (monthBits[month] >>> (day - 1) & 1) != 0;
  }

  /** The number of working days from the first covered day up to and including the given day. */
  private int workingThrough(int month, int day) {
    return workingBeforeMonth[month] + Integer.bitCount(monthBits[month] & (int) ((1L << day) - 1));
  }

  /** The number of working days from the first covered day up to, not including, the given day. */
  private int workingBefore(int month, int day) {
    return workingBeforeMonth[month] + Integer.bitCount(monthBits[month] & ((1 << (day - 1)) - 1));
  }

  private int offset(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }

  private static void checkRange(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive "
              + endExclusive
              + " is before startInclusive "
              + startInclusive
              + ": a range must not end before it starts");
    }
  }

  /**
   * The number of working days before {@code bound}, a bound of a half-open range: a covered day or
   * the day after the last covered day.
   */
  private int position(LocalDate bound, LocalDate startInclusive, LocalDate endExclusive) {
    int m = monthIndex(bound);
    if (m >= 0) {
      return workingBefore(m, bound.getDayOfMonth());
    }
    if (bound.equals(dayAfterLast)) {
      return workingDates.length;
    }
    throw coverage(
        "working days of [" + startInclusive + ", " + endExclusive + ")",
        bound.isBefore(firstDay) ? bound : bound.minusDays(1));
  }

  private CalendarCoverageException coverage(String question, LocalDate date) {
    return new CalendarCoverageException(
        question, date, firstDay, lastDay, latestNotice, latestNoticeYear);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingDayCalendar
        && schedule.equals(((WorkingDayCalendar) other).schedule)
        && localRestDays.equals(((WorkingDayCalendar) other).localRestDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schedule, localRestDays);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar["
        + firstDay
        + " to "
        + lastDay
        + ", latest notice "
        + latestNotice.number()
        + ", "
        + localRestDays.size()
        + " local rest days]";
  }

  /** The bundled calendar, loaded on first use. */
  private static final class Bundled {
    static final WorkingDayCalendar CHONGQING = load();

    private static WorkingDayCalendar load() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new CalendarDataException(
              "the bundled holiday schedule " + BUNDLED + " is missing from the cqui-calendar jar");
        }
        return of(HolidaySchedule.fromJson(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled holiday schedule " + BUNDLED, e);
      }
    }
  }
}
