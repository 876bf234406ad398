package io.github.cqui.rules.benefit;

/**
 * Which table turns whole years of cumulative contribution into months of benefit: the choice of
 * I-23 (POLICY-FACTS §1.5, A-25), made by {@link
 * io.github.cqui.rules.ruleset.InterpretationSwitches#durationTable()}. {@link
 * #CHONGQING_REGULATION} is the default.
 *
 * <p>Only the choice is named here; the months of each table, with their clause and date, are a
 * jurisdiction's data and belong to its implementation of {@link EntitlementRules} (Chongqing's in
 * {@code cqui-core}). Years are whole years: 「满一年」 is 12 paid months, and months beyond whole years
 * do not count toward the next band. Unused months of an earlier claim are added afterwards, up to
 * the edition's combined-months cap; that is not a table's job.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum DurationTable {
  /**
   * The graduated table of 《重庆市失业保险条例》 art 24, the law in force (the default, I-23): a band of
   * months for each of the first years of contribution, then one month more per further year, up to
   * the combined maximum.
   */
  CHONGQING_REGULATION,

  /**
   * The national maxima of 《中华人民共和国社会保险法》 art 46 (also 《失业保险条例》 art 17), for a reading in which
   * Chongqing grants the maximum ([UNCONFIRMED], I-23): three bands, by whole years under five,
   * under ten, and ten or more.
   */
  NATIONAL_MAXIMA
}
