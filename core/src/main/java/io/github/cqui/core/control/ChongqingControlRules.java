package io.github.cqui.core.control;

import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;

/**
 * The Chongqing internal-control rules: the short-contribution check (渝人社办〔2025〕112号 三(一); I-19,
 * I-4, I-3), concurrent benefits (一(五); I-14, I-15) and the segregation of duties (四; I-21). Each
 * step cites its clause; see {@link ControlRules}. Immutable and thread-safe.
 */
public final class ChongqingControlRules implements ControlRules {

  private final ShortContributionCheck shortContribution;
  private final ConcurrentBenefitCheck concurrentBenefits;
  private final SegregationOfDutiesCheck segregation;

  /**
   * The control rules on policy editions, interpretation switches, the benefit rules (the ledger of
   * a claim) and the deadline rules (the report deadline of a stop event).
   *
   * @param editions the policy editions
   * @param switches the interpretation switches
   * @param benefits the benefit rules
   * @param deadlines the deadline rules
   */
  public ChongqingControlRules(
      PolicyEditions editions,
      InterpretationSwitches switches,
      BenefitRules benefits,
      DeadlineRules deadlines) {
    this.shortContribution = new ShortContributionCheck(editions, switches);
    this.concurrentBenefits = new ConcurrentBenefitCheck(switches, benefits, deadlines);
    this.segregation = new SegregationOfDutiesCheck(switches);
  }

  @Override
  public ShortContributionRisk shortContributionRisk(ContributionRecord record) {
    Checks.requireNonNull("record", record);
    return shortContribution.assess(record);
  }

  @Override
  public ConcurrentBenefits concurrentBenefits(ConcurrentBenefitsRequest request) {
    Checks.requireNonNull("request", request);
    return concurrentBenefits.check(request);
  }

  @Override
  public SegregationCheck segregationOfDuties(StaffRoster roster, LocalDate asOf) {
    Checks.requireNonNull("roster", roster);
    Checks.requireNonNull("asOf", asOf);
    Checks.requireWithinDates("asOf", asOf);
    return segregation.check(roster, asOf);
  }
}
