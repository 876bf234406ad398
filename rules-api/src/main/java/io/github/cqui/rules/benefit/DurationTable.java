package io.github.cqui.rules.benefit;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;

/**
 * How many months of benefit a claim gives for its whole years of cumulative contribution: the
 * choice of I-23 (POLICY-FACTS §1.5, A-25). {@link #CHONGQING_REGULATION} is the default.
 *
 * <p>Years are whole years: 「满一年」 is 12 paid months, and months beyond whole years do not count
 * toward the next band. Unused months of an earlier claim are added afterwards, up to the cap of
 * {@link PolicyEdition#combinedMonthsCap()}; that is not this table's job.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
@SuppressWarnings("ImmutableEnumChecker") // Citation is an immutable Immutables value type
public enum DurationTable {
  /**
   * The graduated table of 《重庆市失业保险条例》 art 24, the law in force (the default, I-23): under 1 year 0
   * (not eligible); 1 year 3 months; 2 → 6; 3 → 9; 4 → 12; 5–6 → 15; 7 → 16; then one month more
   * per further year, 24 from 15 years on.
   */
  CHONGQING_REGULATION(LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条")) {
    @Override
    int months(int years) {
      if (years < 1) {
        return 0;
      } else if (years <= 4) {
        return 3 * years;
      } else if (years <= 6) {
        return 15;
      } else {
        return Math.min(24, 16 + (years - 7));
      }
    }
  },

  /**
   * The national maxima of 《中华人民共和国社会保险法》 art 46 (also 《失业保险条例》 art 17), for a reading in which
   * Chongqing grants the maximum ([UNCONFIRMED], I-23): under 1 year 0; 1–4 years 12 months; 5–9 →
   * 18; 10 or more → 24.
   */
  NATIONAL_MAXIMA(LegalDocument.SOCIAL_INSURANCE_LAW.cite("第四十六条")) {
    @Override
    int months(int years) {
      if (years < 1) {
        return 0;
      } else if (years < 5) {
        return 12;
      } else if (years < 10) {
        return 18;
      } else {
        return 24;
      }
    }
  };

  private final Citation citation;

  DurationTable(Citation citation) {
    this.citation = citation;
  }

  abstract int months(int years);

  /**
   * The months of benefit for the given whole years of cumulative contribution, before any unused
   * months of an earlier claim are added.
   *
   * @param wholeYearsOfContribution completed years of cumulative contribution (12 paid months
   *     each), at least 0
   * @return the months, 0 to 24; 0 means not eligible (under one year)
   * @throws InvalidInputException if {@code wholeYearsOfContribution} is negative
   */
  public int monthsFor(int wholeYearsOfContribution) {
    if (wholeYearsOfContribution < 0) {
      throw InvalidInputException.of(
          "wholeYearsOfContribution", wholeYearsOfContribution, "must not be negative");
    }
    return months(wholeYearsOfContribution);
  }

  /**
   * The clause that sets this table.
   *
   * @return 《重庆市失业保险条例》第二十四条 or 《中华人民共和国社会保险法》第四十六条
   */
  public Citation citation() {
    return citation;
  }
}
