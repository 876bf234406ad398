package io.github.cqui.rules.notice;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.internal.ProvisionalChecks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The 稳岗返还 public notice of an enterprise that did not confirm its refund:
 * 「在区县政府网站公示不少于30日，公示期满仍未确认的，视为放弃」 (渝人社办〔2025〕112号 二(一)). Per INTERPRETATIONS I-20: day 30 after
 * publication (the publication day not counted, 民法典 art 201); if it is a rest day it rolls to the
 * next working day (art 203, a switch); an unconfirmed entry is deemed waived from the day after.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PublicNoticePeriod {

  /** For the generated implementation only. */
  protected PublicNoticePeriod() {}

  /** {@return the publication date; it is not counted (民法典 art 201)} */
  public abstract LocalDate publishedOn();

  /** {@return the notice period in calendar days (30), from the edition in force on publication} */
  public abstract int days();

  /** {@return day {@link #days()} after publication, before any roll-forward} */
  public abstract LocalDate nominalLastDay();

  /** {@return the last day of the notice, after any roll-forward (I-20)} */
  public abstract LocalDate lastDay();

  /**
   * {@return the first day on which an unconfirmed entry is deemed waived: the day after {@link
   * #lastDay()}}
   */
  public abstract LocalDate waivedFrom();

  /** {@return the rest days rolled past at the end; empty when the end did not roll} */
  public abstract List<RestDay> restDaysPassed();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /**
   * {@return the interpretation switches that shaped the result, by id (e.g. {@code I-1 -> off})}
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the last day of the notice,
   * after any roll-forward may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》 gives
   * those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when every day it depends
   * on is published. JSON: omitted when empty.
   *
   * @return the provisional years
   */
  public abstract List<ProvisionalYear> provisionalYears();

  /**
   * Whether the result is provisional: it depends on a year whose notice was not yet published
   * ({@link #provisionalYears()} is not empty). Published beats provisional: once the year's notice
   * is loaded, the rules' answer may differ.
   *
   * @return {@code true} when provisional
   */
  public boolean isProvisional() {
    return !provisionalYears().isEmpty();
  }

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();

  /**
   * Checks that the provisional years are in ascending order of year, each year once; called by the
   * generated implementation when the result is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException naming the first year out of order
   */
  @Value.Check
  protected void checkProvisionalYears() {
    ProvisionalChecks.requireAscending("provisionalYears", provisionalYears());
  }
}
