package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.internal.ImmutableNoticeYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validation rule of the holiday data, with the message that names the entry. */
class HolidayScheduleValidationTest {

  private static final String VALID =
      "{\"about\":\"test\",\"festivals\":{\"国庆节\":\"National Day\"},\"years\":[{\"year\":2025,"
          + "\"notices\":[{\"number\":\"国办发明电〔2024〕12号\",\"issuer\":\"国务院办公厅\","
          + "\"dated\":\"2024-11-12\",\"published\":\"2024-11-12\",\"url\":\"https://www.gov.cn/x\"}],"
          + "\"restDays\":[{\"date\":\"2025-10-01\",\"festival\":\"国庆节\"},"
          + "{\"date\":\"2025-10-02\",\"festival\":\"国庆节\"}],"
          + "\"makeUpWorkdays\":[{\"date\":\"2025-10-11\",\"festival\":\"国庆节\"}]}]}";

  @Test
  void aValidDocumentLoads() {
    HolidaySchedule schedule = HolidaySchedule.fromJson(VALID);
    WorkingDayCalendar calendar = WorkingDayCalendar.of(schedule);
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 3))).isTrue();
    assertThat(calendar.dayInfo(LocalDate.of(2025, 10, 1)).festival())
        .contains(Festival.of("国庆节", "National Day"));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"2025-10-11\",\"festival\"|\"2025-09-29\",\"festival\"|years[0]: notice year 2025,"
            + " makeUpWorkdays[0] 2025-09-29: a make-up working day (调休上班) must be a Saturday or"
            + " Sunday, but it is a MONDAY",
        "\"2025-10-02\"|\"2025-10-11\"|years[0]: notice year 2025, makeUpWorkdays[0] 2025-10-11:"
            + " listed both as a rest day and as a make-up working day (also restDays[1])",
        "\"2025-10-02\"|\"2025-10-01\"|years[0]: notice year 2025, restDays[1] 2025-10-01: listed"
            + " twice (also restDays[0])",
        "\"2025-10-02\"|\"2027-03-01\"|years[0]: notice year 2025, restDays[1] 2027-03-01: after"
            + " the notice year; a day of 2027 belongs to the notice for 2027 (a notice for 2025 may"
            + " name dates from 2024-12-01 to 2025-12-31)",
        "\"2025-10-02\"|\"2024-11-30\"|years[0]: notice year 2025, restDays[1] 2024-11-30: too far"
            + " before the notice year (a notice for 2025 may name dates from 2024-12-01 to"
            + " 2025-12-31)",
        "\"festival\":\"国庆节\"},{\"date\":\"2025-10-02\"|\"festivl\":\"国庆节\"},{\"date\":\"2025-10-02\""
            + "|years[0].restDays[0]: unknown field 'festivl' (allowed: [date, festival])",
        "\"2025-10-02\"|\"2025-13-02\"|years[0].restDays[1].date = '2025-13-02': not a valid ISO"
            + " date (yyyy-MM-dd)",
        "\"2025-10-02\"|\"2025-1-2\"|years[0].restDays[1].date = '2025-1-2': not a valid ISO date"
            + " (yyyy-MM-dd)",
        "\"2025-10-02\"|\"2025-02-30\"|years[0].restDays[1].date = '2025-02-30': not a valid ISO"
            + " date (yyyy-MM-dd)",
        "\"2025-10-02\"|\"2O25-10-02\"|years[0].restDays[1].date = '2O25-10-02': not a valid ISO"
            + " date (yyyy-MM-dd)",
        "\"2025-10-02\",\"festival\":\"国庆节\"|\"2025-10-02\",\"festival\":\"春节\"|years[0].restDays[1]"
            + ".festival = '春节': not one of the festivals declared in 'festivals' [国庆节]",
        ",\"url\":\"https://www.gov.cn/x\"||years[0].notices[0]: missing field 'url'",
        "\"year\":2025|\"year\":\"2025\"|years[0].year: expected a number, found the string \"2025\"",
        "\"about\"|\"aboot\"|the document: unknown field 'aboot' (allowed: [about, festivals, years])",
        "\"published\":\"2024-11-12\"|\"published\":\"2024-11-11\"|years[0].notices[0]: notice"
            + " 国办发明电〔2024〕12号: published 2024-11-11 is before the date it is dated, 2024-11-12",
      })
  void invalidDataIsRejectedNamingTheEntry(String replace, String with, String message) {
    String json =
        VALID.replaceFirst(java.util.regex.Pattern.quote(replace), with == null ? "" : with);
    assertThat(json).isNotEqualTo(VALID);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson("{\"years\":\n [1,,2]}"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("malformed JSON at line 2, column 5, in years[1]: unexpected character ','");
    assertThatThrownBy(() -> HolidaySchedule.fromJson("{\"years\":[], \"years\":[]}"))
        .hasMessage(
            "malformed JSON at line 1, column 14, in years: the field 'years' appears twice in one"
                + " object");
  }

  @Test
  void aScheduleWithoutYearsIsRejected() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson("{\"festivals\":{},\"years\":[]}"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years: the holiday schedule has no year; a calendar needs at least one notice year");
  }

  @Test
  void yearsMustBeUniqueAndConsecutive() {
    NoticeYear y2025 = HolidaySchedule.fromJson(VALID).years().get(0);
    NoticeYear y2027 =
        NoticeYear.builder()
            .from(y2025)
            .year(2027)
            .notices(List.of(noticeOf(y2025, "国办发明电〔2026〕1号", LocalDate.of(2026, 11, 20))))
            .restDays(List.of())
            .makeUpWorkdays(List.of())
            .build();
    assertThatThrownBy(() -> HolidaySchedule.builder().addYears(y2025, y2027).build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "notice year 2027 follows 2025: the years of a schedule must be consecutive, or the"
                + " calendar would have a gap");
    assertThatThrownBy(() -> HolidaySchedule.builder().addYears(y2025, y2025).build())
        .hasMessage("notice year 2025 is listed twice; to revise a year, replace it");
  }

  @Test
  void aYearWithoutANoticeIsRejected() {
    assertThatThrownBy(() -> NoticeYear.builder().year(2027).build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("notice year 2027: no notice; every year's schedule must name its notice");
  }

  @Test
  void aDateListedByTwoYearsIsRejected() {
    NoticeYear y2025 = HolidaySchedule.fromJson(VALID).years().get(0);
    Festival newYear = Festival.of("元旦", "New Year's Day");
    NoticeYear y2026 =
        NoticeYear.builder()
            .from(y2025)
            .year(2026)
            .makeUpWorkdays(List.of())
            .restDays(List.of(ScheduledDay.of(LocalDate.of(2025, 12, 31), newYear)))
            .notices(List.of(noticeOf(y2025, "国办发明电〔2025〕7号", LocalDate.of(2025, 11, 4))))
            .build();
    NoticeYear clash =
        NoticeYear.builder()
            .from(y2025)
            .restDays(List.of(ScheduledDay.of(LocalDate.of(2025, 12, 31), newYear)))
            .build();
    assertThatThrownBy(() -> HolidaySchedule.builder().addYears(clash, y2026).build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "notice year 2026, 2025-12-31: also listed by notice year 2025; a date belongs to one"
                + " notice");
  }

  // ---- issue 12, defect 1: a notice names no day of the next year ----------------------------

  @Test
  void aDateOfJanuaryOfTheNextYearIsRefusedAsADayOfTheNextNotice() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"2025-10-02\"", "\"2026-01-02\"")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0]: notice year 2025, restDays[1] 2026-01-02: after the notice year; a day of"
                + " 2026 belongs to the notice for 2026 (a notice for 2025 may name dates from"
                + " 2024-12-01 to 2025-12-31)");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"2025-10-11\"", "\"2026-12-26\"")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0]: notice year 2025, makeUpWorkdays[0] 2026-12-26: after the notice year; a day"
                + " of December 2026 belongs to the notice for 2026 or, in a block that starts"
                + " before New Year, to the notice for 2027 (a notice for 2025 may name dates from"
                + " 2024-12-01 to 2025-12-31)");
    NoticeYear y2025 = HolidaySchedule.fromJson(VALID).years().get(0);
    assertThat(y2025.earliestAllowedDate()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(y2025.latestAllowedDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    Festival newYear = Festival.of("元旦", "New Year's Day");
    assertThatThrownBy(
            () ->
                NoticeYear.builder()
                    .from(y2025)
                    .restDays(List.of(ScheduledDay.of(LocalDate.of(2026, 1, 1), newYear)))
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith(
            "notice year 2025, restDays[0] 2026-01-01: after the notice year; a day of 2026"
                + " belongs to the notice for 2026");
    // the previous December is still the notice's own, as in the 2019 and 2023 notices
    assertThat(
            NoticeYear.builder()
                .from(y2025)
                .restDays(List.of(ScheduledDay.of(LocalDate.of(2024, 12, 1), newYear)))
                .build()
                .restDays())
        .hasSize(1);
  }

  // ---- issue 12, defect 2: notice dates plausible for their year ------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "published in 2099|\"published\":\"2024-11-12\"|\"published\":\"2099-11-12\"|years[0]:"
            + " notice year 2025, notices[0] 国办发明电〔2024〕12号: published 2099-11-12, after the"
            + " notice year (a notice for 2025 is dated and published from 2024-01-01 to"
            + " 2025-12-31: in the year before, or for an amending notice in the year itself)",
        "dated and published two years before|\"dated\":\"2024-11-12\",\"published\":"
            + "\"2024-11-12\"|\"dated\":\"2023-12-31\",\"published\":\"2024-01-01\"|years[0]:"
            + " notice year 2025, notices[0] 国办发明电〔2024〕12号: dated 2023-12-31, before the"
            + " year before the notice year (a notice for 2025 is dated and published from"
            + " 2024-01-01 to 2025-12-31: in the year before, or for an amending notice in the year"
            + " itself)",
        "dated and published after the year|\"dated\":\"2024-11-12\",\"published\":"
            + "\"2024-11-12\"|\"dated\":\"2026-01-01\",\"published\":\"2026-01-01\"|years[0]:"
            + " notice year 2025, notices[0] 国办发明电〔2024〕12号: published 2026-01-01, after the"
            + " notice year (a notice for 2025 is dated and published from 2024-01-01 to"
            + " 2025-12-31: in the year before, or for an amending notice in the year itself)",
        "dated after it was published|\"published\":\"2024-11-12\"|\"published\":"
            + "\"2024-11-11\"|years[0].notices[0]: notice 国办发明电〔2024〕12号: published"
            + " 2024-11-11 is before the date it is dated, 2024-11-12",
      })
  void aNoticeDatedOrPublishedOutsideTheWindowOfItsYearIsRefused(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void everyBundledNoticeIsWithinTheWindowOfItsYear() {
    for (NoticeYear year : WorkingDayCalendar.chongqing().schedule().years()) {
      for (HolidayNotice notice : year.notices()) {
        assertThat(notice.dated())
            .as(notice.number())
            .isAfterOrEqualTo(LocalDate.of(year.year() - 1, 1, 1))
            .isBeforeOrEqualTo(notice.published());
        assertThat(notice.published()).isBeforeOrEqualTo(LocalDate.of(year.year(), 12, 31));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an amending notice first|\"url\":\"https://www.gov.cn/x\"|\"url\":\"https://www.gov.cn/x\","
            + "\"amends\":\"all of it\"|years[0]: notice year 2025, notices[0] 国办发明电〔2024〕12号:"
            + " the first notice is the original and amends nothing; list amending notices after it",
        "an amendment that does not say what it amends|\"https://www.gov.cn/x\"}]|"
            + "\"https://www.gov.cn/x\"},{\"number\":\"国办发明电〔2025〕1号\",\"issuer\":"
            + "\"国务院办公厅\",\"dated\":\"2025-03-01\",\"published\":\"2025-03-01\",\"url\":"
            + "\"https://www.gov.cn/y\"}]|years[0]: notice year 2025, notices[1] 国办发明电〔2025〕1号:"
            + " a later notice amends the first and must say what it changed ('amends')",
        "an amendment published before the original|\"https://www.gov.cn/x\"}]|"
            + "\"https://www.gov.cn/x\"},{\"number\":\"国办发明电〔2024〕1号\",\"issuer\":"
            + "\"国务院办公厅\",\"dated\":\"2024-03-01\",\"published\":\"2024-03-01\",\"url\":"
            + "\"https://www.gov.cn/y\",\"amends\":\"a block\"}]|years[0]: notice year 2025,"
            + " notices[1] 国办发明电〔2024〕1号: published 2024-03-01, before notices[0]"
            + " (published 2024-11-12); list the notices in the order they were published",
        "a notice listed twice|\"https://www.gov.cn/x\"}]|\"https://www.gov.cn/x\"},{\"number\":"
            + "\"国办发明电〔2024〕12号\",\"issuer\":\"国务院办公厅\",\"dated\":\"2024-11-12\","
            + "\"published\":\"2024-11-12\",\"url\":\"https://www.gov.cn/x\",\"amends\":"
            + "\"nothing\"}]|years[0]: notice year 2025, notices[1] 国办发明电〔2024〕12号: listed"
            + " twice (also notices[0])",
      })
  void theNoticesOfAYearAreTheOriginalThenItsAmendmentsInOrder(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  // ---- issue 12, defect 5: wrong types, nulls, blanks, control characters, duplicates ---------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a number for a date|\"2025-10-02\"|20251002|years[0].restDays[1].date: expected a"
            + " string, found 20251002",
        "an array for an issuer|\"国务院办公厅\"|[\"国务院办公厅\"]|years[0].notices[0].issuer:"
            + " expected a string, found an array",
        "an object for a year|2025|{}|years[0].year: expected a number, found an object",
        "a boolean for the festivals|{\"国庆节\":\"National Day\"}|true|festivals: expected an"
            + " object, found true",
        "a string for the rest days|\"restDays\":[{\"date\":\"2025-10-01\",\"festival\":\"国庆节\"},"
            + "{\"date\":\"2025-10-02\",\"festival\":\"国庆节\"}]|\"restDays\":\"none\"|"
            + "years[0].restDays: expected an array, found the string \"none\"",
        "an array for a year|\"years\":[{|\"years\":[[],{|years[0]: expected an object, found an"
            + " array",
        "a string for a year|\"year\":2025|\"year\":\"2025\"|years[0].year: expected a number,"
            + " found the string \"2025\"",
        "an object for an issuer|\"国务院办公厅\"|{\"x\":1}|years[0].notices[0].issuer:"
            + " expected a string, found an object",
      })
  void aValueOfTheWrongTypeIsRefusedNamingThePath(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a null festival|\"festival\":\"国庆节\"}]}]}|\"festival\":null}]}]}|"
            + "years[0].makeUpWorkdays[0].festival: expected a string, found null",
        "a null amends (an optional field present is never taken for absent)|"
            + "\"url\":\"https://www.gov.cn/x\"|\"url\":\"https://www.gov.cn/x\",\"amends\":null|"
            + "years[0].notices[0].amends: expected a string, found null",
        "a null year|\"year\":2025|\"year\":null|years[0].year: expected a number, found null",
        "null years|\"years\":[{|\"years\":null,\"x\":[{|the document: unknown field 'x'"
            + " (allowed: [about, festivals, years])",
      })
  void aNullWhereAValueIsRequiredIsRefusedNamingThePath(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> HolidaySchedule.fromJson("{\"festivals\":{},\"years\":null}"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("years: expected an array, found null");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an empty issuer|\"国务院办公厅\"|\"\"|years[0].notices[0]: notice 国办发明电〔2024〕12号:"
            + " the issuer must not be blank",
        "a blank url|\"https://www.gov.cn/x\"|\" \"|years[0].notices[0]: notice"
            + " 国办发明电〔2024〕12号: the url must not be blank",
        "an empty amends|\"https://www.gov.cn/x\"}]|\"https://www.gov.cn/x\"},{\"number\":"
            + "\"国办发明电〔2025〕1号\",\"issuer\":\"国务院办公厅\",\"dated\":\"2025-03-01\","
            + "\"published\":\"2025-03-01\",\"url\":\"https://www.gov.cn/y\",\"amends\":"
            + "\"\"}]|years[0].notices[1]: notice 国办发明电〔2025〕1号: the amends must not be"
            + " blank",
        "a blank notice number|\"国办发明电〔2024〕12号\"|\"  \"|years[0].notices[0]: notice"
            + " number '  ' must not be blank",
        "an empty festival name|{\"国庆节\":\"National Day\"}|{\"国庆节\":\"National Day\","
            + "\"\":\"Nameless\"}|festivals.: festival '' / 'Nameless': both names must be"
            + " non-blank",
        "an empty English festival name|\"National Day\"|\"\"|festivals.国庆节: festival"
            + " '国庆节' / '': both names must be non-blank",
        "a url that is no web address|\"https://www.gov.cn/x\"|\"www.gov.cn/x\"|"
            + "years[0].notices[0]: notice 国办发明电〔2024〕12号: the url 'www.gov.cn/x' is not an"
            + " http or https address of the official text",
      })
  void aBlankTextWhereANameIsRequiredIsRefusedNamingTheEntry(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an escaped line feed in an issuer|\"国务院办公厅\"|\"国务院\\n办公厅\"|"
            + "years[0].notices[0].issuer: the text '国务院\\n办公厅' contains the control character"
            + " U+000A at index 3; a text of the holiday data is printable",
        "an escaped NUL in the about text|\"test\"|\"te\\u0000st\"|about: the text"
            + " 'te\\u0000st' contains the control character U+0000 at index 2; a text of the"
            + " holiday data is printable",
        "an escaped DEL in a festival's English name|\"National Day\"|\"National\\u007fDay\"|"
            + "festivals.国庆节: the text 'National\\u007fDay' contains the control character"
            + " U+007F at index 8; a text of the holiday data is printable",
        "a control character in a festival's name, escaped in the message|{\"国庆节\":|"
            + "{\"国庆\\u0007节\":\"x\",\"国庆节\":|festivals.国庆\\u0007节: festival"
            + " '国庆\\u0007节': the name contains the control character U+0007 at index 2; a text"
            + " of the holiday data is printable",
      })
  void aControlCharacterInATextIsRefusedNamingThePath(
      String what, String replace, String by, String message) {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with(replace, by)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void aControlCharacterInANameBuiltInCodeIsRefused() {
    assertThatThrownBy(() -> Festival.of("国庆节\n", "National Day"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "festival '国庆节\\n': the name contains the control character U+000A at index 3; a"
                + " text of the holiday data is printable");
    assertThatThrownBy(() -> LocalRestDay.of(LocalDate.of(2025, 10, 10), "节日\t", "某县人民政府"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "local rest day 2025-10-10: the reason '节日\\t' contains the control character"
                + " U+0009 at index 2; a text of the holiday data is printable");
  }

  @Test
  void aLongValueIsQuotedByItsStartOnly() {
    String date = "2025-10-02" + "x".repeat(4000);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"2025-10-02\"", "\"" + date + "\"")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0].restDays[1].date = '2025-10-02xxxxxxxxxxxxxxxxxxxxxx…': not a valid ISO date"
                + " (yyyy-MM-dd)");
    String festival = "春节".repeat(2000);
    assertThatThrownBy(
            () ->
                HolidaySchedule.fromJson(
                    with("\"festival\":\"国庆节\"}]}]}", "\"festival\":\"" + festival + "\"}]}]}")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0].makeUpWorkdays[0].festival = '"
                + "春节".repeat(16)
                + "…': not one of the festivals declared in 'festivals' [国庆节]");
  }

  @Test
  void aDuplicateKeyIsRefusedNamingThePath() {
    assertThatThrownBy(
            () ->
                HolidaySchedule.fromJson(
                    with(
                        "\"festival\":\"国庆节\"}]}]}",
                        "\"festival\":\"国庆节\",\"festival\":\"国庆节\"}]}]}")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("malformed JSON at line 1, column ")
        .hasMessageEndingWith(
            ", in years[0].makeUpWorkdays[0].festival: the field 'festival' appears twice in one"
                + " object");
  }

  @Test
  void aDuplicateYearIsRefusedNamingTheYears() {
    String year = VALID.substring(VALID.indexOf("{\"year\""), VALID.length() - 2);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(VALID.replace(year, year + "," + year)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("years: notice year 2025 is listed twice; to revise a year, replace it");
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(VALID + " {}"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed JSON at line 1, column "
                + (VALID.length() + 2)
                + ", in the document: unexpected content after the JSON value");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(VALID + "x"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageEndingWith("in the document: unexpected content after the JSON value");
  }

  @ParameterizedTest(name = "year {0}")
  @CsvSource({"2025.0", "2.025e3", "2025E0", "20250e-1"})
  void aYearWithAFractionOrAnExponentIsRefused(String year) {
    String json = with("\"year\":2025", "\"year\":" + year);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed JSON at line 1, column "
                + (json.indexOf("\"year\":") + 8)
                + ", in years[0].year: the number "
                + year
                + " is not an integer; the numbers of the holiday data are whole, with no fraction"
                + " or exponent");
  }

  @Test
  void aYearObjectHasExactlyItsFields() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"year\":2025", "\"yaer\":2025")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0]: unknown field 'yaer' (allowed: [makeUpWorkdays, notices, restDays, year])");
    assertThatThrownBy(
            () ->
                HolidaySchedule.fromJson(
                    with(
                        ",\"makeUpWorkdays\":[{\"date\":\"2025-10-11\",\"festival\":\"国庆节\"}]",
                        "")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("years[0]: missing field 'makeUpWorkdays'");
  }

  @Test
  void anUndeclaredFestivalIsRefusedListingAtMostEightDeclaredOnes() {
    StringBuilder festivals = new StringBuilder("{\"国庆节\":\"National Day\"");
    for (int i = 0; i < 10; i++) {
      festivals.append(",\"f").append(i).append("\":\"F").append(i).append('"');
    }
    String json =
        with("{\"国庆节\":\"National Day\"", festivals.toString())
            .replace("\"2025-10-11\",\"festival\":\"国庆节\"", "\"2025-10-11\",\"festival\":\"春节\"");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "years[0].makeUpWorkdays[0].festival = '春节': not one of the festivals declared in"
                + " 'festivals' [f0, f1, f2, f3, f4, f5, f6, f7, … (11 in all)]");
  }

  @Test
  void aDateThatIsNoDayKeepsTheReasonAsItsCause() {
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"2025-10-02\"", "\"2025-02-30\"")))
        .isInstanceOf(CalendarDataException.class)
        .hasCauseInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(with("\"2025-10-02\"", "\"2025-1-02\"")))
        .isInstanceOf(CalendarDataException.class)
        .hasNoCause();
  }

  @ParameterizedTest(name = "notice year {0}")
  @CsvSource({"1948, false", "1949, true", "9998, true", "9999, false"})
  void aNoticeYearIsFrom1949To9998(int year, boolean plausible) {
    NoticeYear y2025 = HolidaySchedule.fromJson(VALID).years().get(0);
    LocalDate autumn = LocalDate.of(year - 1, 11, 1);
    ImmutableNoticeYear.Builder b =
        NoticeYear.builder()
            .year(year)
            .addNotices(noticeOf(y2025, "国办发明电〔" + (year - 1) + "〕1号", autumn));
    if (plausible) {
      assertThat(b.build().year()).isEqualTo(year);
    } else {
      assertThatThrownBy(b::build)
          .isInstanceOf(CalendarDataException.class)
          .hasMessage(
              "notice year " + year + ": not a plausible year of a State Council holiday notice");
    }
  }

  @Test
  void everyTextOfAValueBuiltInCodeIsPrintable() {
    HolidayNotice notice = HolidaySchedule.fromJson(VALID).years().get(0).notices().get(0);
    assertThatThrownBy(() -> HolidayNotice.builder().from(notice).number("国办\u0000发").build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "notice 国办\\u0000发: the number '国办\\u0000发' contains the control character U+0000 at"
                + " index 2; a text of the holiday data is printable");
    assertThatThrownBy(() -> Festival.of("国庆节", "National\u0085Day"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "festival '国庆节': the English name contains the control character U+0085 at index 8;"
                + " a text of the holiday data is printable");
    assertThatThrownBy(() -> Festival.of("国庆" + (char) 0xD800, "National Day"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "festival '国庆\\ud800': the name contains the lone surrogate U+D800 at index 2; a"
                + " text of the holiday data is printable");
    assertThatThrownBy(() -> LocalRestDay.of(LocalDate.of(2025, 10, 10), "节日", "某县\r人民政府"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "local rest day 2025-10-10: the authority '某县\\r人民政府' contains the control"
                + " character U+000D at index 2; a text of the holiday data is printable");
  }

  @Test
  void valuesReadAsTheNoticesWriteThem() {
    NoticeYear y2025 = HolidaySchedule.fromJson(VALID).years().get(0);
    assertThat(y2025.notices().get(0)).hasToString("国办发明电〔2024〕12号 (国务院办公厅, published 2024-11-12)");
    assertThat(y2025.restDays().get(0)).hasToString("2025-10-01 国庆节");
    assertThat(y2025.restDays().get(0).festival()).hasToString("国庆节 (National Day)");
  }

  /** The first notice of {@code year} with another number, dated and published {@code on}. */
  private static HolidayNotice noticeOf(NoticeYear year, String number, LocalDate on) {
    return HolidayNotice.builder()
        .from(year.notices().get(0))
        .number(number)
        .dated(on)
        .published(on)
        .build();
  }

  /** {@link #VALID} with the first {@code replace} replaced by {@code by}; the text must change. */
  private static String with(String replace, String by) {
    int at = VALID.indexOf(replace);
    assertThat(at).as("VALID contains %s", replace).isNotNegative();
    return VALID.substring(0, at) + by + VALID.substring(at + replace.length());
  }

  @Test
  void theBundledDataLoadsAndTheDayOrderDoesNotMatter() {
    HolidaySchedule bundled = WorkingDayCalendar.chongqing().schedule();
    assertThat(bundled.firstYear()).isEqualTo(2015);
    assertThat(bundled.lastYear()).isEqualTo(2026);
    NoticeYear y = bundled.years().get(10);
    NoticeYear reversed =
        NoticeYear.builder()
            .from(y)
            .restDays(com.google.common.collect.Lists.reverse(y.restDays()))
            .build();
    assertThat(reversed).isEqualTo(y);
  }
}
