package io.github.cqui.rules.ruleset;

/**
 * What to do with a date in a year whose State Council holiday notice is not published (I-5,
 * POLICY-FACTS A-6).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum CoverageMode {
  /**
   * The default: refuse with an error naming the year and the last published notice. Never a silent
   * "weekends only".
   */
  STRICT,
  /**
   * Answer from the statutory holidays of 《全国年节及纪念日放假办法》 projected onto the year, and mark every
   * such result provisional.
   */
  PROVISIONAL
}
