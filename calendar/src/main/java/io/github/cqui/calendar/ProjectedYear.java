package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A year that a {@link CoverageMode#PROVISIONAL provisional} calendar answers for without its
 * notice (INTERPRETATIONS I-5): the year's State Council holiday notice is not loaded (it was not
 * yet published when the calendar was built), so its days are the statutory holidays of the
 * 《全国年节及纪念日放假办法》 in force ({@link #decree()}, 第二条) and weekends. Substitute days off (补假, 第六条) and
 * make-up working days (调休, 第七条 of 第795号) are not projected; the year's notice decides them.
 *
 * <p>This is what a rule needs to explain a provisional answer: the year, the decree and article,
 * the articles not projected, and the last notice the calendar does hold.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class ProjectedYear {

  /** For the generated implementation only. */
  protected ProjectedYear() {}

  /** The projected year. */
  public abstract int year();

  /** The version of 《全国年节及纪念日放假办法》 in force in the year. */
  public abstract HolidayDecree decree();

  /** The statutory holidays projected onto the year, in date order. */
  public abstract List<StatutoryHoliday> statutoryHolidays();

  /** The last notice year the calendar holds; the notice of {@link #year()} is not loaded. */
  public abstract int lastNoticeYear();

  /** The last published notice the calendar holds. */
  public abstract HolidayNotice latestNotice();

  /** The article the projected days come from: {@code 第二条}. */
  public String daysArticle() {
    return decree().daysArticle();
  }

  /** The articles whose effect is left to the year's notice: 第六条 (补假) and, for 第795号, 第七条 (调休). */
  public List<String> articlesNotProjected() {
    return decree().articlesNotProjected();
  }

  @Override
  public String toString() {
    return year()
        + " provisional: "
        + decree().number()
        + " "
        + daysArticle()
        + ", the "
        + year()
        + " notice not loaded (latest "
        + latestNotice().number()
        + " for "
        + lastNoticeYear()
        + ")";
  }
}
