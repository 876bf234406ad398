package io.github.cqui.rules.control;

/**
 * The evidence of a genuine employment relationship that the agency guides a person with a short
 * contribution record to provide (渝人社办〔2025〕112号 三(一): 「指导失业人员提供劳动合同、工资流水及其他可证明真实劳动关系的材料」). The
 * request is guidance, within 《社会保险经办条例》第三十一条 (POLICY-FACTS §9.5).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum EvidenceKind {
  /** 劳动合同: the labour contract. */
  LABOUR_CONTRACT("劳动合同"),
  /** 工资流水: the record of wage payments. */
  WAGE_STATEMENTS("工资流水"),
  /** 其他可证明真实劳动关系的材料: other material proving a genuine employment relationship. */
  OTHER_PROOF_OF_EMPLOYMENT("其他可证明真实劳动关系的材料");

  private final String chineseName;

  EvidenceKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The evidence as the notice names it.
   *
   * @return e.g. {@code 劳动合同}
   */
  public String chineseName() {
    return chineseName;
  }
}
