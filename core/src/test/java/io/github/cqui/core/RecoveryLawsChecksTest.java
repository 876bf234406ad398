package io.github.cqui.core;

import static io.github.cqui.core.testing.LawAssertions.assertCaught;

import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryStatus;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.RecoveryGens.ScheduleCase;
import io.github.cqui.rules.testing.RecoveryGens.StatusCase;
import io.github.cqui.rules.testing.RecoveryLaws;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link RecoveryLaws} has its own planted bug: one hand-picked case, one answer of
 * the real rules broken in the way the check exists to catch, and the law must fail with that
 * check's own message — while the same law holds on the real rules for the same case. (The laws run
 * over generated cases in {@link RecoveryLawsTest}; {@link PremiumRecoveryLawsCatchBrokenRulesTest}
 * shows each law finds some bug.)
 */
class RecoveryLawsChecksTest {

  private static final CquiRules REAL = Chongqing.rules();

  // ------------------------------------------------------------------------------------- cases

  /** 1,000.00 in one sum due 2026-01-15. */
  private static final ScheduleCase LUMP_SUM =
      new ScheduleCase(
          RecoveryScheduleTest.thousand(), RecoveryPlan.lumpSum(LocalDate.of(2026, 1, 15)));

  /** 1,000.00 in 7 monthly instalments from 2026-01-31: 142.86 five times, then 142.85 twice. */
  private static final ScheduleCase SEVEN_ODD_FEN_FIRST =
      sevenInstalments(OddFenPlacement.FIRST_INSTALMENTS);

  /** 1,000.00 in 7 monthly instalments from 2026-01-31: 142.85 twice, then 142.86 five times. */
  private static final ScheduleCase SEVEN_ODD_FEN_LAST =
      sevenInstalments(OddFenPlacement.LAST_INSTALMENTS);

  private static ScheduleCase sevenInstalments(OddFenPlacement oddFen) {
    return new ScheduleCase(
        RecoveryScheduleTest.thousand(),
        RecoveryPlan.instalments(InstalmentAgreement.of(7, LocalDate.of(2026, 1, 31), 1, oddFen)));
  }

  /**
   * The 4,000.00 of a re-employment overpayment deducted from the later claim, which pays 2,000.00
   * in 2026-03, -04 and -05, from {@code from} on.
   */
  private static ScheduleCase deductionFrom(YearMonth from) {
    return new ScheduleCase(
        REAL.recovery()
            .overpaymentDebt(
                RecoveryScheduleTest.stoppedClaim(StopEventType.RE_EMPLOYMENT),
                LocalDate.of(2026, 1, 20))
            .orElseThrow(),
        RecoveryPlan.deduction(BenefitDeduction.of(RecoveryScheduleTest.laterClaim(), from)));
  }

  /** 1,000.00 from the pension, 1,500.00 a month from 2026-03, with a written request only. */
  private static final ScheduleCase PENSION_WITHOUT_CONSENT =
      new ScheduleCase(
          RecoveryScheduleTest.thousand(),
          RecoveryPlan.pensionOffset(
              RecoveryScheduleTest.offset().writtenRequestOn(LocalDate.of(2026, 2, 12)).build()));

  /**
   * The 4,000.00 of a pension duplicate, offset with consent and a written request, 1,500.00 a
   * month from 2026-03: 1,500.00, 1,500.00, 1,000.00.
   */
  private static ScheduleCase pensionWithConsent() {
    PensionOffset.Builder offset = RecoveryScheduleTest.offset();
    offset.consentOn(LocalDate.of(2026, 2, 10)).writtenRequestOn(LocalDate.of(2026, 2, 12));
    return new ScheduleCase(
        REAL.recovery()
            .overpaymentDebt(
                RecoveryScheduleTest.stoppedClaim(StopEventType.PENSION), LocalDate.of(2026, 1, 20))
            .orElseThrow(),
        RecoveryPlan.pensionOffset(offset.build()));
  }

  // ----------------------------------------------------------------------- building the bugs

  private static RecoverySchedule withLines(RecoverySchedule s, List<ScheduleLine> lines) {
    return ImmutableRecoverySchedule.builder().from(s).lines(lines).build();
  }

