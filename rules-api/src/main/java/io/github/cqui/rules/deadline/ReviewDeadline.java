package io.github.cqui.rules.deadline;

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
 * The last day of the review of a benefit application: 「失业保险经办机构应当自收到申请之日起7个工作日内完成审核」
 * (渝人社办〔2025〕112号 一(二)), 10 working days before 2025-08-01 (《社会保险经办条例》第二十四条; I-18).
 *
 * <p>The day of receipt is not counted (I-1, 民法典 art 201); make-up working days count (I-2); a
 * receipt after the office-hours cut-off, when that switch is on, is treated as received on the
 * next working day (I-1).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReviewDeadline {

  /** For the generated implementation only. */
  protected ReviewDeadline() {}

  /** {@return the application as received} */
  public abstract ReviewRequest request();

  /**
   * {@return the receipt date in law: the receipt date, or the next working day after an
   * after-hours receipt (I-1)}
   */
  public abstract LocalDate deemedReceipt();

  /** {@return the first working day counted: the first working day after the deemed receipt} */
  public abstract LocalDate clockStart();

  /**
   * {@return the review period in working days, from the edition in force on the receipt date
   * (I-18)}
   */
  public abstract int workingDays();

  /**
   * {@return the last day of the review: the {@link #workingDays()}-th working day after {@link
   * #deemedReceipt()}}
   */
  public abstract LocalDate lastDay();

  /**
   * {@return the rest days skipped between the deemed receipt and the deadline, in date order, with
   * festival and notice}
   */
  public abstract List<RestDay> restDaysPassed();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /**
   * {@return the interpretation switches that shaped the result, by id (e.g. {@code I-1 -> off})}
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the review deadline and the
   * rest days counted to it may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》 gives
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
