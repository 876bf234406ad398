package io.github.cqui.rules.edition;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEdition;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of the policy in force from one date until the next edition: review working days,
 * report working days, notice days, the short-contribution threshold and the combined-months cap,
 * each a {@link PolicyParameter} with its date and source.
 *
 * <p>A parameter that no rule in force set on {@link #effectiveFrom()} is absent: the 30-day notice
 * and the short-contribution threshold begin with 渝人社办〔2025〕112号 on 2025-08-01, so an edition
 * before that has neither, and a rule that needs one reports {@link
 * io.github.cqui.rules.NoEditionInForceException} through {@link PolicyEditions#parameterOn}.
 *
 * <p>The duration table is not an edition parameter: both tables are law, and which one applies is
 * a reading, chosen by {@link io.github.cqui.rules.ruleset.InterpretationSwitches#durationTable()}
 * (I-23).
 *
 * <p>Build your own with {@link #builder()}, or change one parameter of a bundled edition with the
 * generated {@code with…} methods, e.g. {@code
 * ImmutablePolicyEdition.copyOf(edition).withEffectiveFrom(…).withReviewWorkingDays(…)}. Checked on
 * construction: every parameter's value is positive and its {@code since} date is not after {@link
 * #effectiveFrom()}.
 *
 * <p>JSON: the properties in the order of the accessors below, absent parameters omitted; an
 * unknown property is rejected. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PolicyEdition {

  /** For the generated implementation only. */
  protected PolicyEdition() {}

  /**
   * A builder for a policy edition.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a policy edition: the generated setters, {@code from} and {@code build()}, which checks
   * the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing or
   * invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutablePolicyEdition.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * The first day this edition is in force; it stays in force until the next edition's.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The instrument that brought this edition into force.
   *
   * @return e.g. {@code 渝人社办〔2025〕112号}
   */
  public abstract Citation source();

  /**
   * The working days within which a benefit claim must be reviewed, counted from the day after
   * receipt (I-1): 10 under 《社会保险经办条例》 art 24, 7 under 渝人社办〔2025〕112号 一(二).
   *
   * @return the parameter
   */
  public abstract PolicyParameter<Integer> reviewWorkingDays();

  /**
   * The working days within which a stop event must be reported: 20 under 《社会保险经办条例》 art 25 and
   * 渝人社办〔2025〕112号 一(五).
   *
   * @return the parameter
   */
  public abstract PolicyParameter<Integer> reportWorkingDays();

  /**
   * The minimum calendar days of the 稳岗返还 public notice: 30 under 渝人社办〔2025〕112号 二(一) (I-20).
   *
   * @return the parameter; empty before the notice
   */
  public abstract Optional<PolicyParameter<Integer>> noticeCalendarDays();

  /**
   * The months of the last contribution spell below which a claim is high risk: 4 under
   * 渝人社办〔2025〕112号 三(一) (「不足4个月」, I-19).
   *
   * @return the parameter; empty before the notice
   */
  public abstract Optional<PolicyParameter<Integer>> shortContributionThresholdMonths();

  /**
   * The most months a claim may give when unused months of an earlier claim are added: 24 under
   * 《重庆市失业保险条例》 art 24 and 《中华人民共和国社会保险法》 art 46.
   *
   * @return the parameter
   */
  public abstract PolicyParameter<Integer> combinedMonthsCap();

  /**
   * The calendar days to apply for 复议 of a decision, from its service: 60 under 《中华人民共和国行政复议法》
   * (I-17).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> reconsiderationDays();

  /**
   * The months to sue over a decision that stated the person's rights: 6 under 《中华人民共和国行政诉讼法》 art
   * 46 (I-17).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> litigationMonths();

  /**
   * The longest time to sue over a decision that did not state the rights: one year (12 months)
   * under 法释〔2018〕1号 art 64 (I-17).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> litigationMonthsRightsNotStated();

  /**
   * The months after the 诉讼 period within which enforcement is applied for in court: 3 under
   * 法释〔2018〕1号 art 156 and 《中华人民共和国行政强制法》 art 53 (I-17).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> courtApplicationMonths();

  /**
   * The working days after a 催告书 is served before a court application: 10 under 《中华人民共和国行政强制法》 arts
   * 54 and 69 (I-17).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> reminderWorkingDays();

  /**
   * The consecutive months without a verification after which payment is suspended: 2 under
   * 渝人社办〔2025〕112号 一(四). A month counts as missed only under an edition that sets it (I-18).
   *
   * @return the parameter; empty before the notice
   */
  public abstract Optional<PolicyParameter<Integer>> suspensionAfterMissedMonths();

  /**
   * The months before statutory retirement age within which a person whose entitlement runs out is
   * paid on up to that age: 12 (「距法定退休年龄不足1年」) under 人社部发〔2020〕40号 (I-11).
   *
   * @return the parameter; empty when the edition does not set it
   */
  public abstract Optional<PolicyParameter<Integer>> nearRetirementWindowMonths();

  /**
   * The parameter of a key.
   *
   * @param <T> the type of the value
   * @param key the parameter's key
   * @return the parameter; empty when this edition does not set it
   */
  public <T> Optional<PolicyParameter<T>> parameter(ParameterKey<T> key) {
    Checks.requireNonNull("key", key);
    return key.in(this);
  }

  /**
   * Checks every parameter the edition sets; called by the generated implementation when the
   * edition is built.
   *
   * @throws InvalidInputException naming {@code <parameter>.value} if a whole-number parameter is
   *     not positive, or {@code <parameter>.since} if a parameter is in force only after the
   *     edition's {@link #effectiveFrom()}
   */
  @Value.Check
  protected void check() {
    for (ParameterKey<?> key : ParameterKey.all()) {
      Optional<? extends PolicyParameter<?>> parameter = key.in(this);
      if (parameter.isPresent()) {
        checkParameter(key.name(), parameter.get());
      }
    }
  }

  private void checkParameter(String name, PolicyParameter<?> parameter) {
    if (parameter.value() instanceof Integer value && value <= 0) {
      throw InvalidInputException.of(name + ".value", value, "must be positive");
    }
    if (parameter.since().isAfter(effectiveFrom())) {
      throw InvalidInputException.of(
          name + ".since",
          parameter.since(),
          "must not be after the edition's effectiveFrom (" + effectiveFrom() + ")");
    }
  }
}
