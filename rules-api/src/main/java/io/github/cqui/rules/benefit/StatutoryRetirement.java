package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The month in which a person reaches statutory retirement age under the 2025 gradual reform
 * (全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》; 《国务院关于渐进式延迟法定退休年龄的办法》 第一条; POLICY-FACTS §4): from 2025-01-01 men
 * and women originally retiring at 55 retire one month later for every four birth months, up to 63
 * and 58; women originally retiring at 50 one month later for every two, up to 55.
 *
 * <p>The tables give a year and month only; the day within the month is not fixed, so the
 * rules work in months. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class StatutoryRetirement {

  /** For the generated implementation only. */
  protected StatutoryRetirement() {}

  /** {@return the birth month} */
  public abstract YearMonth birthMonth();

  /** {@return the category (an input: the law cannot be inferred from the person)} */
  public abstract RetirementCategory category();

  /** {@return the months of delay over the original age (0 to the category's cap)} */
  public abstract int delayMonths();

  /** {@return whole years of the statutory age} */
  public abstract int ageYears();

  /** {@return months beyond the whole years of the statutory age} */
  public abstract int ageMonths();

  /** {@return the month in which statutory retirement age is reached} */
  public abstract YearMonth retirementMonth();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
