package io.github.cqui.core.benefit;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The run of consecutive months without a verification up to now (渝人社办〔2025〕112号 一(四):
 * 「连续两个月未进行资格核验的，暂停发放」; I-7).
 *
 * @param months how many months the run has
 * @param since its first month; empty for no run
 */
record MissedVerifications(int months, Optional<YearMonth> since) {

  /** No month missed. */
  static final MissedVerifications NONE = new MissedVerifications(0, Optional.empty());

  /** The run after {@code month}: ended by a verification, or one month longer. */
  MissedVerifications after(YearMonth month, boolean verified) {
    if (verified) {
      return NONE;
    }
    return new MissedVerifications(months + 1, months == 0 ? Optional.of(month) : since);
  }

  /**
   * The first missed month, when the run has just reached the months after which the edition in
   * force suspends payment.
   */
  Optional<YearMonth> reached(OptionalInt suspendAfter) {
    return suspendAfter.isPresent() && months == suspendAfter.getAsInt() ? since : Optional.empty();
  }
}
