package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One date of the calendar: its kind, and for a holiday or make-up working day its festival and the
 * notices behind it; for a local rest day, the closure.
 *
 * <p><b>Provisional days</b> (INTERPRETATIONS I-5). In a calendar with {@link
 * CoverageMode#PROVISIONAL}, a day of a year whose notice is not loaded is provisional: {@link
 * #isProvisional()} is true and {@link #projectedYear()} says which year, which decree and why.
 * Such a day is in one of three states:
 *
 * <ul>
 *   <li>a <b>provisional statutory holiday</b>: kind {@link DayKind#HOLIDAY}, {@link
 *       #statutoryHoliday()} present (the festival, 《全国年节及纪念日放假办法》 国务院令第795号 or 第644号, 第二条), {@link
 *       #notices()} empty;
 *   <li>a provisional {@link DayKind#WEEKEND}, or
 *   <li>a provisional {@link DayKind#WORKING_DAY}: no statutory holiday, and whether the year's
 *       notice will make it a make-up working day (调休, 第七条) or a substitute day off (补假, 第六条) is
 *       not known.
 * </ul>
 *
 * <p>A day that a loaded notice names, or a day of a published year, is never provisional.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class DayInfo {

  /** For the generated implementation only. */
  protected DayInfo() {}

  /** {@return the date} */
  public abstract LocalDate date();

  /** {@return the kind of day} */
  public abstract DayKind kind();

  /**
   * {@return the festival of a {@link DayKind#HOLIDAY} (published or provisional) or a {@link
   * DayKind#MAKE_UP_WORKING_DAY}; empty for other kinds}
   */
  public abstract Optional<Festival> festival();

  /**
   * For a holiday or make-up working day: the notices of the notice year that lists it (the
   * original notice first, then any amending notice, whose {@link HolidayNotice#amends()} says what
   * it changed). Empty for other kinds.
   *
   * @return the notices, the original first; empty for other kinds and for a provisional holiday,
   *     which no loaded notice names
   */
  public abstract List<HolidayNotice> notices();

  /** {@return the local closure of a {@link DayKind#LOCAL_REST_DAY}; empty for other kinds} */
  public abstract Optional<LocalRestDay> localRestDay();

  /**
   * {@return for a provisional day, the projected year it belongs to, with the decree, the article
   * and the last notice loaded; empty for every day a loaded notice decides}
   */
  public abstract Optional<ProjectedYear> projectedYear();

  /**
   * {@return for a provisional statutory holiday, the day as 第二条 of the decree in force names it
   * (both festivals where 中秋 falls on 国庆); empty otherwise, including for published holidays}
   */
  public abstract Optional<StatutoryHoliday> statutoryHoliday();

  /**
   * {@return whether the day's kind is projected rather than published ({@link #projectedYear()})}
   */
  public boolean isProvisional() {
    return projectedYear().isPresent();
  }

  /** {@return whether the day is a working day} */
  public boolean isWorkingDay() {
    return kind().isWorkingDay();
  }

  /**
   * {@return the notice numbers behind the day joined with {@code 、}, for example {@code
   * 国办发明电〔2024〕12号}; empty when the day is not named by a notice}
   */
  public String noticeNumbers() {
    return String.join("、", notices().stream().map(HolidayNotice::number).toList());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(date()).append(' ').append(kind());
    festival().ifPresent(f -> sb.append(' ').append(f.name()));
    if (!notices().isEmpty()) {
      sb.append(" (").append(noticeNumbers()).append(')');
    }
    localRestDay()
        .ifPresent(l -> sb.append(' ').append(l.reason()).append(", ").append(l.authority()));
    statutoryHoliday()
        .ifPresent(
            h -> sb.append(" (").append(h.decree().number()).append(' ').append(h.article()));
    projectedYear()
        .ifPresent(
            y -> sb.append(statutoryHoliday().isPresent() ? ", " : " (").append("provisional)"));
    return sb.toString();
  }

  /**
   * Checks the one rule between the attributes; called by the generated implementation when the
   * value is built.
   *
   * @throws IllegalArgumentException if a statutory holiday is given for a day that is not a {@link
   *     DayKind#HOLIDAY} of a projected year, or its date is not the day's date
   */
  @Value.Check
  protected void check() {
    if (statutoryHoliday().isPresent()
        && (kind() != DayKind.HOLIDAY
            || projectedYear().isEmpty()
            || !statutoryHoliday().get().date().equals(date()))) {
      throw new IllegalArgumentException(
          date()
              + ": a provisional statutory holiday is a HOLIDAY of a projected year, on its own"
              + " date");
    }
  }
}
