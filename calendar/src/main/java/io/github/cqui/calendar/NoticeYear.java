package io.github.cqui.calendar;

import com.google.common.collect.Ordering;
import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableNoticeYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The schedule of one notice year: the notices (the original and any amending notice), the rest
 * days of its holiday blocks and its make-up working days (调休上班).
 *
 * <p>The notice year is not the year of every date: a holiday block that starts before New Year
 * belongs to the notice of the year it ends in (the 2019 notice reaches 2018-12-29, the 2023 notice
 * 2022-12-31). A notice names no day of the next year: a date may lie from 1 December of the
 * previous year to 31 December of the notice year ({@link #earliestAllowedDate()}, {@link
 * #latestAllowedDate()}), and a later date belongs to the next year's notice.
 *
 * <p>Notices come out in the autumn or winter before their year (2023-10-25, 2024-11-12 and
 * 2025-11-04 for 2024 to 2026), and amending notices during the year itself (2015-05-13,
 * 2019-03-22, 2020-01-27). So every notice of year <i>Y</i> is dated and published from 1 January
 * of <i>Y</i> − 1 to 31 December of <i>Y</i>; a notice is never published before it is dated
 * ({@link HolidayNotice}).
 *
 * <p>Validated when built: a plausible year (1949 to 9998); at least one notice; the original
 * notice first, with no {@link HolidayNotice#amends() amends}, then the amending notices, each
 * saying what it amends, in the order they were published; no notice listed twice; every notice
 * dated and published within the window above; every date within its allowed range; every make-up
 * working day a Saturday or Sunday; no date listed twice or both as rest day and working day. A
 * violation throws {@link CalendarDataException} naming the entry ({@code notices[1]}, {@code
 * restDays[3]}) and the rule. The days are kept sorted by date, so two years listing the same days
 * in another order are equal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class NoticeYear {

  /** For the generated implementation only. */
  protected NoticeYear() {}

  private static final Comparator<ScheduledDay> BY_DATE = new ByDate();

  /** Orders scheduled days by date (a class, not a lambda: it is on the calendar's load path). */
  private static final class ByDate implements Comparator<ScheduledDay> {
    @Override
    public int compare(ScheduledDay a, ScheduledDay b) {
      return a.date().compareTo(b.date());
    }
  }

  /** {@return the notice year, for example 2025 for the notice on the 2025 holidays} */
  public abstract int year();

  /**
   * {@return the notices behind the year's schedule: the original first, then any amending notice}
   */
  public abstract List<HolidayNotice> notices();

  /**
   * {@return every day off of each holiday block as the notice words it, weekend days inside a
   * block included}
   */
  public abstract List<ScheduledDay> restDays();

  /** {@return the weekend days that the notice makes working days (调休上班)} */
  public abstract List<ScheduledDay> makeUpWorkdays();

  /**
   * A builder for a notice year.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a notice year: the generated setters, {@code from} and {@code build()}, which validates
   * it and throws {@link CalendarDataException} naming a missing or invalid attribute. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableNoticeYear.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * {@return the first date a notice year may name: 1 December of the previous year, for a holiday
   * block that starts before New Year (the 2019 notice reaches 2018-12-29, the 2023 notice
   * 2022-12-31)}
   */
  public LocalDate earliestAllowedDate() {
    return LocalDate.of(year() - 1, 12, 1);
  }

  /**
   * {@return the last date a notice year may name: 31 December of the notice year. No notice names
   * a day of the next year; such a day belongs to the next year's notice}
   */
  public LocalDate latestAllowedDate() {
    return LocalDate.of(year(), 12, 31);
  }

  /**
   * Checks the year by the rules of the class comment and sorts its days by date; called by the
   * generated implementation when the year is built.
   *
   * @return this year when its rest days and make-up working days are already in date order,
   *     otherwise the same year with both sorted
   * @throws CalendarDataException naming the entry ({@code notices[1]}, {@code restDays[3]}) and
   *     the rule it breaks
   */
  @Value.Check
  protected NoticeYear validateAndSort() {
    if (year() < 1949 || year() > 9998) {
      throw new CalendarDataException(
          "notice year " + year() + ": not a plausible year of a State Council holiday notice");
    }
    if (notices().isEmpty()) {
      throw new CalendarDataException(
          "notice year " + year() + ": no notice; every year's schedule must name its notice");
    }
    checkNotices();
    Map<LocalDate, String> seen = new HashMap<>();
    checkDays("restDays", restDays(), seen, false);
    checkDays("makeUpWorkdays", makeUpWorkdays(), seen, true);
    if (Ordering.from(BY_DATE).isOrdered(restDays())
        && Ordering.from(BY_DATE).isOrdered(makeUpWorkdays())) {
      return this;
    }
    return ImmutableNoticeYear.builder()
        .from(this)
        .restDays(Ordering.from(BY_DATE).sortedCopy(restDays()))
        .makeUpWorkdays(Ordering.from(BY_DATE).sortedCopy(makeUpWorkdays()))
        .build();
  }

  private void checkNotices() {
    LocalDate earliest = LocalDate.of(year() - 1, 1, 1);
    LocalDate latest = LocalDate.of(year(), 12, 31);
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < notices().size(); i++) {
      HolidayNotice notice = notices().get(i);
      String entry =
          "notice year "
              + year()
              + ", notices["
              + i
              + "] "
              + MiniJson.excerpt(notice.number())
              + ": ";
      // dated <= published (HolidayNotice), so these two checks keep both dates in the window
      if (notice.dated().isBefore(earliest)) {
        throw new CalendarDataException(
            entry
                + "dated "
                + notice.dated()
                + ", before the year before the notice year"
                + noticeWindow(earliest, latest));
      }
      if (notice.published().isAfter(latest)) {
        throw new CalendarDataException(
            entry
                + "published "
                + notice.published()
                + ", after the notice year"
                + noticeWindow(earliest, latest));
      }
      Integer twice = numbers.putIfAbsent(notice.number(), i);
      if (twice != null) {
        throw new CalendarDataException(entry + "listed twice (also notices[" + twice + "])");
      }
      if (i == 0 && notice.amends().isPresent()) {
        throw new CalendarDataException(
            entry
                + "the first notice is the original and amends nothing; list amending notices"
                + " after it");
      }
      if (i == 0) {
        continue;
      }
      if (notice.amends().isEmpty()) {
        throw new CalendarDataException(
            entry + "a later notice amends the first and must say what it changed ('amends')");
      }
      HolidayNotice previous = notices().get(i - 1);
      if (notice.published().isBefore(previous.published())) {
        throw new CalendarDataException(
            entry
                + "published "
                + notice.published()
                + ", before notices["
                + (i - 1)
                + "] (published "
                + previous.published()
                + "); list the notices in the order they were published");
      }
    }
  }

  private String noticeWindow(LocalDate earliest, LocalDate latest) {
    return " (a notice for "
        + year()
        + " is dated and published from "
        + earliest
        + " to "
        + latest
        + ": in the year before, or for an amending notice in the year itself)";
  }

  private String allowedDates() {
    return " (a notice for "
        + year()
        + " may name dates from "
        + earliestAllowedDate()
        + " to "
        + latestAllowedDate()
        + ")";
  }

  private void checkDays(
      String list, List<ScheduledDay> days, Map<LocalDate, String> seen, boolean makeUp) {
    for (int i = 0; i < days.size(); i++) {
      LocalDate date = days.get(i).date();
      String entry = "notice year " + year() + ", " + list + "[" + i + "] " + date;
      if (date.isBefore(earliestAllowedDate())) {
        throw new CalendarDataException(
            entry + ": too far before the notice year" + allowedDates());
      }
      if (date.isAfter(latestAllowedDate())) {
        int later = date.getYear();
        throw new CalendarDataException(
            entry
                + ": after the notice year; a day of "
                + (date.getMonthValue() == 12
                    ? "December "
                        + later
                        + " belongs to the notice for "
                        + later
                        + " or, in a block that starts before New Year, to the notice for "
                        + (later + 1)
                    : later + " belongs to the notice for " + later)
                + allowedDates());
      }
      DayOfWeek dow = date.getDayOfWeek();
      if (makeUp && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        throw new CalendarDataException(
            entry
                + ": a make-up working day (调休上班) must be a Saturday or Sunday, but it is a "
                + dow);
      }
      String previous = seen.putIfAbsent(date, list + "[" + i + "]");
      if (previous != null) {
        throw new CalendarDataException(
            entry
                + (previous.startsWith(list)
                    ? ": listed twice (also " + previous + ")"
                    : ": listed both as a rest day and as a make-up working day (also "
                        + previous
                        + ")"));
      }
    }
  }
}
