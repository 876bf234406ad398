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
 * verification per month, each on a day of its month, none before the registration; a person under
 * statutory retirement age at the registration; up to two stop events, on or after the
 * registration, a RETIREMENT_AGE event only in the month of retirement age; standards for both
 * tiers in force for every month; payments at most once per month from the first month on. Smaller
 * draws give simpler histories: fewer months, everything verified, no events.
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

  /** The latest birth month of a generated person. */
  private static final YearMonth LATEST_BIRTH = YearMonth.of(1990, 12);

  private LedgerGens() {}

  /**
   * The month of statutory retirement age (《国务院关于渐进式延迟法定退休年龄的办法》第一条; I-10), from the category's
   * published figures: what a RETIREMENT_AGE stop event must agree with.
   */
  static YearMonth retirementMonth(YearMonth birthMonth, RetirementCategory category) {
    long offset = category.firstAffectedBirthMonth().until(birthMonth, ChronoUnit.MONTHS);
    long delay =
        offset < 0
            ? 0
            : Math.min(
                category.maximumDelayMonths(), offset / category.birthMonthsPerDelayMonth() + 1);
    return birthMonth.plusYears(category.originalAge()).plusMonths(delay);
  }

  /**
   * Claim histories registered from 2025-01 to 2026-06 (so report deadlines of stop events stay
   * inside the bundled calendar), with 1 to 24 months of entitlement and a record of 0 to 30
   * months, about one recorded month in four missed (not verified). About one history in three has
   * stop events (one or two) and about one in three a subsidy period (1 to 4 months, starting 0 to
   * 24 months after the first month); payments of 0.00 to 2,500.00 in whole yuan fall on about
   * three in four of the first 0 to 30 months. The simplest history (every draw low) is registered
   * on 2025-01-01 with one month of tier 1 entitlement, a man born 1990-12, and nothing recorded,
   * stopped, subsidised or paid.
   *
   * @return the generator
   */
  public static Gen<ClaimHistory> claimHistories() {
    return draws -> {
      LocalDate registered = LocalDate.of(2025, 1, 1).plusDays(draws.draw(0, 545));
      YearMonth start = YearMonth.from(registered);
      int entitlementMonths = draws.draw(1, 24);
      BenefitTier tier = draws.draw(0, 1) == 0 ? BenefitTier.TIER_1 : BenefitTier.TIER_2;
      RetirementCategory category = RetirementCategory.values()[draws.draw(0, 2)];
      // born at most 30 years before 1990-12, and late enough to be under retirement age at the
      // registration: the original age alone reaches past the first month
      YearMonth earliestBirth = start.minusYears(category.originalAge()).plusMonths(1);
      int span = Math.min(12 * 30, (int) earliestBirth.until(LATEST_BIRTH, ChronoUnit.MONTHS));
      YearMonth birthMonth = LATEST_BIRTH.minusMonths(draws.draw(0, span));
      YearMonth retirementMonth = retirementMonth(birthMonth, category);
      ImmutableClaimHistory.Builder b =
          ClaimHistory.builder()
              .registrationDate(registered)
              .entitlementMonths(entitlementMonths)
              .tier(tier)
              .addAllStandards(ILLUSTRATIVE_STANDARDS)
              .birthMonth(birthMonth)
              .category(category);
      int recorded = draws.draw(0, 30);
      YearMonth recordedThrough = start.plusMonths(recorded).minusMonths(1);
      b.recordedThrough(recordedThrough);
      for (YearMonth m = start; !m.isAfter(recordedThrough); m = m.plusMonths(1)) {
        // 0 = verified (simplest); a miss is drawn as 1
        if (draws.draw(0, 3) != 1) {
          // on a day of the month, none before the registration
          int first = m.equals(start) ? registered.getDayOfMonth() : 1;
          int last = Math.max(first, 28);
          b.addVerifications(Verification.on(m.atDay(first + draws.draw(0, last - first))));
        }
      }
      // none (simplest), one, or two stop events: of two, either may stop payment first (I-14)
      int stopEvents = draws.draw(0, 2) == 1 ? 1 + draws.draw(0, 1) : 0;
      List<StopEventType> types = Arrays.asList(StopEventType.values());
      int room = (int) ChronoUnit.DAYS.between(registered, LAST_EVENT_DATE);
      for (int i = 0; i < stopEvents; i++) {
        StopEventType type = types.get(draws.draw(0, types.size() - 1));
        LocalDate date = registered.plusDays(draws.draw(0, room));
        if (type == StopEventType.RETIREMENT_AGE) {
          // reaching retirement age happens in the month the birth month gives, or not at all
          // within the calendar: then the first type stands in for it
          LocalDate first = retirementMonth.atDay(1);
          LocalDate last = retirementMonth.atEndOfMonth();
          first = first.isBefore(registered) ? registered : first;
          last = last.isAfter(LAST_EVENT_DATE) ? LAST_EVENT_DATE : last;
          if (first.isAfter(last)) {
            type = types.get(0);
          } else {
            date =
                first.plusDays(Math.min(draws.draw(0, 30), ChronoUnit.DAYS.between(first, last)));
          }
        }
        b.addStopEvents(StopEvent.of(type, date));
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
