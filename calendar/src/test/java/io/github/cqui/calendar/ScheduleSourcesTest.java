package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices loaded without a release: schedule files on the classpath ({@value
 * WorkingDayCalendar#CLASSPATH_SCHEDULE}) and given explicitly, merged by {@link
 * HolidaySchedule#merge(Map)}.
 */
class ScheduleSourcesTest {

  @TempDir Path dir;

  private static String illustrativeJson() {
    try (InputStream in = ScheduleSourcesTest.class.getResourceAsStream("illustrative-2027.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
    return file;
  }

  /** A directory on a class path holding {@code META-INF/cqui/holiday-schedule.json}. */
  private URL classpathDirectory(String name, String json) throws IOException {
    write(name + "/" + WorkingDayCalendar.CLASSPATH_SCHEDULE, json);
    return dir.resolve(name).toUri().toURL();
  }

  private static NoticeYear year2027() {
    return ProvisionalCalendarTest.illustrative2027().years().get(0);
  }

  private static HolidaySchedule of(NoticeYear... years) {
    return HolidaySchedule.builder().addYears(years).build();
  }

  @Test
  void theIllustrative2027FileCovers2027WhenGivenExplicitly() throws IOException {
    Path file = write("illustrative-2027.json", illustrativeJson());
    WorkingDayCalendar calendar = WorkingDayCalendar.chongqing().withScheduleFiles(file);
    assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)))
        .isEqualTo(254); // 261 weekdays less 7 statutory days: 02-06, 02-07, 05-01, 05-02, 10-02
    // and 10-03 fall on a weekend, and no 补假 is in the file
    assertThat(calendar.dayInfo(LocalDate.of(2027, 10, 1)).notices().get(0).number())
        .isEqualTo("示例（非真实通知）2027");
    assertThat(calendar.coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(HolidaySchedule.fromJson(file).years()).containsExactly(year2027());
  }

  @Test
  void aScheduleFileOnTheClasspathAdds2027WithoutCode() throws IOException {
    URL data = classpathDirectory("data-jar", illustrativeJson());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {data}, null)) {
      WorkingDayCalendar calendar = WorkingDayCalendar.chongqing(loader);
      assertThat(calendar.schedule().lastYear()).isEqualTo(2027);
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(calendar.schedule().years().subList(0, 12))
          .isEqualTo(WorkingDayCalendar.bundled().schedule().years());
    }
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(WorkingDayCalendar.chongqing(empty)).isSameAs(WorkingDayCalendar.bundled());
    }
    // the test class path has no such file, so chongqing() is the bundled data alone
    assertThat(WorkingDayCalendar.chongqing()).isSameAs(WorkingDayCalendar.bundled());
  }

  @Test
  void identicalSchedulesFromTwoSourcesAreOne() throws IOException {
    URL a = classpathDirectory("a", illustrativeJson());
    URL b = classpathDirectory("b", illustrativeJson());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {a, b}, null)) {
      assertThat(WorkingDayCalendar.chongqing(loader).schedule().years()).hasSize(13);
    }
    Path file = write("again.json", illustrativeJson());
    WorkingDayCalendar twice =
        WorkingDayCalendar.bundled().withScheduleFiles(file).withScheduleFiles(List.of(file));
    assertThat(twice).isEqualTo(WorkingDayCalendar.bundled().withScheduleFiles(file));
  }

  @Test
  void twoDifferentSchedulesForOneYearAreRefusedNamingBothSourcesAndTheYear() throws IOException {
    String other = illustrativeJson().replace("\"2027-06-09\"", "\"2027-06-10\"");
    URL a = classpathDirectory("a", illustrativeJson());
    URL b = classpathDirectory("b", other);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {a, b}, null)) {
      assertThatThrownBy(() -> WorkingDayCalendar.chongqing(loader))
          .isInstanceOf(CalendarDataException.class)
          .hasMessage(
              "notice year 2027: "
                  + a
                  + "META-INF/cqui/holiday-schedule.json and "
                  + b
                  + "META-INF/cqui/holiday-schedule.json give different schedules, and neither"
                  + " amends the other (an amending source lists the earlier notices and adds a"
                  + " later one with 'amends'); keep one of them");
    }
    Path revised = write("revised-2026.json", illustrativeJson().replace("2027", "2026"));
    assertThatThrownBy(() -> WorkingDayCalendar.bundled().withScheduleFiles(revised))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith(
            "notice year 2026: the calendar's schedule (notice years 2015–2026) and " + revised);
  }

  @Test
  void aLaterAmendingNoticeSupersedesTheNoticesItListsInAnyOrder() {
    NoticeYear original = year2027();
    HolidayNotice amendment =
        HolidayNotice.builder()
            .number("示例（非真实通知）2027-2")
            .issuer("示例")
            .dated(LocalDate.of(2026, 12, 20))
            .published(LocalDate.of(2026, 12, 20))
            .url("https://example.invalid/illustrative-2027-2")
            .amends("adds 2027-02-09 off")
            .build();
    NoticeYear amended =
        NoticeYear.builder()
            .from(original)
            .addNotices(amendment)
            .addRestDays(ScheduledDay.of(LocalDate.of(2027, 2, 9), Festival.of("春节", "Spring")))
            .build();
    Map<String, HolidaySchedule> forward = new LinkedHashMap<>();
    forward.put("first", of(original));
    forward.put("second", of(amended));
    Map<String, HolidaySchedule> backward = new LinkedHashMap<>();
    backward.put("second", of(amended));
    backward.put("first", of(original));
    assertThat(HolidaySchedule.merge(forward).years()).containsExactly(amended);
    assertThat(HolidaySchedule.merge(backward).years()).containsExactly(amended);

    // an added notice without 'amends', or published before the one it follows, is not a year at
    // all: NoticeYear refuses it (the original first, then amendments in order of publication), so
    // it can never supersede anything
    assertThatThrownBy(
            () ->
                NoticeYear.builder()
                    .from(amended)
                    .notices(
                        List.of(
                            original.notices().get(0),
                            HolidayNotice.builder()
                                .from(amendment)
                                .amends(java.util.Optional.empty())
                                .build()))
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("must say what it changed");
    HolidayNotice between =
        HolidayNotice.builder()
            .from(amendment)
            .number("示例（非真实通知）2027-3")
            .dated(LocalDate.of(2026, 12, 10))
            .published(LocalDate.of(2026, 12, 10))
            .build();
    assertThatThrownBy(() -> NoticeYear.builder().from(amended).addNotices(between).build())
        .isInstanceOf(CalendarDataException.class);
    Map<String, HolidaySchedule> late = new LinkedHashMap<>();
    late.put("second", of(amended));
    NoticeYear fourth =
        NoticeYear.builder()
            .from(amended)
            .addNotices(
                HolidayNotice.builder()
                    .from(between)
                    .published(LocalDate.of(2026, 12, 28))
                    .dated(LocalDate.of(2026, 12, 28))
                    .build())
            .build();
    late.put("third", of(fourth));
    assertThat(HolidaySchedule.merge(late).years()).containsExactly(fourth);
  }

  @Test
  void yearsFromSourcesMustStayConsecutive() throws IOException {
    // the 2028 copy is dated in 2027, the year before its notice year
    Path y2028 =
        write("2028.json", illustrativeJson().replace("2027", "2028").replace("2026-", "2027-"));
    assertThatThrownBy(() -> WorkingDayCalendar.bundled().withScheduleFiles(y2028))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "notice year 2028 (from "
                + y2028
                + ") follows 2026 (from the calendar's schedule (notice years 2015–2026)): the"
                + " years of a schedule must be consecutive, or the calendar would have a gap");
    assertThatThrownBy(() -> HolidaySchedule.merge(Map.of()))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("no holiday schedule to merge: at least one source is needed");
  }

  @Test
  void aMalformedFileIsRefusedNamingTheFileAndTheEntry() throws IOException {
    Path bad = write("bad.json", illustrativeJson().replace("\"2027-06-09\"", "\"2027-06-31\""));
    assertThatThrownBy(() -> HolidaySchedule.fromJson(bad))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            bad + ": years[0].restDays[8].date = '2027-06-31': not a valid ISO date (yyyy-MM-dd)");
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the holiday schedule file " + missing);
    URL data = classpathDirectory("broken", "{\"years\": [}");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {data}, null)) {
      assertThatThrownBy(() -> WorkingDayCalendar.chongqing(loader))
          .isInstanceOf(CalendarDataException.class)
          .hasMessageStartingWith(data + "META-INF/cqui/holiday-schedule.json: malformed JSON");
    }
  }

  @Test
  void aDateListedByTwoSourcesYearsIsRefusedNamingTheSources() {
    NoticeYear y2027 = year2027();
    NoticeYear y2026 = WorkingDayCalendar.bundled().schedule().years().get(11);
    NoticeYear reaching =
        NoticeYear.builder()
            .from(y2027)
            .addRestDays(ScheduledDay.of(LocalDate.of(2026, 12, 31), Festival.of("元旦", "NY")))
            .build();
    NoticeYear alsoIn2026 =
        NoticeYear.builder()
            .from(y2026)
            .addRestDays(ScheduledDay.of(LocalDate.of(2026, 12, 31), Festival.of("元旦", "NY")))
            .build();
    Map<String, HolidaySchedule> sources = new LinkedHashMap<>();
    sources.put("a.json", of(alsoIn2026));
    sources.put("b.json", of(reaching));
    assertThatThrownBy(() -> HolidaySchedule.merge(sources))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "merging [a.json, b.json]: notice year 2027, 2026-12-31: also listed by notice year"
                + " 2026; a date belongs to one notice");
  }
}
