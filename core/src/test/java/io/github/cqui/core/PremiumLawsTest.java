package io.github.cqui.core;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.PremiumLaws;
import io.github.cqui.rules.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The laws of the medical-premium reimbursement (渝人社办〔2025〕112号 一(三); I-12, I-13, I-24) over
 * generated applications, with the default switches and with the I-12 switch on.
 */
class PremiumLawsTest {

  private static final CquiRules DEFAULTS = Chongqing.rules();
  private static final CquiRules SUSPENDED_PAID =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().premiumInSuspendedMonths(true).build());
  private static final Gen<ReimbursementRequest> REQUESTS = PremiumGens.reimbursementRequests();

  @Test
  void eachMonthIsTheLesserOfActualAndStandard_一三_I13_I24() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, SUSPENDED_PAID}) {
      Property.forAll("each month is the lesser of actual and standard", REQUESTS)
          .check(r -> PremiumLaws.eachMonthIsTheLesserOfActualAndStandard(rules, r));
    }
  }

  @Test
  void nothingForAMonthWithoutBenefit_一三_I12() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, SUSPENDED_PAID}) {
      Property.forAll("nothing for a month without benefit", REQUESTS)
          .check(r -> PremiumLaws.nothingForAMonthWithoutBenefit(rules, r));
    }
  }

  @Test
  void theTotalNeverExceedsEitherSum_一三_I13() {
    Property.forAll("the total never exceeds either sum", REQUESTS)
        .check(r -> PremiumLaws.theTotalNeverExceedsEitherSum(DEFAULTS, r));
  }

  @Test
  void everyMonthAppliedForIsAnsweredOnce_一三_I13() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, SUSPENDED_PAID}) {
      Property.forAll("every month applied for is answered once", REQUESTS)
          .check(r -> PremiumLaws.everyMonthAppliedForIsAnsweredOnce(rules, r));
    }
  }
}
