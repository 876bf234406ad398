package io.github.cqui.rules.benefit;

import java.time.YearMonth;

/**
 * The statutory-retirement category of a person under the 2025 gradual reform
 * (《国务院关于渐进式延迟法定退休年龄的办法》 第一条; POLICY-FACTS §4). For women the original age depends on the post (工人岗
 * 50; 干部/管理技术岗 55): an input, never inferred.
 *
 * <p>JSON: the constant's name.
 */
public enum RetirementCategory {
  /** Men: originally 60; one month later for every 4 birth months from 1965-01, up to 63. */
  MALE("男职工", 60, YearMonth.of(1965, 1), 4, 36),
  /**
   * Women originally retiring at 55: one month later for every 4 birth months from 1970-01, up to
   * 58.
   */
  FEMALE_ORIGINALLY_55("原法定退休年龄为五十五周岁的女职工", 55, YearMonth.of(1970, 1), 4, 36),
  /**
   * Women originally retiring at 50: one month later for every 2 birth months from 1975-01, up to
   * 55.
   */
  FEMALE_ORIGINALLY_50("原法定退休年龄为五十周岁的女职工", 50, YearMonth.of(1975, 1), 2, 60);

  private final String chineseName;
  private final int originalAge;
  private final YearMonth firstAffected;
  private final int birthMonthsPerDelayMonth;
  private final int maximumDelayMonths;

  RetirementCategory(
      String chineseName,
      int originalAge,
      YearMonth firstAffected,
      int birthMonthsPerDelayMonth,
      int maximumDelayMonths) {
    this.chineseName = chineseName;
    this.originalAge = originalAge;
    this.firstAffected = firstAffected;
    this.birthMonthsPerDelayMonth = birthMonthsPerDelayMonth;
    this.maximumDelayMonths = maximumDelayMonths;
  }

  /** {@return the category as 《国务院关于渐进式延迟法定退休年龄的办法》 第一条 words it, e.g. {@code 男职工}} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the statutory age before the reform, in years} */
  public int originalAge() {
    return originalAge;
  }

  /** {@return the first birth month whose retirement is delayed} */
  public YearMonth firstAffectedBirthMonth() {
    return firstAffected;
  }

  /**
   * {@return how many birth months add one month of delay (4, or 2 for women originally retiring at
   * 50)}
   */
  public int birthMonthsPerDelayMonth() {
    return birthMonthsPerDelayMonth;
  }

  /** {@return the largest delay in months (36, or 60 for women originally retiring at 50)} */
  public int maximumDelayMonths() {
    return maximumDelayMonths;
  }
}
