package io.github.cqui.calendar;

import io.github.cqui.calendar.internal.CalendarStyle;
import io.github.cqui.calendar.internal.ImmutableHolidayNotice;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published holiday notice (for example 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号), or a notice
 * amending one.
 *
 * <p>Validated when built: the number, the issuer, the url and any {@code amends} are not blank and
 * printable (no control character, no lone surrogate); the url is an {@code http://} or {@code
 * https://} address; the notice is not published before it is dated. A violation throws {@link
 * CalendarDataException} naming the notice and the rule. Whether its dates fit its notice year is
 * checked by {@link NoticeYear}.
 *
 * <p>Immutable and thread-safe; equal when every field is equal.
 */
@Value.Immutable
@CalendarStyle
public abstract class HolidayNotice {

  /** For the generated implementation only. */
  protected HolidayNotice() {}

  /** {@return the document number, for example {@code 国办发明电〔2024〕12号}} */
  public abstract String number();

  /** {@return the issuing body, for example {@code 国务院办公厅}} */
  public abstract String issuer();

  /** {@return the date the notice is dated} */
  public abstract LocalDate dated();

  /** {@return the date the notice was published} */
  public abstract LocalDate published();

  /** {@return where the official text is published} */
  public abstract String url();

  /**
   * {@return for an amending notice, what it changed in the year's schedule; empty for an original
   * notice}
   */
  public abstract Optional<String> amends();

  /**
   * A builder for a holiday notice.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a holiday notice: the generated setters, {@code from} and {@code build()}, which
   * validates it and throws {@link CalendarDataException} naming a missing or invalid attribute.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableHolidayNotice.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the notice by the rules of the class comment; called by the generated implementation
   * when the notice is built.
   *
   * @throws CalendarDataException if the number, the issuer, the url or the {@code amends} text is
   *     blank or has a control character or a lone surrogate, the url is not an {@code http://} or
   *     {@code https://} address, or the notice is published before it is dated
   */
  @Value.Check
  protected void check() {
    if (number().isBlank()) {
      throw new CalendarDataException(
          "notice number '" + MiniJson.excerpt(number()) + "' must not be blank");
    }
    checkText("number", number());
    checkText("issuer", issuer());
    checkText("url", url());
    if (amends().isPresent()) {
      checkText("amends", amends().get());
    }
    if (!url().startsWith("https://") && !url().startsWith("http://")) {
      throw new CalendarDataException(
          "notice "
              + MiniJson.excerpt(number())
              + ": the url '"
              + MiniJson.excerpt(url())
              + "' is not an http or https address of the official text");
    }
    if (published().isBefore(dated())) {
      throw new CalendarDataException(
          "notice "
              + MiniJson.excerpt(number())
              + ": published "
              + published()
              + " is before the date it is dated, "
              + dated());
    }
  }

  private void checkText(String field, String text) {
    if (text.isBlank()) {
      throw new CalendarDataException(
          "notice " + MiniJson.excerpt(number()) + ": the " + field + " must not be blank");
    }
    String unprintable = MiniJson.unprintable(text);
    if (unprintable != null) {
      throw new CalendarDataException(
          "notice "
              + MiniJson.excerpt(number())
              + ": the "
              + field
              + " '"
              + MiniJson.excerpt(text)
              + "' "
              + unprintable);
    }
  }

  @Override
  public String toString() {
    return number() + " (" + issuer() + ", published " + published() + ")";
  }
}
