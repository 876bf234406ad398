package io.github.cqui.calendar;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.internal.ImmutableDayInfo;
import io.github.cqui.calendar.internal.ImmutablePeriodEnd;
import io.github.cqui.calendar.internal.ImmutableProjectedYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p><b>Coverage</b> (INTERPRETATIONS I-5). In the default {@link CoverageMode#STRICT} mode the
 * calendar covers whole notice years, from 1 January of its first year to 31 December of its last
 * ({@link #firstCoveredDay()}, {@link #lastCoveredDay()}). Any question about a date outside, or
 * whose answer would lie outside, throws {@link CalendarCoverageException}, which names the
 * remedies: an unpublished year is never treated as weekends only. In {@link
 * CoverageMode#PROVISIONAL} mode ({@link #withCoverageMode(CoverageMode)}) the years after the last
 * notice year up to and including 2100 are answered from the statutory holidays of the
 * 《全国年节及纪念日放假办法》 in force ({@link HolidayDecree}: 国务院令第795号 from 2025, 第644号 before) and weekends,
 * with no make-up working day (调休) or substitute day off (补假) guessed; every such answer is
 * provisional and says so ({@link DayInfo#isProvisional()}, {@link PeriodEnd#isProvisional()},
 * {@link #provisionalYears(LocalDate, LocalDate)}). Published beats provisional: loading a year's
 * notice ({@link #withSchedule(HolidaySchedule)}, {@link #withScheduleFiles(Collection)}, or a
 * schedule file on the classpath, {@link #CLASSPATH_SCHEDULE}) replaces its projection, and {@link
 * #changedDays(WorkingDayCalendar)} and {@link #recompute(PeriodEnd)} show which earlier answers
 * moved.
 *
 * <p><b>Counting.</b> {@link #plusWorkingDays(LocalDate, int) plusWorkingDays(date, n)} is the
 * <i>n</i>-th working day strictly after {@code date}: the start day is never counted, whatever its
 * kind (民法典 art 201). Ranges are half-open, {@code [startInclusive, endExclusive)}.
 *
 * <p><b>Implementation Requirements.</b> Queries are O(1) over an index built once: a 31-bit
 * working-day mask per month, the cumulative count of working days before each day (32 slots a
 * month, 512 a year, so a day's slot is a shift and two adds, and {@link
 * #workingDaysBetween(LocalDate, LocalDate)} is one array read per bound), and the ordered array of
 * working days. A provisional calendar has the same index over its projected years, so its lookups
 * cost the same as published ones. Building the bundled calendar takes a few milliseconds and
 * touches no lambda, regular expression or invokedynamic string concatenation; the first
 * provisional calendar also computes the lunar days of 2014–2100 once (tens of milliseconds).
 *
 * <p>Immutable and thread-safe. Two calendars are equal when their schedules, local rest days and
 * coverage modes are equal. New years, revised notices, local rest days and another coverage mode
 * give a new calendar ({@link #withSchedule(HolidaySchedule)}, {@link
 * #withLocalRestDays(Collection)}, {@link #withCoverageMode(CoverageMode)}).
 */
public final class WorkingDayCalendar {

  /**
   * The resource name under which schedule files on the classpath are found ({@link
   * ClassLoader#getResources(String)}): every {@code META-INF/cqui/holiday-schedule.json} of every
   * jar or directory on the classpath is loaded by {@link #chongqing()}. Each file has the shape of
   * the bundled data ({@link HolidaySchedule#fromJson(String)}).
   */
  public static final String CLASSPATH_SCHEDULE = "META-INF/cqui/holiday-schedule.json";

  private static final String BUNDLED = "cn-holidays.json";

  private static final String BUNDLED_SOURCE = "cn-holidays.json (bundled in cqui-calendar)";

  private final HolidaySchedule schedule;
  private final ImmutableList<LocalRestDay> localRestDays;
  private final CoverageMode mode;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final LocalDate lastPublishedDay;
  private final LocalDate dayAfterLast;
  private final long firstEpochDay;
  private final int firstYear;
  private final int lastNoticeYear;
  private final int years;
  // bit (d - 1) of monthBits[m] is set when day d of covered month m is a working day
  private final int[] monthBits;
  // before[(y << 9) + (m << 5) + d]: the working days from the first covered day up to (not
  // including) day d of month m (1-12) of covered year y; slots past a month's end, and slot 0 of
  // the
  // next month, hold the count through the month's end; endSlot, the day after the last covered
  // day, holds the count of the whole coverage. A slot is a shift and two adds from the date.
  private final int[] before;
  private final int endSlot;
  // every working day of the coverage, in order: the k-th working day is workingDates[k - 1]
  private final LocalDate[] workingDates;
  // the DayInfo of every day a notice, a local closure or a projection names, by epoch-day offset
  private final @Nullable DayInfo[] special;
  // the projected years, lastNoticeYear + 1 onwards (empty in STRICT mode)
  private final ImmutableList<ProjectedYear> projectedYears;
  private final HolidayNotice latestNotice;
  private final int latestNoticeYear;

  private WorkingDayCalendar(
      HolidaySchedule schedule, List<LocalRestDay> localRestDays, CoverageMode mode) {
    this.schedule = schedule;
    this.mode = mode;
    this.firstYear = schedule.firstYear();
    this.lastNoticeYear = schedule.lastYear();
    int horizon =
        mode == CoverageMode.PROVISIONAL
            ? Math.max(lastNoticeYear, HolidayDecree.LAST_COMPUTED_YEAR)
            : lastNoticeYear;
    this.years = horizon - firstYear + 1;
    this.firstDay = LocalDate.of(firstYear, 1, 1);
    this.lastDay = LocalDate.of(horizon, 12, 31);
    this.lastPublishedDay = LocalDate.of(lastNoticeYear, 12, 31);
    this.dayAfterLast = lastDay.plusDays(1);
    this.firstEpochDay = firstDay.toEpochDay();
    int size = (int) (dayAfterLast.toEpochDay() - firstEpochDay);
    boolean[] working = new boolean[size];
    this.special = new DayInfo[size];
    int dow = firstDay.getDayOfWeek().getValue() - 1; // 0 = Monday
    for (int i = 0; i < size; i++) {
      working[i] = dow < 5;
      dow = dow == 6 ? 0 : dow + 1;
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
    this.projectedYears = project(working, horizon);
    this.localRestDays = closeLocalRestDays(working, localRestDays);

    this.monthBits = new int[years * 12];
    this.endSlot = (years << 9) + (1 << 5) + 1;
    this.before = new int[endSlot + 1];
    List<LocalDate> dates = new ArrayList<>(size);
    int i = 0;
    for (int y = 0; y < years; y++) {
      for (int month = 1; month <= 12; month++) {
        int m = y * 12 + month - 1;
        LocalDate first = firstDay.plusDays(i);
        int length = first.lengthOfMonth();
        int base = (y << 9) + (month << 5);
        before[base] = dates.size();
        for (int d = 1; d <= 31; d++) {
          before[base + d] = dates.size();
          if (d <= length) {
            if (working[i]) {
              monthBits[m] |= 1 << (d - 1);
              dates.add(d == 1 ? first : first.withDayOfMonth(d));
            }
            i++;
          }
        }
      }
      before[(y << 9) + (13 << 5)] = dates.size(); // through 31 December
    }
    before[endSlot - 1] = dates.size();
    before[endSlot] = dates.size();
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

  /**
   * The statutory holidays of every year after the last notice year up to the horizon (I-5), except
   * on days a loaded notice names: published beats provisional.
   */
  private ImmutableList<ProjectedYear> project(boolean[] working, int horizon) {
    if (horizon == lastNoticeYear) {
      return ImmutableList.of();
    }
    if (lastNoticeYear < 2013) {
      throw new CalendarDataException(
          "coverage mode PROVISIONAL: the last notice year is "
              + lastNoticeYear
              + ", but the provisional mode projects years from 2014 on, under 国务院令第644号 and"
              + " 第795号; load the notices up to 2013 first");
    }
    ImmutableList.Builder<ProjectedYear> projected = ImmutableList.builder();
    for (int year = lastNoticeYear + 1; year <= horizon; year++) {
      HolidayDecree decree = HolidayDecree.inForce(year);
      List<StatutoryHoliday> holidays = decree.statutoryHolidays(year);
      ProjectedYear projection =
          ImmutableProjectedYear.builder()
              .year(year)
              .decree(decree)
              .statutoryHolidays(holidays)
              .lastNoticeYear(lastNoticeYear)
              .latestNotice(latestNotice)
              .build();
      projected.add(projection);
      for (StatutoryHoliday holiday : holidays) {
        int offset = offset(holiday.date());
        if (special[offset] != null) {
          continue; // named by a loaded notice
        }
        working[offset] = false;
        special[offset] =
            ImmutableDayInfo.builder()
                .date(holiday.date())
                .kind(DayKind.HOLIDAY)
                .festival(holiday.festival())
                .projectedYear(projection)
                .statutoryHoliday(holiday)
                .build();
      }
    }
    return projected.build();
  }

  private ImmutableList<LocalRestDay> closeLocalRestDays(
      boolean[] working, List<LocalRestDay> closures) {
    List<LocalRestDay> sorted = new ArrayList<>(closures);
    if (sorted.size() > 1) {
      sorted.sort(new ByClosureDate());
    }
    for (int i = 0; i < sorted.size(); i++) {
      LocalRestDay closure = sorted.get(i);
      String entry = "local rest day " + closure.date() + " (" + closure.reason() + ")";
      if (!isCovered(closure.date())) {
        throw new CalendarDataException(
            entry + ": outside the calendar's coverage, " + firstDay + " to " + lastDay);
      }
      if (closure.date().isAfter(lastPublishedDay)) {
        throw new CalendarDataException(
            entry
                + ": in "
                + closure.date().getYear()
                + ", a year the calendar only projects (its notice is not loaded; the published"
                + " years run "
                + firstDay
                + " to "
                + lastPublishedDay
                + "); a local rest day closes a working day of a published schedule");
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

  /** Orders local rest days by date (a class, not a lambda: it is on the load path). */
  private static final class ByClosureDate implements Comparator<LocalRestDay> {
    @Override
    public int compare(LocalRestDay a, LocalRestDay b) {
      return a.date().compareTo(b.date());
    }
  }

  /**
   * The Chongqing calendar: the bundled State Council schedules of the notice years 2015–2026
   * ({@code cn-holidays.json}) together with every schedule file found on the classpath as {@value
   * #CLASSPATH_SCHEDULE} (a small data jar or a directory adds a year without a release), merged by
   * the rules of {@link HolidaySchedule#merge(Map)}; no local rest days; {@link
   * CoverageMode#STRICT}.
   *
   * <p>The files are looked up through the class loader that loaded this class, once, on the first
   * call; the result is the same instance on every call (the bundled calendar itself, {@link
   * #bundled()}, when no file is found). For another class loader, see {@link
   * #chongqing(ClassLoader)}; for files outside the classpath, {@link
   * #withScheduleFiles(Collection)}.
   *
   * @return the calendar, the same instance on every call
   * @throws CalendarDataException if a file is malformed, or two sources give different schedules
   *     for one year (naming both sources and the year), or the years would not be consecutive
   */
  public static WorkingDayCalendar chongqing() {
    return Classpath.CHONGQING;
  }

  /**
   * The bundled data alone: the State Council schedules of the notice years 2015–2026 ({@code
   * cn-holidays.json}, validated when loaded), no classpath files, no local rest days, {@link
   * CoverageMode#STRICT}.
   *
   * @return the bundled calendar, the same instance on every call
   */
  public static WorkingDayCalendar bundled() {
    return Bundled.CALENDAR;
  }

  /**
   * The bundled data with every schedule file that {@code loader} finds as {@value
   * #CLASSPATH_SCHEDULE}, merged by the rules of {@link HolidaySchedule#merge(Map)}; loaded anew on
   * every call.
   *
   * @param loader the class loader to search
   * @return the calendar, {@link CoverageMode#STRICT}
   * @throws CalendarDataException if a file is malformed or the sources conflict
   * @throws UncheckedIOException if a file cannot be read
   */
  public static WorkingDayCalendar chongqing(ClassLoader loader) {
    CalendarArgumentException.requireNonNull("loader", loader);
    Map<String, HolidaySchedule> sources = new LinkedHashMap<>();
    sources.put(BUNDLED_SOURCE, Bundled.CALENDAR.schedule);
    Enumeration<URL> files;
    try {
      files = loader.getResources(CLASSPATH_SCHEDULE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the classpath resources " + CLASSPATH_SCHEDULE, e);
    }
    while (files.hasMoreElements()) {
      URL file = files.nextElement();
      String name = file.toString();
      try (InputStream in = file.openStream()) {
        sources.put(name, HolidaySchedule.fromJson(in, name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the holiday schedule " + name, e);
      }
    }
    if (sources.size() == 1) {
      return Bundled.CALENDAR;
    }
    return of(HolidaySchedule.merge(sources));
  }

  /**
   * A calendar on a schedule, with no local rest days, {@link CoverageMode#STRICT}.
   *
   * @param schedule the validated schedule
   * @return the calendar
   */
  public static WorkingDayCalendar of(HolidaySchedule schedule) {
    CalendarArgumentException.requireNonNull("schedule", schedule);
    return new WorkingDayCalendar(schedule, List.of(), CoverageMode.STRICT);
  }

  /**
   * This calendar with the years of {@code additions} added or replaced: a newly published year
   * extends the coverage, a revised notice replaces its year (the caller's decision; files are
   * merged more cautiously, see {@link #withScheduleFiles(Collection)}). Local rest days and the
   * coverage mode are kept; a loaded year replaces its projection.
   *
   * @param additions the notice years to add, each replacing the calendar's year of the same number
   *     or extending the coverage at either end
   * @return a new calendar on the combined schedule, with the same local rest days and coverage
   *     mode
   * @throws CalendarDataException if the years would not be consecutive, or a local rest day would
   *     no longer be a working day or would fall outside coverage
   */
  public WorkingDayCalendar withSchedule(HolidaySchedule additions) {
    CalendarArgumentException.requireNonNull("additions", additions);
    return new WorkingDayCalendar(schedule.with(additions), localRestDays, mode);
  }

  /**
   * This calendar with the schedule files {@code files} (UTF-8 JSON of the bundled shape, {@link
   * HolidaySchedule#fromJson(Path)}) merged into its schedule by the rules of {@link
   * HolidaySchedule#merge(Map)}: a year identical to one already held is one year, an amending
   * notice supersedes the notices it lists, a different schedule for a held year is refused naming
   * both sources. Local rest days and the coverage mode are kept; a loaded year replaces its
   * projection. This is how a case report's {@code --holidays FILE} adds the 2027 notice.
   *
   * @param files the schedule files
   * @return the calendar
   * @throws CalendarDataException if a file is malformed (naming the file and the entry) or the
   *     sources conflict (naming both and the year), or the years would not be consecutive
   * @throws UncheckedIOException if a file cannot be read
   */
  public WorkingDayCalendar withScheduleFiles(Collection<Path> files) {
    CalendarArgumentException.requireNonNull("files", files);
    Map<String, HolidaySchedule> sources = new LinkedHashMap<>();
    sources.put(
        "the calendar's schedule (notice years "
            + schedule.firstYear()
            + "–"
            + schedule.lastYear()
            + ")",
        schedule);
    for (Path file : files) {
      sources.put(file.toString(), HolidaySchedule.fromJson(file));
    }
    return new WorkingDayCalendar(HolidaySchedule.merge(sources), localRestDays, mode);
  }

  /**
   * This calendar with schedule files merged in; see {@link #withScheduleFiles(Collection)}.
   *
   * @param files the schedule files (UTF-8 JSON of the bundled shape), in any order: the merge does
   *     not depend on it
   * @return a new calendar on the merged schedule, with the same local rest days and coverage mode
   * @throws CalendarDataException if a file is malformed (naming the file and the entry) or the
   *     sources conflict (naming both and the year), or the years would not be consecutive
   * @throws UncheckedIOException if a file cannot be read
   */
  public WorkingDayCalendar withScheduleFiles(Path... files) {
    CalendarArgumentException.requireNonNull("files", files);
    return withScheduleFiles(Arrays.asList(files));
  }

  /**
   * This calendar in another coverage mode (INTERPRETATIONS I-5). {@link CoverageMode#PROVISIONAL}
   * answers for the years after the last notice year up to and including 2100 from the statutory
   * holidays of the 《全国年节及纪念日放假办法》 in force ({@link HolidayDecree}) and weekends, marking every
   * such answer provisional; {@link CoverageMode#STRICT} (the default) refuses them.
   *
   * <p>Years before the first notice year stay refused in both modes: their notices were published
   * and can be loaded, so a projection there would knowingly differ from the published truth (the
   * 2014 notice, for one, has make-up days and a 春节 block no projection gives).
   *
   * @param coverageMode the mode
   * @return this calendar if the mode is its own, otherwise a new calendar with the same schedule
   *     and local rest days
   * @throws CalendarDataException if PROVISIONAL is asked of a calendar whose last notice year is
   *     before 2013 (no earlier version of the 放假办法 is projected)
   */
  public WorkingDayCalendar withCoverageMode(CoverageMode coverageMode) {
    CalendarArgumentException.requireNonNull("coverageMode", coverageMode);
    return coverageMode == mode
        ? this
        : new WorkingDayCalendar(schedule, localRestDays, coverageMode);
  }

  /**
   * This calendar with local rest days added (for example a county closure). A local rest day
   * closes a working day of a published year.
   *
   * @param closures the local rest days to add to those the calendar already has
   * @return a new calendar with the same schedule and coverage mode and all the local rest days
   * @throws CalendarDataException if a day is outside coverage or in a projected year, listed twice
   *     (here or among those the calendar has), or not a working day
   */
  public WorkingDayCalendar withLocalRestDays(Collection<LocalRestDay> closures) {
    CalendarArgumentException.requireNonNull("closures", closures);
    List<LocalRestDay> all = new ArrayList<>(localRestDays);
    all.addAll(closures);
    return new WorkingDayCalendar(schedule, all, mode);
  }

  /**
   * This calendar with local rest days added; see {@link #withLocalRestDays(Collection)}.
   *
   * @param closures the local rest days to add to those the calendar already has
   * @return a new calendar with the same schedule and coverage mode and all the local rest days
   * @throws CalendarDataException if a day is outside coverage or in a projected year, listed twice
   *     (here or among those the calendar has), or not a working day
   */
  public WorkingDayCalendar withLocalRestDays(LocalRestDay... closures) {
    CalendarArgumentException.requireNonNull("closures", closures);
    return withLocalRestDays(Arrays.asList(closures));
  }

  /** {@return the national schedule behind this calendar} */
  public HolidaySchedule schedule() {
    return schedule;
  }

  /** {@return the local rest days added to the schedule, by date} */
  public List<LocalRestDay> localRestDays() {
    return localRestDays;
  }

  /** {@return the coverage mode: {@link CoverageMode#STRICT} unless built otherwise} */
  public CoverageMode coverageMode() {
    return mode;
  }

  /** {@return the first covered day: 1 January of the first notice year} */
  public LocalDate firstCoveredDay() {
    return firstDay;
  }

  /**
   * {@return the last covered day, the last day the calendar answers for: 31 December of the last
   * notice year, or in {@link CoverageMode#PROVISIONAL} mode 31 December 2100 (or of the last
   * notice year, if later)}
   */
  public LocalDate lastCoveredDay() {
    return lastDay;
  }

  /**
   * {@return the last day of a published (loaded) notice year: 31 December of the last notice year}
   */
  public LocalDate lastPublishedDay() {
    return lastPublishedDay;
  }

  /**
   * Whether the calendar answers for {@code date} (provisionally or not).
   *
   * @param date any date
   * @return {@code true} if it lies from {@link #firstCoveredDay()} to {@link #lastCoveredDay()},
   *     both included
   */
  public boolean isCovered(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }

  /**
   * Whether the answer for {@code date} is provisional: the date lies in a year the calendar only
   * projects, and no loaded notice names it (I-5). Always false in {@link CoverageMode#STRICT}
   * mode.
   *
   * @param date the day asked about, a covered date
   * @return {@code true} if the calendar's answers about the day are projected, not published
   * @throws CalendarCoverageException if the date is not covered
   */
  public boolean isProvisional(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    if (!isCovered(date)) {
      throw coverage("is " + date + " provisional", date);
    }
    return isProvisionalDay(date);
  }

  private boolean isProvisionalDay(LocalDate date) {
    if (date.getYear() <= lastNoticeYear) {
      return false;
    }
    DayInfo info = special[offset(date)];
    return info == null || info.isProvisional();
  }

  /**
   * The projected years on which an answer about {@code [startInclusive, endExclusive)} depends:
   * the years with a provisional day in the range, ascending. An answer (a count, a deadline) that
   * depends on such a day is provisional. Always empty in {@link CoverageMode#STRICT} mode.
   *
   * @param startInclusive the first day of the range, a covered date
   * @param endExclusive the day after the last day of the range; it may be the day after the last
   *     covered day
   * @return the projected years, ascending; empty when every day of the range is published or the
   *     range is empty
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public List<ProjectedYear> provisionalYears(LocalDate startInclusive, LocalDate endExclusive) {
    if (startInclusive == null) {
      throw new CalendarArgumentException("startInclusive");
    }
    if (endExclusive == null) {
      throw new CalendarArgumentException("endExclusive");
    }
    checkRange(startInclusive, endExclusive);
    position(startInclusive, startInclusive, endExclusive);
    position(endExclusive, startInclusive, endExclusive);
    return provisionalYearsOf(startInclusive, endExclusive);
  }

  private List<ProjectedYear> provisionalYearsOf(LocalDate startInclusive, LocalDate endExclusive) {
    if (projectedYears.isEmpty() || !endExclusive.isAfter(lastPublishedDay.plusDays(1))) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<ProjectedYear> found = ImmutableList.builder();
    for (ProjectedYear year : projectedYears) {
      LocalDate from = LocalDate.of(year.year(), 1, 1);
      LocalDate to = from.plusYears(1);
      if (from.isBefore(startInclusive)) {
        from = startInclusive;
      }
      if (to.isAfter(endExclusive)) {
        to = endExclusive;
      }
      for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
        if (isProvisionalDay(d)) {
          found.add(year);
          break;
        }
      }
    }
    return found.build();
  }

  /**
   * {@return the years this calendar projects (I-5), ascending, with the decree, the statutory days
   * and the last notice loaded; empty in {@link CoverageMode#STRICT} mode}
   */
  public List<ProjectedYear> projectedYears() {
    return projectedYears;
  }

  /** {@return every notice behind the calendar, by notice year, originals before amendments} */
  public List<HolidayNotice> notices() {
    return schedule.years().stream()
        .flatMap(y -> y.notices().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the last published notice the calendar holds} */
  public HolidayNotice latestNotice() {
    return latestNotice;
  }

  /**
   * Whether {@code date} is a working day. In {@link CoverageMode#PROVISIONAL} mode the answer for
   * a projected year is provisional: {@link #isProvisional(LocalDate)} or {@link
   * #dayInfo(LocalDate)} says so.
   *
   * @param date the day asked about, a covered date
   * @return {@code true} for a make-up working day, or a Monday to Friday that is neither a holiday
   *     (a rest day a notice names, or a provisional statutory holiday) nor a local rest day
   * @throws CalendarCoverageException if the date is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    // the queries' null checks are written out, not a helper call: with the call, C2 compiled
    // these few-nanosecond queries about twice as slow (BENCHMARKS.md, 2026-12-02)
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage("is " + date + " a working day", date);
    }
    return (monthBits[m] >>> (date.getDayOfMonth() - 1) & 1) != 0;
  }

  /**
   * The date's kind, with its festival and notices where a notice names it, or with its projection
   * where the day is provisional ({@link DayInfo#isProvisional()}).
   *
   * @param date the day asked about, a covered date
   * @return the day: its {@link DayKind}, and the festival, notices, local closure or projection
   *     behind it
   * @throws CalendarCoverageException if the date is not covered
   */
  public DayInfo dayInfo(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage("what kind of day is " + date, date);
    }
    return dayInfo(date, (monthBits[m] >>> (date.getDayOfMonth() - 1) & 1) != 0);
  }

  private DayInfo dayInfo(LocalDate date, boolean working) {
    DayInfo info = special[offset(date)];
    if (info != null) {
      return info;
    }
    ImmutableDayInfo.Builder b =
        ImmutableDayInfo.builder().date(date).kind(working ? DayKind.WORKING_DAY : DayKind.WEEKEND);
    if (date.getYear() > lastNoticeYear) {
      b.projectedYear(projectedYears.get(date.getYear() - lastNoticeYear - 1));
    }
    return b.build();
  }

  /**
   * The <i>n</i>-th working day strictly after {@code date}; the start day is never counted,
   * whatever its kind. Provisional when it depends on a projected year: see {@link
   * #workingDaysAfter(LocalDate, int)} or {@link #provisionalYears(LocalDate, LocalDate)}.
   *
   * @param date the start, which must be covered
   * @param n the number of working days, at least 1
   * @return the working day
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    checkCount(n);
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage(n + " working days after " + date, date);
    }
    long target = (long) before[slotOf(date) + 1] + n - 1;
    if (target >= workingDates.length) {
      throw coverage(n + " working days after " + date, dayAfterLast);
    }
    return workingDates[(int) target];
  }

  /**
   * The <i>n</i>-th working day strictly before {@code date}; the start day is never counted.
   * Provisional when it depends on a projected year ({@link #provisionalYears(LocalDate,
   * LocalDate)}).
   *
   * @param date the start, which must be covered
   * @param n the number of working days, at least 1
   * @return the working day
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    checkCount(n);
    int m = monthIndex(date);
    if (m < 0) {
      throw coverage(n + " working days before " + date, date);
    }
    int target = before[slotOf(date)] - n;
    if (target < 0) {
      throw coverage(n + " working days before " + date, firstDay.minusDays(1));
    }
    return workingDates[target];
  }

  /**
   * The first working day strictly after {@code date}: {@code plusWorkingDays(date, 1)}.
   *
   * @param date the start, a covered date; it is not a candidate itself
   * @return the working day
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    return plusWorkingDays(date, 1);
  }

  /**
   * {@code date} if it is a working day, otherwise the next working day.
   *
   * @param date the start, a covered date
   * @return {@code date} or the first working day after it
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before {@code date}: {@code minusWorkingDays(date, 1)}.
   *
   * @param date the start, a covered date; it is not a candidate itself
   * @return the working day
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    return minusWorkingDays(date, 1);
  }

  /**
   * {@code date} if it is a working day, otherwise the previous working day.
   *
   * @param date the start, a covered date
   * @return {@code date} or the last working day before it
   * @throws CalendarCoverageException if the start, or the answer, is not covered
   */
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    if (date == null) {
      throw new CalendarArgumentException("date");
    }
    return isWorkingDay(date) ? date : minusWorkingDays(date, 1);
  }

  /**
   * The number of working days in {@code [startInclusive, endExclusive)}: two reads of the
   * cumulative count, O(1). Provisional when the range touches a projected year: {@link
   * #provisionalYears(LocalDate, LocalDate)} of the same range says which.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted; it may be the day after the last
   *     covered day
   * @return the count, zero when the range is empty
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    if (startInclusive == null) {
      throw new CalendarArgumentException("startInclusive");
    }
    if (endExclusive == null) {
      throw new CalendarArgumentException("endExclusive");
    }
    int from = slot(startInclusive);
    int to = slot(endExclusive);
    if (from < 0 || to < from) {
      // a reversed or uncovered range: one of these throws, naming the argument or the date
      checkRange(startInclusive, endExclusive);
      position(startInclusive, startInclusive, endExclusive);
      position(endExclusive, startInclusive, endExclusive);
    }
    return before[to] - before[from];
  }

  /**
   * The working days of {@code [startInclusive, endExclusive)}, in order. Provisional when the
   * range touches a projected year ({@link #provisionalYears(LocalDate, LocalDate)}).
   *
   * @param startInclusive the first day of the range, a covered date
   * @param endExclusive the day after the last day of the range; it may be the day after the last
   *     covered day
   * @return the working days, ascending; empty when the range has none
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public List<LocalDate> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
    CalendarArgumentException.requireNonNull("startInclusive", startInclusive);
    CalendarArgumentException.requireNonNull("endExclusive", endExclusive);
    checkRange(startInclusive, endExclusive);
    int from = position(startInclusive, startInclusive, endExclusive);
    int to = position(endExclusive, startInclusive, endExclusive);
    return ImmutableList.copyOf(Arrays.asList(workingDates).subList(from, to));
  }

  /**
   * The rest days (weekends, holidays, local rest days) of {@code [startInclusive, endExclusive)},
   * in order, with their festival and notices, or their projection where provisional.
   *
   * @param startInclusive the first day of the range, a covered date
   * @param endExclusive the day after the last day of the range; it may be the day after the last
   *     covered day
   * @return one {@link DayInfo} per rest day, ascending; empty when the range has none
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   * @throws CalendarCoverageException if the range is not covered
   */
  public List<DayInfo> restDays(LocalDate startInclusive, LocalDate endExclusive) {
    CalendarArgumentException.requireNonNull("startInclusive", startInclusive);
    CalendarArgumentException.requireNonNull("endExclusive", endExclusive);
    checkRange(startInclusive, endExclusive);
    position(startInclusive, startInclusive, endExclusive);
    position(endExclusive, startInclusive, endExclusive);
    ImmutableList.Builder<DayInfo> days = ImmutableList.builder();
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      int m = monthIndex(d);
      if ((monthBits[m] >>> (d.getDayOfMonth() - 1) & 1) == 0) {
        days.add(dayInfo(d, false));
      }
    }
    return days.build();
  }

  /**
   * A period of <i>n</i> working days after {@code start} (the start day excluded, 民法典 art 201):
   * its end is {@link #plusWorkingDays(LocalDate, int)}, and the rest days skipped are listed. It
   * is provisional when a day after the start up to the end is ({@link
   * PeriodEnd#provisionalYears()}).
   *
   * @param start the day the period runs from, a covered date; it is not counted
   * @param n the number of working days, at least 1
   * @return the period end: last day and nominal last day both the <i>n</i>-th working day, the
   *     rest days skipped, and the projected years it depends on
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the start or the end is not covered
   */
  public PeriodEnd workingDaysAfter(LocalDate start, int n) {
    CalendarArgumentException.requireNonNull("start", start);
    LocalDate end = plusWorkingDays(start, n);
    return ImmutablePeriodEnd.builder()
        .start(start)
        .amount(n)
        .unit(PeriodUnit.WORKING_DAYS)
        .lastDayRule(LastDayRule.KEEP)
        .nominalLastDay(end)
        .lastDay(end)
        .restDaysPassed(restDays(start.plusDays(1), end))
        .provisionalYears(provisionalYearsOf(start.plusDays(1), end.plusDays(1)))
        .build();
  }

  /**
   * A period of <i>n</i> calendar days after {@code start}: the start day is not counted (民法典 art
   * 201), so the nominal last day is {@code start + n}; with {@link LastDayRule#ROLL_FORWARD} a
   * rest day there moves the end to the next working day (art 203), and the end is provisional when
   * a day from the nominal end to the end is.
   *
   * @param start the day the period runs from; it is not counted, and need not be covered
   * @param n the number of calendar days, at least 1
   * @param rule whether a rest day as the last day moves the end to the next working day; only with
   *     {@link LastDayRule#ROLL_FORWARD} is the calendar consulted
   * @return the period end, with the rest days rolled past (none with {@link LastDayRule#KEEP})
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the end must be rolled and is not covered
   */
  public PeriodEnd calendarDaysAfter(LocalDate start, int n, LastDayRule rule) {
    CalendarArgumentException.requireNonNull("start", start);
    CalendarArgumentException.requireNonNull("rule", rule);
    checkCount(n);
    return roll(start, n, PeriodUnit.CALENDAR_DAYS, start.plusDays(n), rule);
  }

  /**
   * A period of <i>n</i> months after {@code start}: the nominal last day is the corresponding day
   * of the last month, or that month's last day when it has no such day (民法典 art 202); with {@link
   * LastDayRule#ROLL_FORWARD} a rest day there moves the end to the next working day (art 203), and
   * the end is provisional when a day from the nominal end to the end is.
   *
   * @param start the day the period runs from; it is not counted, and need not be covered
   * @param n the number of months, at least 1
   * @param rule whether a rest day as the last day moves the end to the next working day; only with
   *     {@link LastDayRule#ROLL_FORWARD} is the calendar consulted
   * @return the period end, with the rest days rolled past (none with {@link LastDayRule#KEEP})
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the end must be rolled and is not covered
   */
  public PeriodEnd monthsAfter(LocalDate start, int n, LastDayRule rule) {
    CalendarArgumentException.requireNonNull("start", start);
    CalendarArgumentException.requireNonNull("rule", rule);
    checkCount(n);
    return roll(start, n, PeriodUnit.MONTHS, start.plusMonths(n), rule);
  }

  /**
   * {@code earlier} derived again on this calendar: the same start, amount, unit and last-day rule.
   * After a year's notice is loaded (published beats provisional), compare the result's {@link
   * PeriodEnd#lastDay()} with the earlier one's to see whether a provisional deadline moved.
   *
   * @param earlier a period end from any calendar
   * @return the period end on this calendar
   * @throws CalendarCoverageException if this calendar does not cover it
   */
  public PeriodEnd recompute(PeriodEnd earlier) {
    CalendarArgumentException.requireNonNull("earlier", earlier);
    switch (earlier.unit()) {
      case WORKING_DAYS:
        return workingDaysAfter(earlier.start(), earlier.amount());
      case CALENDAR_DAYS:
        return calendarDaysAfter(earlier.start(), earlier.amount(), earlier.lastDayRule());
      case MONTHS:
      default:
        return monthsAfter(earlier.start(), earlier.amount(), earlier.lastDayRule());
    }
  }

  /**
   * The dates whose kind differs between {@code earlier} and this calendar, in order, over the days
   * both cover: for example the days a newly loaded notice changed from their projection (a
   * projected weekday that became a make-up day off, a Saturday that became a make-up working day).
   * A caller holding earlier answers can re-derive those whose range contains such a date ({@link
   * #recompute(PeriodEnd)}).
   *
   * @param earlier the calendar the earlier answers came from
   * @return the changed dates, empty when the calendars agree on every common day
   */
  public List<LocalDate> changedDays(WorkingDayCalendar earlier) {
    CalendarArgumentException.requireNonNull("earlier", earlier);
    LocalDate from = firstDay.isAfter(earlier.firstDay) ? firstDay : earlier.firstDay;
    LocalDate to = lastDay.isBefore(earlier.lastDay) ? lastDay : earlier.lastDay;
    ImmutableList.Builder<LocalDate> changed = ImmutableList.builder();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (kindOf(d) != earlier.kindOf(d)) {
        changed.add(d);
      }
    }
    return changed.build();
  }

  private DayKind kindOf(LocalDate date) {
    DayInfo info = special[offset(date)];
    if (info != null) {
      return info.kind();
    }
    return isWorkingDay(date) ? DayKind.WORKING_DAY : DayKind.WEEKEND;
  }

  private PeriodEnd roll(
      LocalDate start, int n, PeriodUnit unit, LocalDate nominal, LastDayRule rule) {
    boolean rolls = rule == LastDayRule.ROLL_FORWARD;
    LocalDate end =
        rolls
            ? nextOrSameWorkingDay(checkCovered(nominal, n + " " + unit + " after " + start))
            : nominal;
    return ImmutablePeriodEnd.builder()
        .start(start)
        .amount(n)
        .unit(unit)
        .lastDayRule(rule)
        .nominalLastDay(nominal)
        .lastDay(end)
        .restDaysPassed(rolls ? restDays(nominal, end) : List.of())
        .provisionalYears(rolls ? provisionalYearsOf(nominal, end.plusDays(1)) : List.of())
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

  /**
   * The slot of a range bound in {@link #before}: a covered day, or the day after the last covered
   * day; -1 otherwise.
   */
  private int slot(LocalDate bound) {
    int year = bound.getYear() - firstYear;
    if (year >= 0 && year < years) {
      return (year << 9) + (bound.getMonthValue() << 5) + bound.getDayOfMonth();
    }
    return bound.equals(dayAfterLast) ? endSlot : -1;
  }

  /** The slot of a covered date in {@link #before}. */
  private int slotOf(LocalDate covered) {
    return ((covered.getYear() - firstYear) << 9)
        + (covered.getMonthValue() << 5)
        + covered.getDayOfMonth();
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
    int slot = slot(bound);
    if (slot >= 0) {
      return before[slot];
    }
    throw coverage(
        "working days of [" + startInclusive + ", " + endExclusive + ")",
        bound.isBefore(firstDay) ? bound : bound.minusDays(1));
  }

  private CalendarCoverageException coverage(String question, LocalDate date) {
    return new CalendarCoverageException(
        question, date, firstDay, lastDay, latestNotice, latestNoticeYear, mode);
  }

  /**
   * Equal when the schedules, the local rest days and the coverage modes are equal (a calendar's
   * projection follows from its schedule and mode).
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingDayCalendar
        && schedule.equals(((WorkingDayCalendar) other).schedule)
        && localRestDays.equals(((WorkingDayCalendar) other).localRestDays)
        && mode == ((WorkingDayCalendar) other).mode;
  }

  @Override
  public int hashCode() {
    return mode == CoverageMode.STRICT
        ? Objects.hash(schedule, localRestDays)
        : Objects.hash(schedule, localRestDays, mode);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar["
        + firstDay
        + " to "
        + lastDay
        + (projectedYears.isEmpty()
            ? ""
            : " (provisional from " + lastPublishedDay.plusDays(1) + ", " + mode + ")")
        + ", latest notice "
        + latestNotice.number()
        + ", "
        + localRestDays.size()
        + " local rest days]";
  }

  /** The bundled calendar, loaded on first use. */
  private static final class Bundled {
    static final WorkingDayCalendar CALENDAR = load();

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

  /** The bundled calendar with the classpath's schedule files, loaded on first use. */
  private static final class Classpath {
    static final WorkingDayCalendar CHONGQING = load();

    private static WorkingDayCalendar load() {
      ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
      return loader == null ? Bundled.CALENDAR : chongqing(loader);
    }
  }
}
