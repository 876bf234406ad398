package io.github.cqui.core.control;

import static io.github.cqui.rules.control.DutyPost.AUDIT;
import static io.github.cqui.rules.control.DutyPost.BUSINESS_OPERATION;
import static io.github.cqui.rules.control.DutyPost.DATA_MANAGEMENT;
import static io.github.cqui.rules.control.DutyPost.FUND_FINANCE;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.ViolationGround;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pairs of posts one person may not hold at the same time under the readings of I-21
 * (渝人社办〔2025〕112号 四), each with the grounds that forbid it. Immutable and thread-safe.
 */
final class ForbiddenPostPairs {

  /**
   * The default: any two of the four posts (人社厅发〔2021〕64号, as 甘肃 细则 art 11 reads it:
   * 「业务运行岗位、基金财务岗位、 数据管理岗位、稽核内控岗位的人员不得相互兼任」; POLICY-FACTS §9.4).
   */
  static final ImmutableSortedSet<DutyPostPair> SIX_PAIRS =
      ImmutableSortedSet.of(
          DutyPostPair.of(AUDIT, BUSINESS_OPERATION),
          DutyPostPair.of(AUDIT, FUND_FINANCE),
          DutyPostPair.of(AUDIT, DATA_MANAGEMENT),
          DutyPostPair.of(BUSINESS_OPERATION, FUND_FINANCE),
          DutyPostPair.of(BUSINESS_OPERATION, DATA_MANAGEMENT),
          DutyPostPair.of(FUND_FINANCE, DATA_MANAGEMENT));

  /** The audit-only switch: the audit post with each of the other three (POLICY-FACTS A-23). */
  static final ImmutableSortedSet<DutyPostPair> AUDIT_ONLY =
      ImmutableSortedSet.of(
          DutyPostPair.of(AUDIT, BUSINESS_OPERATION),
          DutyPostPair.of(AUDIT, FUND_FINANCE),
          DutyPostPair.of(AUDIT, DATA_MANAGEMENT));

  private ForbiddenPostPairs() {}

  /**
   * The pairs of a reading.
   *
   * @param reading the reading
   * @return its pairs
   */
  static ImmutableSortedSet<DutyPostPair> of(SegregationReading reading) {
    return switch (reading) {
      case SIX_PAIRS -> SIX_PAIRS;
      case AUDIT_ONLY -> AUDIT_ONLY;
    };
  }

  /**
   * The ground a reading gives its pairs.
   *
   * @param reading the reading
   * @return {@link ViolationGround#SIX_PAIRS} or {@link ViolationGround#AUDIT_ONLY}
   */
  static ViolationGround ground(SegregationReading reading) {
    return switch (reading) {
      case SIX_PAIRS -> ViolationGround.SIX_PAIRS;
      case AUDIT_ONLY -> ViolationGround.AUDIT_ONLY;
    };
  }

  /**
   * Every forbidden pair under the switches, with its grounds in {@link ViolationGround} order: the
   * reading's pairs, then the extra pairs.
   *
   * @param switches the interpretation switches
   * @return the pairs, ordered, each with its grounds
   */
  static ImmutableSortedMap<DutyPostPair, List<ViolationGround>> under(
      InterpretationSwitches switches) {
    Map<DutyPostPair, List<ViolationGround>> pairs = new TreeMap<>();
    for (DutyPostPair pair : of(switches.segregationReading())) {
      pairs
          .computeIfAbsent(pair, p -> new ArrayList<>())
          .add(ground(switches.segregationReading()));
    }
    for (DutyPostPair pair : switches.extraForbiddenPairs()) {
      pairs.computeIfAbsent(pair, p -> new ArrayList<>()).add(ViolationGround.EXTRA_PAIR);
    }
    ImmutableSortedMap.Builder<DutyPostPair, List<ViolationGround>> result =
        ImmutableSortedMap.naturalOrder();
    pairs.forEach((pair, grounds) -> result.put(pair, List.copyOf(grounds)));
    return result.build();
  }
}
