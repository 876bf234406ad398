package io.github.cqui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One date of the calendar: its kind, and for a holiday or make-up working day its festival and the
 * notices behind it; for a local rest day, the closure.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CquiStyle
public abstract class DayInfo {

  /** The date. */
  public abstract LocalDate date();

  /** The kind of day. */
  public abstract DayKind kind();

  /** For a {@link DayKind#HOLIDAY} or {@link DayKind#MAKE_UP_WORKING_DAY}: its festival. */
  public abstract Optional<Festival> festival();

  /**
   * For a holiday or make-up working day: the notices of the notice year that lists it (the
   * original notice first, then any amending notice, whose {@link HolidayNotice#amends()} says what
   * it changed). Empty for other kinds.
   */
  public abstract List<HolidayNotice> notices();

  /** For a {@link DayKind#LOCAL_REST_DAY}: the local closure. */
  public abstract Optional<LocalRestDay> localRestDay();

  /** Whether the day is a working day. */
  public boolean isWorkingDay() {
    return kind().isWorkingDay();
  }

  /**
   * The notice numbers behind the day joined with {@code 、}, for example {@code 国办发明电〔2024〕12号};
   * empty when the day is not named by a notice.
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
    return sb.toString();
  }
}
