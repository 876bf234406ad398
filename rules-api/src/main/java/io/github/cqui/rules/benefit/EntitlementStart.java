package io.github.cqui.rules.benefit;

/**
 * The date whose month starts the entitlement (I-9, POLICY-FACTS A-10).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum EntitlementStart {
  /**
   * The default: the 失业登记 (unemployment registration) date, under 《中华人民共和国社会保险法》 art 50 and
   * 《失业保险条例》 art 16, which prevail over the local regulation.
   */
  REGISTRATION_DATE,
  /** The date of the claim (申领), as 《重庆市失业保险条例》 art 22 words it. */
  APPLICATION_DATE
}
