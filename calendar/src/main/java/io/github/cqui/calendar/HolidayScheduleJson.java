package io.github.cqui.calendar;

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
 * names the JSON path of the entry ({@code years[10].makeUpWorkdays[1].date}); unknown fields are
 * rejected.
 */
final class HolidayScheduleJson {

  private HolidayScheduleJson() {}

  static HolidaySchedule read(String json) {
    Map<String, Object> root = object(MiniJson.parse(json), "the document");
    fields(
        root, "the document", Set.of("about", "festivals", "years"), Set.of("festivals", "years"));
    if (root.containsKey("about")) {
      string(root, "about", "about");
    }
    Map<String, Festival> festivals = new TreeMap<>();
    // plain loops, not lambdas, on the load path: the first lambda of a JVM costs milliseconds
    for (Map.Entry<String, Object> festival :
        object(root.get("festivals"), "festivals").entrySet()) {
      String name = festival.getKey();
      festivals.put(name, Festival.of(name, stringValue(festival.getValue(), "festivals." + name)));
    }
    List<Object> years = array(root.get("years"), "years");
    ImmutableHolidaySchedule.Builder schedule = HolidaySchedule.builder();
    for (int i = 0; i < years.size(); i++) {
      schedule.addYears(year(years.get(i), "years[" + i + "]", festivals));
    }
    return schedule.build();
  }

  private static NoticeYear year(
      @Nullable Object value, String path, Map<String, Festival> festivals) {
    Map<String, Object> y = object(value, path);
    Set<String> names = Set.of("year", "notices", "restDays", "makeUpWorkdays");
    fields(y, path, names, names);
    BigDecimal number = number(y.get("year"), path + ".year");
    int year;
    try {
      year = number.intValueExact();
    } catch (ArithmeticException e) {
      throw new CalendarDataException(path + ".year = " + number + ": not a whole year");
    }
    try {
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
      return b.build();
    } catch (CalendarDataException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(path)) {
        throw e;
      }
      throw new CalendarDataException(path + ": " + e.getMessage(), e);
    }
  }

  private static HolidayNotice notice(@Nullable Object value, String path) {
    Map<String, Object> n = object(value, path);
    fields(
        n,
        path,
        Set.of("number", "issuer", "dated", "published", "url", "amends"),
        Set.of("number", "issuer", "dated", "published", "url"));
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
    return b.build();
  }

  private static ScheduledDay day(
      @Nullable Object value, String path, Map<String, Festival> festivals) {
    Map<String, Object> d = object(value, path);
    Set<String> names = Set.of("date", "festival");
    fields(d, path, names, names);
    String festival = string(d, "festival", path);
    Festival f = festivals.get(festival);
    if (f == null) {
      throw new CalendarDataException(
          path
              + ".festival = '"
              + festival
              + "': not one of the festivals declared in 'festivals' "
              + festivals.keySet());
    }
    return ScheduledDay.of(date(d.get("date"), path + ".date"), f);
  }

  private static void fields(
      Map<String, Object> map, String path, Set<String> allowed, Set<String> required) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw new CalendarDataException(
            path + ": unknown field '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
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
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    throw new CalendarDataException(path + ": expected a number, found " + describe(value));
  }

  private static String string(Map<String, Object> map, String field, String path) {
    return stringValue(map.get(field), path + "." + field);
  }

  private static String stringValue(@Nullable Object value, String path) {
    if (value instanceof String) {
      return (String) value;
    }
    throw new CalendarDataException(path + ": expected a string, found " + describe(value));
  }

  /**
   * An ISO date {@code yyyy-MM-dd}, read by hand: {@code LocalDate.parse} would load and initialize
   * the {@code java.time.format} machinery, most of the cost of a first load of the calendar.
   */
  private static LocalDate date(@Nullable Object value, String path) {
    String text = stringValue(value, path);
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new CalendarDataException(
          path + " = '" + text + "': not a valid ISO date (yyyy-MM-dd)");
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw new CalendarDataException(
          path + " = '" + text + "': not a valid ISO date (yyyy-MM-dd)", e);
    }
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
    if (value instanceof String) {
      return "the string \"" + value + "\"";
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
