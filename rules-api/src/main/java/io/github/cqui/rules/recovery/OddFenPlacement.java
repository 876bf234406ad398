package io.github.cqui.rules.recovery;

/**
 * Where an instalment agreement places the odd fen when the debt does not divide evenly (I-24): the
 * instalments differ by at most one fen and sum exactly to the debt.
 */
public enum OddFenPlacement {
  /** The first instalments are one fen larger: 1,000.00 in 7 is 142.86 × 5, then 142.85 × 2. */
  FIRST_INSTALMENTS,
  /** The last instalments are one fen larger: 1,000.00 in 7 is 142.85 × 2, then 142.86 × 5. */
  LAST_INSTALMENTS
}
