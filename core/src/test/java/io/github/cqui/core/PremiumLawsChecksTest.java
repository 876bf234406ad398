package io.github.cqui.core;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutablePendingMonth;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReimbursement;
import io.github.cqui.rules.premium.internal.ImmutableRefusedMonth;
import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link PremiumLaws} catches the one bug it exists for (渝人社办〔2025〕112号 一(三); I-12,
 * I-13, I-24): the law is run on one hand-picked application against the real rules with a single
 * answer of the reimbursement broken, and must fail with the message only that check writes; on the
 * real rules the same law holds for the same application. (The laws over generated applications are
 * in {@link PremiumLawsTest}.)
 */
class PremiumLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();

  private static final YearMonth SEP_2025 = YearMonth.of(2025, 9);
  private static final YearMonth OCT_2025 = YearMonth.of(2025, 10);
  private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);
  private static final YearMonth DEC_2025 = YearMonth.of(2025, 12);
  private static final YearMonth JAN_2026 = YearMonth.of(2026, 1);
  private static final YearMonth FEB_2026 = YearMonth.of(2026, 2);
  private static final YearMonth MAR_2026 = YearMonth.of(2026, 3);

  /**
   * A claim registered 2025-09-10 with 6 months, missed 2025-11 and 2025-12, re-verified 2026-01,
   * recorded through 2026-02: paid 2025-09 to 2025-12, suspended 2026-01 (I-8), paid 2026-02, paid
   * as projected 2026-03. The 代缴标准 500.00 is in force from 2025-11 only. Applied for on 2026-03-15
   * with a receipt for each kind of answer:
   *
   * <ul>
   *   <li>R-1, 800.00 for 2025-09 and 2025-10: both pending (no standard in force);
   *   <li>R-2, 1000.01 for 2025-11 and 2025-12: both reimbursed at the standard, 500.00 each;
   *   <li>R-3, 300.00 for 2026-01: refused, SUSPENDED;
   *   <li>R-4, 600.00 and R-5, 100.00, both for 2026-02: refused, TWO_RECEIPTS;
   *   <li>R-6, 200.00 for 2026-03: refused, NOT_YET_PAID (projected).
   * </ul>
   */
  private static final ReimbursementRequest REQUEST =
      ReimbursementRequest.builder()
          .claim(
              ClaimHistory.builder()
                  .registrationDate(LocalDate.of(2025, 9, 10))
                  .entitlementMonths(6)
                  .tier(BenefitTier.TIER_1)
                  .addAllStandards(LedgerGens.ILLUSTRATIVE_STANDARDS)
                  .birthMonth(YearMonth.of(1985, 1))
                  .category(RetirementCategory.MALE)
                  .recordedThrough(FEB_2026)
                  .addVerifications(
                      Verification.on(LocalDate.of(2025, 9, 15)),
                      Verification.on(LocalDate.of(2025, 10, 15)),
                      Verification.on(LocalDate.of(2026, 1, 15)),
                      Verification.on(LocalDate.of(2026, 2, 15)))
                  .build())
          .applicationDate(LocalDate.of(2026, 3, 15))
          .addStandards(PremiumStandard.of(NOV_2025, Money.ofYuan("500.00")))
          .addReceipts(
              receipt("R-1", SEP_2025, OCT_2025, "800.00"),
              receipt("R-2", NOV_2025, DEC_2025, "1000.01"),
              receipt("R-3", JAN_2026, JAN_2026, "300.00"),
              receipt("R-4", FEB_2026, FEB_2026, "600.00"),
              receipt("R-5", FEB_2026, FEB_2026, "100.00"),
              receipt("R-6", MAR_2026, MAR_2026, "200.00"))
          .build();

  private static PremiumReceipt receipt(
      String reference, YearMonth first, YearMonth last, String yuan) {
    return PremiumReceipt.of(reference, first, last, Money.ofYuan(yuan), "本人");
  }

  /** The real rules with the lists of the reimbursement edited in place by {@code edit}. */
  private static CquiRules lists(Consumer<Lists> edit) {
    return BrokenRules.reimbursement(
        r -> {
          Lists lists =
              new Lists(
                  new ArrayList<>(r.reimbursed()),
                  new ArrayList<>(r.refused()),
                  new ArrayList<>(r.pending()));
          edit.accept(lists);
          return ImmutablePremiumReimbursement.builder()
              .from(r)
              .reimbursed(lists.reimbursed())
              .refused(lists.refused())
              .pending(lists.pending())
              .build();
        });
  }

  /** The three answers of a reimbursement, as editable lists. */
  private record Lists(
      List<ReimbursedMonth> reimbursed, List<RefusedMonth> refused, List<PendingMonth> pending) {}

  /** The real rules with the reimbursed month {@code month} passed through {@code change}. */
  private static CquiRules reimbursedBug(
      YearMonth month, UnaryOperator<ImmutableReimbursedMonth.Builder> change) {
    return lists(
        l ->
            l.reimbursed()
                .replaceAll(
                    m ->
                        m.month().equals(month)
                            ? change.apply(ImmutableReimbursedMonth.builder().from(m)).build()
                            : m));
  }

  @Test
  void theApplicationGetsEveryKindOfAnswerOnTheRealRules() {
    PremiumReimbursement real = REAL.premium().reimbursement(REQUEST);

    assertThat(real.reimbursed())
        .extracting(ReimbursedMonth::month, ReimbursedMonth::basis)
        .containsExactly(
            tuple(NOV_2025, ReimbursementBasis.STANDARD),
            tuple(DEC_2025, ReimbursementBasis.STANDARD));
    assertThat(real.refused())
        .extracting(RefusedMonth::month, RefusedMonth::reason)
        .containsExactly(
            tuple(JAN_2026, RefusalReason.SUSPENDED),
            tuple(FEB_2026, RefusalReason.TWO_RECEIPTS),
            tuple(MAR_2026, RefusalReason.NOT_YET_PAID));
    assertThat(real.pending()).extracting(PendingMonth::month).containsExactly(SEP_2025, OCT_2025);
  }

  // --- eachMonthIsTheLesserOfActualAndStandard ------------------------------------------------

  /** 「the actual is the receipt's exact share of the month (I-24)」: one fen more than the share. */
  @Test
  void anActualOneFenAboveTheReceiptsShareIsCaughtByEachMonthIsTheLesserOfActualAndStandard() {
    CquiRules broken = reimbursedBug(NOV_2025, m -> m.actual(Money.ofYuan("500.02")));

    assertCaught(r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(r, REQUEST), broken)
        .hasMessage("2025-11: actual 500.02, but receipt R-2's share is 500.01");
  }

  /** 「the standard the row of the table in force for the month」: one fen off the table. */
  @Test
  void aStandardOneFenOffTheTableIsCaughtByEachMonthIsTheLesserOfActualAndStandard() {
    CquiRules broken = reimbursedBug(DEC_2025, m -> m.standard(Money.ofYuan("500.01")));

    assertCaught(r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(r, REQUEST), broken)
        .hasMessageStartingWith("2025-12: standard 500.01 from 2025-11, but the table gives");
  }

  /**
   * 「Each month reimbursed is min(actual, standard) (I-13), with its basis」: an actual equal to the
   * standard is reimbursed on the STANDARD basis, not ACTUAL_PAID.
   */
  @Test
  void theWrongBasisIsCaughtByEachMonthIsTheLesserOfActualAndStandard() {
    CquiRules broken = reimbursedBug(DEC_2025, m -> m.basis(ReimbursementBasis.ACTUAL_PAID));

    assertCaught(r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(r, REQUEST), broken)
        .hasMessage("2025-12: basis ACTUAL_PAID, expected STANDARD");
  }

  // --- nothingForAMonthWithoutBenefit ---------------------------------------------------------

  /** 「every month reimbursed is a month the claim's ledger pays」, with the ledger's status. */
  @Test
  void aBenefitStatusTheLedgerDoesNotGiveIsCaughtByNothingForAMonthWithoutBenefit() {
    CquiRules broken = reimbursedBug(NOV_2025, m -> m.benefitStatus(LedgerStatus.SUSPENDED));

    assertCaught(r -> PremiumLaws.nothingForAMonthWithoutBenefit(r, REQUEST), broken)
        .hasMessage("2025-11: benefit status SUSPENDED, the ledger says PAID");
  }

  /**
   * 「every month reimbursed is a month the claim's ledger pays and has recorded (not projected)」:
   * 2026-03, paid only as projected, reimbursed instead of refused as not yet paid.
   */
  @Test
  void aProjectedMonthReimbursedIsCaughtByNothingForAMonthWithoutBenefit() {
    CquiRules broken =
        lists(
            l -> {
              l.refused().removeIf(m -> m.month().equals(MAR_2026));
              l.reimbursed()
                  .add(
                      ImmutableReimbursedMonth.builder()
                          .month(MAR_2026)
                          .benefitStatus(LedgerStatus.PAID)
                          .receipt("R-6")
                          .actual(Money.ofYuan("200.00"))
                          .standardFrom(NOV_2025)
                          .standard(Money.ofYuan("500.00"))
                          .reimbursed(Money.ofYuan("200.00"))
                          .basis(ReimbursementBasis.ACTUAL_PAID)
                          .build());
            });

    assertCaught(r -> PremiumLaws.nothingForAMonthWithoutBenefit(r, REQUEST), broken)
        .hasMessageStartingWith(
            "2026-03 reimbursed 200.00, but the ledger has LedgerLine{month=2026-03, status=PAID")
        .hasMessageContaining("projected=true");
  }

  /** 「a month that is not is refused with its reason」: a suspended month refused as STOPPED. */
  @Test
  void aRefusalForTheWrongReasonIsCaughtByNothingForAMonthWithoutBenefit() {
    CquiRules broken =
        lists(
            l ->
                l.refused()
                    .replaceAll(
                        m ->
                            m.month().equals(JAN_2026)
                                ? ImmutableRefusedMonth.builder()
                                    .from(m)
                                    .reason(RefusalReason.STOPPED)
                                    .build()
                                : m));

    assertCaught(r -> PremiumLaws.nothingForAMonthWithoutBenefit(r, REQUEST), broken)
        .hasMessageStartingWith("2026-01 refused as STOPPED, expected SUSPENDED (ledger ");
  }

  // --- theTotalNeverExceedsEitherSum ----------------------------------------------------------

  /**
   * 「the amount reimbursed never exceeds the premium actually paid for the months reimbursed, nor
   * their standards, nor all the receipts together (I-13)」: actual and standard summed for 2025-11,
   * the totals kept consistent with the months.
   */
  @Test
  void aMonthReimbursedAboveItsActualAndStandardIsCaughtByTheTotalNeverExceedsEitherSum() {
    Money summed = Money.ofYuan("500.01").plus(Money.ofYuan("500.00"));
    CquiRules broken =
        BrokenRules.reimbursement(
            r -> {
              List<ReimbursedMonth> months = new ArrayList<>();
              Money total = Money.zero();
              for (ReimbursedMonth m : r.reimbursed()) {
                ReimbursedMonth month =
                    m.month().equals(NOV_2025)
                        ? ImmutableReimbursedMonth.builder().from(m).reimbursed(summed).build()
                        : m;
                months.add(month);
                total = total.plus(month.reimbursed());
              }
              return ImmutablePremiumReimbursement.builder()
                  .from(r)
                  .reimbursed(months)
                  .totalReimbursed(total)
                  .build();
            });

    assertCaught(r -> PremiumLaws.theTotalNeverExceedsEitherSum(r, REQUEST), broken)
        .hasMessage(
            "reimbursed 1500.01 exceeds the actual 1000.01, the standards 1000.00 or the receipts"
                + " 3000.01");
  }

  // --- everyMonthAppliedForIsAnsweredOnce ------------------------------------------------------

  /** 「in month order within each list」: the reimbursed months in reverse order. */
  @Test
  void reimbursedMonthsOutOfOrderAreCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken = lists(l -> Collections.reverse(l.reimbursed()));

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("reimbursed months out of order: [2025-12, 2025-11]");
  }

  /** 「in month order within each list」: the refused months in reverse order. */
  @Test
  void refusedMonthsOutOfOrderAreCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken = lists(l -> Collections.reverse(l.refused()));

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("refused months out of order: [2026-03, 2026-02, 2026-01]");
  }

  /** 「in month order within each list」: the pending months in reverse order. */
  @Test
  void pendingMonthsOutOfOrderAreCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken = lists(l -> Collections.reverse(l.pending()));

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("pending months out of order: [2025-10, 2025-09]");
  }

  /** 「every month a receipt covers is reimbursed, refused or pending」: 2025-12 left out. */
  @Test
  void aMonthLeftUnansweredIsCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken = lists(l -> l.reimbursed().removeIf(m -> m.month().equals(DEC_2025)));

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("2025-12 of receipt R-2 is not answered");
  }

  /**
   * 「a month covered by two or more receipts is never reimbursed nor pending」: 2026-02, covered by
   * pending on R-4 alone.
   */
  @Test
  void aMonthOfTwoReceiptsPendingIsCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken =
        lists(
            l -> {
              l.refused().removeIf(m -> m.month().equals(FEB_2026));
              l.pending()
                  .add(
                      ImmutablePendingMonth.builder()
                          .month(FEB_2026)
                          .reason(PendingReason.NO_STANDARD_IN_FORCE)
                          .receipt("R-4")
                          .actual(Money.ofYuan("600.00"))
                          .build());
            });

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("2026-02 has 2 receipts but is pending");
  }

  /**
   * 「is refused naming every receipt with its share — never summed (I-13)」: 2026-02 refused naming
   * R-4 only.
   */
  @Test
  void aRefusalThatLeavesOutAReceiptIsCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken =
        lists(
            l ->
                l.refused()
                    .replaceAll(
                        m ->
                            m.month().equals(FEB_2026)
                                ? ImmutableRefusedMonth.builder()
                                    .from(m)
                                    .receipts(m.receipts().subList(0, 1))
                                    .build()
                                : m));

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessageStartingWith(
            "2026-02 is refused naming {R-4=600.00}, but the receipts' shares are {");
  }

  /** 「a pending month is one with no standard in force」: 2025-11, with a standard, pending. */
  @Test
  void aMonthWithAStandardPendingIsCaughtByEveryMonthAppliedForIsAnsweredOnce() {
    CquiRules broken =
        lists(
            l -> {
              l.reimbursed().removeIf(m -> m.month().equals(NOV_2025));
              l.pending()
                  .add(
                      ImmutablePendingMonth.builder()
                          .month(NOV_2025)
                          .reason(PendingReason.NO_STANDARD_IN_FORCE)
                          .receipt("R-2")
                          .actual(Money.ofYuan("500.01"))
                          .build());
            });

    assertCaught(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(r, REQUEST), broken)
        .hasMessage("2025-11 is pending but the table has a standard for it");
  }
}
