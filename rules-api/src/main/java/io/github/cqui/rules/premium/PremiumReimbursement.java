package io.github.cqui.rules.premium;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The reimbursement of the medical premium a benefit recipient paid as an individual
 * (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-12, I-13, I-24): month by month, {@code min(actual,
 * standard)} for each month in which benefit was paid and one receipt covers it; the months
 * refused, with why; the months pending for want of a standard; the totals; and the explanation,
 * each step with its clause and I-….
 *
 * <p>Each month of the application appears in exactly one of {@link #reimbursed()}, {@link
 * #refused()} and {@link #pending()}, each list in month order.
 *
 * <p>Properties, in order: {@code applicationDate}, {@code startMonth}, {@code reimbursed}, {@code
 * refused}, {@code pending}, {@code totalActual}, {@code totalStandard}, {@code totalReimbursed},
 * {@code switches}, {@code explanation}. Built only by the rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PremiumReimbursement {

  /** For the generated implementation only. */
  protected PremiumReimbursement() {}

  /**
   * The day of the application.
   *
   * @return the date
   */
  public abstract LocalDate applicationDate();

  /**
   * The claim's first month (I-9).
   *
   * @return the month
   */
  public abstract YearMonth startMonth();

  /**
   * The months reimbursed, in month order.
   *
   * @return the months
   */
  public abstract List<ReimbursedMonth> reimbursed();

  /**
   * The months refused, in month order.
   *
   * @return the months
   */
  public abstract List<RefusedMonth> refused();

  /**
   * The months pending for want of a standard, in month order; empty when every month is answered.
   *
   * @return the months
   */
  public abstract List<PendingMonth> pending();

  /**
   * The premium actually paid for the reimbursed months.
   *
   * @return the sum of {@link ReimbursedMonth#actual()}
   */
  public abstract Money totalActual();

  /**
   * The standards of the reimbursed months.
   *
   * @return the sum of {@link ReimbursedMonth#standard()}
   */
  public abstract Money totalStandard();

  /**
   * The amount reimbursed: never more than either total above (I-13).
   *
   * @return the sum of {@link ReimbursedMonth#reimbursed()}
   */
  public abstract Money totalReimbursed();

  /**
   * The interpretation switches that shaped the result, by interpretation (I-9, I-12, I-14).
   *
   * @return the switch values
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The explanation, one step per outcome, each listing its months with their figures and citing
   * its clause and I-…: the receipts split across several months (and where their odd fen go), the
   * months reimbursed at the actual premium and at the standard, each reason for refusal, the
   * pending months, the total with the 代缴标准 table. The ledger's own steps are not repeated.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();
}
