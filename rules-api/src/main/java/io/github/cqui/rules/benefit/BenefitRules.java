package io.github.cqui.rules.benefit;

import java.time.YearMonth;

/**
 * The benefit rules of 渝人社办〔2025〕112号 一(四) and 一(五) and the laws they rest on: statutory retirement
 * age and the monthly ledger of a claim. Obtain the Chongqing implementation from {@code
 * io.github.cqui.core.Chongqing.rules().benefits()}.
 *
 * <p>Pure functions of their arguments and the calendar, editions and switches the implementation
 * was built with; immutable and thread-safe. Errors: {@link
 * io.github.cqui.rules.InvalidInputException} naming the field; {@link
 * io.github.cqui.rules.RuleContextException} wrapping the calendar's coverage error (I-5).
 */
public interface BenefitRules {

  /**
   * The month a person reaches statutory retirement age (《国务院关于渐进式延迟法定退休年龄的办法》 第一条; POLICY-FACTS
   * §4).
   */
  StatutoryRetirement statutoryRetirement(YearMonth birthMonth, RetirementCategory category);

  /**
   * The month-by-month ledger of a claim (渝人社办〔2025〕112号 一(四), 一(五); I-6 … I-11, I-14, I-15, I-18,
   * I-22).
   *
   * @throws io.github.cqui.rules.InvalidInputException if no benefit standard of the claim's tier
   *     is in force in a month that is paid, or an actual payment is for a month before the claim
   *     starts
   */
  BenefitLedger ledger(ClaimHistory history);
}
