package io.github.cqui.core.kernel;

import static io.github.cqui.rules.LegalDocument.NATIONAL_HOLIDAY_MEASURES;

import io.github.cqui.calendar.DayInfo;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.calendar.Festival;
import io.github.cqui.calendar.HolidayNotice;
import io.github.cqui.calendar.LocalRestDay;
import io.github.cqui.calendar.StatutoryHoliday;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.internal.ImmutableRestDay;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the calendar's days into audit values and explanation steps: each rest day skipped with its
 * festival and the notice behind it, and each make-up working day counted (INTERPRETATIONS I-2).
 */
public final class CountedDays {

  private CountedDays() {}

  /**
   * The calendar's day as an audit value: for a provisional statutory holiday (I-5) the decree
   * whose 第二条 names it stands where a published holiday's notices stand.
   */
  public static RestDay skipped(DayInfo day) {
    ImmutableRestDay.Builder b = ImmutableRestDay.builder().date(day.date()).kind(day.kind());
    day.festival().ifPresent(f -> b.festival(f.name()).festivalEnglish(f.englishName()));
    day.notices().forEach(n -> b.addNotices(n.number()));
    day.localRestDay().ifPresent(l -> b.addNotices(l.authority()));
    day.statutoryHoliday().ifPresent(h -> b.addNotices(h.decree().number()));
    return b.build();
  }

  public static List<RestDay> skipped(List<DayInfo> days) {
    return days.stream().map(CountedDays::skipped).toList();
  }

  /**
   * One step per rest day passed in {@code (start, end)} and per make-up working day counted in
   * {@code (start, end]}, in date order, each citing the holiday notice behind it (I-2).
   */
  public static void explainCount(
      Explanation.Builder explanation,
      WorkingDayCalendar calendar,
      LocalDate start,
      LocalDate end) {
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      DayInfo info = calendar.dayInfo(day);
      if (info.kind() != DayKind.WORKING_DAY) {
        explainDay(explanation, info);
      }
    }
  }

  /** One step per rest day rolled past at the end of a period (I-2; 民法典 art 203). */
  public static void explainRestDays(Explanation.Builder explanation, List<DayInfo> days) {
    days.forEach(day -> explainDay(explanation, day));
  }

  private static void explainDay(Explanation.Builder explanation, DayInfo day) {
    if (day.statutoryHoliday().isPresent()) {
      // a statutory holiday of a year whose notice is not published, projected (I-5)
      StatutoryHoliday holiday = day.statutoryHoliday().get();
      explanation.step(
          StepCode.CALENDAR_PROVISIONAL_HOLIDAY_SKIPPED,
          List.of(NATIONAL_HOLIDAY_MEASURES.cite(holiday.article())),
          List.of(Interpretation.I_5, Interpretation.I_2),
          "date",
          day.date(),
          "festival",
          holiday.festivals().stream().map(Festival::name).collect(Collectors.joining("、")),
          "decree",
          holiday.decree().number());
      return;
    }
    switch (day.kind()) {
      case HOLIDAY:
      case MAKE_UP_WORKING_DAY:
        explanation.step(
            day.kind() == DayKind.HOLIDAY
                ? StepCode.CALENDAR_REST_DAY_SKIPPED
                : StepCode.CALENDAR_MAKE_UP_DAY_COUNTED,
            citations(day.notices()),
            List.of(Interpretation.I_2),
            "date",
            day.date(),
            "festival",
            day.festival().map(Festival::name).orElseThrow(),
            "notice",
            day.noticeNumbers());
        break;
      case LOCAL_REST_DAY:
        LocalRestDay closure = day.localRestDay().orElseThrow();
        explanation.step(
            StepCode.CALENDAR_LOCAL_REST_DAY_SKIPPED,
            List.of(Citation.ofDocument(closure.authority())),
            List.of(Interpretation.I_2),
            "date",
            day.date(),
            "reason",
            closure.reason(),
            "authority",
            closure.authority());
        break;
      case WEEKEND:
        explanation.step(
            StepCode.CALENDAR_WEEKEND_SKIPPED,
            List.of(),
            List.of(Interpretation.I_2),
            "date",
            day.date());
        break;
      case WORKING_DAY:
        break;
    }
  }

  private static List<Citation> citations(List<HolidayNotice> notices) {
    return notices.stream().map(n -> Citation.ofDocument(n.number())).toList();
  }
}
