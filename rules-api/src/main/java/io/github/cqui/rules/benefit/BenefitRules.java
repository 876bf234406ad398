package io.github.cqui.rules.benefit;

import java.time.YearMonth;

/**
 * The benefit rules of 渝人社办〔2025〕112号 一(四) and 一(五) and the laws they rest on: statutory retirement
 * age and the monthly ledger of a claim. Obtain the Chongqing implementation from {@code
 * io.github.cqui.core.Chongqing.rules().benefits()}.
 *
 * <p>Pure functions of their arguments and the calendar, editions and switches the implementation
 * was built with; immutable and thread-safe. Errors: {@link
 * io.github.cqui.rules.InvalidInputException} naming the field. A year whose holiday notice is not
 * loaded fails no ledger (I-5): only the months' report deadlines depend on the calendar, and one
 * that needs such a year is pending ({@link BenefitLedger#pendingReportDeadlines()}), or, in the
 * provisional coverage mode, answered and marked ({@link BenefitLedger#provisionalYears()}).
 */
public interface BenefitRules {

  /**
   * The month a person reaches statutory retirement age (《国务院关于渐进式延迟法定退休年龄的办法》 第一条; POLICY-FACTS
   * §4).
   *
   * @param birthMonth the person's month of birth, within the dates the rules take ({@link
   *     io.github.cqui.rules.Limits})
   * @param category the retirement category, which sets the original retirement age and the months
   *     of delay
   * @return the retirement month, with the age reached and the explanation
   */
  StatutoryRetirement statutoryRetirement(YearMonth birthMonth, RetirementCategory category);

  /**
   * The month-by-month ledger of a claim (渝人社办〔2025〕112号 一(四), 一(五); I-6 … I-11, I-14, I-15, I-18,
   * I-22). Every month is answered whatever the calendar covers; the report deadline of a stop
   * event that needs a year whose holiday notice is not loaded, or a day before every policy
   * edition, is pending with why (I-5).
   *
   * @param history the claim: its registration, entitlement, verifications, suspensions, stop
   *     events, subsidy periods, benefit standards and any actual payments
   * @return the ledger, one line per month from the first month of entitlement until the claim ends
   * @throws io.github.cqui.rules.InvalidInputException if no benefit standard of the claim's tier
   *     is in force in a month that is paid, or an actual payment is for a month before the claim
   *     starts
   */
  BenefitLedger ledger(ClaimHistory history);
}
