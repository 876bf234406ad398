package io.github.cqui.core.kernel;

import static io.github.cqui.rules.LegalDocument.NATIONAL_HOLIDAY_MEASURES;

import com.google.common.collect.ImmutableList;
import io.github.cqui.calendar.PeriodEnd;
import io.github.cqui.calendar.ProjectedYear;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.StepCode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The provisional mark of a result (INTERPRETATIONS I-5): the years whose State Council holiday
 * notice was not yet published that its dates or counts depend on, and the explanation step that
 * says so for each, citing the article of 《全国年节及纪念日放假办法》 whose statutory holidays were projected
 * (第二条) and the articles left to the year's notice (第六条 补假; 第七条 调休).
 *
 * <p>In the default {@code STRICT} coverage mode the calendar projects no year, and every list here
 * is empty.
 */
public final class Provisionals {

  private Provisionals() {}

  /** The provisional years of the calendar's projected years, in their order. */
  public static List<ProvisionalYear> of(List<ProjectedYear> years) {
    return years.isEmpty() ? ImmutableList.of() : ProvisionalYear.of(years);
  }

  /** The provisional years that any of the period ends depends on, ascending, each once. */
  public static List<ProvisionalYear> of(PeriodEnd... ends) {
    List<List<ProvisionalYear>> all = new ArrayList<>(ends.length);
    for (PeriodEnd end : ends) {
      all.add(of(end.provisionalYears()));
    }
    return union(all);
  }

  /** The years of several lists, ascending, each once. */
  public static List<ProvisionalYear> union(List<? extends List<ProvisionalYear>> lists) {
    int nonEmpty = 0;
    List<ProvisionalYear> last = ImmutableList.of();
    for (List<ProvisionalYear> list : lists) {
      if (!list.isEmpty()) {
        nonEmpty++;
        last = list;
      }
    }
    return nonEmpty <= 1 ? ImmutableList.copyOf(last) : merged(lists);
  }

  private static List<ProvisionalYear> merged(List<? extends List<ProvisionalYear>> lists) {
    TreeMap<Integer, ProvisionalYear> byYear = new TreeMap<>();
    for (List<ProvisionalYear> list : lists) {
      for (ProvisionalYear year : list) {
        byYear.putIfAbsent(year.year(), year);
      }
    }
    return ImmutableList.copyOf(byYear.values());
  }

  /**
   * One step per provisional year: the year's notice was not yet published; its days are the
   * statutory holidays of the decree in force (第二条) and weekends; 补假 (第六条) and 调休 (第七条) are not
   * projected (I-5).
   */
  public static void explain(Explanation.Builder explanation, List<ProvisionalYear> years) {
    for (ProvisionalYear year : years) {
      List<Citation> citations = new ArrayList<>();
      citations.add(NATIONAL_HOLIDAY_MEASURES.cite(year.article()));
      for (String article : year.articlesNotProjected()) {
        citations.add(NATIONAL_HOLIDAY_MEASURES.cite(article));
      }
      explanation.step(
          StepCode.CALENDAR_PROVISIONAL_YEAR,
          citations,
          List.of(Interpretation.I_5),
          "year",
          year.year(),
          "decree",
          year.decree().number(),
          "article",
          year.article(),
          "notProjected",
          String.join("、", year.articlesNotProjected()),
          "latestNotice",
          year.latestNotice(),
          "lastNoticeYear",
          year.lastNoticeYear());
    }
  }
}
