package io.github.cqui.core.benefit;

import static io.github.cqui.core.gens.GenCases.allLow;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.core.gens.Promises;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.LedgerGens;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerGens#claimHistories()} keeps what its javadoc promises: over a fixed sample and the
 * two bound cases, every history lies in the documented ranges and reaches both ends, is valid as
 * documented (a person under retirement age, verifications and events on or after the registration,
 * a RETIREMENT_AGE event in the month of retirement age), every kind of history occurs in the
 * documented mix, and the simplest history is the documented one.
 */
class LedgerGensPromisesTest {

  private static final CquiRules RULES = Chongqing.rules();

  /** The last day a generated stop event may fall on ({@code LedgerGens.LAST_EVENT_DATE}). */
  private static final LocalDate LAST_EVENT_DATE = LocalDate.of(2026, 11, 20);

  private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2025, 1, 1);
  private static final LocalDate LAST_REGISTRATION = LocalDate.of(2026, 6, 30);

  private static List<ClaimHistory> histories(long seed) {
    return withBounds(LedgerGens.claimHistories(), seed, 1500);
  }

  /**
   * The month of statutory retirement age, by the real rules, once per birth month and category.
   */
  private static final class RetirementMonths {
    private final Map<String, YearMonth> known = new HashMap<>();

    YearMonth of(ClaimHistory h) {
      return known.computeIfAbsent(
          h.birthMonth() + " " + h.category(),
          k ->
              RULES.benefits().statutoryRetirement(h.birthMonth(), h.category()).retirementMonth());
    }
  }

  private static YearMonth firstMonth(ClaimHistory h) {
    return YearMonth.from(h.registrationDate());
  }

  @Test
  void theSimplestHistoryIsOneMonthOfTierOneWithNothingRecorded() {
    ClaimHistory simplest = allLow(LedgerGens.claimHistories());

    assertThat(simplest.registrationDate()).isEqualTo(FIRST_REGISTRATION);
    assertThat(simplest.entitlementMonths()).isEqualTo(1);
    assertThat(simplest.tier()).isEqualTo(BenefitTier.TIER_1);
    assertThat(simplest.category()).isEqualTo(RetirementCategory.MALE);
    assertThat(simplest.birthMonth()).isEqualTo(YearMonth.of(1990, 12));
    assertThat(simplest.standards()).isEqualTo(LedgerGens.ILLUSTRATIVE_STANDARDS);
    assertThat(simplest.recordedThrough()).isEqualTo(YearMonth.of(2024, 12));
    assertThat(simplest.verifications()).isEmpty();
    assertThat(simplest.stopEvents()).isEmpty();
    assertThat(simplest.subsidyPeriods()).isEmpty();
    assertThat(simplest.actualPayments()).isEmpty();
  }

  @Test
  void historiesKeepTheirRangesAndReachBothEnds() {
    Set<LocalDate> registrations = new HashSet<>();
    Set<Integer> entitlements = new TreeSet<>();
    Set<Long> recordedMonths = new TreeSet<>();
    Set<BenefitTier> tiers = EnumSet.noneOf(BenefitTier.class);
    Set<RetirementCategory> categories = EnumSet.noneOf(RetirementCategory.class);
    boolean bornInTheLastMonthAllowed = false;
    RetirementMonths retirementMonths = new RetirementMonths();
    Promises promises = new Promises();
    for (ClaimHistory h : histories(51)) {
      promises.require(
          !h.registrationDate().isBefore(FIRST_REGISTRATION)
              && !h.registrationDate().isAfter(LAST_REGISTRATION),
          "registered from 2025-01-01 to 2026-06-30: %s",
          h);
      registrations.add(h.registrationDate());
      entitlements.add(h.entitlementMonths());
      recordedMonths.add(firstMonth(h).until(h.recordedThrough(), ChronoUnit.MONTHS) + 1);
      tiers.add(h.tier());
      categories.add(h.category());
      promises.require(
          h.standards().equals(LedgerGens.ILLUSTRATIVE_STANDARDS), "the standards: %s", h);
      // under statutory retirement age at the registration, born at most in 1990-12
      promises.require(!h.birthMonth().isAfter(YearMonth.of(1990, 12)), "born by 1990-12: %s", h);
      promises.require(
          retirementMonths.of(h).isAfter(firstMonth(h)),
          "under retirement age at the registration: %s",
          h);
      bornInTheLastMonthAllowed |=
          h.birthMonth().equals(firstMonth(h).minusYears(h.category().originalAge()).plusMonths(1));
    }
    promises.assertKept();
    assertThat(registrations).contains(FIRST_REGISTRATION, LAST_REGISTRATION);
    assertThat(entitlements).first().isEqualTo(1);
    assertThat(entitlements).last().isEqualTo(24);
    assertThat(recordedMonths).first().isEqualTo(0L);
    assertThat(recordedMonths).last().isEqualTo(30L);
    assertThat(tiers).containsExactlyInAnyOrder(BenefitTier.values());
    assertThat(categories).containsExactlyInAnyOrder(RetirementCategory.values());
    assertThat(bornInTheLastMonthAllowed).isTrue();
  }

  /**
   * At most one verification per recorded month, on a day of its month (the 1st to the 28th, or the
   * registration day in the first month), none before the registration; about one recorded month in
   * four is missed.
   */
  @Test
  void verificationsAreOnADayOfTheirMonthAndAboutOneMonthInFourIsMissed() {
    Set<Integer> days = new TreeSet<>();
    int recorded = 0;
    int verified = 0;
    Promises promises = new Promises();
    for (ClaimHistory h : histories(52)) {
      Set<YearMonth> months = new HashSet<>();
      for (Verification v : h.verifications()) {
        int day = v.verifiedOn().getDayOfMonth();
        promises.require(
            months.add(v.month())
                && YearMonth.from(v.verifiedOn()).equals(v.month())
                && !v.month().isBefore(firstMonth(h))
                && !v.month().isAfter(h.recordedThrough())
                && !v.verifiedOn().isBefore(h.registrationDate())
                && (day <= 28 || v.verifiedOn().equals(h.registrationDate())),
            "one verification a recorded month, on a day of it from the registration: %s in %s",
            v,
            h);
        days.add(day);
      }
      recorded += (int) (firstMonth(h).until(h.recordedThrough(), ChronoUnit.MONTHS) + 1);
      verified += h.verifications().size();
    }
    promises.assertKept();
    assertThat(days).first().isEqualTo(1);
    assertThat(days).contains(28);
    assertThat((double) (recorded - verified) / recorded).isBetween(0.15, 0.35);
  }

  /**
   * None, one or two stop events, on or after the registration and not after the last event date; a
   * RETIREMENT_AGE event only in the month the person reaches statutory retirement age.
   */
  @Test
  void stopEventsAreNoneOneOrTwoAndAgreeWithTheRetirementAge() {
    Set<Integer> counts = new TreeSet<>();
    Set<StopEventType> types = EnumSet.noneOf(StopEventType.class);
    int withEvents = 0;
    RetirementMonths retirementMonths = new RetirementMonths();
    Promises promises = new Promises();
    List<ClaimHistory> histories = histories(53);
    for (ClaimHistory h : histories) {
      counts.add(h.stopEvents().size());
      withEvents += h.stopEvents().isEmpty() ? 0 : 1;
      for (StopEvent e : h.stopEvents()) {
        types.add(e.type());
        promises.require(
            !e.date().isBefore(h.registrationDate()) && !e.date().isAfter(LAST_EVENT_DATE),
            "from the registration to 2026-11-20: %s in %s",
            e,
            h);
        promises.require(
            e.type() != StopEventType.RETIREMENT_AGE
                || YearMonth.from(e.date()).equals(retirementMonths.of(h)),
            "in the month of retirement age: %s in %s",
            e,
            h);
      }
    }
    promises.assertKept();
    assertThat(counts).containsExactly(0, 1, 2);
    assertThat(types).containsExactlyInAnyOrder(StopEventType.values());
    // about one history in three has any
    assertThat((double) withEvents / histories.size()).isBetween(0.2, 0.45);
  }

  /**
   * A subsidy period in about one history in three, from the first month on, 1 to 4 months long.
   */
  @Test
  void subsidyPeriodsStartFromTheFirstMonthAndLastUpToFourMonths() {
    Set<Long> starts = new TreeSet<>();
    Set<Long> lengths = new TreeSet<>();
    List<ClaimHistory> histories = histories(54);
    int subsidised = 0;
    for (ClaimHistory h : histories) {
      assertThat(h.subsidyPeriods()).hasSizeLessThanOrEqualTo(1);
      for (SubsidyPeriod s : h.subsidyPeriods()) {
        subsidised++;
        starts.add(firstMonth(h).until(s.from(), ChronoUnit.MONTHS));
        lengths.add(s.from().until(s.to(), ChronoUnit.MONTHS) + 1);
      }
    }
    assertThat(starts).first().isEqualTo(0L);
    assertThat(starts).last().isEqualTo(24L);
    assertThat(lengths).containsExactly(1L, 2L, 3L, 4L);
    assertThat((double) subsidised / histories.size()).isBetween(0.2, 0.45);
  }

  /**
   * Payments at most once a month, for months among the first 30 from the first month, of 0.00 to
   * 2,500.00 in whole yuan; about three months in four before the last one paid are paid.
   */
  @Test
  void paymentsFallInTheFirstThirtyMonthsAndAboutThreeInFourArePaid() {
    Set<Long> offsets = new TreeSet<>();
    Set<Long> amounts = new TreeSet<>();
    int monthsBeforeTheLastPaid = 0;
    int paidBeforeTheLastPaid = 0;
    Money most = Money.ofYuan("2500.00");
    Promises promises = new Promises();
    for (ClaimHistory h : histories(55)) {
      TreeSet<Long> paid = new TreeSet<>();
      for (ActualPayment p : h.actualPayments()) {
        long offset = firstMonth(h).until(p.month(), ChronoUnit.MONTHS);
        long fen = p.amount().toFen();
        promises.require(
            paid.add(offset)
                && offset >= 0
                && offset <= 29
                && fen % 100 == 0
                && !p.amount().isNegative()
                && !p.amount().isGreaterThan(most),
            "one payment a month among the first 30, 0.00 to 2,500.00 in whole yuan: %s in %s",
            p,
            h);
        amounts.add(fen);
      }
      offsets.addAll(paid);
      if (!paid.isEmpty()) {
        long last = paid.last();
        monthsBeforeTheLastPaid += (int) last;
        paidBeforeTheLastPaid += paid.size() - 1;
      }
    }
    promises.assertKept();
    assertThat(offsets).first().isEqualTo(0L);
    assertThat(offsets).last().isEqualTo(29L);
    assertThat(amounts).first().isEqualTo(0L);
    assertThat(amounts).last().isEqualTo(250_000L);
    assertThat((double) paidBeforeTheLastPaid / monthsBeforeTheLastPaid).isBetween(0.65, 0.85);
  }
}
