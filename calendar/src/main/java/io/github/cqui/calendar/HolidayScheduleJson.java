package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.ImmutableHolidayNotice;
import io.github.cqui.calendar.internal.ImmutableHolidaySchedule;
import io.github.cqui.calendar.internal.ImmutableNoticeYear;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON shape of {@code cn-holidays.json} into a {@link HolidaySchedule}. Every error
 * starts with where it is: the JSON path of the entry ({@code years[10].makeUpWorkdays[1].date}),
 * or for malformed text the line, column and path ({@link MiniJson}), or for malformed UTF-8 the
 * byte offset. Unknown fields are rejected; so is a {@code null}, a value of the wrong type, and a
 * text with a control character or a lone surrogate, wherever they are.
 */
final class HolidayScheduleJson {

  private static final Set<String> DOCUMENT_FIELDS = Set.of("about", "festivals", "years");
  private static final Set<String> DOCUMENT_REQUIRED = Set.of("festivals", "years");
  private static final Set<String> YEAR_FIELDS =
      Set.of("year", "notices", "restDays", "makeUpWorkdays");
  private static final Set<String> NOTICE_FIELDS =
      Set.of("number", "issuer", "dated", "published", "url", "amends");
  private static final Set<String> NOTICE_REQUIRED =
      Set.of("number", "issuer", "dated", "published", "url");
  private static final Set<String> DAY_FIELDS = Set.of("date", "festival");

  /** How many declared festival names an error message lists at most. */
  private static final int FESTIVALS_LISTED = 8;

  private HolidayScheduleJson() {}

  /** Reads strict UTF-8 bytes; see {@link #read(String)} and {@link MiniJson#decodeUtf8}. */
  static HolidaySchedule read(byte[] utf8) {
    return read(MiniJson.decodeUtf8(utf8));
  }

  static HolidaySchedule read(String json) {
    Map<String, Object> root = object(MiniJson.parse(json), "the document");
    fields(root, "the document", DOCUMENT_FIELDS, DOCUMENT_REQUIRED);
    if (root.containsKey("about")) {
      stringValue(root.get("about"), "about");
    }
    Map<String, Festival> festivals = new TreeMap<>();
    // plain loops, not lambdas, on the load path: the first lambda of a JVM costs milliseconds
    for (Map.Entry<String, Object> festival :
        object(root.get("festivals"), "festivals").entrySet()) {
      String name = festival.getKey();
      String path = "festivals." + MiniJson.excerpt(name);
      String english = stringValue(festival.getValue(), path);
      try {
        festivals.put(name, Festival.of(name, english));
      } catch (CalendarDataException e) {
        throw at(path, e);
      }
    }
    List<Object> years = array(root.get("years"), "years");
    ImmutableHolidaySchedule.Builder schedule = HolidaySchedule.builder();
    for (int i = 0; i < years.size(); i++) {
      schedule.addYears(year(years.get(i), "years[" + i + "]", festivals));
    }
    try {
      return schedule.build();
    } catch (CalendarDataException e) {
      throw at("years", e); // the years together: none, one twice, or a gap
    }
  }

  private static NoticeYear year(
      @Nullable Object value, String path, Map<String, Festival> festivals) {
    Map<String, Object> y = object(value, path);
    fields(y, path, YEAR_FIELDS, YEAR_FIELDS);
    BigDecimal number = number(y.get("year"), path + ".year");
    int year;
    try {
      year = number.intValueExact();
    } catch (ArithmeticException e) {
      throw new CalendarDataException(
          path + ".year = " + number + ": not a year (beyond the range of an int)");
    }
    ImmutableNoticeYear.Builder b = NoticeYear.builder().year(year);
    List<Object> notices = array(y.get("notices"), path + ".notices");
    for (int i = 0; i < notices.size(); i++) {
      b.addNotices(notice(notices.get(i), path + ".notices[" + i + "]"));
    }
    List<Object> rest = array(y.get("restDays"), path + ".restDays");
    for (int i = 0; i < rest.size(); i++) {
      b.addRestDays(day(rest.get(i), path + ".restDays[" + i + "]", festivals));
    }
    List<Object> makeUp = array(y.get("makeUpWorkdays"), path + ".makeUpWorkdays");
    for (int i = 0; i < makeUp.size(); i++) {
      b.addMakeUpWorkdays(day(makeUp.get(i), path + ".makeUpWorkdays[" + i + "]", festivals));
    }
    try {
      return b.build();
    } catch (CalendarDataException e) {
      throw at(path, e);
    }
  }

