package io.github.cqui.calendar;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableHolidaySchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The national holiday schedule of one or more consecutive notice years, as the State Council
 * holiday notices publish it, which Chongqing follows unchanged.
 *
 * <p>Load it from JSON of the shape of the bundled {@code cn-holidays.json} ({@link
 * #fromJson(String)}, {@link #fromJson(Path)}), or build it in code ({@link #builder()}); combine
 * schedules from several sources with {@link #merge(Map)}. Validated when built: at least one year;
 * years unique and consecutive; every year valid ({@link NoticeYear}); no date listed by two years.
 * A violation throws {@link CalendarDataException} naming the entry; nothing is skipped.
 *
 * <p>The working-day rule: a date is a working day when it is a make-up working day, or when it is
 * Monday to Friday and not a rest day.
 *
 * <p>Immutable and thread-safe; equal when the years are equal (years are kept in ascending order).
 */
@Value.Immutable
@CalendarStyle
public abstract class HolidaySchedule {

  /** For the generated implementation only. */
  protected HolidaySchedule() {}

  private static final Comparator<NoticeYear> BY_YEAR = new ByYear();

  /** Orders notice years (a class, not a lambda: it is on the calendar's load path). */
  private static final class ByYear implements Comparator<NoticeYear> {
    @Override
    public int compare(NoticeYear a, NoticeYear b) {
      return Integer.compare(a.year(), b.year());
    }
  }

  /** {@return the notice years, in ascending order, consecutive} */
  public abstract List<NoticeYear> years();

  /**
   * A builder for a holiday schedule.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a holiday schedule: the generated setters, {@code from} and {@code build()}, which
   * validates it and throws {@link CalendarDataException} naming a missing or invalid attribute.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableHolidaySchedule.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Reads a schedule from JSON of the bundled shape: {@code festivals} (Chinese → English name) and
   * {@code years[]} with {@code year}, {@code notices[]} ({@code number}, {@code issuer}, {@code
   * dated}, {@code published}, {@code url}, optional {@code amends}), {@code restDays[]} and {@code
   * makeUpWorkdays[]} ({@code date}, {@code festival}). An optional top-level {@code about} text is
   * allowed. Any other field is rejected.
   *
   * <p>Strict: a key twice in one object, a {@code null} or a value of another type where the shape
   * has a value, a number with a fraction or an exponent (a {@code year} is an integer), a text
   * with a control character or a lone surrogate (escaped or not), a <code>&#92;u</code> escape
   * that is not four hex digits, and content after the document are refused. A single leading byte
   * order mark (U+FEFF) is skipped (RFC 8259 §8.1); one anywhere else is refused.
   *
   * <p>Bounded: the sizes that drive the work are checked before the work is done, so any refusal
   * takes milliseconds. The limits:
   *
   * <ul>
   *   <li>the text: at most 4,194,304 characters (4 MiB; the bundled data is about 33,000);
   *   <li>nesting: at most 16 arrays and objects deep (the shape needs 5);
   *   <li>a string, key or value: at most 4,096 characters after unescaping;
   *   <li>a number: at most 20 characters, an integer;
   *   <li>an array or an object: at most 4,096 elements or members.
   * </ul>
   *
   * @param json the JSON text
   * @return the validated schedule
   * @throws CalendarDataException if the text is malformed, beyond a limit, or not a valid
   *     schedule; the message starts with where: the JSON path of the offending entry ({@code
   *     years[10].makeUpWorkdays[1].date}), or the line, column and path of malformed JSON; it
   *     quotes at most the first 32 characters of a value and names the rule broken
   */
  public static HolidaySchedule fromJson(String json) {
    CalendarArgumentException.requireNonNull("json", json);
    return HolidayScheduleJson.read(json);
  }

  /**
   * Reads a schedule from UTF-8 JSON; see {@link #fromJson(String)}. The bytes are decoded
   * strictly: a malformed or truncated sequence, an overlong form or an encoded surrogate is
   * refused, never replaced. A leading UTF-8 byte order mark (EF BB BF) is skipped. At most
   * 4,194,304 bytes (4 MiB) are read: the stream is read to its end, or to one byte past the limit
   * when it is longer, and is not closed.
   *
   * @param json the UTF-8 JSON, read from its current position; the caller closes it
   * @return the validated schedule
   * @throws CalendarDataException naming the offending entry, or the byte offset of malformed
   *     UTF-8, or the limit
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static HolidaySchedule fromJson(InputStream json) {
    CalendarArgumentException.requireNonNull("json", json);
    try {
      return HolidayScheduleJson.read(json.readNBytes(MiniJson.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday schedule", e);
    }
  }

  /**
   * Reads a schedule file: UTF-8 JSON of the bundled shape, see {@link #fromJson(String)}.
   *
   * @param file the file
   * @return the validated schedule
   * @throws CalendarDataException naming the file and the JSON path of the offending entry
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidaySchedule fromJson(Path file) {
    CalendarArgumentException.requireNonNull("file", file);
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday schedule file " + file, e);
    }
  }

  /**
   * Reads a schedule from a stream, as {@link #fromJson(InputStream)} does (strict UTF-8, the same
   * limits), naming {@code source} in any error.
   */
  static HolidaySchedule fromJson(InputStream json, String source) {
    byte[] bytes;
    try {
      bytes = json.readNBytes(MiniJson.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday schedule " + source, e);
    }
    try {
      return HolidayScheduleJson.read(bytes);
    } catch (CalendarDataException e) {
      throw new CalendarDataException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * The schedules of several sources (files, classpath resources, the bundled data) combined into
   * one, year by year, the same whatever the order of the sources:
   *
   * <ul>
   *   <li>a year that only one source gives is taken from it;
   *   <li>identical schedules for a year from two sources are one;
   *   <li>a later notice supersedes an earlier one only as an amending notice: a year whose notices
   *       are another's notices followed by one or more notices with {@link
   *       HolidayNotice#amends()}, published no earlier than the last of them, replaces it;
   *   <li>two other different schedules for one year are refused, naming both sources and the year.
   * </ul>
   *
   * <p>The result must be a valid schedule: its years consecutive (a gap names the source of the
   * year after it), no date listed by two years.
   *
   * @param sources the schedules by source name (a file or resource name), at least one
   * @return the merged schedule
   * @throws CalendarDataException naming the sources and the year of a conflict or a gap
   */
  public static HolidaySchedule merge(Map<String, HolidaySchedule> sources) {
    CalendarArgumentException.requireNonNull("sources", sources);
    if (sources.isEmpty()) {
      throw new CalendarDataException(
          "no holiday schedule to merge: at least one source is needed");
    }
    Map<Integer, NoticeYear> chosen = new TreeMap<>();
    Map<Integer, String> chosenFrom = new HashMap<>();
    for (Map.Entry<String, HolidaySchedule> source : sources.entrySet()) {
      for (NoticeYear year : source.getValue().years()) {
        NoticeYear held = chosen.get(year.year());
        if (held == null || supersedes(year, held)) {
          chosen.put(year.year(), year);
          chosenFrom.put(year.year(), source.getKey());
        } else if (!held.equals(year) && !supersedes(held, year)) {
          throw new CalendarDataException(
              "notice year "
                  + year.year()
                  + ": "
                  + chosenFrom.get(year.year())
                  + " and "
                  + source.getKey()
                  + " give different schedules, and neither amends the other (an amending source"
                  + " lists the earlier notices and adds a later one with 'amends'); keep one of"
                  + " them");
        }
      }
    }
    List<NoticeYear> years = new ArrayList<>(chosen.values());
    for (int i = 1; i < years.size(); i++) {
      int year = years.get(i).year();
      int previous = years.get(i - 1).year();
      if (year != previous + 1) {
        throw new CalendarDataException(
            "notice year "
                + year
                + " (from "
                + chosenFrom.get(year)
                + ") follows "
                + previous
                + " (from "
                + chosenFrom.get(previous)
                + "): the years of a schedule must be consecutive, or the calendar would have a"
                + " gap");
      }
    }
    try {
      return builder().years(years).build();
    } catch (CalendarDataException e) {
      throw new CalendarDataException("merging " + sources.keySet() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code later} is {@code earlier} amended: earlier's notices, then at least one more,
   * each an amending notice published no earlier than the last of earlier's.
   */
  private static boolean supersedes(NoticeYear later, NoticeYear earlier) {
    List<HolidayNotice> before = earlier.notices();
    List<HolidayNotice> after = later.notices();
    if (after.size() <= before.size() || !after.subList(0, before.size()).equals(before)) {
      return false;
    }
    LocalDate lastPublished = before.get(0).published();
    for (HolidayNotice notice : before) {
      if (notice.published().isAfter(lastPublished)) {
        lastPublished = notice.published();
      }
    }
    for (HolidayNotice notice : after.subList(before.size(), after.size())) {
      if (notice.amends().isEmpty() || notice.published().isBefore(lastPublished)) {
        return false;
      }
    }
    return true;
  }

  /** {@return the first notice year} */
  public int firstYear() {
    return years().get(0).year();
  }

  /** {@return the last notice year} */
  public int lastYear() {
    return years().get(years().size() - 1).year();
  }

  /**
   * This schedule with the years of {@code other} added, each replacing the year of the same number
   * (a revised notice) or extending the schedule (a newly published year).
   *
   * @param other the years to add; a year both schedules have is taken from {@code other}
   * @return a new schedule with the years of both, in ascending order
   * @throws CalendarDataException if the result is not consecutive or a date is listed twice
   */
  public HolidaySchedule with(HolidaySchedule other) {
    CalendarArgumentException.requireNonNull("other", other);
    Map<Integer, NoticeYear> byYear = new TreeMap<>();
    years().forEach(y -> byYear.put(y.year(), y));
    other.years().forEach(y -> byYear.put(y.year(), y));
    return builder().years(byYear.values()).build();
  }

  /**
   * Checks the schedule by the rules of the class comment and puts its years in ascending order;
   * called by the generated implementation when the schedule is built.
   *
   * @return this schedule when its years are already in ascending order, otherwise the same years
   *     sorted
   * @throws CalendarDataException if there is no year, a year is listed twice, the years are not
   *     consecutive, or two years list the same date
   */
  @Value.Check
  protected HolidaySchedule validateAndSort() {
    if (years().isEmpty()) {
      throw new CalendarDataException(
          "the holiday schedule has no year; a calendar needs at least one notice year");
    }
    List<NoticeYear> sorted = ImmutableList.sortedCopyOf(BY_YEAR, years());
    Map<LocalDate, Integer> dateToYear = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      NoticeYear y = sorted.get(i);
      if (i > 0 && y.year() == sorted.get(i - 1).year()) {
        throw new CalendarDataException(
            "notice year " + y.year() + " is listed twice; to revise a year, replace it");
      }
      if (i > 0 && y.year() != sorted.get(i - 1).year() + 1) {
        throw new CalendarDataException(
            "notice year "
                + y.year()
                + " follows "
                + sorted.get(i - 1).year()
                + ": the years of a schedule must be consecutive, or the calendar would have a gap");
      }
      for (List<ScheduledDay> days : List.of(y.restDays(), y.makeUpWorkdays())) {
        for (ScheduledDay d : days) {
          Integer other = dateToYear.putIfAbsent(d.date(), y.year());
          if (other != null) {
            throw new CalendarDataException(
                "notice year "
                    + y.year()
                    + ", "
                    + d.date()
                    + ": also listed by notice year "
                    + other
                    + "; a date belongs to one notice");
          }
        }
      }
    }
    return sorted.equals(years()) ? this : builder().years(sorted).build();
  }
}
