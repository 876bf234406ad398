package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.internal.ProvisionalChecks;
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
 * the overpayments, the report deadline of each stop event (or why it is pending, I-5), and the
 * explanation.
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

  /** {@return the months of entitlement of the claim, as its history gives them} */
  public abstract int entitlementMonths();

  /** {@return the month statutory retirement age is reached (POLICY-FACTS §4)} */
  public abstract YearMonth retirementMonth();

  /**
   * {@return one line per month, in order: from {@link #startMonth()} until the claim ends, and on
   * through any later month with an actual payment}
   */
  public abstract List<LedgerLine> lines();

  /**
   * {@return the last month paid, projected past the verification record; empty when no month is
   * paid}
   */
  public abstract Optional<YearMonth> lastPaidMonth();

  /** {@return why the claim ended} */
  public abstract ClaimEndReason endReason();

  /**
   * {@return the stop event that ended the claim: present exactly when {@link #endReason()} is
   * {@link ClaimEndReason#STOP_EVENT}}
   */
  public abstract Optional<StopEvent> endEvent();

  /**
   * {@return the months of entitlement used: the months paid, less those paid under the
   * near-retirement extension}
   */
  public abstract int monthsUsed();

  /**
   * {@return the months of entitlement left when the claim ended (kept for a later claim unless
   * they lapsed)}
   */
  public abstract int monthsLeft();

  /** {@return the number of months suspended (deferred, I-8)} */
  public abstract int suspendedMonths();

  /** {@return the number of months not payable for 灵活就业社保补贴 (I-15)} */
  public abstract int notPayableMonths();

  /**
   * {@return the number of months paid under the near-retirement extension (I-11), beyond the
   * entitlement}
   */
  public abstract int extensionMonths();

  /** {@return everything due over the ledger: the sum of the lines' {@link LedgerLine#due()}} */
  public abstract Money totalDue();

  /**
   * {@return every overpayment over the ledger: the sum of the lines' {@link
   * LedgerLine#overpayment()}}
   */
  public abstract Money totalOverpayment();

  /**
   * The report deadline of each stop event that can be answered (一(五)), in the claim's order of
   * events.
   *
   * @return the report deadlines; empty when there is no stop event or every one is pending
   */
  public abstract List<ReportDeadline> reportDeadlines();

  /**
   * The report deadline of each stop event that cannot be answered yet, with why (I-5): e.g. 20
   * working days after a re-employment on 2026-12-10 need 2027, whose holiday notice is not loaded.
   * Every month of the ledger is answered all the same: only the deadline is pending. Each stop
   * event is in exactly one of {@link #reportDeadlines()} and this list. JSON: omitted when empty.
   *
   * @return the pending report deadlines, in the claim's order of events
   */
  public abstract List<PendingReportDeadline> pendingReportDeadlines();

  /** {@return the interpretation switches that shaped the ledger, by id, with their values} */
  public abstract Map<Interpretation, String> switches();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, its report deadlines (the
   * months of the ledger depend on no holiday) may depend on the statutory holidays that 第二条 of
   * 《全国年节及纪念日放假办法》 gives those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when
   * every day it depends on is published. JSON: omitted when empty.
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
