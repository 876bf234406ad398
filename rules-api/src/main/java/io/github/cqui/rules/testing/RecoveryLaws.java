package io.github.cqui.rules.testing;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.ruleset.CquiRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The laws of recovery (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-24), as plain checks that
 * throw {@link AssertionError}: run them with {@link Property} over {@link RecoveryGens}, or with
 * any engine, against any {@link CquiRules}. Each law recomputes what it needs from the inputs (the
 * debt's total, a deduction claim's ledger through {@code rules.benefits()}, the cap from {@code
 * rules.switches()}) and trusts nothing of the result but what it checks.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecoveryLaws {

  private RecoveryLaws() {}

  /**
   * The lines sum exactly to the debt minus the shortfall — no interest, no fees (I-16); the
   * shortfall is zero exactly when the plan clears the debt, and otherwise the next step is the
   * 责令退回决定书; a refused plan has its reasons and no line.
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void linesSumToTheDebtLessTheShortfall(
      CquiRules rules, RecoveryGens.ScheduleCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
    long lines = 0;
    for (ScheduleLine line : schedule.lines()) {
      lines += line.amount().toFen();
    }
    long debt = c.debt().total().toFen();
    check(
        lines == schedule.scheduled().toFen() && lines + schedule.shortfall().toFen() == debt,
        "lines %s, scheduled %s, shortfall %s, debt %s",
        Money.ofFen(lines),
        schedule.scheduled(),
        schedule.shortfall(),
        c.debt().total());
    boolean clears = schedule.outcome() == ScheduleOutcome.CLEARS;
    check(
        clears == schedule.shortfall().isZero() && !schedule.shortfall().isNegative(),
        "outcome %s with shortfall %s",
        schedule.outcome(),
        schedule.shortfall());
    check(
        schedule
            .nextStep()
            .equals(clears ? Optional.empty() : Optional.of(RecoveryRung.DECISION_LETTER)),
        "outcome %s, next step %s",
        schedule.outcome(),
        schedule.nextStep());
    boolean refused = schedule.outcome() == ScheduleOutcome.REFUSED;
    check(
        refused == !schedule.refusals().isEmpty() && (!refused || schedule.lines().isEmpty()),
        "outcome %s, refusals %s, %d lines",
        schedule.outcome(),
        schedule.refusals(),
        schedule.lines().size());
  }

  /**
   * No line is zero or negative.
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void everyLineIsPositive(CquiRules rules, RecoveryGens.ScheduleCase c) {
    for (ScheduleLine line : rules.recovery().schedule(c.debt(), c.plan()).lines()) {
      check(line.amount().isPositive(), "line %d is %s", line.sequence(), line.amount());
    }
  }

  /**
   * The lines are numbered from 1 in due-date order, and the balance after each is the debt less
   * the lines so far: strictly falling, to zero when the plan clears the debt, else to the
   * shortfall.
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void theBalanceFallsStrictlyToTheShortfall(
      CquiRules rules, RecoveryGens.ScheduleCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
    long balance = c.debt().total().toFen();
    LocalDate previous = LocalDate.MIN;
    int sequence = 0;
    for (ScheduleLine line : schedule.lines()) {
      check(line.sequence() == ++sequence, "line %d numbered %d", sequence, line.sequence());
      check(
          !line.dueDate().isBefore(previous),
          "line %d due %s, before %s",
          sequence,
          line.dueDate(),
          previous);
      previous = line.dueDate();
      long next = balance - line.amount().toFen();
      check(
          line.balanceAfter().toFen() == next && next < balance,
          "line %d: balance after %s, expected %s",
          sequence,
          line.balanceAfter(),
          Money.ofFen(next));
      balance = next;
    }
    check(
        balance == schedule.shortfall().toFen(),
        "the balance ends at %s, the shortfall is %s",
        Money.ofFen(balance),
        schedule.shortfall());
  }

  /**
   * A deduction is made only from a month the deduction's claim pays (its ledger derived here),
   * from the deduction's first month on, once a month, and never more than the I-16 cap of that
   * month's payment rounded down to the fen; a plan without a deduction has no deduction line.
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void deductionsKeepToTheCapAndToPaidMonths(
      CquiRules rules, RecoveryGens.ScheduleCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
    Optional<BenefitDeduction> deduction = c.plan().deduction();
    Map<YearMonth, LedgerLine> paid = new HashMap<>();
    if (deduction.isPresent()) {
      BenefitLedger ledger = rules.benefits().ledger(deduction.get().claim());
      for (LedgerLine line : ledger.lines()) {
        if (line.status() == LedgerStatus.PAID) {
          paid.put(line.month(), line);
        }
      }
    }
    BigDecimal cap = BigDecimal.valueOf(rules.switches().deductionCapPercent(), 2);
    Set<YearMonth> seen = new HashSet<>();
    for (ScheduleLine line : schedule.lines()) {
      if (line.source() != RepaymentSource.UI_DEDUCTION) {
        continue;
      }
      LedgerLine payment = paid.get(line.month());
      if (deduction.isEmpty() || payment == null) {
        throw new AssertionError(
            String.format(
                "line %d deducts %s in %s, a month without payment",
                line.sequence(), line.amount(), line.month()));
      }
      check(
          !line.month().isBefore(deduction.get().fromMonth()),
          "line %d deducts in %s, before %s",
          line.sequence(),
          line.month(),
          deduction.get().fromMonth());
      check(seen.add(line.month()), "two deductions in %s", line.month());
      Money most = payment.due().multipliedBy(cap, RoundingMode.DOWN);
      check(
          line.amount().compareTo(most) <= 0,
          "line %d deducts %s from %s, more than the cap of %s",
          line.sequence(),
          line.amount(),
          payment.due(),
          most);
      check(
          line.dueDate().equals(line.month().atEndOfMonth()),
          "line %d due %s, not the month's end",
          line.sequence(),
          line.dueDate());
    }
  }

  /**
   * No pension line without consent and a written request (三(四): 协商一致, 书面商请): a pension plan
   * lacking either is refused naming exactly what is missing; with both, each offset is at most the
   * agreed monthly amount, from the first month on, once a month.
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void noPensionLineWithoutConsent(CquiRules rules, RecoveryGens.ScheduleCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
    Optional<PensionOffset> offset = c.plan().pensionOffset();
    List<PlanRefusal> missing = new ArrayList<>();
    if (offset.isPresent() && offset.get().consentOn().isEmpty()) {
      missing.add(PlanRefusal.NO_CONSENT);
    }
    if (offset.isPresent() && offset.get().writtenRequestOn().isEmpty()) {
      missing.add(PlanRefusal.NO_WRITTEN_REQUEST);
    }
    check(
        schedule.refusals().equals(missing),
        "refusals %s, but missing %s",
        schedule.refusals(),
        missing);
    Set<YearMonth> seen = new HashSet<>();
    for (ScheduleLine line : schedule.lines()) {
      if (line.source() != RepaymentSource.PENSION_OFFSET) {
        continue;
      }
      if (offset.isEmpty() || !missing.isEmpty()) {
        throw new AssertionError(
            String.format(
                "line %d offsets %s against the pension without %s",
                line.sequence(), line.amount(), offset.isEmpty() ? "a pension plan" : missing));
      }
      check(
          line.amount().compareTo(offset.get().monthlyAmount()) <= 0
              && !line.month().isBefore(offset.get().firstMonth())
              && seen.add(line.month()),
          "line %d offsets %s in %s (monthly %s from %s)",
          line.sequence(),
          line.amount(),
          line.month(),
          offset.get().monthlyAmount(),
          offset.get().firstMonth());
    }
  }

  /**
   * The instalments of an agreement fall on its dates (民法典第二百零二条), differ by at most one fen, and
   * carry the odd fen on the first or the last instalments as agreed (I-24).
   *
   * @param rules the rules under test
   * @param c a debt and a plan to recover it, e.g. from {@link RecoveryGens#scheduleCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void instalmentsPlaceTheOddFenAsAgreed(
      CquiRules rules, RecoveryGens.ScheduleCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
    List<ScheduleLine> instalments = new ArrayList<>();
    for (ScheduleLine line : schedule.lines()) {
      if (line.source() == RepaymentSource.INSTALMENT) {
        instalments.add(line);
      }
    }
    Optional<InstalmentAgreement> agreement = c.plan().instalments();
    if (agreement.isEmpty() || instalments.isEmpty()) {
      check(instalments.isEmpty(), "%d instalments without an agreement", instalments.size());
      return;
    }
    InstalmentAgreement a = agreement.get();
    check(
        instalments.size() == a.count(),
        "%d instalments, the agreement says %d",
        instalments.size(),
        a.count());
    long smallest = Long.MAX_VALUE;
    for (ScheduleLine line : instalments) {
      smallest = Math.min(smallest, line.amount().toFen());
    }
    boolean largerFirst = a.oddFen() == OddFenPlacement.FIRST_INSTALMENTS;
    boolean seenSmaller = false;
    boolean seenLarger = false;
    for (int k = 0; k < instalments.size(); k++) {
      ScheduleLine line = instalments.get(k);
      long fen = line.amount().toFen();
      check(
          fen == smallest || fen == smallest + 1,
          "instalment %d is %s, the smallest %s",
          k + 1,
          line.amount(),
          Money.ofFen(smallest));
      boolean larger = fen == smallest + 1;
      check(
          largerFirst ? !(larger && seenSmaller) : !(!larger && seenLarger),
          "instalment %d (%s) breaks the odd fen placement %s",
          k + 1,
          line.amount(),
          a.oddFen());
      seenSmaller |= !larger;
      seenLarger |= larger;
      check(
          line.dueDate().equals(a.dueDate(k)),
          "instalment %d due %s, the agreement says %s",
          k + 1,
          line.dueDate(),
          a.dueDate(k));
    }
  }

  /**
   * The state on a day agrees with a day-by-day count: repay each line as the case says (on time,
   * late, never), then, walking every day from the debt to the day asked about, the arrears are
   * what was due before the day less what was repaid up to it, and {@code arrearsSince} is the
   * first day of the unbroken run of days in arrears.
   *
   * @param rules the rules under test
   * @param c a schedule case, how each line is repaid and the day asked about, e.g. from {@link
   *     RecoveryGens#statusCases()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void arrearsAgreeWithADayByDayCount(CquiRules rules, RecoveryGens.StatusCase c) {
    RecoverySchedule schedule = rules.recovery().schedule(c.schedule().debt(), c.schedule().plan());
    LocalDate established = c.schedule().debt().establishedOn();
    LocalDate asOf = established.plusDays(c.asOfDays());
    List<Repayment> repayments = new ArrayList<>();
    List<ScheduleLine> lines = schedule.lines();
    for (int i = 0; i < lines.size(); i++) {
      int behaviour = c.behaviour().get(i % c.behaviour().size());
      LocalDate paidOn = lines.get(i).dueDate().plusDays(Math.max(0, behaviour));
      if (behaviour >= 0 && !paidOn.isAfter(asOf)) {
        repayments.add(Repayment.of(paidOn, lines.get(i).amount()));
      }
    }
    RepaymentHistory.Builder history = RepaymentHistory.builder();
    history.asOf(asOf).repayments(repayments);
    RecoveryStatus status = rules.recovery().status(schedule, history.build());
    long total = c.schedule().debt().total().toFen();
    long arrears = 0;
    LocalDate since = null;
    long repaid = 0;
    for (LocalDate day = established; !day.isAfter(asOf); day = day.plusDays(1)) {
      long due = 0;
      for (ScheduleLine line : lines) {
        if (line.dueDate().isBefore(day)) {
          due += line.amount().toFen();
        }
      }
      repaid = 0;
      for (Repayment repayment : repayments) {
        if (!repayment.date().isAfter(day)) {
          repaid += repayment.amount().toFen();
        }
      }
      arrears = Math.max(0, due - repaid);
      if (arrears == 0) {
        since = null;
      } else if (since == null) {
        since = day;
      }
    }
    RecoveryState state =
        repaid == total
            ? RecoveryState.CLEARED
            : arrears > 0 ? RecoveryState.IN_ARREARS : RecoveryState.ON_TRACK;
    check(
        status.state() == state
            && status.arrears().toFen() == arrears
            && status.recovered().toFen() == repaid
            && status.balance().toFen() == total - repaid
            && status.arrearsSince().equals(Optional.ofNullable(since)),
        "as of %s: %s, arrears %s since %s, recovered %s; counted day by day: %s, %s since %s, %s",
        asOf,
        status.state(),
        status.arrears(),
        status.arrearsSince(),
        status.recovered(),
        state,
        Money.ofFen(arrears),
        String.valueOf(since),
        Money.ofFen(repaid));
    check(
        status.ladder().isPresent()
            == (state != RecoveryState.CLEARED
                && (state == RecoveryState.IN_ARREARS
                    || schedule.outcome() == ScheduleOutcome.REFUSED
                    || (schedule.outcome() == ScheduleOutcome.SHORTFALL
                        && (lines.isEmpty()
                            || lines.get(lines.size() - 1).dueDate().isBefore(asOf))))),
        "as of %s, %s, outcome %s: ladder %s",
        asOf,
        state,
        schedule.outcome(),
        status.ladder());
  }

  /**
   * The debt of a claim is exactly its ledger's overpayments, month by month, with the reason its
   * ledger line gives: a 灵活就业社保补贴 month, a month after a stop event (a pension: a duplicate), or
   * other; the claim with no overpayment has no debt. The debt is established at the end of the
   * ledger's last month.
   *
   * @param rules the rules under test
   * @param claim a valid claim history with what was actually paid, e.g. from {@link
   *     LedgerGens#claimHistories()}
   * @throws AssertionError if the law does not hold, with a message naming the inputs
   */
  public static void theDebtOfAClaimIsItsOverpayments(CquiRules rules, ClaimHistory claim) {
    BenefitLedger ledger = rules.benefits().ledger(claim);
    LocalDate established = ledger.lines().get(ledger.lines().size() - 1).month().atEndOfMonth();
    Optional<OverpaymentDebt> debt = rules.recovery().overpaymentDebt(claim, established);
    List<OverpaidMonth> expected = new ArrayList<>();
    for (LedgerLine line : ledger.lines()) {
      if (line.overpayment().isPositive()) {
        expected.add(OverpaidMonth.of(line.month(), line.overpayment(), reason(ledger, line)));
      }
    }
    check(
        debt.map(OverpaymentDebt::months).orElse(List.of()).equals(expected),
        "debt %s, the ledger's overpayments %s",
        debt,
        expected);
    check(
        debt.map(OverpaymentDebt::total).orElse(Money.zero()).equals(ledger.totalOverpayment()),
        "debt %s, the ledger's total overpayment %s",
        debt,
        ledger.totalOverpayment());
  }

  private static OverpaymentReason reason(BenefitLedger ledger, LedgerLine line) {
    if (line.status() == LedgerStatus.NOT_PAYABLE) {
      return OverpaymentReason.FLEXIBLE_EMPLOYMENT_SUBSIDY_OVERLAP;
    }
    if (line.status() == LedgerStatus.STOPPED && ledger.endReason() == ClaimEndReason.STOP_EVENT) {
      return ledger.endEvent().orElseThrow().type() == StopEventType.PENSION
          ? OverpaymentReason.DUPLICATE_WITH_PENSION
          : OverpaymentReason.STOP_EVENT_NOT_REPORTED;
    }
    return OverpaymentReason.OTHER;
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}
