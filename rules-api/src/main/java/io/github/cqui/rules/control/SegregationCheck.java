package io.github.cqui.rules.control;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The segregation-of-duties check of a staff roster up to a date (渝人社办〔2025〕112号 四: 「严格落实"失业保险稽核岗与
 * 业务运行岗位、基金财务岗位、数据管理岗位的人员不得相互兼任"等规定」; 《社会保险经办条例》第三十六条、第三十七条; I-21).
 *
 * <p>Every violation on or before {@link #asOf()} is listed, the past ones included; {@link
 * SegregationViolation#ongoing()} marks those in effect on that date. Assignments that begin after
 * it are not examined ({@link #notYetStarted()}). The forbidden pairs are those of the reading (six
 * by default, three under the audit-only switch) plus the extra pairs of the switches; the
 * cooling-off period, when switched on, makes a post count as held for that long after it is left.
 *
 * <p>Properties, in order: {@code roster}, {@code asOf}, {@code reading}, {@code forbiddenPairs},
 * {@code coolingOffPeriod}, {@code violations}, {@code notYetStarted}, {@code switches}, {@code
 * explanation}. Built only by the rules. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class SegregationCheck {

  /** For the generated implementation only. */
  protected SegregationCheck() {}

  /**
   * The roster as given.
   *
   * @return the roster
   */
  public abstract StaffRoster roster();

  /**
   * The date the check is asked for: open assignments run to it, and nothing after it is examined.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The reading of I-21 applied.
   *
   * @return the reading
   */
  public abstract SegregationReading reading();

  /**
   * Every pair of posts forbidden to one person: the reading's and the extra pairs, ordered.
   *
   * @return the pairs
   */
  public abstract List<DutyPostPair> forbiddenPairs();

  /**
   * The cooling-off period applied (I-21 switch).
   *
   * @return the period; empty when the check is point-in-time (the default)
   */
  public abstract Optional<Period> coolingOffPeriod();

  /**
   * The violations, ordered by person, pair, first day, then the two assignments' first days.
   *
   * @return the violations, possibly empty
   */
  public abstract List<SegregationViolation> violations();

  /**
   * The assignments of the roster that begin after {@link #asOf()}, in the roster's order: not
   * examined.
   *
   * @return the assignments, possibly empty
   */
  public abstract List<PostAssignment> notYetStarted();

  /**
   * The interpretation switches that shaped the result, by id.
   *
   * @return e.g. {@code I-21 -> extraForbiddenPairs=[]; coolingOffPeriod=off; …}
   */
  public abstract Map<Interpretation, String> switches();

  /**
   * The explanation: each step with its clause and the I-… it applies.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Checks every violation against the date asked for; called by the generated implementation when
   * the result is built.
   *
   * @throws InvalidInputException if a violation lasts past {@link #asOf()}, or is marked ongoing
   *     when it does not last to {@link #asOf()} (or not marked when it does)
   */
  @Value.Check
  protected void check() {
    for (int i = 0; i < violations().size(); i++) {
      SegregationViolation violation = violations().get(i);
      if (violation.to().isAfter(asOf())) {
        throw InvalidInputException.of(
            "violations[" + i + "].to", violation.to(), "must not be after asOf, " + asOf());
      }
      if (violation.ongoing() != violation.to().equals(asOf())) {
        throw InvalidInputException.of(
            "violations[" + i + "].ongoing",
            violation.ongoing(),
            "a violation is ongoing exactly when it lasts to asOf, " + asOf());
      }
    }
  }
}
