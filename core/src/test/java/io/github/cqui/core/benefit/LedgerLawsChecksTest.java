package io.github.cqui.core.benefit;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Registered 2025-09-10 with 6 months: verified in 2025-09 and 2025-10, then nothing to the end
   * of the record in 2026-03: suspended from 2026-01, after the missed 2025-11 and 2025-12 (I-8).
   */
  private static final ClaimHistory NEVER_RE_VERIFIED =
      claim(6, YearMonth.of(2026, 3))
          .addVerifications(verified(2025, 9), verified(2025, 10))
          .build();

  /**
   * Registered 2025-09-10 with 6 months: verified in 2025-09 and 2025-10, missed 2025-11 and
   * 2025-12, and the record ends in 2026-01: suspended 2026-01 and 2026-02, the first month after
   * the record, projected as verified, so payment resumes from 2026-03 (I-8).
   */
  private static final ClaimHistory RECORD_ENDS_SUSPENDED =
      claim(6, YearMonth.of(2026, 1))
          .addVerifications(verified(2025, 9), verified(2025, 10))
          .build();

  /**
   * Registered 2025-07-10 with 4 months, nothing verified in 2025-07 and 2025-08, verified in
   * 2025-09, where the record ends: 2025-07, before the notice took effect, is not missed (I-18),
   * so 2025-08 is a single missed month and every month is paid, 2025-10 projected.
   */
  private static final ClaimHistory BEFORE_THE_NOTICE =
      claim(4, YearMonth.of(2025, 9))
          .registrationDate(LocalDate.of(2025, 7, 10))
          .addVerifications(verified(2025, 9))
          .build();

  /**
   * {@link #SINGLE_MISSES}, with 2026-02 and 2026-03 actually paid after the entitlement ran out in
   * 2026-01: STOPPED lines show the overpayments.
   */
  private static final ClaimHistory PAID_AFTER_THE_END =
      ClaimHistory.builder()
          .from(SINGLE_MISSES)
          .addActualPayments(
              ActualPayment.of(YearMonth.of(2026, 2), Money.ofYuan("2100.00")),
              ActualPayment.of(YearMonth.of(2026, 3), Money.ofYuan("2100.00")))
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

  /** The real rules with {@code change} applied to the line of {@code month} of every ledger. */
  private static CquiRules lineBug(
      YearMonth month, UnaryOperator<ImmutableLedgerLine.Builder> change) {
    return lineBug(REAL, month, change);
  }

  /** The rules {@code base} with {@code change} applied to the line of {@code month}. */
  private static CquiRules lineBug(
      CquiRules base, YearMonth month, UnaryOperator<ImmutableLedgerLine.Builder> change) {
    return BrokenRules.of(base)
        .withLedger(
            ledger -> {
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
    return BrokenRules.ledger(
        ledger -> {
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

  /** The real rules with the lines of {@code months} reported as PAID, the standard due. */
  private static CquiRules paidIn(YearMonth month) {
    return lineBug(month, l -> l.status(LedgerStatus.PAID).due(Money.ofYuan("2100.00")));
  }

  private static List<LedgerStatus> statuses(ClaimHistory history) {
    return statuses(REAL, history);
  }

  private static List<LedgerStatus> statuses(CquiRules rules, ClaimHistory history) {
    return rules.benefits().ledger(history).lines().stream().map(LedgerLine::status).toList();
  }

  // --- monthsUsedAndLeftAddUp ----------------------------------------------------------------

  /** 「months used ... equals the PAID lines that are not extension months」. */
  @Test
  void aLedgerCountingOneMonthMoreThanItsPaidLinesIsCaughtByMonthsUsedAndLeftAddUp() {
    CquiRules broken =
        BrokenRules.ledger(
            ledger ->
                ImmutableBenefitLedger.builder()
                    .from(ledger)
                    .monthsUsed(ledger.monthsUsed() + 1)
                    .build());

    assertCaught(r -> LedgerLaws.monthsUsedAndLeftAddUp(r, SINGLE_MISSES), broken)
        .hasMessage("5 PAID lines but 6 months used");
  }

  /**
   * 「months used never exceeds it (nor 24, 社会保险法 art 46)」: a sixth month paid on 5 months of
   * entitlement, its line and the ledger's count of months used agreeing with it.
   */
  @Test
  void aMonthPaidBeyondTheEntitlementIsCaughtByMonthsUsedAndLeftAddUp() {
    CquiRules broken =
        BrokenRules.ledger(
            ledger -> {
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
    assertCaught(r -> LedgerLaws.monthsUsedAndLeftAddUp(r, SINGLE_MISSES), broken)
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
    assertCaught(r -> LedgerLaws.nothingIsPaidWhenItMayNotBe(r, NEAR_RETIREMENT), broken)
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
    assertCaught(r -> LedgerLaws.nothingIsPaidWhenItMayNotBe(r, RE_EMPLOYED), broken)
        .hasMessage("2026-02 paid after the stop event");
  }

  /** 「or with nothing due」: a paid month whose due is negative. */
  @Test
  void aNegativeDueIsCaughtByNothingIsPaidWhenItMayNotBe() {
    CquiRules broken = lineBug(YearMonth.of(2025, 10), l -> l.due(Money.ofYuan("-2000.00")));

    assertCaught(r -> LedgerLaws.nothingIsPaidWhenItMayNotBe(r, RESUMED), broken)
        .hasMessage("2025-10 due is negative");
  }

  /** 「only PAID lines have something due」: the standard due in a suspended month. */
  @Test
  void somethingDueInASuspendedMonthIsCaughtByNothingIsPaidWhenItMayNotBe() {
    CquiRules broken = lineBug(YearMonth.of(2026, 1), l -> l.due(Money.ofYuan("2100.00")));

    assertCaught(r -> LedgerLaws.nothingIsPaidWhenItMayNotBe(r, RESUMED), broken)
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
    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RESUMED), broken)
        .hasMessage("2026-02 was verified but the next month is still suspended");
  }

  /**
   * 「A suspension begins after two consecutive missed months」: missed 2025-11 and 2025-12, but
   * suspended from 2025-12 — one month early, after a single missed month.
   */
  @Test
  void aSuspensionOneMonthEarlyIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2025, 12));

    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RESUMED), broken)
        .hasMessage("2025-12 suspended without two missed months before it");
  }

  /**
   * 「No other month of a running payment is SUSPENDED」: the single missed month 2026-01, the
   * claim's last, suspended at once. The law must walk to the end of the ledger.
   */
  @Test
  void aSuspensionAfterASingleMissedMonthIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 1));

    assertThat(statuses(SINGLE_MISSES)).containsOnly(LedgerStatus.PAID).hasSize(5);
    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, SINGLE_MISSES), broken)
        .hasMessage("2026-01 suspended without two missed months before it");
  }

  /**
   * 「No other month of a running payment is SUSPENDED, the claim's first month included」: the
   * missed 2025-09, the claim's first month, suspended until its re-verification in 2025-10.
   */
  @Test
  void aSuspendedFirstMonthIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2025, 9), YearMonth.of(2025, 10));

    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, SINGLE_MISSES), broken)
        .hasMessage("2025-09 suspended in the claim's first month: no month before it was missed");
  }

  /**
   * 「a month is missed when it ... falls under an edition that suspends after missed months」: the
   * unverified 2025-07, before the notice, and 2025-08 counted as two missed months, and 2025-09
   * suspended (I-18).
   */
  @Test
  void aSuspensionAfterMonthsBeforeTheNoticeIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2025, 9));

    assertThat(statuses(BEFORE_THE_NOTICE)).containsOnly(LedgerStatus.PAID).hasSize(4);
    assertCaught(
            r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, BEFORE_THE_NOTICE), broken)
        .hasMessage("2025-09 suspended without two missed months before it");
  }

  /**
   * 「when the run reaches two in month M+1, M and M+1 stay paid and M+2 is the first SUSPENDED
   * month」: missed 2025-11 and 2025-12, but 2026-01 paid — the suspension starts one month late, an
   * overpayment.
   */
  @Test
  void aSuspensionOneMonthLateIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = paidIn(YearMonth.of(2026, 1));

    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RESUMED), broken)
        .hasMessage(
            "2026-01 is PAID after the missed months 2025-11 to 2025-12: the suspension starts in"
                + " it");
  }

  /**
   * 「every month is SUSPENDED up to and including the first verified ... month R」: re-verified in
   * 2026-02, and 2026-02 itself paid — resumed one month early, an overpayment.
   */
  @Test
  void aResumptionOneMonthEarlyIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = paidIn(YearMonth.of(2026, 2));

    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RESUMED), broken)
        .hasMessage(
            "2026-02 is PAID, but the suspension from 2026-01 resumes only the month after a"
                + " re-verification");
  }

  /**
   * 「every month is SUSPENDED up to and including the first verified (or projected) month R」: the
   * record ends in 2026-01, suspended; 2026-02, projected as verified, is suspended and 2026-03
   * resumes. Still suspended in 2026-03, the projection is ignored.
   */
  @Test
  void aProjectedMonthThatDoesNotResumeIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 3));

    assertThat(statuses(RECORD_ENDS_SUSPENDED))
        .containsSubsequence(LedgerStatus.PAID, LedgerStatus.SUSPENDED, LedgerStatus.SUSPENDED)
        .endsWith(
            LedgerStatus.SUSPENDED, LedgerStatus.SUSPENDED, LedgerStatus.PAID, LedgerStatus.PAID);
    assertCaught(
            r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RECORD_ENDS_SUSPENDED),
            broken)
        .hasMessage("2026-02 was verified but the next month is still suspended");
  }

  /**
   * 「a suspension ends otherwise only with the claim, on a STOPPED line: after a stop event ...,
   * retirement age, at the maximum suspension, or in M+2 when M+1 used up the entitlement」: the
   * suspension of 2026-01 turned into a stop in 2026-02 with none of them — the deferred months
   * lost.
   */
  @Test
  void aSuspensionStoppedWithoutCauseIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = lineBug(YearMonth.of(2026, 2), l -> l.status(LedgerStatus.STOPPED));

    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RESUMED), broken)
        .hasMessage(
            "2026-02 is STOPPED during the suspension from 2026-01, with no stop event, retirement"
                + " age, lapse or used-up entitlement to end the claim");
  }

  /**
   * 「the ledger never ends while payment is suspended」: the ledger cut after 2026-02, suspended
   * since 2026-01 and never re-verified.
   */
  @Test
  void aLedgerThatEndsSuspendedIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken =
        BrokenRules.ledger(
            ledger ->
                ImmutableBenefitLedger.builder()
                    .from(ledger)
                    .lines(
                        ledger.lines().stream()
                            .filter(l -> !l.month().isAfter(YearMonth.of(2026, 2)))
                            .toList())
                    .build());

    assertThat(statuses(NEVER_RE_VERIFIED))
        .containsSubsequence(LedgerStatus.SUSPENDED, LedgerStatus.SUSPENDED, LedgerStatus.SUSPENDED)
        .endsWith(LedgerStatus.PAID);
    assertCaught(
            r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, NEVER_RE_VERIFIED), broken)
        .hasMessage(
            "the ledger ends with 2026-02 while payment is suspended: no resumption or stop"
                + " follows");
  }

  /**
   * 「No month after ... a stop event's last payable month ... is SUSPENDED」: re-employed on
   * 2026-01-20, and 2026-02 suspended instead of stopped.
   */
  @Test
  void aSuspensionAfterTheStopEventIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 2));

    assertThat(statuses(RE_EMPLOYED)).endsWith(LedgerStatus.PAID, LedgerStatus.STOPPED);
    assertCaught(r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, RE_EMPLOYED), broken)
        .hasMessage("2026-02 suspended after the stop event");
  }

  /**
   * 「No month after ... retirement age is SUSPENDED」: retirement age in 2026-03, and 2026-04
   * suspended instead of stopped.
   */
  @Test
  void aSuspensionAfterRetirementAgeIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 4));

    assertThat(statuses(NEAR_RETIREMENT)).endsWith(LedgerStatus.PAID, LedgerStatus.STOPPED);
    assertCaught(
            r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, NEAR_RETIREMENT), broken)
        .hasMessage("2026-04 suspended after retirement age");
  }

  /**
   * 「No month after a STOPPED line ... is SUSPENDED」: the entitlement used up in 2026-01, 2026-02
   * and 2026-03 STOPPED to show their overpayments, and 2026-03 suspended.
   */
  @Test
  void aSuspensionAfterTheClaimEndedIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules broken = suspendedIn(YearMonth.of(2026, 3));

    assertThat(statuses(PAID_AFTER_THE_END))
        .endsWith(LedgerStatus.PAID, LedgerStatus.STOPPED, LedgerStatus.STOPPED);
    assertCaught(
            r -> LedgerLaws.resumptionIsTheMonthAfterReVerification(r, PAID_AFTER_THE_END), broken)
        .hasMessage("2026-03 suspended after the claim ended in 2026-02");
  }

  /**
   * 「a suspension ends ... at the maximum suspension (I-8 switch)」: with a maximum of two months,
   * the suspension of 2026-01 and 2026-02 lapses and 2026-03 is STOPPED; suspended a third month
   * instead.
   */
  @Test
  void aSuspensionBeyondTheMaximumIsCaughtByResumptionIsTheMonthAfterReVerification() {
    CquiRules lapsing =
        Chongqing.rules(
            WorkingDayCalendar.chongqing(),
            Chongqing.bundledEditions(),
            InterpretationSwitches.builder().maximumSuspensionMonths(2).build());
    CquiRules broken =
        lineBug(
            lapsing,
            YearMonth.of(2026, 3),
            l -> l.status(LedgerStatus.SUSPENDED).due(Money.zero()));

    assertThat(statuses(lapsing, NEVER_RE_VERIFIED))
        .endsWith(LedgerStatus.SUSPENDED, LedgerStatus.SUSPENDED, LedgerStatus.STOPPED);
    assertCaught(
            () -> LedgerLaws.resumptionIsTheMonthAfterReVerification(lapsing, NEVER_RE_VERIFIED),
            () -> LedgerLaws.resumptionIsTheMonthAfterReVerification(broken, NEVER_RE_VERIFIED))
        .hasMessage("2026-03 suspended beyond the maximum suspension of 2 months");
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
        BrokenRules.ledgerOfHistory(
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

    assertCaught(r -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(r, RE_EMPLOYED, cut), broken)
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
        BrokenRules.ledgerOfHistory(
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

    assertCaught(r -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(r, RE_EMPLOYED, cut), broken)
        .hasMessageStartingWith("as of 2025-12: LedgerLine{month=2025-12")
        .hasMessageEndingWith("but the whole history gives no line");
  }
}
