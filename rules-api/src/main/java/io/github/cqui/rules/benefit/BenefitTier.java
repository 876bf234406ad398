package io.github.cqui.rules.benefit;

/**
 * The tier of the 领金地 (where the benefit is claimed) whose standard applies (I-22). Chongqing sets
 * its minimum wage, and so the benefit standard, in two tiers of districts and counties
 * (POLICY-FACTS §5); the caller supplies the standards of each tier.
 *
 * <p>JSON: the constant's name.
 */
public enum BenefitTier {
  /** 一类区县. */
  TIER_1,
  /** 二类区县. */
  TIER_2
}
