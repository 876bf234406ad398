package io.github.cqui.core;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.RecoveryGens;
import io.github.cqui.rules.testing.RecoveryLaws;
import org.junit.jupiter.api.Test;

/**
 * The laws of recovery (渝人社办〔2025〕112号 三(四); I-16, I-24) over generated debts, plans and
 * repayments, with the default deduction cap (100 %) and a cap of 37 %.
 */
class RecoveryLawsTest {

  private static final CquiRules DEFAULTS = Chongqing.rules();
  private static final CquiRules CAP_37 =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().deductionCapPercent(37).build());
  private static final CquiRules[] BOTH = {DEFAULTS, CAP_37};
  private static final Gen<RecoveryGens.ScheduleCase> CASES = RecoveryGens.scheduleCases();

  @Test
  void linesSumToTheDebtLessTheShortfall_三四_I16() {
    for (CquiRules rules : BOTH) {
      Property.forAll("lines sum to the debt less the shortfall", CASES)
          .check(c -> RecoveryLaws.linesSumToTheDebtLessTheShortfall(rules, c));
    }
  }

  @Test
  void everyLineIsPositive_三四() {
    for (CquiRules rules : BOTH) {
      Property.forAll("every line is positive", CASES)
          .check(c -> RecoveryLaws.everyLineIsPositive(rules, c));
    }
  }

  @Test
  void theBalanceFallsStrictlyToTheShortfall_三四() {
    for (CquiRules rules : BOTH) {
      Property.forAll("the balance falls strictly to the shortfall", CASES)
          .check(c -> RecoveryLaws.theBalanceFallsStrictlyToTheShortfall(rules, c));
    }
  }

  @Test
  void deductionsKeepToTheCapAndToPaidMonths_三四_I16() {
    for (CquiRules rules : BOTH) {
      Property.forAll("deductions keep to the cap and to paid months", CASES)
          .check(c -> RecoveryLaws.deductionsKeepToTheCapAndToPaidMonths(rules, c));
    }
  }

  @Test
  void noPensionLineWithoutConsent_三四_I16() {
    Property.forAll("no pension line without consent", CASES)
        .check(c -> RecoveryLaws.noPensionLineWithoutConsent(DEFAULTS, c));
  }

  @Test
  void instalmentsPlaceTheOddFenAsAgreed_三四_I24() {
    for (CquiRules rules : BOTH) {
      Property.forAll("instalments place the odd fen as agreed", CASES)
          .check(c -> RecoveryLaws.instalmentsPlaceTheOddFenAsAgreed(rules, c));
    }
  }

  @Test
  void arrearsAgreeWithADayByDayCount_三四() {
    for (CquiRules rules : BOTH) {
      Property.forAll("arrears agree with a day-by-day count", RecoveryGens.statusCases())
          .check(c -> RecoveryLaws.arrearsAgreeWithADayByDayCount(rules, c));
    }
  }

  @Test
  void theDebtOfAClaimIsItsOverpayments_三四_I14_I15() {
    Property.forAll("the debt of a claim is its overpayments", LedgerGens.claimHistories())
        .check(h -> RecoveryLaws.theDebtOfAClaimIsItsOverpayments(DEFAULTS, h));
  }
}
