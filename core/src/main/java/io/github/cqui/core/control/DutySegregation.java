package io.github.cqui.core.control;

import com.google.common.collect.ImmutableSet;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;

/**
 * Which pairs of posts one person may not hold at the same time, acting roles included: the
 * segregation of duties of 渝人社办〔2025〕112号 四, 「严格落实"失业保险稽核岗与业务运行岗位、基金财务岗位、数据管理岗位的人员不得相互兼任"等规定」
 * (I-21; POLICY-FACTS A-23, §9.4).
 *
 * <p>Two readings:
 *
 * <ul>
 *   <li>the default since December 2026 ({@link #defaultForbiddenPairs()}): any two of the four
 *       posts, six pairs — the notice's 「等规定」 read with 《社会保险经办机构岗位权限管理办法》 (人社厅发〔2021〕64号), whose
 *       provincial rules make the four post types mutually incompatible;
 *   <li>the audit-only reading ({@link #auditOnlyForbiddenPairs()}): the notice's own words read
 *       alone forbid the audit post with each of the other three, three pairs — the default before
 *       December 2026.
 * </ul>
 *
 * <p>The audit-only reading needs a switch that the segregation-of-duties control adds; the
 * switches' {@code extraForbiddenPairs} add to either reading.
 *
 * <p>Immutable and thread-safe.
 */
public final class DutySegregation {

  private static final ImmutableSet<DutyPostPair> AUDIT_ONLY =
      ImmutableSet.of(
          DutyPostPair.of(DutyPost.AUDIT, DutyPost.BUSINESS_OPERATION),
          DutyPostPair.of(DutyPost.AUDIT, DutyPost.FUND_FINANCE),
          DutyPostPair.of(DutyPost.AUDIT, DutyPost.DATA_MANAGEMENT));

  private static final ImmutableSet<DutyPostPair> EVERY_PAIR = everyPair();

  private DutySegregation() {}

  /**
   * The pairs forbidden by default (I-21): every pair of two different posts, in {@link DutyPost}
   * order.
   *
   * @return the six pairs
   */
  public static ImmutableSet<DutyPostPair> defaultForbiddenPairs() {
    return EVERY_PAIR;
  }

  /**
   * The pairs the notice's own words forbid, read alone (the audit-only reading of I-21): audit
   * with business operation, with fund finance, and with data management.
   *
   * @return the three pairs
   */
  public static ImmutableSet<DutyPostPair> auditOnlyForbiddenPairs() {
    return AUDIT_ONLY;
  }

  private static ImmutableSet<DutyPostPair> everyPair() {
    ImmutableSet.Builder<DutyPostPair> pairs = ImmutableSet.builder();
    DutyPost[] posts = DutyPost.values();
    for (int i = 0; i < posts.length; i++) {
      for (int j = i + 1; j < posts.length; j++) {
        pairs.add(DutyPostPair.of(posts[i], posts[j]));
      }
    }
    return pairs.build();
  }
}
