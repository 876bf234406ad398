package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One statutory holiday (全体公民放假的节日) that 第二条 of a {@link HolidayDecree} names in a year: its date
 * and festival. Where 中秋 (八月十五) falls on 10-01, 10-02 or 10-03 that one date carries both 国庆节 and
 * 中秋节, 国庆节 first: the day is named 国庆节, as the bundled schedule names 2020-10-01, when 中秋 last fell
 * on 国庆.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class StatutoryHoliday {

  /** For the generated implementation only. */
  protected StatutoryHoliday() {}

  /** {@return the date} */
  public abstract LocalDate date();

  /** {@return the festivals the date belongs to: one, or 国庆节 and 中秋节 when they coincide} */
  public abstract List<Festival> festivals();

  /** {@return the version of 《全国年节及纪念日放假办法》 that names the day} */
  public abstract HolidayDecree decree();

  /** {@return the festival whose name the day carries: the first of {@link #festivals()}} */
  public Festival festival() {
    return festivals().get(0);
  }

  /** {@return the article that names the day, {@code 第二条}} */
  public String article() {
    return decree().daysArticle();
  }

  /**
   * Checks that the day names a festival; called by the generated implementation when the value is
   * built.
   *
   * @throws IllegalArgumentException if {@link #festivals()} is empty
   */
  @Value.Check
  protected void check() {
    if (festivals().isEmpty()) {
      throw new IllegalArgumentException(
          "statutory holiday " + date() + ": festivals must name at least one festival");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(date()).append(' ');
    for (int i = 0; i < festivals().size(); i++) {
      sb.append(i == 0 ? "" : "、").append(festivals().get(i).name());
    }
    return sb.append(" (")
        .append(decree().number())
        .append(' ')
        .append(article())
        .append(')')
        .toString();
  }
}
