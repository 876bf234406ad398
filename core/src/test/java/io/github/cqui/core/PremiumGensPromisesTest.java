package io.github.cqui.core;

import static io.github.cqui.core.gens.GenCases.allLow;
import static io.github.cqui.core.gens.GenCases.simplestWith;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.gens.Promises;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumGens;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link PremiumGens#reimbursementRequests()} keeps what its javadoc promises (渝人社办〔2025〕112号
 * 一(三)): over a fixed sample and the two bound cases, the application, the 代缴标准 table and the
 * receipts lie in the documented ranges and reach both ends, every documented kind of application
 * occurs, and the simplest applications are the documented ones.
 */
class PremiumGensPromisesTest {

  private static List<ReimbursementRequest> requests(long seed) {
    return withBounds(PremiumGens.reimbursementRequests(), seed, 1500);
  }

  private static YearMonth firstMonth(ReimbursementRequest r) {
    return YearMonth.from(r.claim().registrationDate());
  }

  @Test
  void theSimplestApplicationIsMadeOnTheRegistrationDayWithOneStandardAndNoReceipt() {
    ReimbursementRequest simplest = allLow(PremiumGens.reimbursementRequests());

    assertThat(simplest.claim()).isEqualTo(allLow(LedgerGens.claimHistories()));
    assertThat(simplest.applicationDate()).isEqualTo(simplest.claim().registrationDate());
    assertThat(simplest.standards())
        .containsExactly(PremiumStandard.of(YearMonth.of(2024, 12), Money.ofYuan("100.00")));
    assertThat(simplest.receipts()).isEmpty();

    ReimbursementRequest oneReceipt =
        simplestWith(PremiumGens.reimbursementRequests(), r -> !r.receipts().isEmpty());
    assertThat(oneReceipt.receipts())
        .containsExactly(
            PremiumReceipt.of(
                "R-1", firstMonth(oneReceipt), firstMonth(oneReceipt), Money.ofFen(1), "本人"));
  }

  /**
   * The application 0 to 36 × 31 days after the registration; one to three standards from distinct
   * months, the first from the month before the claim's first month to two months after it, each
   * next one 1 to 12 months later, each of 100.00 to 1,500.00.
   */
  @Test
  void theApplicationAndTheStandardsKeepTheirRangesAndReachBothEnds() {
    Set<Long> applicationDays = new TreeSet<>();
    Set<Integer> rows = new TreeSet<>();
    Set<Long> firstRows = new TreeSet<>();
    Set<Long> steps = new TreeSet<>();
    Set<Long> amounts = new TreeSet<>();
    Promises promises = new Promises();
    for (ReimbursementRequest r : requests(61)) {
      applicationDays.add(
          ChronoUnit.DAYS.between(r.claim().registrationDate(), r.applicationDate()));
      List<PremiumStandard> standards = r.standards();
      rows.add(standards.size());
      firstRows.add(firstMonth(r).until(standards.get(0).from(), ChronoUnit.MONTHS));
      for (int i = 0; i < standards.size(); i++) {
        long fen = standards.get(i).amount().toFen();
        promises.require(fen >= 10_000 && fen <= 150_000, "100.00 to 1,500.00: %s", r);
        amounts.add(fen);
        if (i > 0) {
          steps.add(standards.get(i - 1).from().until(standards.get(i).from(), ChronoUnit.MONTHS));
        }
      }
    }
    promises.assertKept();
    assertThat(applicationDays).first().isEqualTo(0L);
    assertThat(applicationDays).last().isEqualTo(36L * 31);
    assertThat(rows).containsExactly(1, 2, 3);
    assertThat(firstRows).containsExactly(-1L, 0L, 1L, 2L);
    assertThat(steps).first().isEqualTo(1L);
    assertThat(steps).last().isEqualTo(12L);
    assertThat(amounts).first().isEqualTo(10_000L);
    assertThat(amounts).last().isEqualTo(150_000L);
  }

  /**
   * Zero to eight receipts, numbered, … in order, each covering 1 to 12 months from the
   * claim's first month to the application's, paid 0.01 to 1,500.00 for each month it covers (the
   * most in the all-high case, the least in the simplest receipt); some overlap, some end in the
   * month of the application, some pay more than one month's most.
   */
  @Test
  void receiptsCoverMonthsUpToTheApplicationAndReachBothEnds() {
    Set<Integer> counts = new TreeSet<>();
    Set<Long> lengths = new TreeSet<>();
    boolean endsInTheApplicationMonth = false;
    boolean overlap = false;
    boolean aboveOneMonthsMost = false;
    Promises promises = new Promises();
    for (ReimbursementRequest r : requests(62)) {
      List<PremiumReceipt> receipts = r.receipts();
      counts.add(receipts.size());
      YearMonth applied = YearMonth.from(r.applicationDate());
      for (int i = 0; i < receipts.size(); i++) {
        PremiumReceipt receipt = receipts.get(i);
        long months = receipt.firstMonth().until(receipt.lastMonth(), ChronoUnit.MONTHS) + 1;
        long fen = receipt.amount().toFen();
        promises.require(
            receipt.reference().equals("R-" + (i + 1))
                && !receipt.firstMonth().isBefore(firstMonth(r))
                && !receipt.lastMonth().isAfter(applied)
                && fen >= 1
                && fen <= 150_000 * months,
            "receipts[%d] numbered in order, from the first month to the application's, 0.01 to"
                + " 1,500.00 a month: %s",
            i,
            r);
        lengths.add(months);
        endsInTheApplicationMonth |= receipt.lastMonth().equals(applied);
        aboveOneMonthsMost |= fen > 150_000;
        for (PremiumReceipt earlier : receipts.subList(0, i)) {
          overlap |=
              !earlier.lastMonth().isBefore(receipt.firstMonth())
                  && !receipt.lastMonth().isBefore(earlier.firstMonth());
        }
      }
    }
    promises.assertKept();
    assertThat(counts).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(lengths).first().isEqualTo(1L);
    assertThat(lengths).last().isEqualTo(12L);
    assertThat(endsInTheApplicationMonth).isTrue();
    assertThat(overlap).isTrue();
    assertThat(aboveOneMonthsMost).isTrue();
  }
}
