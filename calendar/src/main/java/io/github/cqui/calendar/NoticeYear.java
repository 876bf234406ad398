package io.github.cqui.calendar;

import com.google.common.collect.Ordering;
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
 * <p>The notice year is not the year of every date: the 2019 notice reaches 2018-12-29, the 2023
 * notice 2022-12-31. A date may therefore lie in December of the previous year or January of the
 * next, but no further.
 *
 * <p>Validated when built: at least one notice; every make-up working day a Saturday or Sunday; no
 * date listed twice or both as rest day and working day; no date far outside the notice year. A
 * violation throws {@link CalendarDataException} naming the entry. The days are kept sorted by
 * date, so two years listing the same days in another order are equal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CquiStyle
public abstract class NoticeYear {

  private static final Comparator<ScheduledDay> BY_DATE = new ByDate();

  /** Orders scheduled days by date (a class, not a lambda: it is on the calendar's load path). */
  private static final class ByDate implements Comparator<ScheduledDay> {
    @Override
    public int compare(ScheduledDay a, ScheduledDay b) {
      return a.date().compareTo(b.date());
    }
  }

  /** The notice year, for example 2025 for the notice on the 2025 holidays. */
  public abstract int year();

  /** The notices behind the year's schedule: the original first, then any amending notice. */
  public abstract List<HolidayNotice> notices();

  /**
   * Every day off of each holiday block as the notice words it, weekend days inside a block
   * included.
   */
  public abstract List<ScheduledDay> restDays();

  /** The weekend days that the notice makes working days (调休上班). */
  public abstract List<ScheduledDay> makeUpWorkdays();

  /** A builder for a notice year. */
  public static ImmutableNoticeYear.Builder builder() {
    return ImmutableNoticeYear.builder();
  }

  /** The first date a notice year may name: 1 December of the previous year. */
  public LocalDate earliestAllowedDate() {
    return LocalDate.of(year() - 1, 12, 1);
  }

  /** The last date a notice year may name: 31 January of the next year. */
  public LocalDate latestAllowedDate() {
    return LocalDate.of(year() + 1, 1, 31);
  }

  @Value.Check
  NoticeYear validateAndSort() {
    if (year() < 1949 || year() > 9998) {
      throw new CalendarDataException(
          "notice year " + year() + ": not a plausible year of a State Council holiday notice");
    }
    if (notices().isEmpty()) {
      throw new CalendarDataException(
          "notice year " + year() + ": no notice; every year's schedule must name its notice");
    }
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

  private void checkDays(
      String list, List<ScheduledDay> days, Map<LocalDate, String> seen, boolean makeUp) {
    for (int i = 0; i < days.size(); i++) {
      LocalDate date = days.get(i).date();
      String entry = "notice year " + year() + ", " + list + "[" + i + "] " + date;
      if (date.isBefore(earliestAllowedDate()) || date.isAfter(latestAllowedDate())) {
        throw new CalendarDataException(
            entry
                + ": too far outside the notice year (a notice for "
                + year()
                + " may name dates from "
                + earliestAllowedDate()
                + " to "
                + latestAllowedDate()
                + ")");
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
