package io.github.cqui.core.kernel;

import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;

import io.github.cqui.rules.Citation;

/**
 * The clauses of 《中华人民共和国民法典》 on computing a period (第十章 期间计算), which every deadline of the rules
 * cites: the start day is not counted, a month ends on the corresponding day or the month's end,
 * and a last day on a rest day rolls forward.
 */
public final class PeriodClauses {

  /** 民法典 art 201: the day a period starts from is not counted (I-1). */
  public static final Citation START_DAY_EXCLUDED = CIVIL_CODE.cite("第二百零一条");

  /** 民法典 art 202: a period of months ends on the corresponding day, or the month's last day. */
  public static final Citation MONTH_END = CIVIL_CODE.cite("第二百零二条");

  /**
   * 民法典 art 203: a last day on a rest day rolls to the next working day; with business hours, the
   * end of business is the cut-off (I-1, I-17, I-20).
   */
  public static final Citation ROLL_FORWARD = CIVIL_CODE.cite("第二百零三条");

  private PeriodClauses() {}
}
