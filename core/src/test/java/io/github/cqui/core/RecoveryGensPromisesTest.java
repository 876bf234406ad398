package io.github.cqui.core;

import static io.github.cqui.core.gens.GenCases.allLow;
import static io.github.cqui.core.gens.GenCases.simplestWith;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.gens.Promises;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.testing.RecoveryGens;
import io.github.cqui.rules.testing.RecoveryGens.ScheduleCase;
import io.github.cqui.rules.testing.RecoveryGens.StatusCase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link RecoveryGens} keeps what its javadoc promises (渝人社办〔2025〕112号 三(四)): over a fixed sample
 * and the two bound cases, debts, plans and repayment behaviour lie in the documented ranges and
 * reach both ends, every kind of plan and every combination of consent and written request occurs,
 * a combination's debt is whole yuan while the others' need not be, and the simplest cases are the
 * documented ones.
 */
class RecoveryGensPromisesTest {

  /** The first day a generated debt may be established ({@code RecoveryGens.FIRST_ESTABLISHED}). */
  private static final LocalDate FIRST_ESTABLISHED = LocalDate.of(2024, 6, 1);

  private static final LocalDate LAST_ESTABLISHED = LocalDate.of(2026, 6, 1);

  /** The plan's kind, as {@link RecoveryGens#scheduleCases()} draws it. */
  private static String kind(RecoveryPlan plan) {
    if (plan.lumpSumDue().isPresent()) {
      return "lump sum";
    }
    if (plan.pensionOffset().isPresent()) {
      return "pension offset";
    }
    if (plan.deduction().isPresent()) {
      return plan.instalments().isPresent() ? "deduction then instalments" : "deduction";
    }
    return "instalments";
  }

  private static boolean wholeYuan(OverpaymentDebt debt) {
    return debt.months().stream().allMatch(m -> m.amount().toFen() % 100 == 0);
  }

  private static long totalFen(OverpaymentDebt debt) {
    return debt.months().stream().mapToLong(m -> m.amount().toFen()).sum();
  }

  /**
   * 1 to 12 distinct overpaid months, the latest 0 to 2 months before the month the debt is
   * established (2024-06-01 to 2026-06-01), each 1 to 3 months after the next earlier one, each of
   * 1.00 to 3,000.00 for any reason.
   */
  @Test
  void debtsKeepTheirRangesAndReachBothEnds() {
    Set<Integer> counts = new TreeSet<>();
    Set<LocalDate> established = new HashSet<>();
    Set<Long> latest = new TreeSet<>();
    Set<Long> steps = new TreeSet<>();
    Set<Long> amounts = new TreeSet<>();
    Set<OverpaymentReason> reasons = EnumSet.noneOf(OverpaymentReason.class);
    boolean oddFen = false;
    Promises promises = new Promises();
    for (OverpaymentDebt debt : withBounds(RecoveryGens.debts(), 71, 1500)) {
      LocalDate on = debt.establishedOn();
      promises.require(
          !on.isBefore(FIRST_ESTABLISHED) && !on.isAfter(LAST_ESTABLISHED),
          "established from 2024-06-01 to 2026-06-01: %s",
          debt);
      established.add(on);
      List<OverpaidMonth> months = debt.months();
      counts.add(months.size());
      latest.add(months.get(0).month().until(YearMonth.from(on), ChronoUnit.MONTHS));
      for (int i = 0; i < months.size(); i++) {
        OverpaidMonth m = months.get(i);
        long fen = m.amount().toFen();
        promises.require(fen >= 100 && fen <= 300_000, "1.00 to 3,000.00: %s", debt);
        amounts.add(fen);
        oddFen |= fen % 100 != 0;
        reasons.add(m.reason());
        if (i > 0) {
          steps.add(m.month().until(months.get(i - 1).month(), ChronoUnit.MONTHS));
        }
      }
    }
    promises.assertKept();
    assertThat(counts).first().isEqualTo(1);
    assertThat(counts).last().isEqualTo(12);
    assertThat(established).contains(FIRST_ESTABLISHED, LAST_ESTABLISHED);
    assertThat(latest).containsExactly(0L, 1L, 2L);
    assertThat(steps).containsExactly(1L, 2L, 3L);
    assertThat(amounts).first().isEqualTo(100L);
    assertThat(amounts).last().isEqualTo(300_000L);
    assertThat(reasons).containsExactlyInAnyOrder(OverpaymentReason.values());
    assertThat(oddFen).isTrue();
  }

