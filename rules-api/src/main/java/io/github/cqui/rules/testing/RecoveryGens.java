package io.github.cqui.rules.testing;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.RecoveryPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generators of valid debts, recovery plans and repayment behaviour (渝人社办〔2025〕112号 三(四)), valid by
 * construction:
 *
 * <ul>
 *   <li>a debt is 1 to 12 distinct overpaid months, none after the month it is established (from
 *       2024-06 to 2026-06), each of 1.00 to 3,000.00;
 *   <li>a plan is drawn first — lump sum, instalments, deduction, pension offset, deduction with
 *       instalments — and its dates are never before the debt; an agreement has 1 to 36
 *       instalments, fewer than the fen of any debt it shares; a deduction is from a claim of
 *       {@link LedgerGens#claimHistories()}, whose illustrative standards are whole yuan, and a
 *       combination's debt is whole yuan, so whatever a deduction at any whole-percent cap leaves
 *       is zero or at least 1.00, more fen than instalments; a pension offset has its consent and
 *       written request, or lacks one or both;
 *   <li>repayment behaviour says, line by line, whether a line is repaid on its due date, some days
 *       late, or not at all, and the day the state is asked about.
 * </ul>
 *
 * <p>Smaller draws give simpler cases: one month of 1.00, a lump sum due the day the debt is
 * established, every line repaid on time, the state asked on the day the debt is established. The
 * simplest agreement is one instalment, due the day the debt is established, monthly, the odd fen
 * on the first instalments; the simplest pension offset has both its consent and its written
 * request, on the day the debt is established.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecoveryGens {

  /** The first day a generated debt may be established. */
  static final LocalDate FIRST_ESTABLISHED = LocalDate.of(2024, 6, 1);

  /** The most instalments a generated agreement has. */
  public static final int MAX_INSTALMENTS = 36;

  private RecoveryGens() {}

  /** A debt and a plan to recover it. */
  public record ScheduleCase(OverpaymentDebt debt, RecoveryPlan plan) {}

  /**
   * A schedule case and how each of its lines is repaid: line <i>i</i> follows {@code
   * behaviour.get(i % behaviour.size())}: 0 on its due date, {@code d > 0} that many days late,
   * {@code -1} never; the state is asked {@code asOfDays} days after the debt was established.
   */
  public record StatusCase(ScheduleCase schedule, List<Integer> behaviour, int asOfDays) {}

  /**
   * Debts of 1 to 12 months, established from 2024-06 to 2026-06.
   *
   * @return the generator
   */
  public static Gen<OverpaymentDebt> debts() {
    return draws -> debt(draws, false);
  }

  /**
   * A debt and a plan for it, the plan's kind drawn first.
   *
   * @return the generator
   */
  public static Gen<ScheduleCase> scheduleCases() {
    Gen<ClaimHistory> claims = LedgerGens.claimHistories();
    return draws -> {
      int kind = draws.draw(0, 4);
      OverpaymentDebt debt = debt(draws, kind == 4);
      LocalDate established = debt.establishedOn();
      RecoveryPlan plan =
          switch (kind) {
            case 0 -> RecoveryPlan.lumpSum(established.plusDays(draws.draw(0, 90)));
            case 1 -> RecoveryPlan.instalments(agreement(draws, established));
            case 2 -> RecoveryPlan.deduction(deduction(draws, claims, established));
            case 3 -> RecoveryPlan.pensionOffset(offset(draws, established));
            default ->
                RecoveryPlan.deductionThenInstalments(
                    deduction(draws, claims, established), agreement(draws, established));
          };
      return new ScheduleCase(debt, plan);
    };
  }

  /**
   * A schedule case, the repayment behaviour of its lines, and the day asked about (up to 1,200
   * days after the debt was established).
   *
   * @return the generator
   */
  public static Gen<StatusCase> statusCases() {
    Gen<ScheduleCase> schedules = scheduleCases();
    Gen<Integer> behaviour =
        Gen.frequency(
            Gen.weighted(6, Gen.constant(0)),
            Gen.weighted(3, Gen.ints(1, 60)),
            Gen.weighted(2, Gen.constant(-1)));
    return Gen.zip(schedules, Gen.listOf(behaviour, 1, 12), Gen.ints(0, 1200), StatusCase::new);
  }

  private static OverpaymentDebt debt(Draws draws, boolean wholeYuan) {
    LocalDate established = FIRST_ESTABLISHED.plusDays(draws.draw(0, 730));
    int count = 1 + draws.draw(0, 11);
    List<OverpaidMonth> months = new ArrayList<>(count);
    List<OverpaymentReason> reasons = Arrays.asList(OverpaymentReason.values());
    YearMonth month = YearMonth.from(established).minusMonths(draws.draw(0, 2));
    for (int i = 0; i < count; i++) {
      long fen = wholeYuan ? 100L * (1 + draws.draw(0, 2_999)) : 100L + draws.draw(0, 299_900);
      months.add(
          OverpaidMonth.of(
              month, Money.ofFen(fen), reasons.get(draws.draw(0, reasons.size() - 1))));
      month = month.minusMonths(1L + draws.draw(0, 2));
    }
    return OverpaymentDebt.of(established, months);
  }

  private static InstalmentAgreement agreement(Draws draws, LocalDate established) {
    return InstalmentAgreement.of(
        1 + draws.draw(0, MAX_INSTALMENTS - 1),
        established.plusDays(draws.draw(0, 90)),
        1 + draws.draw(0, 2),
        draws.draw(0, 1) == 0
            ? OddFenPlacement.FIRST_INSTALMENTS
            : OddFenPlacement.LAST_INSTALMENTS);
  }

  private static BenefitDeduction deduction(
      Draws draws, Gen<ClaimHistory> claims, LocalDate established) {
    ClaimHistory claim = claims.generate(draws);
    YearMonth start = YearMonth.from(claim.registrationDate());
    YearMonth debtMonth = YearMonth.from(established);
    YearMonth from = start.isAfter(debtMonth) ? start : debtMonth;
    return BenefitDeduction.of(claim, from.plusMonths(draws.draw(0, 3)));
  }

  private static PensionOffset offset(Draws draws, LocalDate established) {
    int missing = draws.draw(0, 3);
    LocalDate consent = established.plusDays(draws.draw(0, 60));
    LocalDate request = consent.plusDays(draws.draw(0, 30));
    PensionOffset.Builder offset = PensionOffset.builder();
    if (missing != 1 && missing != 3) {
      offset.consentOn(consent);
    }
    if (missing != 2 && missing != 3) {
      offset.writtenRequestOn(request);
    }
    offset
        .firstMonth(YearMonth.from(request).plusMonths(draws.draw(0, 2)))
        .monthlyAmount(Money.ofFen(10_000L + draws.draw(0, 290_000)));
    return offset.build();
  }
}
