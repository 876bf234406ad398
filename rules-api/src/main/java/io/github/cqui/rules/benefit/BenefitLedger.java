package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The month-by-month ledger of a benefit claim through verifications, suspensions, stop events and
 * retirement (渝人社办〔2025〕112号 一(四), 一(五); 《重庆市失业保险条例》第二十条, 第二十四条; INTERPRETATIONS I-6 … I-11, I-14,
 * I-15, I-18, I-22): one line per calendar month from the start until the claim ends (and on
 * through any month with an actual payment), the projected last paid month, why the claim ended,
 * the overpayments, the report deadline of each stop event, and the explanation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class BenefitLedger {

  /** For the generated implementation only. */
  protected BenefitLedger() {}

  /** {@return the first month of entitlement (I-9)} */
  public abstract YearMonth startMonth();

  /** {@return the months of entitlement of the claim} */
  public abstract int entitlementMonths();

  /** {@return the month statutory retirement age is reached (POLICY-FACTS §4)} */
  public abstract YearMonth retirementMonth();

  /** {@return one line per month} */
  public abstract List<LedgerLine> lines();

  /** {@return the last month paid, projected past the record; empty when no month is paid} */
  public abstract Optional<YearMonth> lastPaidMonth();

  /** {@return why the claim ended} */
  public abstract ClaimEndReason endReason();

  /** {@return the stop event that ended it, if one did} */
  public abstract Optional<StopEvent> endEvent();

  /** {@return months of entitlement used} */
  public abstract int monthsUsed();

  /**
   * {@return months of entitlement left when the claim ended (kept for a later claim unless they
   * lapsed)}
   */
  public abstract int monthsLeft();

  /** {@return months suspended (deferred, I-8)} */
  public abstract int suspendedMonths();

  /** {@return months not payable for 灵活就业社保补贴 (I-15)} */
  public abstract int notPayableMonths();

  /** {@return months paid under the near-retirement extension (I-11)} */
  public abstract int extensionMonths();

  /** {@return everything due over the ledger} */
  public abstract Money totalDue();

  /** {@return every overpayment over the ledger} */
  public abstract Money totalOverpayment();

  /** {@return the report deadline of each stop event (一(五))} */
  public abstract List<ReportDeadline> reportDeadlines();

  /** {@return the interpretation switches that shaped the ledger, by id} */
  public abstract Map<Interpretation, String> switches();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
