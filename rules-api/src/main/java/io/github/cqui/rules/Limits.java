package io.github.cqui.rules;

import io.github.cqui.rules.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The documented bounds of every size that drives the work of a rule, checked up front: an input
 * beyond one is refused with an {@link InvalidInputException} naming the field (never cut, picked
 * or walked into until memory runs out). Nothing silently wrong (DESIGN.md, cross-cutting rules).
 *
 * <ul>
 *   <li><b>Dates</b>: a rule takes dates and months from {@link #EARLIEST_DATE} to {@link
 *       #LATEST_DATE} (years 1900 to 2199): wide enough for every birth month and every case, and
 *       far enough from {@link LocalDate#MAX} and {@link LocalDate#MIN} that no period, deadline or
 *       retirement age computed from them overflows. Years outside the calendar's coverage are
 *       refused by the calendar as before (I-5).
 *   <li><b>The ledger horizon</b>: every month of a claim that the ledger walks to (the
 *       verification record, an actual payment, a period of 灵活就业社保补贴, the first month under the I-9
 *       switch) is at most {@link #LEDGER_HORIZON_MONTHS} months after the month of registration; a
 *       ledger therefore has at most a few hundred lines.
 *   <li><b>Amounts</b>: an amount given as input (a benefit standard, a payment, a receipt, a 代缴标准,
 *       a repayment) is at most {@link #MAX_AMOUNT} (一亿元), so no total of a bounded list of them
 *       can overflow {@link Money}.
 *   <li><b>Lists</b>: a list in a request has at most {@link #MAX_LIST_SIZE} elements.
 *   <li><b>Allocations</b>: {@link Money#allocate(int)} and {@link Money#allocate(long...)} make at
 *       most {@link #MAX_PARTS} parts.
 * </ul>
 *
 * <p>Messages quote at most the first 200 characters of an offending value ({@link
 * InvalidInputException#of(String, Object, String)}).
 */
public final class Limits {

  private Limits() {}

  /** The earliest date a rule takes: 1900-01-01. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date a rule takes: 2199-12-31. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** The most months after the month of registration that a ledger walks to: 120 (ten years). */
  public static final int LEDGER_HORIZON_MONTHS = 120;

  /** The largest amount given as input: 100,000,000.00 元 (一亿元). */
  public static final Money MAX_AMOUNT = Money.ofFen(10_000_000_000L);

  /** The most elements of a list in a request: 1,000. */
  public static final int MAX_LIST_SIZE = 1_000;

  /** The most parts of one allocation of {@link Money}: 100,000. */
  public static final int MAX_PARTS = 100_000;

  /**
   * Whether a date is within the dates a rule takes.
   *
   * @param date the date
   * @return {@code EARLIEST_DATE <= date <= LATEST_DATE}
   */
  public static boolean isWithinDates(LocalDate date) {
    Checks.requireNonNull("date", date);
    return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
  }

  /**
   * Whether a month is within the dates a rule takes.
   *
   * @param month the month
   * @return whether its first and last days are within {@link #EARLIEST_DATE} .. {@link
   *     #LATEST_DATE}
   */
  public static boolean isWithinDates(YearMonth month) {
    Checks.requireNonNull("month", month);
    return isWithinDates(month.atDay(1)) && isWithinDates(month.atEndOfMonth());
  }
}