  @Test
  void theSimplestScheduleIsOneMonthOfOneYuanPaidInOneSumTheDayTheDebtIsEstablished() {
    ScheduleCase simplest = allLow(RecoveryGens.scheduleCases());

    assertThat(simplest.debt().establishedOn()).isEqualTo(FIRST_ESTABLISHED);
    assertThat(simplest.debt().months()).hasSize(1);
    assertThat(simplest.debt().months().get(0).month()).isEqualTo(YearMonth.of(2024, 6));
    assertThat(simplest.debt().months().get(0).amount()).isEqualTo(Money.ofYuan("1.00"));
    assertThat(simplest.plan()).isEqualTo(RecoveryPlan.lumpSum(FIRST_ESTABLISHED));
  }

  /**
   * The simplest agreement: one instalment, due the day the debt is established, monthly, the odd
   * fen on the first instalments; the simplest pension offset has both its consent and its written
   * request.
   */
  @Test
  void theSimplestAgreementIsOneInstalmentWithTheOddFenFirstAndTheSimplestOffsetIsConsented() {
    ScheduleCase instalments =
        simplestWith(RecoveryGens.scheduleCases(), c -> c.plan().instalments().isPresent());
    assertThat(instalments.plan())
        .isEqualTo(
            RecoveryPlan.instalments(
                InstalmentAgreement.of(
                    1, FIRST_ESTABLISHED, 1, OddFenPlacement.FIRST_INSTALMENTS)));

    ScheduleCase offset =
        simplestWith(RecoveryGens.scheduleCases(), c -> c.plan().pensionOffset().isPresent());
    PensionOffset simplestOffset = offset.plan().pensionOffset().orElseThrow();
    assertThat(simplestOffset.consentOn()).contains(FIRST_ESTABLISHED);
    assertThat(simplestOffset.writtenRequestOn()).contains(FIRST_ESTABLISHED);
  }

