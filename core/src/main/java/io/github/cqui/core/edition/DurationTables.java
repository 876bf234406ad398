package io.github.cqui.core.edition;

import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.DurationTable;
import java.time.LocalDate;

/**
 * The months of benefit of each {@link DurationTable} (I-23; POLICY-FACTS §1.5, A-25): Chongqing's
 * data, every number cited with the text and date it comes from, as the editions' parameters are.
 *
 * <p>Not an edition parameter: both tables are law, and which one applies is a reading chosen by
 * the I-23 switch, not a date.
 *
 * <p>Immutable and thread-safe.
 */
public final class DurationTables {

  /** 《重庆市失业保险条例》 art 24, as revised on 2011-11-25 (the text the library cites). */
  private static final Table CHONGQING_REGULATION =
      new Table(
          CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条"),
          LocalDate.of(2011, 11, 25),
          ImmutableList.of(
              new Band(1, 3), // (一) 满一年不足两年的为三个月
              new Band(2, 6), // (二) 满两年不足三年的为六个月
              new Band(3, 9), // (三) 满三年不足四年的为九个月
              new Band(4, 12), // (四) 满四年不足五年的为十二个月
              new Band(5, 15), // (五) 满五年不足七年的为十五个月
              new Band(7, 16), // (六) 满七年的为十六个月。以后…每增加一年，领取期限增加一个月
              new Band(8, 17),
              new Band(9, 18),
              new Band(10, 19),
              new Band(11, 20),
              new Band(12, 21),
              new Band(13, 22),
              new Band(14, 23),
              new Band(15, 24))); // …最长不超过二十四个月

  /**
   * 《中华人民共和国社会保险法》 art 46, in force since 2011-07-01 (art 98); the 2018 amendment left it
   * unchanged.
   */
  private static final Table NATIONAL_MAXIMA =
      new Table(
          SOCIAL_INSURANCE_LAW.cite("第四十六条"),
          LocalDate.of(2011, 7, 1),
          ImmutableList.of(
              new Band(1, 12), // 满一年不足五年的，领取失业保险金的期限最长为十二个月
              new Band(5, 18), // 满五年不足十年的，…最长为十八个月
              new Band(10, 24))); // 十年以上的，…最长为二十四个月

  private DurationTables() {}

  /**
   * The table of a choice.
   *
   * @param choice the I-23 choice
   * @return its months, clause and date
   */
  public static Table of(DurationTable choice) {
    return switch (choice) {
      case CHONGQING_REGULATION -> CHONGQING_REGULATION;
      case NATIONAL_MAXIMA -> NATIONAL_MAXIMA;
    };
  }

  /**
   * From {@code fromYears} whole years of contribution on (until the next band), {@code months}
   * months of benefit.
   */
  private record Band(int fromYears, int months) {}

  /**
   * One duration table: bands of whole years, the clause that sets them and the date of that text.
   * Under the first band's years (one year, 「满一年」) the table gives 0 months: not eligible.
   */
  public static final class Table {
    private final Citation citation;
    private final LocalDate since;
    private final ImmutableList<Band> bands;

    private Table(Citation citation, LocalDate since, ImmutableList<Band> bands) {
      this.citation = citation;
      this.since = since;
      this.bands = bands;
    }

    /**
     * The months of benefit for whole years of cumulative contribution, before any unused months of
     * an earlier claim are added.
     *
     * @param wholeYearsOfContribution completed years (12 paid months each), at least 0
     * @return the months of the last band that has begun; 0 under the first (not eligible)
     * @throws InvalidInputException if {@code wholeYearsOfContribution} is negative
     */
    public int monthsFor(int wholeYearsOfContribution) {
      if (wholeYearsOfContribution < 0) {
        throw InvalidInputException.of(
            "wholeYearsOfContribution", wholeYearsOfContribution, "must not be negative");
      }
      int months = 0;
      for (Band band : bands) {
        if (band.fromYears() > wholeYearsOfContribution) {
          break;
        }
        months = band.months();
      }
      return months;
    }

    /**
     * The clause that sets this table.
     *
     * @return 《重庆市失业保险条例》第二十四条 or 《中华人民共和国社会保险法》第四十六条
     */
    public Citation citation() {
      return citation;
    }

    /**
     * The date of the text cited.
     *
     * @return 2011-11-25 for the 条例, 2011-07-01 for the 社会保险法
     */
    public LocalDate since() {
      return since;
    }
  }
}
