package io.github.cqui.rules.testing;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The laws of the benefit ledger (渝人社办〔2025〕112号 一(四), 一(五)), as plain checks that throw {@link
 * AssertionError}: run them with {@link Property} over {@link LedgerGens}, or with any engine,
 * against any {@link CquiRules}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerLaws {

  private LedgerLaws() {}

  /**
   * On every line, months used plus months left is the entitlement; months used never exceeds it
   * (nor 24, 社会保险法 art 46), and equals the PAID lines that are not extension months.
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void monthsUsedAndLeftAddUp(CquiRules rules, ClaimHistory history) {
    BenefitLedger ledger = rules.benefits().ledger(history);
    int paid = 0;
    for (LedgerLine line : ledger.lines()) {
      check(
          line.monthsUsed() + line.monthsLeft() == history.entitlementMonths(),
          "%s: used %d + left %d != %d",
          line.month(),
          line.monthsUsed(),
          line.monthsLeft(),
          history.entitlementMonths());
      if (line.status() == LedgerStatus.PAID && !line.extension()) {
        paid++;
      }
    }
    check(
        paid == ledger.monthsUsed(), "%d PAID lines but %d months used", paid, ledger.monthsUsed());
    check(paid <= history.entitlementMonths() && paid <= 24, "%d months paid", paid);
  }

  /**
   * No month is paid after a stop event's last payable month (I-14), after the retirement month
   * (I-10), or with nothing due; only PAID lines have something due.
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void nothingIsPaidWhenItMayNotBe(CquiRules rules, ClaimHistory history) {
    BenefitLedger ledger = rules.benefits().ledger(history);
    YearMonth lastByAge =
        rules.switches().retirementMonth() == RetirementMonth.PAID
            ? ledger.retirementMonth()
            : ledger.retirementMonth().minusMonths(1);
    YearMonth lastByStop =
        history.stopEvents().stream()
            .map(
                e -> {
                  YearMonth month = YearMonth.from(e.date());
                  return rules.switches().stopInEventMonth().contains(e.type())
                      ? month.minusMonths(1)
                      : month;
                })
            .min(YearMonth::compareTo)
            .orElse(YearMonth.of(9999, 12));
    for (LedgerLine line : ledger.lines()) {
      if (line.status() == LedgerStatus.PAID) {
        check(!line.month().isAfter(lastByAge), "%s paid after retirement age", line.month());
        check(!line.month().isAfter(lastByStop), "%s paid after the stop event", line.month());
        check(line.due().isPositive() || line.due().isZero(), "%s due is negative", line.month());
      } else {
        check(
            line.due().isZero(), "%s is %s but %s is due", line.month(), line.status(), line.due());
      }
    }
  }

  /**
   * A suspension begins after two consecutive missed months, and payment resumes exactly the month
   * after the month of re-verification (I-8): in each run of SUSPENDED lines only the last month
   * can be verified (or projected), and the line after a run that ended by re-verification is not
   * SUSPENDED.
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void resumptionIsTheMonthAfterReVerification(
      CquiRules rules, ClaimHistory history) {
    BenefitLedger ledger = rules.benefits().ledger(history);
    Map<YearMonth, Verification> verified = new HashMap<>();
    history.verifications().forEach(v -> verified.put(v.month(), v));
    List<LedgerLine> lines = ledger.lines();
    for (int i = 0; i < lines.size(); i++) {
      LedgerLine line = lines.get(i);
      if (line.status() != LedgerStatus.SUSPENDED) {
        continue;
      }
      boolean verifiedHere = line.projected() || verified.containsKey(line.month());
      boolean nextSuspended =
          i + 1 < lines.size() && lines.get(i + 1).status() == LedgerStatus.SUSPENDED;
      check(
          !(verifiedHere && nextSuspended),
          "%s was verified but the next month is still suspended",
          line.month());
      if (i > 0 && lines.get(i - 1).status() != LedgerStatus.SUSPENDED) {
        YearMonth first = line.month();
        check(
            i >= 2
                && !verified.containsKey(first.minusMonths(1))
                && !verified.containsKey(first.minusMonths(2)),
            "%s suspended without two missed months before it",
            first);
      }
    }
  }

  /**
   * A claim that runs out its entitlement, with no extension, ends exactly the suspended and not
   * payable months later than it would have without them (一(四): 「不影响其应享受待遇总月数」; I-8, I-15).
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}; a claim
   *     that does not run out its entitlement, or has extension months, holds trivially
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void theEndMovesByTheDeferredMonths(CquiRules rules, ClaimHistory history) {
    BenefitLedger ledger = rules.benefits().ledger(history);
    if (ledger.endReason() != ClaimEndReason.ENTITLEMENT_EXHAUSTED
        || ledger.extensionMonths() > 0) {
      return;
    }
    YearMonth expected =
        ledger
            .startMonth()
            .plusMonths(
                history.entitlementMonths()
                    + ledger.suspendedMonths()
                    + ledger.notPayableMonths()
                    - 1L);
    check(
        ledger.lastPaidMonth().orElseThrow().equals(expected),
        "last paid %s, expected %s (start %s + %d months + %d suspended + %d not payable)",
        ledger.lastPaidMonth().orElseThrow(),
        expected,
        ledger.startMonth(),
        history.entitlementMonths(),
        ledger.suspendedMonths(),
        ledger.notPayableMonths());
  }

  /**
   * A later month never changes an earlier line: the ledger of the history as it stood at the end
   * of {@code month} (the record, payments and events up to then) has every line up to that month
   * unchanged in the ledger of the whole history.
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}
   * @param month the month the history is cut at, within the dates the rules take; a month not
   *     before the history's {@code recordedThrough} holds trivially
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void aLaterMonthNeverChangesAnEarlierLine(
      CquiRules rules, ClaimHistory history, YearMonth month) {
    if (!month.isBefore(history.recordedThrough())) {
      return;
    }
    ClaimHistory prefix =
        ClaimHistory.builder()
            .from(history)
            .recordedThrough(month)
            .verifications(
                history.verifications().stream().filter(v -> !v.month().isAfter(month)).toList())
            .actualPayments(
                history.actualPayments().stream().filter(p -> !p.month().isAfter(month)).toList())
            .stopEvents(
                history.stopEvents().stream()
                    .filter(e -> !YearMonth.from(e.date()).isAfter(month))
                    .toList())
            .build();
    Map<YearMonth, LedgerLine> whole = new HashMap<>();
    rules.benefits().ledger(history).lines().forEach(l -> whole.put(l.month(), l));
    for (LedgerLine line : rules.benefits().ledger(prefix).lines()) {
      if (line.month().isAfter(month)) {
        break;
      }
      LedgerLine later = whole.get(line.month());
      check(
          line.equals(later),
          "as of %s: %s, but the whole history gives %s",
          month,
          line,
          later == null ? "no line" : later);
    }
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