  /**
   * Every kind of plan, its dates never before the debt: a lump sum due 0 to 90 days after; 1 to 36
   * instalments (fewer than the debt's fen), the first due 0 to 90 days after, every 1 to 3 months,
   * the odd fen first or last; a deduction from the later of the claim's first month and the debt's
   * month, up to 3 months after it; a combination's debt in whole yuan, the others' not always.
   */
  @Test
  void everyKindOfPlanOccursWithItsDatesAfterTheDebt() {
    Set<String> kinds = new TreeSet<>();
    Set<Long> lumpSumDays = new TreeSet<>();
    Set<Integer> instalmentCounts = new TreeSet<>();
    Set<Long> firstDueDays = new TreeSet<>();
    Set<Integer> intervals = new TreeSet<>();
    Set<OddFenPlacement> placements = EnumSet.noneOf(OddFenPlacement.class);
    Set<Long> deductionStarts = new TreeSet<>();
    boolean oddFenWithoutACombination = false;
    Promises promises = new Promises();
    for (ScheduleCase c : withBounds(RecoveryGens.scheduleCases(), 72, 1500)) {
      OverpaymentDebt debt = c.debt();
      LocalDate established = debt.establishedOn();
      RecoveryPlan plan = c.plan();
      String kind = kind(plan);
      kinds.add(kind);
      if (kind.equals("deduction then instalments")) {
        promises.require(wholeYuan(debt), "a combination's debt in whole yuan: %s", c);
      } else {
        oddFenWithoutACombination |= !wholeYuan(debt);
      }
      plan.lumpSumDue()
          .ifPresent(due -> lumpSumDays.add(ChronoUnit.DAYS.between(established, due)));
      if (plan.instalments().isPresent()) {
        InstalmentAgreement agreement = plan.instalments().get();
        promises.require(agreement.count() < totalFen(debt), "fewer instalments than fen: %s", c);
        instalmentCounts.add(agreement.count());
        firstDueDays.add(ChronoUnit.DAYS.between(established, agreement.firstDue()));
        intervals.add(agreement.intervalMonths());
        placements.add(agreement.oddFen());
      }
      if (plan.deduction().isPresent()) {
        BenefitDeduction deduction = plan.deduction().get();
        YearMonth claimStart = YearMonth.from(deduction.claim().registrationDate());
        YearMonth debtMonth = YearMonth.from(established);
        YearMonth later = claimStart.isAfter(debtMonth) ? claimStart : debtMonth;
        deductionStarts.add(later.until(deduction.fromMonth(), ChronoUnit.MONTHS));
      }
    }
    promises.assertKept();
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "lump sum", "instalments", "deduction", "pension offset", "deduction then instalments");
    assertThat(oddFenWithoutACombination).isTrue();
    assertThat(lumpSumDays).first().isEqualTo(0L);
    assertThat(lumpSumDays).last().isEqualTo(90L);
    assertThat(instalmentCounts).first().isEqualTo(1);
    assertThat(instalmentCounts).last().isEqualTo(RecoveryGens.MAX_INSTALMENTS);
    assertThat(firstDueDays).first().isEqualTo(0L);
    assertThat(firstDueDays).last().isEqualTo(90L);
    assertThat(intervals).containsExactly(1, 2, 3);
    assertThat(placements).containsExactlyInAnyOrder(OddFenPlacement.values());
    assertThat(deductionStarts).containsExactly(0L, 1L, 2L, 3L);
  }

  /**
   * A pension offset has its consent (0 to 60 days after the debt) and its written request (0 to 30
   * days after the consent's day), or lacks one or both; its first month is 0 to 2 months after the
   * request's; 100.00 to 3,000.00 a month.
   */
  @Test
  void pensionOffsetsComeWithAndWithoutTheirConsentAndWrittenRequest() {
    Set<String> combinations = new TreeSet<>();
    Set<Long> consentDays = new TreeSet<>();
    Set<Long> requestDays = new TreeSet<>();
    Promises promises = new Promises();
    for (ScheduleCase c : withBounds(RecoveryGens.scheduleCases(), 73, 1500)) {
      if (c.plan().pensionOffset().isEmpty()) {
        continue;
      }
      PensionOffset offset = c.plan().pensionOffset().get();
      LocalDate established = c.debt().establishedOn();
      combinations.add(
          (offset.consentOn().isPresent() ? "consent" : "no consent")
              + ", "
              + (offset.writtenRequestOn().isPresent() ? "request" : "no request"));
      offset.consentOn().ifPresent(d -> consentDays.add(ChronoUnit.DAYS.between(established, d)));
      if (offset.consentOn().isPresent() && offset.writtenRequestOn().isPresent()) {
        requestDays.add(
            ChronoUnit.DAYS.between(offset.consentOn().get(), offset.writtenRequestOn().get()));
      }
      offset
          .writtenRequestOn()
          .ifPresent(
              request -> {
                long months = YearMonth.from(request).until(offset.firstMonth(), ChronoUnit.MONTHS);
                promises.require(months >= 0 && months <= 2, "first month: %s", c);
              });
      long fen = offset.monthlyAmount().toFen();
      promises.require(fen >= 10_000 && fen <= 300_000, "100.00 to 3,000.00: %s", c);
    }
    promises.assertKept();
    assertThat(combinations)
        .containsExactlyInAnyOrder(
            "consent, request",
            "consent, no request",
            "no consent, request",
            "no consent, no request");
    assertThat(consentDays).first().isEqualTo(0L);
    assertThat(consentDays).last().isEqualTo(60L);
    assertThat(requestDays).first().isEqualTo(0L);
    assertThat(requestDays).last().isEqualTo(30L);
  }

  /**
   * One to twelve behaviours, each on time (0), 1 to 60 days late, or never (-1); asked 0 to 1,200
   * days on.
   */
  @Test
  void repaymentBehaviourKeepsItsRanges() {
    Set<Integer> lengths = new TreeSet<>();
    Set<Integer> behaviours = new TreeSet<>();
    Set<Integer> asOfDays = new TreeSet<>();
    for (StatusCase c : withBounds(RecoveryGens.statusCases(), 74, 1000)) {
      lengths.add(c.behaviour().size());
      behaviours.addAll(c.behaviour());
      asOfDays.add(c.asOfDays());
    }
    assertThat(lengths).first().isEqualTo(1);
    assertThat(lengths).last().isEqualTo(12);
    assertThat(behaviours).first().isEqualTo(-1);
    assertThat(behaviours).contains(0, 1);
    assertThat(behaviours).last().isEqualTo(60);
    assertThat(asOfDays).first().isEqualTo(0);
    assertThat(asOfDays).last().isEqualTo(1200);
  }
}
