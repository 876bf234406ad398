package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a statutory period ends, and why: the nominal last day that counting gives, the actual last
 * day after any roll-forward past rest days, and the rest days passed on the way, so a rule can
 * explain its answer.
 *
 * <ul>
 *   <li>For {@link PeriodUnit#WORKING_DAYS}: {@link #nominalLastDay()} and {@link #lastDay()} are
 *       both the <i>n</i>-th working day after the start; {@link #restDaysPassed()} are the rest
 *       days skipped between the start (exclusive) and the end.
 *   <li>For {@link PeriodUnit#CALENDAR_DAYS} and {@link PeriodUnit#MONTHS}: {@link
 *       #nominalLastDay()} is the day that counting gives (民法典 arts 201, 202); {@link #lastDay()}
 *       is the next working day if the nominal end is a rest day and the period rolls forward (art
 *       203), and {@link #restDaysPassed()} are the rest days rolled past, from the nominal end on.
 * </ul>
 *
 * <p><b>Provisional.</b> An end that depends on a day of a year the calendar only projects ({@link
 * CoverageMode#PROVISIONAL}, INTERPRETATIONS I-5) is provisional: {@link #provisionalYears()} lists
 * those years, with the decree and article they were projected under. Re-derive it once the year's
 * notice is loaded with {@link WorkingDayCalendar#recompute(PeriodEnd)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class PeriodEnd {

  /** For the generated implementation only. */
  protected PeriodEnd() {}

  /** The day the period starts from; it is not counted (民法典 art 201). */
  public abstract LocalDate start();

  /** The length of the period in {@link #unit()}s. */
  public abstract int amount();

  /** The unit of the period. */
  public abstract PeriodUnit unit();

  /** How a rest day at the end is handled ({@link LastDayRule#KEEP} for working-day periods). */
  public abstract LastDayRule lastDayRule();

  /** The last day that counting gives, before any roll-forward. */
  public abstract LocalDate nominalLastDay();

  /** The actual last day of the period. */
  public abstract LocalDate lastDay();

  /** The rest days passed: skipped while counting working days, or rolled past at the end. */
  public abstract List<DayInfo> restDaysPassed();

  /**
   * The projected years whose days the end depends on, ascending: for a working-day period, the
   * days after the start up to the end; for a rolled period, the days from the nominal end to the
   * end. Empty when every such day is published.
   */
  public abstract List<ProjectedYear> provisionalYears();

  /** Whether the end depends on a projected year ({@link #provisionalYears()} is not empty). */
  public boolean isProvisional() {
    return !provisionalYears().isEmpty();
  }

  /** Whether the end moved past rest days (民法典 art 203). */
  public boolean rolledForward() {
    return !lastDay().equals(nominalLastDay());
  }
}
