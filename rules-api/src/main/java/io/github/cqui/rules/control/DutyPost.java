package io.github.cqui.rules.control;

/**
 * The posts named by the segregation-of-duties rule of 渝人社办〔2025〕112号 四: 「失业保险稽核岗与业务运行岗位、基金财务岗位、
 * 数据管理岗位的人员不得相互兼任」. Which {@link DutyPostPair pairs} one person may not hold is a reading of that
 * clause (I-21), made by the implementation.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum DutyPost {
  /** 稽核岗: audit. */
  AUDIT("稽核岗"),
  /** 业务运行岗位: business operation. */
  BUSINESS_OPERATION("业务运行岗位"),
  /** 基金财务岗位: fund finance. */
  FUND_FINANCE("基金财务岗位"),
  /** 数据管理岗位: data management. */
  DATA_MANAGEMENT("数据管理岗位");

  private final String chineseName;

  DutyPost(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The post as the notice names it.
   *
   * @return e.g. {@code 稽核岗}
   */
  public String chineseName() {
    return chineseName;
  }
}
