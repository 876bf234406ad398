package io.github.cqui.rules.benefit;

/**
 * The months of entitlement of an unemployment-benefit claim. Obtain the Chongqing implementation
 * from {@code io.github.cqui.core.Chongqing.rules().entitlements()}.
 *
 * <p>A pure function of its argument, the policy editions and the interpretation switches the
 * implementation was built with; implementations are immutable and thread-safe.
 */
public interface EntitlementRules {

  /**
   * The months of benefit a claim gives.
   *
   * <ol>
   *   <li>Whole years: {@code contributionMonths / 12}; 「满一年」 is 12 paid months and a part year
   *       does not count (POLICY-FACTS A-25, I-23).
   *   <li>Eligibility: at least one whole year of contribution (《重庆市失业保险条例》第十八条第（一）项;
   *       《中华人民共和国社会保险法》第四十五条第（一）项; 《失业保险条例》第十四条).
   *   <li>Table months: the {@link DurationTable} of the I-23 switch — by default the graduated
   *       table of 《重庆市失业保险条例》第二十四条, or the national maxima of 《中华人民共和国社会保险法》第四十六条; the months of
   *       each table are the implementation's data.
   *   <li>Total: the table months plus the unused months of an earlier claim, at most the
   *       combined-months cap of the edition in force on the registration date
   *       (《重庆市失业保险条例》第二十四条第二款; 《中华人民共和国社会保险法》第四十六条; 《失业保险条例》第十七条).
   * </ol>
   *
   * <p>A claim without a whole year of contribution gives 0 months, even when an earlier claim left
   * unused months: they are not carried into a new claim and stay claimable under the earlier one
   * (《失业保险金申领发放办法》第十五条, [SECONDARY]; a reading of I-23).
   *
   * @param request the registration date, contribution months and unused months of an earlier claim
   * @return the entitlement, with the switches applied and an explanation citing each step's clause
   * @throws io.github.cqui.rules.InvalidInputException naming {@code unusedMonthsOfEarlierClaim} if
   *     it exceeds the combined-months cap (no earlier claim could have left more)
   * @throws io.github.cqui.rules.NoEditionInForceException if the registration date is before the
   *     earliest policy edition
   */
  Entitlement entitlement(EntitlementRequest request);
}
