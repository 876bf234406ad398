package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableFestival;
import org.immutables.value.Value;

/**
 * A festival (节日) of the State Council holiday notices, by its Chinese name with an English gloss,
 * for example 国庆节 / National Day.
 *
 * <p>Immutable and thread-safe; equal when both names are equal.
 */
@Value.Immutable
@CalendarStyle
public abstract class Festival {

  /** For the generated implementation only. */
  protected Festival() {}

  /** {@return the Chinese name, exactly as the notice writes it, for example {@code 国庆节}} */
  @Value.Parameter
  public abstract String name();

  /** {@return the English name, for example {@code National Day}} */
  @Value.Parameter
  public abstract String englishName();

  /**
   * A festival from its names.
   *
   * @param name the Chinese name, not blank, printable
   * @param englishName the English name, not blank, printable
   * @return the festival
   * @throws CalendarDataException if either name is blank, or has a control character or a lone
   *     surrogate
   */
  public static Festival of(String name, String englishName) {
    return ImmutableFestival.of(name, englishName);
  }

  /**
   * Checks both names; called by the generated implementation when the festival is built.
   *
   * @throws CalendarDataException if either name is blank, or has a control character or a lone
   *     surrogate
   */
  @Value.Check
  protected void check() {
    if (name().isBlank() || englishName().isBlank()) {
      throw new CalendarDataException(
          "festival '"
              + MiniJson.excerpt(name())
              + "' / '"
              + MiniJson.excerpt(englishName())
              + "': both names must be non-blank");
    }
    checkText("name", name());
    checkText("English name", englishName());
  }

  private void checkText(String which, String text) {
    String unprintable = MiniJson.unprintable(text);
    if (unprintable != null) {
      throw new CalendarDataException(
          "festival '" + MiniJson.excerpt(name()) + "': the " + which + " " + unprintable);
    }
  }

  @Override
  public String toString() {
    return name() + " (" + englishName() + ")";
  }
}
