package io.github.cqui.rules.premium;

/** Why a month that could be reimbursed cannot be answered yet; the other months are answered. */
public enum PendingReason {
  /**
   * The supplied 代缴标准 table has no row in force for the month (its first row is later). No official
   * standard is bundled (POLICY-FACTS §9.2): supply the standard for the month and ask again.
   */
  NO_STANDARD_IN_FORCE
}
