package io.github.cqui.rules.testing;

import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    YearMonth lastByAge = lastPayableByAge(rules, ledger);
    YearMonth lastByStop = lastPayableByStop(rules, history);
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
   * Payment is suspended in exactly the months I-8 suspends, and in no other (渝人社办〔2025〕112号 一(四):
   * 「连续两个月未进行资格核验的，暂停发放」, 「可从次月起恢复发放」; I-8, with I-7 and I-18). Walking the ledger from the claim's
   * first month:
   *
   * <ul>
   *   <li>a month is missed when it lies within the verification record, has no verification, and
   *       falls under an edition that suspends after missed months ({@link
   *       ParameterKey#SUSPENSION_AFTER_MISSED_MONTHS}: two, from 2025-08-01; I-18); a month after
   *       the record is projected as verified;
   *   <li>while payment runs (PAID or NOT_PAYABLE lines), a missed month adds to the run of missed
   *       months and any other month ends it; when the run reaches two in month M+1, M and M+1 stay
   *       paid and M+2 is the first SUSPENDED month. No other month of a running payment is
   *       SUSPENDED, the claim's first month included;
   *   <li>once suspended, every month is SUSPENDED up to and including the first verified (or
   *       projected) month R, and payment resumes in R+1, which is not SUSPENDED (no back-pay,
   *       I-8);
   *   <li>a suspension ends otherwise only with the claim, on a STOPPED line: after a stop event's
   *       last payable month (I-14) or retirement age (I-10), at the maximum suspension (I-8
   *       switch), or in M+2 when M+1 used up the entitlement outside the extension or under 条例 art
   *       20(6) (I-6 switch). No month after a STOPPED line, a stop event's last payable month or
   *       retirement age is SUSPENDED, and the ledger never ends while payment is suspended.
   * </ul>
   *
   * @param rules the rules under test
   * @param history a valid claim history, e.g. from {@link LedgerGens#claimHistories()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void resumptionIsTheMonthAfterReVerification(
      CquiRules rules, ClaimHistory history) {
    BenefitLedger ledger = rules.benefits().ledger(history);
    YearMonth lastByAge = lastPayableByAge(rules, ledger);
    YearMonth lastByStop = lastPayableByStop(rules, history);
    Optional<Integer> maximum = rules.switches().maximumSuspensionMonths();
    List<LedgerLine> lines = ledger.lines();
    // while paying: the run of missed months and its first month
    int missed = 0;
    YearMonth missedSince = ledger.startMonth();
    // while suspended: its first month, and its months without a verification so far
    Optional<YearMonth> suspendedFrom = Optional.empty();
    int unverified = 0;
    Optional<YearMonth> endedIn = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      LedgerLine line = lines.get(i);
      YearMonth month = line.month();
      LedgerStatus status = line.status();
      if (status == LedgerStatus.SUSPENDED) {
        check(!month.isAfter(lastByStop), "%s suspended after the stop event", month);
        check(!month.isAfter(lastByAge), "%s suspended after retirement age", month);
        check(
            endedIn.isEmpty(),
            "%s suspended after the claim ended in %s",
            month,
            endedIn.orElse(month));
      }
      if (endedIn.isPresent()) {
        continue;
      }
      if (status == LedgerStatus.STOPPED) {
        if (suspendedFrom.isPresent()) {
          boolean first = month.equals(suspendedFrom.get());
          boolean exhausted =
              i > 0 && lines.get(i - 1).monthsLeft() == 0 && !lines.get(i - 1).extension();
          check(
              month.isAfter(lastByStop)
                  || month.isAfter(lastByAge)
                  || (maximum.isPresent() && unverified >= maximum.get())
                  || (first && (exhausted || rules.switches().applyRegulationArticle20Item6())),
              "%s is STOPPED during the suspension from %s, with no stop event, retirement age,"
                  + " lapse or used-up entitlement to end the claim",
              month,
              suspendedFrom.get());
        }
        endedIn = Optional.of(month);
        continue;
      }
      boolean verifiedHere = verifiedIn(rules, history, month);
      if (suspendedFrom.isEmpty()) {
        check(
            status != LedgerStatus.SUSPENDED || i > 0,
            "%s suspended in the claim's first month: no month before it was missed",
            month);
        check(
            status != LedgerStatus.SUSPENDED,
            "%s suspended without two missed months before it",
            month);
        missed = verifiedHere ? 0 : missed + 1;
        missedSince = missed == 1 ? month : missedSince;
        Optional<Integer> suspendAfter = suspendAfterIn(rules, month);
        if (suspendAfter.isPresent() && missed == suspendAfter.get()) {
          suspendedFrom = Optional.of(month.plusMonths(1));
          unverified = 0;
        }
        continue;
      }
      if (status != LedgerStatus.SUSPENDED) {
        check(
            !month.equals(suspendedFrom.get()),
            "%s is %s after the missed months %s to %s: the suspension starts in it",
            month,
            status,
            missedSince,
            month.minusMonths(1));
        throw failure(
            "%s is %s, but the suspension from %s resumes only the month after a"
                + " re-verification",
            month, status, suspendedFrom.get());
      }
      check(
          maximum.isEmpty() || unverified < maximum.get(),
          "%s suspended beyond the maximum suspension of %d months",
          month,
          maximum.orElse(0));
      if (verifiedHere) {
        check(
            i + 1 == lines.size() || lines.get(i + 1).status() != LedgerStatus.SUSPENDED,
            "%s was verified but the next month is still suspended",
            month);
        suspendedFrom = Optional.empty();
        missed = 0;
      } else {
        unverified++;
      }
    }
    if (suspendedFrom.isPresent() && endedIn.isEmpty() && !lines.isEmpty()) {
      LedgerLine last = lines.get(lines.size() - 1);
      boolean exhausted =
          last.month().plusMonths(1).equals(suspendedFrom.get())
              && last.monthsLeft() == 0
              && !last.extension();
      check(
          exhausted,
          "the ledger ends with %s while payment is suspended: no resumption or stop follows",
          last.month());
    }
  }

  /** Whether a month counts as verified for I-8: projected, verified, or under no suspension. */
  private static boolean verifiedIn(CquiRules rules, ClaimHistory history, YearMonth month) {
    return month.isAfter(history.recordedThrough())
        || history.verifications().stream().anyMatch(v -> v.month().equals(month))
        || suspendAfterIn(rules, month).isEmpty();
  }

  /**
   * The consecutive missed months that suspend payment under the edition in force on the month's
   * first day; empty before 2025-08-01, when no month counts as missed (I-18).
   */
  private static Optional<Integer> suspendAfterIn(CquiRules rules, YearMonth month) {
    return rules
        .editions()
        .findParameterOn(month.atDay(1), ParameterKey.SUSPENSION_AFTER_MISSED_MONTHS)
        .map(PolicyParameter::value);
  }

  /** The last month payable by age: the retirement month or the one before (I-10 switch). */
  private static YearMonth lastPayableByAge(CquiRules rules, BenefitLedger ledger) {
    return rules.switches().retirementMonth() == RetirementMonth.PAID
        ? ledger.retirementMonth()
        : ledger.retirementMonth().minusMonths(1);
  }

  /**
   * The last month payable before the first stop event ends payment: its month, or the month before
   * for the types that stop in the event month (I-14); 9999-12 when none.
   */
  private static YearMonth lastPayableByStop(CquiRules rules, ClaimHistory history) {
    return history.stopEvents().stream()
        .map(
            e -> {
              YearMonth month = YearMonth.from(e.date());
              return rules.switches().stopInEventMonth().contains(e.type())
                  ? month.minusMonths(1)
                  : month;
            })
        .min(YearMonth::compareTo)
        .orElse(YearMonth.of(9999, 12));
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
      throw failure(format, args);
    }
  }

  private static AssertionError failure(String format, Object... args) {
    return new AssertionError(String.format(format, args));
  }
}
