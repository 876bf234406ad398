package io.github.cqui.rules.control;

/**
 * Which pairs of the four posts of 渝人社办〔2025〕112号 四 one person may not hold at the same time: the
 * reading of I-21, a switch ({@link
 * io.github.cqui.rules.ruleset.InterpretationSwitches#segregationReading()}).
 *
 * <p>The notice says 「失业保险稽核岗与业务运行岗位、基金财务岗位、数据管理岗位的人员不得相互兼任」等规定. Read alone, the sentence forbids
 * the audit post with each of the other three (POLICY-FACTS A-23); its 「等规定」 points to the national
 * rule, 人社厅发〔2021〕64号, whose provincial implementing rules make the four posts mutually
 * incompatible (POLICY-FACTS §9.4). Since December 2026 the default follows the national rule.
 * Acting roles count under both readings (I-21).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum SegregationReading {
  /**
   * The default (I-21): any two of 稽核、业务运行、基金财务、数据管理 — six pairs — are forbidden to one person at
   * the same time (渝人社办〔2025〕112号 四 read with 人社厅发〔2021〕64号; 《社会保险经办条例》第三十六条、第三十七条).
   */
  SIX_PAIRS,
  /**
   * The switch (I-21, the reading before December 2026): only the audit post with each of the other
   * three — three pairs — as the notice's sentence reads alone (POLICY-FACTS A-23).
   */
  AUDIT_ONLY
}
