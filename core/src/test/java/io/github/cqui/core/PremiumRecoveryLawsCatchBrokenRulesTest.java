package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReimbursement;
import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryStatus;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.PremiumLaws;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import io.github.cqui.rules.testing.RecoveryGens;
import io.github.cqui.rules.testing.RecoveryLaws;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The premium and recovery laws have teeth: each is run against the real rules with one result
 * passed through a small planted bug, and must find a failing case and shrink it (as {@link
 * LawsCatchBrokenRulesTest} does for the ledger and deadline laws). The laws pass on the real rules
 * in {@link PremiumLawsTest} and {@link RecoveryLawsTest}.
 */
class PremiumRecoveryLawsCatchBrokenRulesTest {

  private static final CquiRules REAL = Chongqing.rules();
  private static final Gen<RecoveryGens.ScheduleCase> CASES = RecoveryGens.scheduleCases();

  /** Runs {@code law} with the shrinking runner and requires it to find a failing case. */
  private static <T> void assertTheLawFinds(String name, Gen<T> cases, Consumer<T> law) {
    assertThatThrownBy(() -> Property.forAll(name, cases).withSeed(20261201L).check(300, law))
        .isInstanceOf(PropertyFailedError.class);
  }

  private static RecoverySchedule withLines(RecoverySchedule s, List<ScheduleLine> lines) {
    return ImmutableRecoverySchedule.builder().from(s).lines(lines).build();
  }

  private static ScheduleLine line(ScheduleLine l, Money amount, Money balance) {
    return ImmutableScheduleLine.builder().from(l).amount(amount).balanceAfter(balance).build();
  }

  @Test
  void aReimbursementOfTheActualPremiumAboveTheStandardIsCaught_I13() {
    CquiRules broken =
        BrokenRules.reimbursement(
            r -> {
              List<ReimbursedMonth> months = new ArrayList<>();
              r.reimbursed()
                  .forEach(
                      m ->
                          months.add(
                              ImmutableReimbursedMonth.builder()
                                  .from(m)
                                  .reimbursed(m.actual())
                                  .build()));
              return ImmutablePremiumReimbursement.builder().from(r).reimbursed(months).build();
            });
    assertTheLawFinds(
        "each month is the lesser of actual and standard",
        PremiumGens.reimbursementRequests(),
        r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(broken, r));
  }

  @Test
  void aMonthWithoutBenefitReimbursedIsCaught_I12() {
    // every month refused for its ledger status with one receipt is reimbursed all the same
    CquiRules broken =
        BrokenRules.reimbursement(
            r -> {
              List<ReimbursedMonth> months = new ArrayList<>(r.reimbursed());
              List<RefusedMonth> refused = new ArrayList<>();
              for (RefusedMonth m : r.refused()) {
                boolean status =
                    m.reason() != RefusalReason.NO_RECEIPT
                        && m.reason() != RefusalReason.TWO_RECEIPTS;
                if (status && m.receipts().size() == 1) {
                  Money actual = m.receipts().get(0).amount();
                  months.add(
                      ImmutableReimbursedMonth.builder()
                          .month(m.month())
                          .benefitStatus(LedgerStatus.PAID)
                          .receipt(m.receipts().get(0).reference())
                          .actual(actual)
                          .standardFrom(m.month())
                          .standard(actual)
                          .reimbursed(actual)
                          .basis(ReimbursementBasis.STANDARD)
                          .build());
                } else {
                  refused.add(m);
                }
              }
              months.sort((a, b) -> a.month().compareTo(b.month()));
              return ImmutablePremiumReimbursement.builder()
                  .from(r)
                  .reimbursed(months)
                  .refused(refused)
                  .build();
            });
    assertTheLawFinds(
        "nothing for a month without benefit",
        PremiumGens.reimbursementRequests(),
        r -> PremiumLaws.nothingForAMonthWithoutBenefit(broken, r));
  }

  @Test
  void aTotalOneFenTooHighIsCaught_I13() {
    CquiRules broken =
        BrokenRules.reimbursement(
            r ->
                ImmutablePremiumReimbursement.builder()
                    .from(r)
                    .totalReimbursed(r.totalReimbursed().plus(Money.ofFen(1)))
                    .build());
    assertTheLawFinds(
        "the total never exceeds either sum",
        PremiumGens.reimbursementRequests(),
        r -> PremiumLaws.theTotalNeverExceedsEitherSum(broken, r));
  }

  @Test
  void aMonthOfTwoReceiptsDroppedIsCaught_I13() {
    CquiRules broken =
        BrokenRules.reimbursement(
            r ->
                ImmutablePremiumReimbursement.builder()
                    .from(r)
                    .refused(
                        r.refused().stream()
                            .filter(m -> m.reason() != RefusalReason.TWO_RECEIPTS)
                            .toList())
                    .build());
    assertTheLawFinds(
        "every month applied for is answered once",
        PremiumGens.reimbursementRequests(),
        r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(broken, r));
  }

