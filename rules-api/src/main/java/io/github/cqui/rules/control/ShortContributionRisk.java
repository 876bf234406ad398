package io.github.cqui.rules.control;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The short-contribution check of a benefit application (渝人社办〔2025〕112号 三(一); I-19, I-4, I-3):
 * 「将最后一次参保缴费不足4个月的失业保险金申领业务，列为高风险业务…指导失业人员提供劳动合同、工资流水及其他可证明真实劳动关系的材料，经审核通过后再办理」.
 *
 * <ul>
 *   <li>{@link #lastRun()}: the last unbroken run of months with a counted paid contribution up to
 *       the separation month, whatever the employer (I-19). A month paid after the separation (补缴)
 *       is not counted unless the I-19 switch says so; an uncounted month breaks the run.
 *   <li>{@link #assessment()}: {@link RiskAssessment#HIGH_RISK} when the run is shorter than the
 *       threshold of the edition in force on the application date (4 months from 2025-08-01),
 *       {@link RiskAssessment#NOT_HIGH_RISK} otherwise, {@link RiskAssessment#NOT_ASSESSED} when
 *       that edition sets no threshold.
 *   <li>When high-risk, {@link #requestedEvidence()} lists the evidence to ask for. It is requested
 *       as a supplement: the review clock is not paused, and a new review clock starts on the day
 *       the supplement is received (一(二); I-3, I-4; {@code DeadlineRules.resubmission}); the
 *       application is handled only after the evidence is reviewed and approved (「经审核通过后再办理」). The
 *       flag is not a refusal.
 * </ul>
 *
 * <p>Properties, in order: {@code record}, {@code assessment}, {@code lastRun}, {@code
 * lastRunMonths}, {@code thresholdMonths}, {@code editionFrom}, {@code thresholdAppliesFrom},
 * {@code requestedEvidence}, {@code backPaidMonths}, {@code backPaidMonthsCounted}, {@code
 * switches}, {@code explanation}. Built only by the rules; a value that contradicts itself is
 * refused. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ShortContributionRisk {

  /** For the generated implementation only. */
  protected ShortContributionRisk() {}

  /**
   * The record as given.
   *
   * @return the contribution record
   */
  public abstract ContributionRecord record();

  /**
   * The outcome.
   *
   * @return high-risk, not high-risk, or not assessed
   */
  public abstract RiskAssessment assessment();

  /**
   * The months of the last unbroken run of counted contributions, in month order (I-19); the months
   * that made the run.
   *
   * @return the months, empty when no month counts
   */
  public abstract List<ContributionMonth> lastRun();

  /**
   * The length of {@link #lastRun()}.
   *
   * @return the months of the last run, at least 0
   */
  public abstract int lastRunMonths();

  /**
   * The threshold of the edition in force on the application date ({@code
   * ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS}).
   *
   * @return the months; empty when not assessed
   */
  public abstract Optional<Integer> thresholdMonths();

  /**
   * The effective date of the policy edition in force on the application date.
   *
   * @return the edition's {@code effectiveFrom}
   */
  public abstract LocalDate editionFrom();

  /**
   * When the application is not assessed: the effective date of the earliest edition that sets a
   * threshold.
   *
   * @return that date; empty when assessed, or when no edition sets a threshold
   */
  public abstract Optional<LocalDate> thresholdAppliesFrom();

  /**
   * The evidence of a genuine employment relationship to ask for, requested as a supplement (三(一);
   * I-3, I-4).
   *
   * @return the evidence in the notice's order when high-risk; empty otherwise
   */
  public abstract List<EvidenceKind> requestedEvidence();

  /**
   * The months of the record paid after the separation date (补缴), in month order, counted or not.
   *
   * @return the back-paid months
   */
  public abstract List<YearMonth> backPaidMonths();

  /**
   * Whether back-paid months counted toward the run: the I-19 switch {@code countBackPaidMonths}.
   *
   * @return {@code false} by default
   */
  public abstract boolean backPaidMonthsCounted();

  /**
   * The interpretation switches that shaped the result, by id.
   *
   * @return e.g. {@code I-19 -> countBackPaidMonths=false}
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The explanation: each step with its clause and the I-… it applies.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Checks the assessment against the run, the threshold and the evidence; called by the generated
   * implementation when the result is built.
   *
   * @throws InvalidInputException if {@link #lastRunMonths()} is not the length of {@link
   *     #lastRun()}, the threshold is given for an application not assessed or missing for one
   *     assessed, {@link #thresholdAppliesFrom()} is given for an assessed one, the assessment is
   *     not high-risk exactly when the run is shorter than the threshold, or evidence is requested
   *     other than exactly for a high-risk application
   */
  @Value.Check
  protected void check() {
    if (lastRunMonths() != lastRun().size()) {
      throw InvalidInputException.of(
          "lastRunMonths", lastRunMonths(), "must be the length of lastRun, " + lastRun().size());
    }
    boolean assessed = assessment() != RiskAssessment.NOT_ASSESSED;
    if (thresholdMonths().isPresent() != assessed) {
      throw InvalidInputException.of(
          "thresholdMonths",
          thresholdMonths(),
          "is present exactly when the application is assessed (" + assessment() + ")");
    }
    if (assessed && thresholdAppliesFrom().isPresent()) {
      throw InvalidInputException.of(
          "thresholdAppliesFrom",
          thresholdAppliesFrom(),
          "is given only when the application is not assessed");
    }
    if (thresholdMonths().isPresent()
        && (lastRunMonths() < thresholdMonths().get())
            != (assessment() == RiskAssessment.HIGH_RISK)) {
      throw InvalidInputException.of(
          "assessment",
          assessment(),
          "a last run of "
              + lastRunMonths()
              + " months against a threshold of "
              + thresholdMonths().get()
              + " (渝人社办〔2025〕112号 三(一))");
    }
    if (requestedEvidence().isEmpty() == (assessment() == RiskAssessment.HIGH_RISK)) {
      throw InvalidInputException.of(
          "requestedEvidence",
          requestedEvidence(),
          "evidence is requested exactly when the application is high-risk (三(一))");
    }
  }
}
