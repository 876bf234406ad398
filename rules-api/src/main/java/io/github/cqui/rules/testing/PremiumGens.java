package io.github.cqui.rules.testing;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutableReimbursementRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Generators of valid applications for the medical-premium reimbursement (渝人社办〔2025〕112号 一(三)),
 * valid by construction: the claim is one of {@link LedgerGens#claimHistories()}; the application
 * is made on or after the registration; every receipt covers months from the claim's first month
 * (the registration month, the I-9 default) to the application's; receipts have distinct references
 * and may overlap (two receipts for a month are refused by the rule, not by the request); the 代缴标准
 * table has one to three rows from distinct months, its first row sometimes after the claim's first
 * month (so some months are pending).
 *
 * <p>The ranges: the application 0 to 36 × 31 days after the registration; the first 代缴标准 row from
 * the month before the claim's first month to two months after it, each next row 1 to 12 months
 * after the one before, each of 100.00 to 1,500.00; zero to {@value #MAX_RECEIPTS} receipts,
 * numbered, … in order, each covering 1 to 12 months and paying 0.01 to 1,500.00 for each
 * month it covers.
 *
 * <p>Smaller draws give simpler applications: the claim's simplest history, an application in its
 * first month, one standard in force from before the claim, no receipt; then one receipt of 0.01
 * for the first month. The standards are illustrative (no official 代缴标准 is bundled, POLICY-FACTS
 * §9.2).
 *
 * <p>Stateless and thread-safe.
 */
public final class PremiumGens {

  /** The most receipts one generated application carries. */
  public static final int MAX_RECEIPTS = 8;

  /** The most months after the registration the application is made in. */
  public static final int MAX_APPLICATION_MONTHS = 36;

  private PremiumGens() {}

  /**
   * Applications over {@link LedgerGens#claimHistories()}, for rules whose entitlement starts at
   * the registration date (the I-9 default).
   *
   * @return the generator
   */
  public static Gen<ReimbursementRequest> reimbursementRequests() {
    Gen<ClaimHistory> claims = LedgerGens.claimHistories();
    return draws -> {
      ClaimHistory claim = claims.generate(draws);
      LocalDate registered = claim.registrationDate();
      YearMonth start = YearMonth.from(registered);
      LocalDate applied = registered.plusDays(draws.draw(0, MAX_APPLICATION_MONTHS * 31));
      int span = (int) ChronoUnit.MONTHS.between(start, YearMonth.from(applied)) + 1;
      ImmutableReimbursementRequest.Builder request =
          ReimbursementRequest.builder().claim(claim).applicationDate(applied);
      // the first row from start - 1 (simplest: every month has a standard) up to start + 2
      YearMonth from = start.plusMonths(draws.draw(0, 3) - 1L);
      request.addStandards(PremiumStandard.of(from, standardAmount(draws)));
      int more = draws.draw(0, 2);
      for (int i = 0; i < more; i++) {
        from = from.plusMonths(1L + draws.draw(0, 11));
        request.addStandards(PremiumStandard.of(from, standardAmount(draws)));
      }
      int receipts = draws.draw(0, MAX_RECEIPTS);
      for (int i = 0; i < receipts; i++) {
        int first = draws.draw(0, span - 1);
        int months = 1 + draws.draw(0, Math.min(11, span - 1 - first));
        long fen = 1L + draws.draw(0, 150_000 * months - 1);
        request.addReceipts(
            PremiumReceipt.of(
                "R-" + (i + 1),
                start.plusMonths(first),
                start.plusMonths(first + months - 1L),
                Money.ofFen(fen),
                "本人"));
      }
      return request.build();
    };
  }

  /** A monthly 代缴标准 from 100.00 to 1,500.00. */
  private static Money standardAmount(Draws draws) {
    return Money.ofFen(10_000L + draws.draw(0, 140_000));
  }
}
