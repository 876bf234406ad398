package io.github.cqui.rules.control;

import java.time.LocalDate;

/**
 * The internal-control rules of 渝人社办〔2025〕112号: the short-contribution risk of an application
 * (三(一)), the other benefits that are not received together with unemployment benefit (一(五)), and
 * the segregation of duties among the agency's staff (四). Obtain the Chongqing implementation from
 * {@code io.github.cqui.core.Chongqing.rules().controls()}.
 *
 * <p>Every method is a pure function of its arguments, the policy editions, the interpretation
 * switches and (for the report deadlines) the working-day calendar the implementation was built
 * with. Implementations are immutable and thread-safe. Errors: {@link
 * io.github.cqui.rules.InvalidInputException} for input that breaks a rule (naming the field);
 * {@link io.github.cqui.rules.NoEditionInForceException} for an application date before the
 * earliest policy edition.
 */
public interface ControlRules {

  /**
   * The short-contribution check (渝人社办〔2025〕112号 三(一); I-19, I-4, I-3): the last unbroken run of
   * months with a paid contribution up to the separation month, whatever the employer, 补缴 months
   * counted only under the I-19 switch; high-risk when the run is shorter than the threshold of the
   * edition in force on the application date ({@code
   * ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS}, 4 months from 2025-08-01); not assessed when
   * that edition sets no threshold.
   *
   * @param record the separation and application dates and the paid months
   * @return the assessment, the run, the evidence to request when high-risk, and the explanation
   * @throws io.github.cqui.rules.NoEditionInForceException if the application date is before the
   *     earliest policy edition
   */
  ShortContributionRisk shortContributionRisk(ContributionRecord record);

  /**
   * The other benefits of a claimant (渝人社办〔2025〕112号 一(五); I-14, I-15): every month the claim pays
   * (by the ledger of the claim as given, or by an actual payment) that a basic pension, 病残津贴 or
   * 灵活就业社保补贴 affects, with its consequence and the recoverable amount; and for each basic pension
   * or 病残津贴, the stop event, its last payable month and its 20-working-day report deadline
   * (pending, {@link io.github.cqui.rules.Pending}, when it needs a year whose holiday notice is
   * not loaded or a day before every policy edition; I-5).
   *
   * @param request the claim and the periods of other benefits
   * @return the overlaps, the stop events and the explanation
   * @throws io.github.cqui.rules.InvalidInputException as the ledger of the claim does
   */
  ConcurrentBenefits concurrentBenefits(ConcurrentBenefitsRequest request);

  /**
   * The segregation-of-duties check (渝人社办〔2025〕112号 四; 《社会保险经办条例》第三十六条、第三十七条; I-21): every
   * violation on or before {@code asOf} — one person holding two posts of a forbidden pair on the
   * same day (days inclusive, acting roles included, open assignments running to {@code asOf}), or,
   * with the cooling-off switch, within the cooling-off period after leaving one of them.
   *
   * @param roster the post assignments
   * @param asOf the date asked for
   * @return the violations, the pairs applied and the explanation
   */
  SegregationCheck segregationOfDuties(StaffRoster roster, LocalDate asOf);
}
