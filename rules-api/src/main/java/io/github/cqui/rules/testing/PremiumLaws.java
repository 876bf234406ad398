package io.github.cqui.rules.testing;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReceiptShare;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laws of the medical-premium reimbursement (渝人社办〔2025〕112号 一(三); I-12, I-13, I-24), as plain
 * checks that throw {@link AssertionError}: run them with {@link Property} over {@link
 * PremiumGens}, or with any engine, against any {@link CquiRules}. Each law recomputes what it
 * needs from the request (the receipts' shares, the standard in force, the claim's ledger through
 * {@code rules.benefits()}) and trusts nothing of the result but what it checks.
 *
 * <p>Stateless and thread-safe.
 */
public final class PremiumLaws {

  private PremiumLaws() {}

  /**
   * Each month reimbursed is {@code min(actual, standard)} (I-13), with its basis: the actual is
   * the receipt's exact share of the month ({@link Money#allocate(int)}, I-24), the standard the
   * row of the table in force for the month.
   *
   * @param rules the rules under test
   * @param request a valid application, e.g. from {@link PremiumGens#reimbursementRequests()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void eachMonthIsTheLesserOfActualAndStandard(
      CquiRules rules, ReimbursementRequest request) {
    PremiumReimbursement result = rules.premium().reimbursement(request);
    for (ReimbursedMonth month : result.reimbursed()) {
      Money share = shares(request, month.month()).get(month.receipt());
      if (share == null) {
        throw new AssertionError(
            String.format("%s: receipt %s does not cover it", month.month(), month.receipt()));
      }
      check(
          month.actual().equals(share),
          "%s: actual %s, but receipt %s's share is %s",
          month.month(),
          month.actual(),
          month.receipt(),
          share);
      Optional<PremiumStandard> standard = standardFor(request, month.month());
      check(
          standard.isPresent()
              && standard.get().amount().equals(month.standard())
              && standard.get().from().equals(month.standardFrom()),
          "%s: standard %s from %s, but the table gives %s",
          month.month(),
          month.standard(),
          month.standardFrom(),
          standard);
      Money lesser = month.actual().min(month.standard());
      check(
          month.reimbursed().equals(lesser),
          "%s: reimbursed %s, but min(%s, %s) = %s",
          month.month(),
          month.reimbursed(),
          month.actual(),
          month.standard(),
          lesser);
      ReimbursementBasis basis =
          month.actual().isLessThan(month.standard())
              ? ReimbursementBasis.ACTUAL_PAID
              : ReimbursementBasis.STANDARD;
      check(
          month.basis() == basis, "%s: basis %s, expected %s", month.month(), month.basis(), basis);
    }
  }

  /**
   * Nothing is reimbursed for a month without paid benefit (I-12): every month reimbursed is a
   * month the claim's ledger pays and has recorded (not projected), or a suspended month under the
   * I-12 switch; a month that is not is refused with its reason when a receipt covers it.
   *
   * @param rules the rules under test
   * @param request a valid application, e.g. from {@link PremiumGens#reimbursementRequests()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void nothingForAMonthWithoutBenefit(CquiRules rules, ReimbursementRequest request) {
    PremiumReimbursement result = rules.premium().reimbursement(request);
    BenefitLedger ledger = rules.benefits().ledger(request.claim());
    Map<YearMonth, LedgerLine> lines = new HashMap<>();
    ledger.lines().forEach(l -> lines.put(l.month(), l));
    boolean suspendedPaid = rules.switches().premiumInSuspendedMonths();
    for (ReimbursedMonth month : result.reimbursed()) {
      LedgerLine line = lines.get(month.month());
      if (line == null || !paid(line, suspendedPaid)) {
        throw new AssertionError(
            String.format(
                "%s reimbursed %s, but the ledger has %s",
                month.month(), month.reimbursed(), String.valueOf(line)));
      }
      check(
          month.benefitStatus() == line.status(),
          "%s: benefit status %s, the ledger says %s",
          month.month(),
          month.benefitStatus(),
          line.status());
    }
    for (RefusedMonth month : result.refused()) {
      LedgerLine line = lines.get(month.month());
      RefusalReason expected;
      if (line == null) {
        expected = RefusalReason.AFTER_CLAIM;
      } else if (line.status() == LedgerStatus.STOPPED) {
        expected = RefusalReason.STOPPED;
      } else if (line.status() == LedgerStatus.NOT_PAYABLE) {
        expected = RefusalReason.NOT_PAYABLE;
      } else if (line.status() == LedgerStatus.SUSPENDED && !suspendedPaid) {
        expected = RefusalReason.SUSPENDED;
      } else if (line.projected()) {
        expected = RefusalReason.NOT_YET_PAID;
      } else {
        expected =
            month.receipts().isEmpty() ? RefusalReason.NO_RECEIPT : RefusalReason.TWO_RECEIPTS;
      }
      check(
          month.reason() == expected,
          "%s refused as %s, expected %s (ledger %s)",
          month.month(),
          month.reason(),
          expected,
          String.valueOf(line));
    }
  }

  /**
   * The totals are the sums of the months, and the amount reimbursed never exceeds the premium
   * actually paid for the months reimbursed, nor their standards, nor all the receipts together
   * (I-13).
   *
   * @param rules the rules under test
   * @param request a valid application, e.g. from {@link PremiumGens#reimbursementRequests()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void theTotalNeverExceedsEitherSum(CquiRules rules, ReimbursementRequest request) {
    PremiumReimbursement result = rules.premium().reimbursement(request);
    long actual = 0;
    long standard = 0;
    long reimbursed = 0;
    for (ReimbursedMonth month : result.reimbursed()) {
      actual += month.actual().toFen();
      standard += month.standard().toFen();
      reimbursed += month.reimbursed().toFen();
    }
    check(
        result.totalActual().toFen() == actual
            && result.totalStandard().toFen() == standard
            && result.totalReimbursed().toFen() == reimbursed,
        "totals %s / %s / %s, but the months sum to %s / %s / %s",
        result.totalActual(),
        result.totalStandard(),
        result.totalReimbursed(),
        Money.ofFen(actual),
        Money.ofFen(standard),
        Money.ofFen(reimbursed));
    long receipts = 0;
    for (PremiumReceipt receipt : request.receipts()) {
      receipts += receipt.amount().toFen();
    }
    check(
        reimbursed <= actual && reimbursed <= standard && reimbursed <= receipts,
        "reimbursed %s exceeds the actual %s, the standards %s or the receipts %s",
        Money.ofFen(reimbursed),
        Money.ofFen(actual),
        Money.ofFen(standard),
        Money.ofFen(receipts));
  }

  /**
   * Every month applied for is answered exactly once, in month order within each list: every month
   * a receipt covers is reimbursed, refused or pending; a month covered by two or more receipts is
   * never reimbursed nor pending, and is refused naming every receipt with its share — never summed
   * (I-13); a pending month is one with no standard in force.
   *
   * @param rules the rules under test
   * @param request a valid application, e.g. from {@link PremiumGens#reimbursementRequests()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void everyMonthAppliedForIsAnsweredOnce(
      CquiRules rules, ReimbursementRequest request) {
    PremiumReimbursement result = rules.premium().reimbursement(request);
    Map<YearMonth, String> answered = new HashMap<>();
    List<YearMonth> order = new ArrayList<>();
    result.reimbursed().forEach(m -> answer(answered, order, m.month(), "reimbursed"));
    checkOrdered(order, "reimbursed");
    order.clear();
    result.refused().forEach(m -> answer(answered, order, m.month(), "refused"));
    checkOrdered(order, "refused");
    order.clear();
    result.pending().forEach(m -> answer(answered, order, m.month(), "pending"));
    checkOrdered(order, "pending");
    Map<YearMonth, List<ReceiptShare>> covering = new HashMap<>();
    for (RefusedMonth month : result.refused()) {
      covering.put(month.month(), month.receipts());
    }
    for (PremiumReceipt receipt : request.receipts()) {
      for (YearMonth m = receipt.firstMonth();
          !m.isAfter(receipt.lastMonth());
          m = m.plusMonths(1)) {
        check(answered.containsKey(m), "%s of receipt %s is not answered", m, receipt.reference());
        Map<String, Money> shares = shares(request, m);
        if (shares.size() > 1) {
          check(
              "refused".equals(answered.get(m)),
              "%s has %d receipts but is %s",
              m,
              shares.size(),
              String.valueOf(answered.get(m)));
        }
        if ("refused".equals(answered.get(m))) {
          Map<String, Money> named = new HashMap<>();
          covering.getOrDefault(m, List.of()).forEach(s -> named.put(s.reference(), s.amount()));
          check(
              named.equals(shares),
              "%s is refused naming %s, but the receipts' shares are %s",
              m,
              named,
              shares);
        }
      }
    }
    for (PendingMonth month : result.pending()) {
      check(
          standardFor(request, month.month()).isEmpty(),
          "%s is pending but the table has a standard for it",
          month.month());
    }
  }

  private static void answer(
      Map<YearMonth, String> answered, List<YearMonth> order, YearMonth month, String how) {
    String before = answered.put(month, how);
    if (before != null) {
      throw new AssertionError(String.format("%s is both %s and %s", month, before, how));
    }
    order.add(month);
  }

  private static void checkOrdered(List<YearMonth> months, String list) {
    for (int i = 1; i < months.size(); i++) {
      check(months.get(i - 1).isBefore(months.get(i)), "%s months out of order: %s", list, months);
    }
  }

  private static boolean paid(LedgerLine line, boolean suspendedPaid) {
    boolean status =
        line.status() == LedgerStatus.PAID
            || (suspendedPaid && line.status() == LedgerStatus.SUSPENDED);
    return status && !line.projected();
  }

  /** Each receipt's exact share of {@code month}, by reference (I-24). */
  static Map<String, Money> shares(ReimbursementRequest request, YearMonth month) {
    Map<String, Money> shares = new HashMap<>();
    for (PremiumReceipt receipt : request.receipts()) {
      if (month.isBefore(receipt.firstMonth()) || month.isAfter(receipt.lastMonth())) {
        continue;
      }
      int index = (int) ChronoUnit.MONTHS.between(receipt.firstMonth(), month);
      shares.put(receipt.reference(), receipt.amount().allocate(receipt.months()).get(index));
    }
    return shares;
  }

  /** The row of the table in force for {@code month}: the latest from a month not after it. */
  static Optional<PremiumStandard> standardFor(ReimbursementRequest request, YearMonth month) {
    PremiumStandard found = null;
    for (PremiumStandard standard : request.standards()) {
      if (!standard.from().isAfter(month)
          && (found == null || standard.from().isAfter(found.from()))) {
        found = standard;
      }
    }
    return Optional.ofNullable(found);
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
