package io.github.cqui.rules.testing;

import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generators of valid claim histories for the benefit ledger, valid by construction: at most one
 * verification per month, each on a day of its month; up to two stop events, on or after the
 * registration; standards for both tiers in force for every month; payments at most once per month
 * from the first month on. Smaller draws give simpler histories: fewer months, everything verified,
 * no events.
 *
 * <p>The standards are illustrative (no official figure is bundled): tier 1 2,000.00 and tier 2
 * 1,800.00 from 2020-01, tier 1 raised to 2,100.00 from 2026-01. Stateless and thread-safe.
 */
public final class LedgerGens {

  /** The illustrative standards every generated history carries. */
  public static final List<BenefitStandard> ILLUSTRATIVE_STANDARDS =
      List.of(
          BenefitStandard.of(YearMonth.of(2020, 1), BenefitTier.TIER_1, Money.ofYuan("2000.00")),
          BenefitStandard.of(YearMonth.of(2020, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")),
          BenefitStandard.of(YearMonth.of(2026, 1), BenefitTier.TIER_1, Money.ofYuan("2100.00")));

  /**
   * The last day a generated stop event may fall on: its 20-working-day report deadline must stay
   * inside the bundled calendar (to 2026-12-31).
   */
  static final LocalDate LAST_EVENT_DATE = LocalDate.of(2026, 11, 20);

  private LedgerGens() {}

  /**
   * Claim histories registered from 2025-01 to 2026-06 (so report deadlines of stop events stay
   * inside the bundled calendar), with 1 to 24 months of entitlement and a record of 0 to 30
   * months.
   */
  public static Gen<ClaimHistory> claimHistories() {
    return draws -> {
      LocalDate registered = LocalDate.of(2025, 1, 1).plusDays(draws.draw(0, 545));
      YearMonth start = YearMonth.from(registered);
      ImmutableClaimHistory.Builder b =
          ClaimHistory.builder()
              .registrationDate(registered)
              .entitlementMonths(draws.draw(1, 24))
              .tier(draws.draw(0, 1) == 0 ? BenefitTier.TIER_1 : BenefitTier.TIER_2)
              .addAllStandards(ILLUSTRATIVE_STANDARDS)
              .birthMonth(YearMonth.of(1990, 12).minusMonths(draws.draw(0, 12 * 30)))
              .category(RetirementCategory.values()[draws.draw(0, 2)]);
      int recorded = draws.draw(0, 30);
      YearMonth recordedThrough = start.plusMonths(recorded).minusMonths(1);
      b.recordedThrough(recordedThrough);
      for (YearMonth m = start; !m.isAfter(recordedThrough); m = m.plusMonths(1)) {
        // 0 = verified (simplest); a miss is drawn as 1
        if (draws.draw(0, 3) != 1) {
          b.addVerifications(Verification.on(m.atDay(1 + draws.draw(0, 27))));
        }
      }
      // none (simplest), one, or two stop events: of two, either may stop payment first (I-14)
      int stopEvents = draws.draw(0, 2) == 1 ? 1 + draws.draw(0, 1) : 0;
      List<StopEventType> types = Arrays.asList(StopEventType.values());
      int room = (int) ChronoUnit.DAYS.between(registered, LAST_EVENT_DATE);
      for (int i = 0; i < stopEvents; i++) {
        b.addStopEvents(
            StopEvent.of(
                types.get(draws.draw(0, types.size() - 1)),
                registered.plusDays(draws.draw(0, room))));
      }
      if (draws.draw(0, 2) == 1) {
        YearMonth from = start.plusMonths(draws.draw(0, 24));
        b.addSubsidyPeriods(SubsidyPeriod.of(from, from.plusMonths(draws.draw(0, 3))));
      }
      List<ActualPayment> payments = new ArrayList<>();
      int paidMonths = draws.draw(0, 30);
      for (int i = 0; i < paidMonths; i++) {
        if (draws.draw(0, 3) != 0) {
          payments.add(
              ActualPayment.of(start.plusMonths(i), Money.ofFen(100L * draws.draw(0, 2500))));
        }
      }
      return b.addAllActualPayments(payments).build();
    };
  }
}
