package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutableDutyPostPair;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import org.immutables.value.Value;

/**
 * Two different posts that one person may not hold at the same time (I-21). The pair is unordered:
 * it is stored with the post declared first in {@link DutyPost} as {@link #first()}, so {@code
 * of(FUND_FINANCE, AUDIT)} equals {@code of(AUDIT, FUND_FINANCE)}.
 *
 * <p>Which pairs are forbidden is a reading of 渝人社办〔2025〕112号 四 (I-21) and belongs to the
 * implementation (Chongqing's in {@code cqui-core}).
 *
 * <p>JSON: {@code {"first":"AUDIT","second":"FUND_FINANCE"}}; an unknown property is rejected.
 * Ordered by {@link #first()}, then {@link #second()}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class DutyPostPair implements Comparable<DutyPostPair> {

  /** For the generated implementation only. */
  protected DutyPostPair() {}

  /**
   * The post declared earlier in {@link DutyPost}.
   *
   * @return the first post
   */
  public abstract DutyPost first();

  /**
   * The post declared later in {@link DutyPost}.
   *
   * @return the second post
   */
  public abstract DutyPost second();

  /**
   * The pair of two different posts, in either order.
   *
   * @param one a post
   * @param other another post
   * @return the pair
   * @throws InvalidInputException if the posts are the same
   */
  public static DutyPostPair of(DutyPost one, DutyPost other) {
    Checks.requireNonNull("one", one);
    Checks.requireNonNull("other", other);
    return ImmutableDutyPostPair.builder().first(one).second(other).build();
  }

  /**
   * Checks that the posts differ and puts them in the order of {@link DutyPost}; called by the
   * generated implementation when the pair is built.
   *
   * @return this pair when its posts are already in that order, otherwise the pair with the two
   *     posts swapped
   * @throws InvalidInputException if the two posts are the same
   */
  @Value.Check
  protected DutyPostPair normalize() {
    if (first() == second()) {
      throw InvalidInputException.of(
          "second", second(), "must differ from first (" + first() + ")");
    }
    if (first().compareTo(second()) < 0) {
      return this;
    }
    return ImmutableDutyPostPair.builder().first(second()).second(first()).build();
  }

  /**
   * Orders pairs by their first post, then their second, in {@link DutyPost} order.
   *
   * @param other the pair to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DutyPostPair other) {
    int byFirst = first().compareTo(other.first());
    return byFirst != 0 ? byFirst : second().compareTo(other.second());
  }

  /**
   * The pair as {@code FIRST+SECOND}, e.g. {@code AUDIT+FUND_FINANCE}.
   *
   * @return the rendering
   */
  @Override
  public String toString() {
    return first() + "+" + second();
  }
}
