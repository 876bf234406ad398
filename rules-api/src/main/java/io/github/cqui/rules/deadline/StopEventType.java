package io.github.cqui.rules.deadline;

/**
 * The events that stop unemployment benefit (停止领取失业保险金的情形): the items of 《重庆市失业保险条例》 art 20 and
 * 《中华人民共和国社会保险法》 art 51, plus death and the 病残津贴 exclusion of 渝人社办〔2025〕112号 一(五).
 *
 * <p>By default the month of the event is paid and payment stops from the next month (I-14); the
 * switch {@link io.github.cqui.rules.ruleset.InterpretationSwitches#stopInEventMonth()} makes
 * payment stop in the event month for chosen types. 条例 art 20(6) (sixty days without reporting) is
 * not a constant here: by default it is not applied (I-6).
 *
 * <p>The clauses that make each type a stop event, cited in explanations, are a jurisdiction's data
 * and belong to its implementation (Chongqing's, with the items of 条例 art 20, in {@code
 * cqui-core}); the javadoc of each constant names them.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum StopEventType {
  /** 重新就业: re-employment. 条例 art 20(1); 社会保险法 art 51(1). */
  RE_EMPLOYMENT("重新就业"),
  /** 应征服兵役: called up for military service. 条例 art 20(2); 社会保险法 art 51(2). */
  MILITARY_SERVICE("应征服兵役"),
  /** 移居境外: emigration. 条例 art 20(3); 社会保险法 art 51(3). */
  EMIGRATION("移居境外"),
  /** 享受基本养老保险待遇: receiving a basic pension. 条例 art 20(4); 社会保险法 art 51(4); 112号 一(五). */
  PENSION("享受基本养老保险待遇"),
  /**
   * 达到法定退休年龄: reaching statutory retirement age; in the Chongqing list, not the national one. 条例
   * art 20(4); 112号 一(五). The month is governed by I-10 and I-11.
   */
  RETIREMENT_AGE("达到法定退休年龄"),
  /** 被判刑收监执行: imprisonment. 条例 art 20(5). */
  IMPRISONMENT("被判刑收监执行"),
  /**
   * 无正当理由拒不接受介绍的工作: refusing, without good reason, work introduced by the designated body. 条例 art
   * 20(7); 社会保险法 art 51(5).
   */
  REFUSAL_OF_WORK("无正当理由拒不接受介绍的工作"),
  /**
   * 死亡: death of the recipient; the month of death is paid in full (《失业保险金申领发放办法》 art 10,
   * [SECONDARY]). 社会保险法 art 49.
   */
  DEATH("死亡"),
  /**
   * 病残津贴: receiving the disability allowance, treated as a stop event (I-15). 112号 一(五); 社会保险法 art
   * 17.
   */
  DISABILITY_ALLOWANCE("享受病残津贴");

  private final String chineseName;

  StopEventType(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The event as the legal texts name it.
   *
   * @return e.g. {@code 重新就业}
   */
  public String chineseName() {
    return chineseName;
  }
}
