package io.github.cqui.rules.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlementRequest;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What the months of entitlement of a claim depend on (《重庆市失业保险条例》第二十四条; 《中华人民共和国社会保险法》第四十六条): the
 * 失业登记 date, the cumulative months of paid contribution, and the unused months of an earlier claim.
 *
 * <p>JSON: {@code
 * {"registrationDate":"2025-09-01","contributionMonths":50,"unusedMonthsOfEarlierClaim":4}}; a
 * missing {@code unusedMonthsOfEarlierClaim} reads as 0; an unknown property or a negative count is
 * rejected naming the property. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EntitlementRequest {

  /** For the generated implementation only. */
  protected EntitlementRequest() {}

  /**
   * The 失业登记 (unemployment registration) date. It chooses the policy edition whose combined-months
   * cap applies.
   *
   * @return the registration date
   */
  public abstract LocalDate registrationDate();

  /**
   * The cumulative months of paid unemployment-insurance contribution before this unemployment,
   * employer and person together (「所在单位和本人累计缴纳失业保险费的时间」, 《重庆市失业保险条例》第二十四条), 视同缴费 months included
   * (《失业保险金申领发放办法》第十五条, [SECONDARY]). After an earlier claim the count starts again at
   * re-employment (「缴费的时间重新计算」, 条例 第二十四条第二款): months already counted for the earlier claim are not
   * counted again.
   *
   * @return the months, at least 0
   */
  public abstract int contributionMonths();

  /**
   * The months of an earlier claim that were due but not received (「前次失业应领取而尚未领取失业保险金的期限」,
   * 《重庆市失业保险条例》第二十四条第二款; 《中华人民共和国社会保险法》第四十六条).
   *
   * @return the months, at least 0; 0 by default (no earlier claim)
   */
  @Value.Default
  public int unusedMonthsOfEarlierClaim() {
    return 0;
  }

  /**
   * A first claim: no unused months of an earlier one.
   *
   * @param registrationDate the 失业登记 date
   * @param contributionMonths the cumulative months of paid contribution, at least 0
   * @return the request
   * @throws InvalidInputException naming {@code contributionMonths} if it is negative
   */
  public static EntitlementRequest of(LocalDate registrationDate, int contributionMonths) {
    return ImmutableEntitlementRequest.builder()
        .registrationDate(registrationDate)
        .contributionMonths(contributionMonths)
        .build();
  }

  /**
   * A claim after an earlier one with unused months.
   *
   * @param registrationDate the 失业登记 date
   * @param contributionMonths the months of paid contribution since re-employment, at least 0
   * @param unusedMonthsOfEarlierClaim the unused months of the earlier claim, at least 0
   * @return the request
   * @throws InvalidInputException naming the field if a count is negative
   */
  public static EntitlementRequest of(
      LocalDate registrationDate, int contributionMonths, int unusedMonthsOfEarlierClaim) {
    return ImmutableEntitlementRequest.builder()
        .registrationDate(registrationDate)
        .contributionMonths(contributionMonths)
        .unusedMonthsOfEarlierClaim(unusedMonthsOfEarlierClaim)
        .build();
  }

  /**
   * Checks the counts; called by the generated implementation when the request is built.
   *
   * @throws InvalidInputException naming {@code contributionMonths} or {@code
   *     unusedMonthsOfEarlierClaim} if it is negative
   */
  @Value.Check
  protected void check() {
    Checks.requireNonNegative("contributionMonths", contributionMonths());
    Checks.requireNonNegative("unusedMonthsOfEarlierClaim", unusedMonthsOfEarlierClaim());
  }

  /**
   * A builder for an entitlement request.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an entitlement request: the generated setters, {@code from} and {@code build()}, which
   * checks the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing
   * or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableEntitlementRequest.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }
}
