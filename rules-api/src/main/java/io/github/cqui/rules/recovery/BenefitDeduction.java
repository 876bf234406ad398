package io.github.cqui.rules.recovery;

import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableBenefitDeduction;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * Deduction from the person's later unemployment benefit (从其后续享受的失业保险待遇中予以抵扣, 渝人社办〔2025〕112号 三(四)):
 * the claim whose payments are deducted from (the same claim's later months or a later claim) and
 * the first month a deduction may be made.
 *
 * <p>The rule derives the claim's ledger itself and deducts from each month from {@link
 * #fromMonth()} on that the ledger pays (projected months included: they are the upcoming
 * payments), at most the I-16 cap of that month's payment ({@code deductionCapPercent}, 100 % by
 * default), rounded down to the fen — never against the person.
 *
 * <p>Properties, in order: {@code claim}, {@code fromMonth}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class BenefitDeduction {

  /** For the generated implementation only. */
  protected BenefitDeduction() {}

  /**
   * The claim whose payments are deducted from.
   *
   * @return the claim history
   */
  public abstract ClaimHistory claim();

  /**
   * The first month whose payment may be deducted from; not before the month the debt was
   * established.
   *
   * @return the month
   */
  public abstract YearMonth fromMonth();

  /**
   * A deduction from a claim's payments from a month on.
   *
   * @param claim the claim
   * @param fromMonth the first month
   * @return the deduction
   */
  public static BenefitDeduction of(ClaimHistory claim, YearMonth fromMonth) {
    return ImmutableBenefitDeduction.builder().claim(claim).fromMonth(fromMonth).build();
  }
}
