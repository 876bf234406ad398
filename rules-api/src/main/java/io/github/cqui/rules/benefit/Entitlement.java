package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The months of unemployment benefit a claim gives: the whole years of contribution, the months of
 * the duration table (I-23), the unused months of an earlier claim carried over, and the total,
 * capped at the edition's combined-months cap (《重庆市失业保险条例》第二十四条; 《中华人民共和国社会保险法》第四十六条).
 *
 * <p>{@link #totalMonths()} is {@code min(tableMonths + carriedOverMonths, cap)} for an eligible
 * claim and 0 otherwise. A claim without a year of contribution is not eligible even when an
 * earlier claim left unused months: those months are not carried into a new claim but stay
 * claimable under the earlier one (《失业保险金申领发放办法》第十五条, [SECONDARY]); {@link #carriedOverMonths()} is
 * then 0 and {@link #ineligibleReason()} says so. That is a reading of I-23, not a fact.
 *
 * <p>Only the contribution condition of eligibility is decided here (《重庆市失业保险条例》第十八条第（一）项;
 * 《中华人民共和国社会保险法》第四十五条第（一）项); the others (involuntary loss of work, registration and job seeking)
 * are the caller's to establish.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Entitlement {

  /** For the generated implementation only. */
  protected Entitlement() {}

  /** {@return the request as given} */
  public abstract EntitlementRequest request();

  /**
   * {@return the whole years of contribution: {@code contributionMonths / 12}. 「满一年」 is 12 paid
   * months, and months beyond whole years do not count toward the next band (POLICY-FACTS A-25,
   * I-23)}
   */
  public abstract int wholeYears();

  /** {@return whether the contribution condition is met: at least one whole year (12 months)} */
  public abstract boolean eligible();

  /** {@return why the claim is not eligible, with the clauses; empty when eligible} */
  public abstract Optional<String> ineligibleReason();

  /**
   * {@return the months the duration table gives for {@link #wholeYears()}; 0 when not eligible}
   */
  public abstract int tableMonths();

  /** {@return the duration table applied, chosen by the I-23 switch} */
  public abstract DurationTable durationTable();

  /**
   * {@return the unused months of the earlier claim carried into this one (before the cap); 0 when
   * not eligible}
   */
  public abstract int carriedOverMonths();

  /**
   * {@return the combined-months cap of the edition in force on the registration date (24 in
   * Chongqing)}
   */
  public abstract int cap();

  /**
   * {@return the months of entitlement: {@code min(tableMonths + carriedOverMonths, cap)}, 0 when
   * not eligible}
   */
  public abstract int totalMonths();

  /** {@return the {@code effectiveFrom} date of the policy edition applied} */
  public abstract LocalDate editionFrom();

  /**
   * {@return the interpretation switches that shaped the result, by id (e.g. {@code I-23 ->
   * durationTable=CHONGQING_REGULATION})}
   */
  public abstract Map<Interpretation, String> switches();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
