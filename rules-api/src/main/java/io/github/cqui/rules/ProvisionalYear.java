package io.github.cqui.rules;

import io.github.cqui.calendar.HolidayDecree;
import io.github.cqui.calendar.ProjectedYear;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.ImmutableProvisionalYear;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Why a result is provisional (INTERPRETATIONS I-5; POLICY-FACTS §9.6): a year that the result's
 * dates or counts depend on, whose State Council holiday notice was not yet published when the
 * calendar was built, so that its days are the statutory holidays of 《全国年节及纪念日放假办法》 in force
 * ({@link #decree()}, {@link #article() 第二条}) and weekends. The substitute days off (补假, 第六条) and
 * the make-up working days (调休, 第七条 of 国务院令第795号) of the year are not projected ({@link
 * #articlesNotProjected()}): the year's notice decides them, and once it is loaded the rules answer
 * from it (published beats provisional).
 *
 * <p>The calendar's {@link ProjectedYear} in a form for JSON and audit: {@link #of(ProjectedYear)}.
 * JSON: {@code
 * {"year":2027,"decree":"国务院令第795号","article":"第二条","articlesNotProjected":["第六条","第七条"],
 * "lastNoticeYear":2026,"latestNotice":"国办发明电〔2025〕7号"}}; a decree that is not the one in force in
 * the year, or articles that are not the decree's, are refused.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ProvisionalYear {

  /** For the generated implementation only. */
  protected ProvisionalYear() {}

  /**
   * The year whose notice was not yet published.
   *
   * @return the year, after {@link #lastNoticeYear()}
   */
  public abstract int year();

  /**
   * The version of 《全国年节及纪念日放假办法》 in force in the year: 国务院令第795号 from 2025, 国务院令第644号 before.
   * JSON: its number, e.g. {@code "国务院令第795号"}.
   *
   * @return the decree
   */
  public abstract HolidayDecree decree();

  /**
   * The article whose statutory holidays were projected onto the year.
   *
   * @return {@code 第二条}
   */
  public abstract String article();

  /**
   * The articles whose effect is left to the year's notice and not projected: 第六条 (补假) and, under
   * 国务院令第795号, 第七条 (调休).
   *
   * @return the articles, in order
   */
  public abstract List<String> articlesNotProjected();

  /**
   * The last notice year the calendar holds.
   *
   * @return the year, before {@link #year()}
   */
  public abstract int lastNoticeYear();

  /**
   * The number of the last published notice the calendar holds, e.g. {@code 国办发明电〔2025〕7号}.
   *
   * @return the notice number
   */
  public abstract String latestNotice();

  /**
   * The calendar's projected year as a result records it.
   *
   * @param projected the year as the calendar projects it
   * @return the provisional year
   */
  public static ProvisionalYear of(ProjectedYear projected) {
    Checks.requireNonNull("projected", projected);
    return ImmutableProvisionalYear.builder()
        .year(projected.year())
        .decree(projected.decree())
        .article(projected.daysArticle())
        .articlesNotProjected(projected.articlesNotProjected())
        .lastNoticeYear(projected.lastNoticeYear())
        .latestNotice(projected.latestNotice().number())
        .build();
  }

  /**
   * The calendar's projected years as a result records them, in their order.
   *
   * @param projected the years as the calendar projects them
   * @return the provisional years, immutable
   */
  public static List<ProvisionalYear> of(List<ProjectedYear> projected) {
    Checks.requireNonNull("projected", projected);
    return projected.stream().map(ProvisionalYear::of).toList();
  }

  /**
   * Checks the year against the decree in force; called by the generated implementation when the
   * value is built.
   *
   * @throws InvalidInputException if the year is before 2014, the decree is not the one in force
   *     that year, the article or the articles not projected are not the decree's, the last notice
   *     year is not before the year, or the latest notice is blank
   */
  @Value.Check
  protected void check() {
    HolidayDecree inForce;
    try {
      inForce = HolidayDecree.inForce(year());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("year", year(), "no 《全国年节及纪念日放假办法》 is projected before 2014");
    }
    if (decree() != inForce) {
      throw InvalidInputException.of(
          "decree",
          decree().number(),
          "the decree in force in " + year() + " is " + inForce.number());
    }
    if (!article().equals(decree().daysArticle())) {
      throw InvalidInputException.of(
          "article", article(), "the statutory holidays are those of " + decree().daysArticle());
    }
    if (!articlesNotProjected().equals(decree().articlesNotProjected())) {
      throw InvalidInputException.of(
          "articlesNotProjected",
          articlesNotProjected(),
          "the articles "
              + decree().number()
              + " leaves to the year's notice are "
              + decree().articlesNotProjected());
    }
    if (lastNoticeYear() >= year()) {
      throw InvalidInputException.of(
          "lastNoticeYear", lastNoticeYear(), "must be before the provisional year " + year());
    }
    if (latestNotice().isBlank()) {
      throw InvalidInputException.of(
          "latestNotice", '"' + latestNotice() + '"', "must not be blank");
    }
  }

  @Override
  public String toString() {
    return year()
        + " provisional: "
        + decree().number()
        + " "
        + article()
        + ", the "
        + year()
        + " notice not yet published (latest "
        + latestNotice()
        + " for "
        + lastNoticeYear()
        + ")";
  }
}
