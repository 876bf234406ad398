package io.github.cqui.examples;

import io.github.cqui.calendar.DayInfo;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.Festival;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Answers calendar questions as text in Chinese and English, listing every rest day passed with its
 * festival and the notice behind it. Stateless and thread-safe.
 */
final class CalendarAnswers {

  private static final String[] ZH_WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

  private final WorkingDayCalendar calendar;

  CalendarAnswers(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** <i>n</i> working days after {@code start}, the start day not counted (民法典 art 201). */
  String plusWorkingDays(LocalDate start, int n) {
    PeriodEnd end = calendar.workingDaysAfter(start, n);
    return String.format(
            "%d working days after %s: %s%n%s后第%d个工作日：%s%n",
            n, start, describeEn(end.lastDay()), start, n, describeZh(end.lastDay()))
        + restDays(end, "Rest days skipped / 跳过的休息日");
  }

  /** <i>n</i> working days before {@code start}. */
  String minusWorkingDays(LocalDate start, int n) {
    LocalDate day = calendar.minusWorkingDays(start, n);
    return String.format(
        "%d working days before %s: %s%n%s前第%d个工作日：%s%n",
        n, start, describeEn(day), start, n, describeZh(day));
  }

  /** The working days of {@code [startInclusive, endExclusive)}. */
  String between(LocalDate startInclusive, LocalDate endExclusive) {
    int count = calendar.workingDaysBetween(startInclusive, endExclusive);
    return String.format(
        "Working days from %s up to (not including) %s: %d%n%s（含）至%s（不含）之间的工作日：%d天%n",
        startInclusive, endExclusive, count, startInclusive, endExclusive, count);
  }

  /** What kind of day {@code date} is. */
  String day(LocalDate date) {
    return String.format("%s: %s%n%s：%s%n", date, describeEn(date), date, describeZh(date));
  }

  /**
   * <i>n</i> calendar days after {@code start} (民法典 art 201), rolled forward past rest days (art
   * 203) when asked.
   */
  String calendarDays(LocalDate start, int n, LastDayRule rule) {
    return period(calendar.calendarDaysAfter(start, n, rule), n + " days", n + "日");
  }

  /** <i>n</i> months after {@code start} (民法典 art 202), rolled forward (art 203) when asked. */
  String months(LocalDate start, int n, LastDayRule rule) {
    return period(calendar.monthsAfter(start, n, rule), n + " months", n + "个月");
  }

  private String period(PeriodEnd end, String en, String zh) {
    String text =
        String.format(
            "A period of %s from %s (start day not counted, 民法典 art 201) ends on %s%n"
                + "自%s起%s的期间（开始的当日不计入，《民法典》第二百零一条）届满日：%s%n",
            en, end.start(), describeEn(end.lastDay()), end.start(), zh, describeZh(end.lastDay()));
    if (end.rolledForward()) {
      text +=
          String.format(
              "The last day counted, %s, is a rest day: the period ends on the next working day"
                  + " (民法典 art 203).%n"
                  + "期间的最后一日%s是休息日，以其结束的次日为期间的最后一日（《民法典》第二百零三条）。%n",
              end.nominalLastDay(), end.nominalLastDay());
    }
    return text + restDays(end, "Rest days passed / 顺延经过的休息日");
  }

  private String restDays(PeriodEnd end, String title) {
    if (end.restDaysPassed().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(title).append(':').append(System.lineSeparator());
    for (DayInfo day : end.restDaysPassed()) {
      sb.append(String.format("  %s  %s / %s%n", day.date(), describeEn(day), describeZh(day)));
    }
    return sb.toString();
  }

  private String describeEn(LocalDate date) {
    return date + " " + describeEn(calendar.dayInfo(date));
  }

  private String describeZh(LocalDate date) {
    return date + describeZh(calendar.dayInfo(date));
  }

  private static String describeEn(DayInfo day) {
    String weekday = day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String festival = day.festival().map(Festival::englishName).orElse("");
    switch (day.kind()) {
      case WORKING_DAY:
        return "(" + weekday + ", working day)";
      case WEEKEND:
        return "(" + weekday + ", weekend)";
      case HOLIDAY:
        return "(" + weekday + ", holiday: " + festival + ", " + day.noticeNumbers() + ")";
      case MAKE_UP_WORKING_DAY:
        return "("
            + weekday
            + ", make-up working day for "
            + festival
            + ", "
            + day.noticeNumbers()
            + ")";
      case LOCAL_REST_DAY:
        return "(" + weekday + ", local rest day: " + localReason(day) + ")";
    }
    throw new AssertionError(day.kind());
  }

  private static String describeZh(DayInfo day) {
    String weekday = "星期" + ZH_WEEKDAYS[day.date().getDayOfWeek().getValue() - 1];
    String festival = day.festival().map(Festival::name).orElse("");
    DayKind kind = day.kind();
    switch (kind) {
      case WORKING_DAY:
        return "（" + weekday + "，工作日）";
      case WEEKEND:
        return "（" + weekday + "，周末休息日）";
      case HOLIDAY:
        return "（" + weekday + "，" + festival + "放假，" + day.noticeNumbers() + "）";
      case MAKE_UP_WORKING_DAY:
        return "（" + weekday + "，" + festival + "调休上班，" + day.noticeNumbers() + "）";
      case LOCAL_REST_DAY:
        return "（" + weekday + "，地方休息日：" + localReason(day) + "）";
    }
    throw new AssertionError(kind);
  }

  private static String localReason(DayInfo day) {
    return day.localRestDay().map(l -> l.reason() + ", " + l.authority()).orElse("");
  }
}