  @Test
  void aLastLineOneFenShortIsCaught_I24() {
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              if (s.lines().isEmpty()) {
                return s;
              }
              List<ScheduleLine> lines = new ArrayList<>(s.lines());
              ScheduleLine last = lines.get(lines.size() - 1);
              if (last.amount().toFen() < 2) {
                return s;
              }
              lines.set(
                  lines.size() - 1,
                  line(last, last.amount().minus(Money.ofFen(1)), last.balanceAfter()));
              return withLines(s, lines);
            });
    assertTheLawFinds(
        "lines sum to the debt less the shortfall",
        CASES,
        c -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(broken, c));
  }

  @Test
  void aZeroLineIsCaught() {
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              if (s.lines().isEmpty()) {
                return s;
              }
              List<ScheduleLine> lines = new ArrayList<>(s.lines());
              ScheduleLine last = lines.get(lines.size() - 1);
              lines.add(
                  ImmutableScheduleLine.builder()
                      .from(last)
                      .sequence(last.sequence() + 1)
                      .amount(Money.zero())
                      .build());
              return withLines(s, lines);
            });
    assertTheLawFinds(
        "every line is positive", CASES, c -> RecoveryLaws.everyLineIsPositive(broken, c));
  }

  @Test
  void aBalanceOneFenOffIsCaught() {
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                withLines(
                    s,
                    s.lines().stream()
                        .map(l -> line(l, l.amount(), l.balanceAfter().plus(Money.ofFen(1))))
                        .toList()));
    assertTheLawFinds(
        "the balance falls strictly to the shortfall",
        CASES,
        c -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(broken, c));
  }

  @Test
  void aDeductionAMonthLateIsCaught_I16() {
    // each deduction is booked against the next month's payment, which may not exist
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                withLines(
                    s,
                    s.lines().stream()
                        .map(
                            l -> {
                              if (l.source() != RepaymentSource.UI_DEDUCTION) {
                                return l;
                              }
                              YearMonth next = l.month().plusMonths(1);
                              return (ScheduleLine)
                                  ImmutableScheduleLine.builder()
                                      .from(l)
                                      .month(next)
                                      .dueDate(next.atEndOfMonth())
                                      .build();
                            })
                        .toList()));
    assertTheLawFinds(
        "deductions keep to paid months",
        CASES,
        c -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(broken, c));
  }

  @Test
  void aCapThatIsNotAppliedIsCaught_I16() {
    // the rule set says 37 %, but its recovery rules deduct at the default 100 %
    CquiRules broken =
        BrokenRules.of(REAL)
            .withSwitches(InterpretationSwitches.builder().deductionCapPercent(37).build());
    assertTheLawFinds(
        "deductions keep to the cap",
        CASES,
        c -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(broken, c));
  }

  @Test
  void aPensionOffsetWithoutConsentIsCaught_I16() {
    // a refused pension plan offsets the whole debt anyway
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              if (s.outcome() != ScheduleOutcome.REFUSED) {
                return s;
              }
              YearMonth month = s.plan().pensionOffset().orElseThrow().firstMonth();
              return withLines(
                  s,
                  List.of(
                      ImmutableScheduleLine.builder()
                          .sequence(1)
                          .source(RepaymentSource.PENSION_OFFSET)
                          .month(month)
                          .dueDate(month.atEndOfMonth())
                          .amount(s.debt().total())
                          .balanceAfter(Money.zero())
                          .build()));
            });
    assertTheLawFinds(
        "no pension line without consent",
        CASES,
        c -> RecoveryLaws.noPensionLineWithoutConsent(broken, c));
  }

  @Test
  void theOddFenOnTheWrongInstalmentsIsCaught_I24() {
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              List<Integer> at = new ArrayList<>();
              List<Money> amounts = new ArrayList<>();
              for (int i = 0; i < s.lines().size(); i++) {
                if (s.lines().get(i).source() == RepaymentSource.INSTALMENT) {
                  at.add(i);
                  amounts.add(s.lines().get(i).amount());
                }
              }
              Collections.reverse(amounts);
              List<ScheduleLine> lines = new ArrayList<>(s.lines());
              for (int k = 0; k < at.size(); k++) {
                ScheduleLine l = lines.get(at.get(k));
                lines.set(at.get(k), line(l, amounts.get(k), l.balanceAfter()));
              }
              return withLines(s, lines);
            });
    assertTheLawFinds(
        "instalments place the odd fen as agreed",
        CASES,
        c -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, c));
  }

  @Test
  void arrearsCountedFromTheDueDateItselfAreCaught() {
    CquiRules broken =
        BrokenRules.status(
            st ->
                ImmutableRecoveryStatus.builder()
                    .from(st)
                    .arrearsSince(st.arrearsSince().map(d -> d.minusDays(1)))
                    .build());
    assertTheLawFinds(
        "arrears agree with a day-by-day count",
        RecoveryGens.statusCases(),
        c -> RecoveryLaws.arrearsAgreeWithADayByDayCount(broken, c));
  }

  @Test
  void aDebtWhoseReasonsAreLostIsCaught_I14_I15() {
    CquiRules broken =
        BrokenRules.overpaymentDebt(
            d ->
                d.map(
                    debt ->
                        OverpaymentDebt.of(
                            debt.establishedOn(),
                            debt.months().stream()
                                .map(
                                    m ->
                                        OverpaidMonth.of(
                                            m.month(), m.amount(), OverpaymentReason.OTHER))
                                .toList())));
    assertTheLawFinds(
        "the debt of a claim is its overpayments",
        LedgerGens.claimHistories(),
        h -> RecoveryLaws.theDebtOfAClaimIsItsOverpayments(broken, h));
  }
}
