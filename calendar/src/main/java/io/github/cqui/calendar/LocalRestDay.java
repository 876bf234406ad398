package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableLocalRestDay;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A working day of the national schedule that a local authority closed, for example a county
 * closure for an ethnic festival in one of Chongqing's autonomous counties (《全国年节及纪念日放假办法》 art 4).
 * None is bundled; add them with {@link WorkingDayCalendar#withLocalRestDays}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CalendarStyle
public abstract class LocalRestDay {

  /** For the generated implementation only. */
  protected LocalRestDay() {}

  /** {@return the closed date} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return why the day is closed, for example {@code 土家族摆手节}} */
  @Value.Parameter
  public abstract String reason();

  /** {@return the authority that decided it, for example {@code 石柱土家族自治县人民政府}} */
  @Value.Parameter
  public abstract String authority();

  /**
   * A local rest day.
   *
   * @param date the date closed; that it is a working day of a published year is checked when the
   *     day is added to a calendar ({@link WorkingDayCalendar#withLocalRestDays})
   * @param reason why the day is closed, not blank, printable
   * @param authority the authority that decided it, not blank, printable
   * @return the local rest day
   * @throws CalendarDataException if the reason or the authority is blank, or has a control
   *     character or a lone surrogate
   */
  public static LocalRestDay of(LocalDate date, String reason, String authority) {
    return ImmutableLocalRestDay.of(date, reason, authority);
  }

  /**
   * Checks the reason and the authority; called by the generated implementation when the day is
   * built.
   *
   * @throws CalendarDataException if the reason or the authority is blank, or has a control
   *     character or a lone surrogate
   */
  @Value.Check
  protected void check() {
    if (reason().isBlank() || authority().isBlank()) {
      throw new CalendarDataException(
          "local rest day " + date() + ": the reason and the authority must be non-blank");
    }
    checkText("reason", reason());
    checkText("authority", authority());
  }

  private void checkText(String field, String text) {
    String unprintable = MiniJson.unprintable(text);
    if (unprintable != null) {
      throw new CalendarDataException(
          "local rest day "
              + date()
              + ": the "
              + field
              + " '"
              + MiniJson.excerpt(text)
              + "' "
              + unprintable);
    }
  }
}
