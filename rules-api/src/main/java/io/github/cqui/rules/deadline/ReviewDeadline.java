package io.github.cqui.rules.deadline;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.RestDay;
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

  /** {@return the first working day counted} */
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
   * {@return the rest days skipped between the receipt and the deadline, with festival and notice}
   */
  public abstract List<RestDay> restDaysPassed();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /**
   * {@return the interpretation switches that shaped the result, by id (e.g. {@code I-1 -> off})}
   */
  public abstract Map<Interpretation, String> switches();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
