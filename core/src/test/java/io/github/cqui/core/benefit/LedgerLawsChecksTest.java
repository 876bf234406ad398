package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link LedgerLaws} catches the one bug it exists for (渝人社办〔2025〕112号 一(四), 一(五)):
 * the law is run on one hand-picked claim against the real rules with a single ledger answer
 * broken, and must fail with the message only that check writes; on the real rules the same law
 * holds for the same claim. (The laws over generated claims are in {@link LedgerLawsTest}.)
 */
class LedgerLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();

  /**
   * Registered 2025-09-10 with 6 months: verified in 2025-09 and 2025-10, missed 2025-11, 2025-12
   * and 2026-01, re-verified in 2026-02 and 2026-03: suspended 2026-01 (after two missed months)
   * and 2026-02 (the month of re-verification), resumed 2026-03 (I-8).
   */
  private static final ClaimHistory RESUMED =
      claim(6, YearMonth.of(2026, 3))
          .addVerifications(
              verified(2025, 9), verified(2025, 10), verified(2026, 2), verified(2026, 3))
          .build();

  /**
   * Registered 2025-09-10 with 5 months: missed 2025-09 and 2026-01, verified in between; a single
   * missed month never suspends, so every month is paid.
   */
  private static final ClaimHistory SINGLE_MISSES =
      claim(5, YearMonth.of(2026, 1))
          .addVerifications(verified(2025, 10), verified(2025, 11), verified(2025, 12))
          .build();

  /**
   * Registered 2025-09-10 with 6 months, every month verified, re-employed on 2026-01-20: paid to
   * 2026-01 (the event month, I-14), stopped from 2026-02; 2025-09 and 2025-10 actually paid.
   */
  private static final ClaimHistory RE_EMPLOYED =
      claim(6, YearMonth.of(2026, 2))
          .addVerifications(
              verified(2025, 9),
              verified(2025, 10),
              verified(2025, 11),
              verified(2025, 12),
              verified(2026, 1),
              verified(2026, 2))
          .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2026, 1, 20)))
          .addActualPayments(
              ActualPayment.of(YearMonth.of(2025, 9), Money.ofYuan("2000.00")),
              ActualPayment.of(YearMonth.of(2025, 10), Money.ofYuan("2100.00")))
          .build();

  /**
   * A man born 1965-12 registered 2025-09-10 with 12 months, every month verified: statutory
   * retirement age in 2026-03, paid through it (I-10 default), stopped from 2026-04.
   */
  private static final ClaimHistory NEAR_RETIREMENT =
      claim(12, YearMonth.of(2026, 3))
          .birthMonth(YearMonth.of(1965, 12))
          .addVerifications(
              verified(2025, 9),
              verified(2025, 10),
              verified(2025, 11),
              verified(2025, 12),
              verified(2026, 1),
              verified(2026, 2),
              verified(2026, 3))
          .build();

  /** A claim registered on 2025-09-10, tier 1, a man born 1985-01, nothing verified yet. */
  private static ClaimHistory.Builder claim(int entitlementMonths, YearMonth recordedThrough) {
    ClaimHistory.Builder claim = ClaimHistory.builder();
    claim
        .registrationDate(LocalDate.of(2025, 9, 10))
        .entitlementMonths(entitlementMonths)
        .tier(BenefitTier.TIER_1)
        .addAllStandards(LedgerGens.ILLUSTRATIVE_STANDARDS)
        .birthMonth(YearMonth.of(1985, 1))
        .category(RetirementCategory.MALE)
        .recordedThrough(recordedThrough);
    return claim;
  }

  private static Verification verified(int year, int month) {
    return Verification.on(LocalDate.of(year, month, 15));
  }

  /** The real rules with the ledger of a claim passed through one planted bug. */
  private record PlantedLedger(BiFunction<ClaimHistory, BenefitLedger, BenefitLedger> bug)
      implements CquiRules {

    @Override
    public BenefitRules benefits() {
      return new BenefitRules() {
        @Override
        public StatutoryRetirement statutoryRetirement(YearMonth birth, RetirementCategory c) {
          return REAL.benefits().statutoryRetirement(birth, c);
        }

        @Override
        public BenefitLedger ledger(ClaimHistory history) {
          return bug.apply(history, REAL.benefits().ledger(history));
        }
      };
    }

    @Override
    public WorkingDayCalendar calendar() {
      return REAL.calendar();
    }

    @Override
    public PolicyEditions editions() {
      return REAL.editions();
    }

    @Override
    public InterpretationSwitches switches() {
      return REAL.switches();
    }

    @Override
    public DeadlineRules deadlines() {
      return REAL.deadlines();
    }

    @Override
    public NoticeRules notices() {
      return REAL.notices();
    }

    @Override
    public RecoveryRules recovery() {
      return REAL.recovery();
    }

    @Override
    public PremiumRules premium() {
      return REAL.premium();
    }

    @Override
    public EntitlementRules entitlements() {
      return REAL.entitlements();
    }

    @Override
    public ControlRules controls() {
      return REAL.controls();
    }
  }

  /** The real rules with {@code change} applied to the line of {@code month} of every ledger. */
  private static CquiRules lineBug(
      YearMonth month, UnaryOperator<ImmutableLedgerLine.Builder> change) {
    return new PlantedLedger(
        (history, ledger) -> {
          List<LedgerLine> lines = new ArrayList<>();
          for (LedgerLine line : ledger.lines()) {
            lines.add(
                line.month().equals(month)
                    ? change.apply(ImmutableLedgerLine.builder().from(line)).build()
                    : line);
          }
          return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
        });
  }

  /** The real rules with the lines of {@code months} reported as SUSPENDED, with nothing due. */
  private static CquiRules suspendedIn(YearMonth... months) {
    return new PlantedLedger(
        (history, ledger) -> {
          List<LedgerLine> lines = new ArrayList<>();
          for (LedgerLine line : ledger.lines()) {
            lines.add(
                List.of(months).contains(line.month())
                    ? ImmutableLedgerLine.builder()
                        .from(line)
                        .status(LedgerStatus.SUSPENDED)
                        .due(Money.zero())
                        .build()
                    : line);
          }
          return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
        });
  }

  private static List<LedgerStatus> statuses(ClaimHistory history) {
    return REAL.benefits().ledger(history).lines().stream().map(LedgerLine::status).toList();
  }

  // --- monthsUsedAndLeftAddUp ----------------------------------------------------------------

  /** 「months used ... equals the PAID lines that are not extension months」. */
  @Test
  void aLedgerCountingOneMonthMoreThanItsPaidLinesIsCaughtByMonthsUsedAndLeftAddUp() {
    CquiRules broken =
        new PlantedLedger(
            (history, ledger) ->
                ImmutableBenefitLedger.builder()
                    .from(ledger)
                    .monthsUsed(ledger.monthsUsed() + 1)
                    .build());

    assertThatCode(() -> LedgerLaws.monthsUsedAndLeftAddUp(REAL, SINGLE_MISSES))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.monthsUsedAndLeftAddUp(broken, SINGLE_MISSES))
        .isInstanceOf(AssertionError.class)
        .hasMessage("5 PAID lines but 6 months used");
  }

  /**
   * 「months used never exceeds it (nor 24, 社会保险法 art 46)」: a sixth month paid on 5 months of
   * entitlement, its line and the ledger's count of months used agreeing with it.
   */
  @Test
  void aMonthPaidBeyondTheEntitlementIsCaughtByMonthsUsedAndLeftAddUp() {
    CquiRules broken =
        new PlantedLedger(
            (history, ledger) -> {
              List<LedgerLine> lines = new ArrayList<>(ledger.lines());
              LedgerLine last = lines.get(lines.size() - 1);
              lines.add(
                  ImmutableLedgerLine.builder()
                      .from(last)
                      .month(last.month().plusMonths(1))
                      .monthsUsed(last.monthsUsed() + 1)
                      .monthsLeft(last.monthsLeft() - 1)
                      .build());
              return ImmutableBenefitLedger.builder()
                  .from(ledger)
                  .lines(lines)
                  .monthsUsed(ledger.monthsUsed() + 1)
                  .build();
            });

    assertThat(statuses(SINGLE_MISSES)).containsOnly(LedgerStatus.PAID).hasSize(5);
    assertThatCode(() -> LedgerLaws.monthsUsedAndLeftAddUp(REAL, SINGLE_MISSES))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.monthsUsedAndLeftAddUp(broken, SINGLE_MISSES))
        .isInstanceOf(AssertionError.class)
        .hasMessage("6 months paid");
  }

  // --- nothingIsPaidWhenItMayNotBe -----------------------------------------------------------

  /** 「No month is paid ... after the retirement month (I-10)」: 2026-04 paid, retirement 2026-03. */
  @Test
  void aMonthPaidAfterRetirementAgeIsCaughtByNothingIsPaidWhenItMayNotBe() {
    YearMonth after = YearMonth.of(2026, 4);
    CquiRules broken =
        lineBug(after, l -> l.status(LedgerStatus.PAID).due(Money.ofYuan("2100.00")));

    assertThat(REAL.benefits().ledger(NEAR_RETIREMENT).retirementMonth())
        .isEqualTo(YearMonth.of(2026, 3));
    assertThat(statuses(NEAR_RETIREMENT)).endsWith(LedgerStatus.PAID, LedgerStatus.STOPPED);
    assertThatCode(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(REAL, NEAR_RETIREMENT))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(broken, NEAR_RETIREMENT))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2026-04 paid after retirement age");
  }

  /**
   * 「No month is paid after a stop event's last payable month (I-14)」: re-employed on 2026-01-20,
   * 2026-02 paid all the same.
   */
  @Test
  void aMonthPaidAfterTheStopEventIsCaughtByNothingIsPaidWhenItMayNotBe() {
    CquiRules broken =
        lineBug(
            YearMonth.of(2026, 2), l -> l.status(LedgerStatus.PAID).due(Money.ofYuan("2100.00")));

    assertThat(statuses(RE_EMPLOYED)).endsWith(LedgerStatus.PAID, LedgerStatus.STOPPED);
    assertThatCode(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(REAL, RE_EMPLOYED))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(broken, RE_EMPLOYED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2026-02 paid after the stop event");
  }

  /** 「or with nothing due」: a paid month whose due is negative. */
  @Test
  void aNegativeDueIsCaughtByNothingIsPaidWhenItMayNotBe() {
    CquiRules broken = lineBug(YearMonth.of(2025, 10), l -> l.due(Money.ofYuan("-2000.00")));

    assertThatCode(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(REAL, RESUMED))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(broken, RESUMED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2025-10 due is negative");
  }

  /** 「only PAID lines have something due」: the standard due in a suspended month. */
  @Test
  void somethingDueInASuspendedMonthIsCaughtByNothingIsPaidWhenItMayNotBe() {
    CquiRules broken = lineBug(YearMonth.of(2026, 1), l -> l.due(Money.ofYuan("2100.00")));

    assertThatCode(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(REAL, RESUMED))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.nothingIsPaidWhenItMayNotBe(broken, RESUMED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2026-01 is SUSPENDED but 2100.00 is due");
  }

  // --- resumptionIsTheMonthAfterReVerification -----------------------------------------------

  /**
   * 「payment resumes exactly the month after the month of re-verification (I-8)」: re-verified in
   * 2026-02, still suspended in 2026-03 — resumed one month late.
   */
  @Test
  void aResumptionOneMonthLateIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 3));

    assertThat(statuses(RESUMED))
        .containsExactly(
            LedgerStatus.PAID,
            LedgerStatus.PAID,
            LedgerStatus.PAID,
            LedgerStatus.PAID,
            LedgerStatus.SUSPENDED,
            LedgerStatus.SUSPENDED,
            LedgerStatus.PAID,
            LedgerStatus.PAID);
    assertThatCode(() -> LedgerLaws.resumptionIsTheMonthAfterReVerification(REAL, RESUMED))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.resumptionIsTheMonthAfterReVerification(broken, RESUMED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2026-02 was verified but the next month is still suspended");
  }

  /**
   * 「A suspension begins after two consecutive missed months」: missed 2025-11 and 2025-12, but
   * suspended from 2025-12 — one month early, after a single missed month.
   */
  @Test
  void aSuspensionOneMonthEarlyIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2025, 12));

    assertThatCode(() -> LedgerLaws.resumptionIsTheMonthAfterReVerification(REAL, RESUMED))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LedgerLaws.resumptionIsTheMonthAfterReVerification(broken, RESUMED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2025-12 suspended without two missed months before it");
  }

  /**
   * 「A suspension begins after two consecutive missed months」: each single missed month suspended
   * at once (2025-09 until its re-verification in 2025-10, and 2026-01, the claim's last month).
   * The first line is suspended and so is the last: the law must walk both ends of the ledger.
   */
  @Test
  void aSuspensionAfterASingleMissedMonthIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken =
        suspendedIn(YearMonth.of(2025, 9), YearMonth.of(2025, 10), YearMonth.of(2026, 1));

    assertThat(statuses(SINGLE_MISSES)).containsOnly(LedgerStatus.PAID).hasSize(5);
    assertThatCode(() -> LedgerLaws.resumptionIsTheMonthAfterReVerification(REAL, SINGLE_MISSES))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> LedgerLaws.resumptionIsTheMonthAfterReVerification(broken, SINGLE_MISSES))
        .isInstanceOf(AssertionError.class)
        .hasMessage("2026-01 suspended without two missed months before it");
  }

  // --- aLaterMonthNeverChangesAnEarlierLine --------------------------------------------------

  /**
   * 「the ledger of the history as it stood at the end of {@code month} (the record, payments ... up
   * to then) has every line up to that month unchanged」: each line shows the payment of the month
   * after it, so 2025-10's payment changes the line of 2025-09.
   */
  @Test
  void aPaymentShownOnTheMonthBeforeIsCaughtByALaterMonthNeverChangesAnEarlierLine() {
    CquiRules broken =
        new PlantedLedger(
            (history, ledger) -> {
              List<LedgerLine> lines = new ArrayList<>();
              for (LedgerLine line : ledger.lines()) {
                Optional<Money> next =
                    history.actualPayments().stream()
                        .filter(p -> p.month().equals(line.month().plusMonths(1)))
                        .map(ActualPayment::amount)
                        .findFirst();
                lines.add(ImmutableLedgerLine.builder().from(line).actual(next).build());
              }
              return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
            });
    YearMonth cut = YearMonth.of(2025, 9);

    assertThatCode(() -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(REAL, RE_EMPLOYED, cut))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(broken, RE_EMPLOYED, cut))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("as of 2025-09: LedgerLine{month=2025-09")
        .hasMessageContaining("but the whole history gives LedgerLine{month=2025-09")
        .hasMessageContaining("actual=2100.00");
  }

  /**
   * 「the ledger of the history as it stood at the end of {@code month} (... and events up to then)
   * has every line up to that month unchanged」: a stop event ends the ledger the month before its
   * own, so the re-employment of 2026-01-20 removes the line of 2025-12.
   */
  @Test
  void aStopEventThatEndsTheLedgerAMonthEarlyIsCaughtByALaterMonthNeverChangesAnEarlierLine() {
    CquiRules broken =
        new PlantedLedger(
            (history, ledger) -> {
              Optional<YearMonth> end =
                  history.stopEvents().stream()
                      .map(e -> YearMonth.from(e.date()).minusMonths(1))
                      .min(YearMonth::compareTo);
              if (end.isEmpty()) {
                return ledger;
              }
              List<LedgerLine> lines =
                  ledger.lines().stream().filter(l -> l.month().isBefore(end.get())).toList();
              return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
            });
    YearMonth cut = YearMonth.of(2025, 12);

    assertThatCode(() -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(REAL, RE_EMPLOYED, cut))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(broken, RE_EMPLOYED, cut))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("as of 2025-12: LedgerLine{month=2025-12")
        .hasMessageEndingWith("but the whole history gives no line");
  }
}
