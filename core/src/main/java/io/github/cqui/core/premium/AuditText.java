package io.github.cqui.core.premium;

import io.github.cqui.rules.Money;
import java.time.YearMonth;

/**
 * Writes the figures that the premium and recovery explanations list — amounts and months — into a
 * {@link StringBuilder} exactly as {@link Money#toString()} and {@link YearMonth#toString()} write
 * them, without their intermediate objects: an explanation lists many of them, and their strings
 * were most of a reimbursement's allocation. Stateless and thread-safe.
 */
public final class AuditText {

  /** ".00" to ".99": the cents of an amount in one append. */
  private static final String[] CENTS = new String[100];

  /** "-01" to "-12": the month of a year-month in one append. */
  private static final String[] MONTHS = new String[13];

  static {
    for (int i = 0; i < 100; i++) {
      CENTS[i] = (i < 10 ? ".0" : ".") + i;
    }
    for (int m = 1; m <= 12; m++) {
      MONTHS[m] = (m < 10 ? "-0" : "-") + m;
    }
  }

  private AuditText() {}

  /**
   * Appends an amount as {@link Money#toString()} writes it: {@code 1234.56}, {@code -0.05}.
   *
   * @param text where to append
   * @param amount the amount
   * @return {@code text}
   */
  public static StringBuilder yuan(StringBuilder text, Money amount) {
    long fen = amount.toFen();
    long yuan = fen / 100;
    long cents = Math.abs(fen % 100);
    if (fen < 0) {
      text.append('-');
      yuan = -yuan;
    }
    if (yuan <= Integer.MAX_VALUE) {
      text.append((int) yuan);
    } else {
      text.append(yuan);
    }
    return text.append(CENTS[(int) cents]);
  }

  /**
   * Appends a month as {@link YearMonth#toString()} writes it: {@code 2025-09}.
   *
   * @param text where to append
   * @param month the month
   * @return {@code text}
   */
  public static StringBuilder month(StringBuilder text, YearMonth month) {
    int year = month.getYear();
    if (year < 1000 || year > 9999) {
      return text.append(month);
    }
    return text.append(year).append(MONTHS[month.getMonthValue()]);
  }
}
