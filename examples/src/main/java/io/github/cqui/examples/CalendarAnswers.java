package io.github.cqui.examples;

import io.github.cqui.calendar.DayInfo;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.Festival;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.ProjectedYear;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers calendar questions as text in Chinese, English or both, listing every rest day passed
 * with its festival and the notice behind it. An answer that depends on a year whose holiday notice
 * is not loaded, answered in the provisional coverage mode (INTERPRETATIONS I-5), says so and which
 * article of the 《全国年节及纪念日放假办法》 it projects. Stateless and thread-safe.
 */
final class CalendarAnswers {

  private static final String[] ZH_WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};
  private static final String NL = System.lineSeparator();

  private final WorkingDayCalendar calendar;
  private final Language lang;

  /** Answers in both languages. */
  CalendarAnswers(WorkingDayCalendar calendar) {
    this(calendar, Language.BOTH);
  }

  /** Answers in {@code lang}. */
  CalendarAnswers(WorkingDayCalendar calendar, Language lang) {
    this.calendar = calendar;
    this.lang = lang;
  }

  /** The English line, the Chinese line, or both, each ending with a line break. */
  private String lines(String en, String zh) {
    return switch (lang) {
      case EN -> en + NL;
      case ZH -> zh + NL;
      case BOTH -> en + NL + zh + NL;
    };
  }

  /**
   * I-5: the mark of an answer that depends on years projected from the 放假办法, one line per
   * language; empty when every year used has its notice loaded.
   */
  private String provisional(List<ProjectedYear> years) {
    Set<Integer> seen = new LinkedHashSet<>();
    StringBuilder sb = new StringBuilder();
    for (ProjectedYear year : years) {
      if (!seen.add(year.year())) {
        continue;
      }
      sb.append(
          lines(
              "PROVISIONAL: no "
                  + year.year()
                  + " holiday notice is loaded (the latest is "
                  + year.latestNotice().number()
                  + "); the statutory holidays of "
                  + year.decree().number()
                  + " "
                  + year.daysArticle()
                  + " are projected, and make-up working days and substitute days off, which only"
                  + " the year's notice decides ("
                  + String.join(", ", year.articlesNotProjected())
                  + "), are not (I-5)",
              "暂定：未载入"
                  + year.year()
                  + "年放假安排通知（最新为"
                  + year.latestNotice().number()
                  + "），按"
                  + year.decree().number()
                  + year.daysArticle()
                  + "推算全体公民放假的节日；调休上班日和补假由当年通知确定（"
                  + String.join("、", year.articlesNotProjected())
                  + "），未推算（I-5）"));
    }
    return sb.toString();
  }

  /** <i>n</i> working days after {@code start}, the start day not counted (民法典 art 201). */
  String plusWorkingDays(LocalDate start, int n) {
    PeriodEnd end = calendar.workingDaysAfter(start, n);
    return lines(
            n + " working days after " + start + ": " + describeEn(end.lastDay()),
            start + "后第" + n + "个工作日：" + describeZh(end.lastDay()))
        + provisional(end.provisionalYears())
        + restDays(end, lang.text("Rest days skipped", "跳过的休息日"));
  }

  /** <i>n</i> working days before {@code start}. */
  String minusWorkingDays(LocalDate start, int n) {
    LocalDate day = calendar.minusWorkingDays(start, n);
    return lines(
            n + " working days before " + start + ": " + describeEn(day),
            start + "前第" + n + "个工作日：" + describeZh(day))
        + provisional(calendar.provisionalYears(day, start.plusDays(1)));
  }

  /** The working days of {@code [startInclusive, endExclusive)}. */
  String between(LocalDate startInclusive, LocalDate endExclusive) {
    int count = calendar.workingDaysBetween(startInclusive, endExclusive);
    return lines(
            "Working days from "
                + startInclusive
                + " up to (not including) "
                + endExclusive
                + ": "
                + count,
            startInclusive + "（含）至" + endExclusive + "（不含）之间的工作日：" + count + "天")
        + provisional(calendar.provisionalYears(startInclusive, endExclusive));
  }

  /** What kind of day {@code date} is; the date is written once per language. */
  String day(LocalDate date) {
    DayInfo info = calendar.dayInfo(date);
    return lines(date + " " + describeEn(info), date + describeZh(info))
        + provisional(info.projectedYear().stream().toList());
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
        lines(
            "A period of "
                + en
                + " from "
                + end.start()
                + " (start day not counted, 民法典 art 201) ends on "
                + describeEn(end.lastDay()),
            "自"
                + end.start()
                + "起"
                + zh
                + "的期间（开始的当日不计入，《民法典》第二百零一条）届满日："
                + describeZh(end.lastDay()));
    if (end.rolledForward()) {
      text +=
          lines(
              "The last day counted, "
                  + end.nominalLastDay()
                  + ", is a rest day: the period ends on the next working day (民法典 art 203).",
              "期间的最后一日" + end.nominalLastDay() + "是休息日，以其结束的次日为期间的最后一日（《民法典》第二百零三条）。");
    }
    return text
        + provisional(end.provisionalYears())
        + restDays(end, lang.text("Rest days passed", "顺延经过的休息日"));
  }

  private String restDays(PeriodEnd end, String title) {
    if (end.restDaysPassed().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(title).append(':').append(System.lineSeparator());
    for (DayInfo day : end.restDaysPassed()) {
      sb.append("  ")
          .append(day.date())
          .append("  ")
          .append(lang.text(describeEn(day), describeZh(day)))
          .append(NL);
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
        return "(" + weekday + ", holiday: " + festival + ", " + source(day) + ")";
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
        return "（" + weekday + "，" + festival + "放假，" + source(day) + "）";
      case MAKE_UP_WORKING_DAY:
        return "（" + weekday + "，" + festival + "调休上班，" + day.noticeNumbers() + "）";
      case LOCAL_REST_DAY:
        return "（" + weekday + "，地方休息日：" + localReason(day) + "）";
    }
    throw new AssertionError(kind);
  }

  /**
   * The notices behind a day; for a day projected from the 放假办法 (I-5), the decree and article,
   * marked provisional.
   */
  private static String source(DayInfo day) {
    if (!day.noticeNumbers().isEmpty()) {
      return day.noticeNumbers();
    }
    return day.projectedYear()
        .map(year -> year.decree().number() + " " + year.daysArticle() + ", provisional/暂定")
        .orElse("");
  }

  private static String localReason(DayInfo day) {
    return day.localRestDay().map(l -> l.reason() + ", " + l.authority()).orElse("");
  }
}
