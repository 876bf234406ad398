package io.github.cqui.core.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The verification record of one calendar month (渝人社办〔2025〕112号 一(四); I-7): whether it is past the
 * record (projected as verified), the day it was verified, and the months without a verification
 * after which the edition in force suspends payment (none before 2025-08-01, I-18).
 *
 * @param month the month
 * @param projected after the record: projected as verified
 * @param verifiedOn the day of the month's verification, if any
 * @param suspendAfter the consecutive missed months that suspend payment under the edition in force
 *     on the month's first day; empty where no edition suspends
 */
record MonthVerification(
    YearMonth month, boolean projected, Optional<LocalDate> verifiedOn, OptionalInt suspendAfter) {

  /**
   * Whether the month counts as verified: it is projected, was verified, or falls under an edition
   * that counts no month as missed (I-18).
   */
  boolean verified() {
    return projected || suspendAfter.isEmpty() || verifiedOn.isPresent();
  }

  /** The verification day for an explanation, or the month marked projected. */
  Object verifiedOnOrProjected() {
    return verifiedOn.<Object>map(day -> day).orElse(month + " (projected)");
  }
}
