package io.github.cqui.rules;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rest day passed while counting a period: a weekend day, a holiday of a State Council notice
 * (with its festival and notices), or a local rest day. The calendar's {@code DayInfo}, in a form
 * for JSON and audit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RestDay {

  /** For the generated implementation only. */
  protected RestDay() {}

  /** {@return the rest day} */
  public abstract LocalDate date();

  /**
   * {@return the kind of rest day, as the calendar says it: {@link DayKind#WEEKEND}, {@link
   * DayKind#HOLIDAY} or {@link DayKind#LOCAL_REST_DAY}. JSON: the constant's name}
   */
  public abstract DayKind kind();

  /**
   * {@return for a holiday, the festival in Chinese as the notice names it (e.g. 国庆节); empty for a
   * weekend day or a local rest day}
   */
  public abstract Optional<String> festival();

  /**
   * {@return for a holiday, the festival in English (e.g. National Day); empty for a weekend day or
   * a local rest day}
   */
  public abstract Optional<String> festivalEnglish();

  /**
   * For a holiday: the notices of its year (e.g. 国办发明电〔2024〕12号); for a statutory holiday of a year
   * whose notice is not yet published, projected (INTERPRETATIONS I-5), the decree whose 第二条 names
   * it (e.g. 国务院令第795号); for a local rest day, the authority.
   *
   * @return the notice numbers, the decree number or the authority; empty for a weekend day
   */
  public abstract List<String> notices();
}