  /** The schedule with each line passed through {@code bug}, given its index. */
  private static UnaryOperator<RecoverySchedule> eachLine(
      BiFunction<Integer, ScheduleLine, ScheduleLine> bug) {
    return s -> {
      List<ScheduleLine> lines = new ArrayList<>();
      for (int i = 0; i < s.lines().size(); i++) {
        lines.add(bug.apply(i, s.lines().get(i)));
      }
      return withLines(s, lines);
    };
  }

  private static ImmutableScheduleLine.Builder from(ScheduleLine line) {
    return ImmutableScheduleLine.builder().from(line);
  }

  /** The schedule with the amounts of its lines replaced, in order, by {@code fen}. */
  private static UnaryOperator<RecoverySchedule> amounts(long... fen) {
    return eachLine((i, l) -> from(l).amount(Money.ofFen(fen[i])).build());
  }

  // ----------------------------------------------------- linesSumToTheDebtLessTheShortfall

  @Test
  void aClearingPlanCalledAShortfallIsCaughtByLinesSumToTheDebtLessTheShortfall() {
    // "the shortfall is zero exactly when the plan clears the debt"
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                ImmutableRecoverySchedule.builder()
                    .from(s)
                    .outcome(ScheduleOutcome.SHORTFALL)
                    .build());
    assertCaught(
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(REAL, LUMP_SUM),
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(broken, LUMP_SUM),
        "outcome SHORTFALL with shortfall 0.00");
  }

  @Test
  void aDecisionLetterAfterAClearingPlanIsCaughtByLinesSumToTheDebtLessTheShortfall() {
    // "otherwise the next step is the 责令退回决定书": and only otherwise
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                ImmutableRecoverySchedule.builder()
                    .from(s)
                    .nextStep(RecoveryRung.DECISION_LETTER)
                    .build());
    assertCaught(
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(REAL, LUMP_SUM),
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(broken, LUMP_SUM),
        "outcome CLEARS, next step Optional[DECISION_LETTER]");
  }

  @Test
  void aRefusalWithoutItsReasonsIsCaughtByLinesSumToTheDebtLessTheShortfall() {
    // "a refused plan has its reasons and no line"
    CquiRules broken =
        BrokenRules.schedule(
            s -> ImmutableRecoverySchedule.builder().from(s).refusals(List.of()).build());
    assertCaught(
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(REAL, PENSION_WITHOUT_CONSENT),
        () -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(broken, PENSION_WITHOUT_CONSENT),
        "outcome REFUSED, refusals [], 0 lines");
  }

  // ---------------------------------------------------- theBalanceFallsStrictlyToTheShortfall

  @Test
  void linesNumberedFromZeroAreCaughtByTheBalanceFallsStrictlyToTheShortfall() {
    // "the lines are numbered from 1"
    CquiRules broken = BrokenRules.schedule(eachLine((i, l) -> from(l).sequence(i).build()));
    assertCaught(
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(broken, SEVEN_ODD_FEN_FIRST),
        "line 1 numbered 0");
  }

  @Test
  void twoDueDatesSwappedAreCaughtByTheBalanceFallsStrictlyToTheShortfall() {
    // "in due-date order": the first two lines' due dates swapped, all else kept
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                eachLine(
                        (i, l) ->
                            i < 2 ? from(l).dueDate(s.lines().get(1 - i).dueDate()).build() : l)
                    .apply(s));
    assertCaught(
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(broken, SEVEN_ODD_FEN_FIRST),
        "line 2 due 2026-01-31, before 2026-02-28");
  }

  @Test
  void aZeroLineAfterTheLastIsCaughtByTheBalanceFallsStrictlyToTheShortfall() {
    // "strictly falling": a line of 0.00 leaves the balance where it was, right in every other
    // respect (numbered, dated, its balance the debt less the lines so far, ending at the
    // shortfall)
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              List<ScheduleLine> lines = new ArrayList<>(s.lines());
              ScheduleLine last = lines.get(lines.size() - 1);
              lines.add(from(last).sequence(last.sequence() + 1).amount(Money.zero()).build());
              return withLines(s, lines);
            });
    assertCaught(
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(broken, SEVEN_ODD_FEN_FIRST),
        "line 8: balance after 0.00, expected 0.00");
  }

  @Test
  void aLastLineDroppedIsCaughtByTheBalanceFallsStrictlyToTheShortfall() {
    // "to zero when the plan clears the debt": the lines kept are right, but end at 142.85
    CquiRules broken =
        BrokenRules.schedule(s -> withLines(s, s.lines().subList(0, s.lines().size() - 1)));
    assertCaught(
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(broken, SEVEN_ODD_FEN_FIRST),
        "the balance ends at 142.85, the shortfall is 0.00");
  }

  // --------------------------------------------------- deductionsKeepToTheCapAndToPaidMonths

  @Test
  void aDeductionBeforeTheAgreedMonthIsCaughtByDeductionsKeepToTheCapAndToPaidMonths() {
    // "from the deduction's first month on": the claim pays 2026-03 too, but the deduction starts
    // in 2026-04; the first line is booked against 2026-03
    ScheduleCase fromApril = deductionFrom(YearMonth.of(2026, 4));
    YearMonth march = YearMonth.of(2026, 3);
    CquiRules broken =
        BrokenRules.schedule(
            eachLine(
                (i, l) -> i == 0 ? from(l).month(march).dueDate(march.atEndOfMonth()).build() : l));
    assertCaught(
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(REAL, fromApril),
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(broken, fromApril),
        "line 1 deducts in 2026-03, before 2026-04");
  }

  @Test
  void twoDeductionsInOneMonthAreCaughtByDeductionsKeepToTheCapAndToPaidMonths() {
    // "once a month": the second 2,000.00 booked against 2026-03 as well, each within the cap
    ScheduleCase fromMarch = deductionFrom(YearMonth.of(2026, 3));
    YearMonth march = YearMonth.of(2026, 3);
    CquiRules broken =
        BrokenRules.schedule(
            eachLine(
                (i, l) -> i == 1 ? from(l).month(march).dueDate(march.atEndOfMonth()).build() : l));
    assertCaught(
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(REAL, fromMarch),
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(broken, fromMarch),
        "two deductions in 2026-03");
  }

  @Test
  void aDeductionDueOnTheFirstOfItsMonthIsCaughtByDeductionsKeepToTheCapAndToPaidMonths() {
    // a deduction is counted as due by its month's last day, when that month's payment is made
    ScheduleCase fromMarch = deductionFrom(YearMonth.of(2026, 3));
    CquiRules broken =
        BrokenRules.schedule(eachLine((i, l) -> from(l).dueDate(l.month().atDay(1)).build()));
    assertCaught(
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(REAL, fromMarch),
        () -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(broken, fromMarch),
        "line 1 due 2026-03-01, not the month's end");
  }

  // ------------------------------------------------------------- noPensionLineWithoutConsent

  @Test
  void aRefusalForAWrittenRequestOnFileIsCaughtByNoPensionLineWithoutConsent() {
    // "refused naming exactly what is missing": the written request is on file, consent is not
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                ImmutableRecoverySchedule.builder()
                    .from(s)
                    .refusals(List.of(PlanRefusal.NO_CONSENT, PlanRefusal.NO_WRITTEN_REQUEST))
                    .build());
    assertCaught(
        () -> RecoveryLaws.noPensionLineWithoutConsent(REAL, PENSION_WITHOUT_CONSENT),
        () -> RecoveryLaws.noPensionLineWithoutConsent(broken, PENSION_WITHOUT_CONSENT),
        "refusals [NO_CONSENT, NO_WRITTEN_REQUEST], but missing [NO_CONSENT]");
  }

  @Test
  void aPensionLineOfALumpSumPlanIsCaughtByNoPensionLineWithoutConsentNamingThePlan() {
    // "no pension line without ... a pension plan": the lump sum booked as a pension offset
    CquiRules broken =
        BrokenRules.schedule(
            eachLine((i, l) -> from(l).source(RepaymentSource.PENSION_OFFSET).build()));
    assertCaught(
        () -> RecoveryLaws.noPensionLineWithoutConsent(REAL, LUMP_SUM),
        () -> RecoveryLaws.noPensionLineWithoutConsent(broken, LUMP_SUM),
        "line 1 offsets 1000.00 against the pension without a pension plan");
  }

  @Test
  void aPensionLineOfARefusedPlanIsCaughtByNoPensionLineWithoutConsentNamingWhatIsMissing() {
    // 三(四) 协商一致: the plan is refused for want of consent, and offsets the debt all the same
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              YearMonth month = YearMonth.of(2026, 3);
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
    assertCaught(
        () -> RecoveryLaws.noPensionLineWithoutConsent(REAL, PENSION_WITHOUT_CONSENT),
        () -> RecoveryLaws.noPensionLineWithoutConsent(broken, PENSION_WITHOUT_CONSENT),
        "line 1 offsets 1000.00 against the pension without [NO_CONSENT]");
  }

  @Test
  void anOffsetAboveTheAgreedMonthlyAmountIsCaughtByNoPensionLineWithoutConsent() {
    // "each offset is at most the agreed monthly amount": the whole 4,000.00 in the first month
    ScheduleCase withConsent = pensionWithConsent();
    CquiRules broken =
        BrokenRules.schedule(
            s ->
                withLines(
                    s,
                    List.of(
                        from(s.lines().get(0))
                            .amount(s.debt().total())
                            .balanceAfter(Money.zero())
                            .build())));
    assertCaught(
        () -> RecoveryLaws.noPensionLineWithoutConsent(REAL, withConsent),
        () -> RecoveryLaws.noPensionLineWithoutConsent(broken, withConsent),
        "line 1 offsets 4000.00 in 2026-03 (monthly 1500.00 from 2026-03)");
  }

  // ------------------------------------------------------- instalmentsPlaceTheOddFenAsAgreed

  @Test
  void anInstalmentLineOfALumpSumPlanIsCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // instalments only under an agreement: the lump sum booked as an instalment
    CquiRules broken =
        BrokenRules.schedule(
            eachLine((i, l) -> from(l).source(RepaymentSource.INSTALMENT).build()));
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, LUMP_SUM),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, LUMP_SUM),
        "1 instalments without an agreement");
  }

  @Test
  void anInstalmentShortOfTheAgreedCountIsCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // seven agreed, six scheduled: the six are right in amount, placement and date
    CquiRules broken =
        BrokenRules.schedule(s -> withLines(s, s.lines().subList(0, s.lines().size() - 1)));
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, SEVEN_ODD_FEN_FIRST),
        "6 instalments, the agreement says 7");
  }

  @Test
  void instalmentsTwoFenApartAreCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // I-24 "differ by at most one fen": a fen moved from instalment 4 to instalment 3 gives
    // 142.86, 142.86, 142.87, 142.85, ...: still summing to 1,000.00, the smallest still 142.85,
    // and instalment 3 two fen above it (the real 142.86 is one fen above: the law's "smallest +
    // 1" is pinned by the real rules passing)
    CquiRules broken =
        BrokenRules.schedule(amounts(14286, 14286, 14287, 14285, 14286, 14285, 14285));
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, SEVEN_ODD_FEN_FIRST),
        "instalment 3 is 142.87, the smallest 142.85");
  }

  @Test
  void theOddFenLastWhenAgreedFirstIsCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // I-24 "on the first ... instalments as agreed": the two smaller instalments come first, so
    // instalment 3 is the first larger one after a smaller
    CquiRules broken =
        BrokenRules.schedule(amounts(14285, 14285, 14286, 14286, 14286, 14286, 14286));
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, SEVEN_ODD_FEN_FIRST),
        "instalment 3 (142.86) breaks the odd fen placement FIRST_INSTALMENTS");
  }

  @Test
  void theOddFenFirstWhenAgreedLastIsCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // I-24 "on ... the last instalments as agreed": the five larger instalments come first, so
    // instalment 6 is the first smaller one after a larger
    CquiRules broken =
        BrokenRules.schedule(amounts(14286, 14286, 14286, 14286, 14286, 14285, 14285));
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, SEVEN_ODD_FEN_LAST),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, SEVEN_ODD_FEN_LAST),
        "instalment 6 (142.85) breaks the odd fen placement LAST_INSTALMENTS");
  }

  @Test
  void dueDatesCountedOnFromThePreviousOneAreCaughtByInstalmentsPlaceTheOddFenAsAgreed() {
    // 民法典第二百零二条: instalment k falls k months after the first due date, 2026-01-31; counted
    // on from the previous due date instead, 2026-02-28 is followed by 2026-03-28
    CquiRules broken =
        BrokenRules.schedule(
            s -> {
              List<ScheduleLine> lines = new ArrayList<>();
              LocalDate due = s.lines().get(0).dueDate();
              for (ScheduleLine l : s.lines()) {
                lines.add(from(l).dueDate(due).build());
                due = due.plusMonths(1);
              }
              return withLines(s, lines);
            });
    assertCaught(
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(REAL, SEVEN_ODD_FEN_FIRST),
        () -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(broken, SEVEN_ODD_FEN_FIRST),
        "instalment 3 due 2026-03-28, the agreement says 2026-03-31");
  }

  // --------------------------------------------------------- arrearsAgreeWithADayByDayCount

  /** The lump sum, each line repaid as {@code behaviour} says, asked about on {@code asOf}. */
  private static StatusCase lumpSumAsOf(int behaviour, LocalDate asOf) {
    return new StatusCase(
        LUMP_SUM,
        List.of(behaviour),
        (int) ChronoUnit.DAYS.between(LUMP_SUM.debt().establishedOn(), asOf));
  }

  @Test
  void aRepaymentOnTheDayAskedLeftOutIsCaughtByArrearsAgreeWithADayByDayCount() {
    // "what was repaid up to it": the lump sum repaid on its due date (behaviour 0), asked about
    // that very day; the planted status counts only the repayments before the day asked
    StatusCase onTheDueDate = lumpSumAsOf(0, LocalDate.of(2026, 1, 15));
    CquiRules broken =
        BrokenRules.repaymentHistory(
            history ->
                RepaymentHistory.builder()
                    .from(history)
                    .repayments(
                        history.repayments().stream()
                            .filter(r -> r.date().isBefore(history.asOf()))
                            .toList())
                    .build());
    assertCaught(
        () -> RecoveryLaws.arrearsAgreeWithADayByDayCount(REAL, onTheDueDate),
        () -> RecoveryLaws.arrearsAgreeWithADayByDayCount(broken, onTheDueDate),
        "as of 2026-01-15: ON_TRACK, arrears 0.00 since Optional.empty, recovered 0.00;"
            + " counted day by day: CLEARED, 0.00 since null, 1000.00");
  }

  @Test
  void arrearsWithoutTheLadderAreCaughtByArrearsAgreeWithADayByDayCount() {
    // a debt in arrears is on the recovery ladder: the lump sum never repaid, asked a month late
    StatusCase unpaid = lumpSumAsOf(-1, LocalDate.of(2026, 2, 14));
    CquiRules broken =
        BrokenRules.status(
            status ->
                ImmutableRecoveryStatus.builder().from(status).ladder(Optional.empty()).build());
    assertCaught(
        () -> RecoveryLaws.arrearsAgreeWithADayByDayCount(REAL, unpaid),
        () -> RecoveryLaws.arrearsAgreeWithADayByDayCount(broken, unpaid),
        "as of 2026-02-14, IN_ARREARS, outcome CLEARS: ladder Optional.empty");
  }

  // -------------------------------------------------------- theDebtOfAClaimIsItsOverpayments

  @Test
  void aLedgerTotalLeavingOutAMonthIsCaughtByTheDebtOfAClaimIsItsOverpayments() {
    // "exactly its ledger's overpayments": 2025-11 and 2025-12 are overpaid 2,000.00 each, the
    // planted ledger's total counts only one of them; its lines, and so the debt's months, agree
    ClaimHistory claim = RecoveryScheduleTest.stoppedClaim(StopEventType.RE_EMPLOYMENT);
    CquiRules broken =
        BrokenRules.ledger(
            l ->
                ImmutableBenefitLedger.builder()
                    .from(l)
                    .totalOverpayment(Money.ofYuan("2000.00"))
                    .build());
    assertCaught(
        () -> RecoveryLaws.theDebtOfAClaimIsItsOverpayments(REAL, claim),
        () -> RecoveryLaws.theDebtOfAClaimIsItsOverpayments(broken, claim),
        "the ledger's total overpayment 2000.00");
  }
}