  private static HolidayNotice notice(@Nullable Object value, String path) {
    Map<String, Object> n = object(value, path);
    fields(n, path, NOTICE_FIELDS, NOTICE_REQUIRED);
    ImmutableHolidayNotice.Builder b =
        HolidayNotice.builder()
            .number(string(n, "number", path))
            .issuer(string(n, "issuer", path))
            .dated(date(n.get("dated"), path + ".dated"))
            .published(date(n.get("published"), path + ".published"))
            .url(string(n, "url", path));
    if (n.containsKey("amends")) {
      b.amends(string(n, "amends", path));
    }
    try {
      return b.build();
    } catch (CalendarDataException e) {
      throw at(path, e);
    }
  }

  private static ScheduledDay day(
      @Nullable Object value, String path, Map<String, Festival> festivals) {
    Map<String, Object> d = object(value, path);
    fields(d, path, DAY_FIELDS, DAY_FIELDS);
    String festival = string(d, "festival", path);
    Festival f = festivals.get(festival);
    if (f == null) {
      throw new CalendarDataException(
          path
              + ".festival = '"
              + MiniJson.excerpt(festival)
              + "': not one of the festivals declared in 'festivals' "
              + names(festivals.keySet()));
    }
    return ScheduledDay.of(date(d.get("date"), path + ".date"), f);
  }

  /** The error of a value built at {@code path}, with the path in front. */
  private static CalendarDataException at(String path, CalendarDataException e) {
    return new CalendarDataException(path + ": " + e.getMessage(), e);
  }

  /** Names as a message lists them: at most {@link #FESTIVALS_LISTED}, each as an excerpt. */
  private static String names(Set<String> names) {
    StringBuilder sb = new StringBuilder("[");
    int listed = 0;
    for (String name : names) {
      if (listed == FESTIVALS_LISTED) {
        sb.append(", … (").append(names.size()).append(" in all)");
        break;
      }
      sb.append(listed == 0 ? "" : ", ").append(MiniJson.excerpt(name));
      listed++;
    }
    return sb.append(']').toString();
  }

  private static void fields(
      Map<String, Object> map, String path, Set<String> allowed, Set<String> required) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw new CalendarDataException(
            path
                + ": unknown field '"
                + MiniJson.excerpt(key)
                + "' (allowed: "
                + new TreeSet<>(allowed)
                + ")");
      }
    }
    for (String key : required) {
      if (!map.containsKey(key)) {
        throw new CalendarDataException(path + ": missing field '" + key + "'");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String path) {
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new CalendarDataException(path + ": expected an object, found " + describe(value));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(@Nullable Object value, String path) {
    if (value instanceof List) {
      return (List<Object>) value;
    }
    throw new CalendarDataException(path + ": expected an array, found " + describe(value));
  }

  private static BigDecimal number(@Nullable Object value, String path) {
    if (value instanceof BigDecimal number) {
      return number;
    }
    throw new CalendarDataException(path + ": expected a number, found " + describe(value));
  }

  private static String string(Map<String, Object> map, String field, String path) {
    return stringValue(map.get(field), path + "." + field);
  }

  /** A string with no control character and no lone surrogate. */
  private static String stringValue(@Nullable Object value, String path) {
    if (!(value instanceof String text)) {
      throw new CalendarDataException(path + ": expected a string, found " + describe(value));
    }
    String unprintable = MiniJson.unprintable(text);
    if (unprintable != null) {
      throw new CalendarDataException(
          path + ": the text '" + MiniJson.excerpt(text) + "' " + unprintable);
    }
    return text;
  }

  /**
   * An ISO date {@code yyyy-MM-dd}, read by hand: {@code LocalDate.parse} would load and initialize
   * the {@code java.time.format} machinery, most of the cost of a first load of the calendar.
   */
  private static LocalDate date(@Nullable Object value, String path) {
    String text = stringValue(value, path);
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw notADate(path, text, null);
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw notADate(path, text, e);
    }
  }

  private static CalendarDataException notADate(
      String path, String text, @Nullable DateTimeException cause) {
    String message =
        path + " = '" + MiniJson.excerpt(text) + "': not a valid ISO date (yyyy-MM-dd)";
    return cause == null
        ? new CalendarDataException(message)
        : new CalendarDataException(message, cause);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("not a digit: " + c);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String describe(@Nullable Object value) {
    if (value instanceof String text) {
      return "the string \"" + MiniJson.excerpt(text) + "\"";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return String.valueOf(value);
  }
}
