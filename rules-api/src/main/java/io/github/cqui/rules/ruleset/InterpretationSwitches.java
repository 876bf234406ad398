package io.github.cqui.rules.ruleset;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.ruleset.internal.ImmutableInterpretationSwitches;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The reader's choices on the open questions of INTERPRETATIONS.md that have a switch. Every option
 * defaults to the row's default reading, which {@link #defaults()} returns; a default is a reading,
 * not a fact.
 *
 * <p>Results record the switches that shaped them: {@link #switchValues()} gives every option as
 * {@code name=value} by interpretation, {@link #differencesFromDefaults()} only those changed.
 *
 * <p>Build with {@link #builder()} (unset options keep their defaults), e.g. {@code
 * InterpretationSwitches.builder().deductionCapPercent(50).build()}, or change one option of
 * existing switches with a generated {@code with…} method, e.g. {@code
 * ImmutableInterpretationSwitches.copyOf(switches).withDeductionCapPercent(50)}.
 *
 * <p>JSON: the options in the order of the accessors below, empty options omitted; a missing option
 * takes its default, so {@code {}} reads as the defaults; an unknown property or a value out of
 * range is rejected. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class InterpretationSwitches {

  /** For the generated implementation only. */
  protected InterpretationSwitches() {}

  /**
   * The default readings of every row.
   *
   * @return the switches with every option at its default
   */
  public static InterpretationSwitches defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * A builder for interpretation switches.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds interpretation switches: the generated setters, {@code from} and {@code build()}, which
   * checks the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing
   * or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableInterpretationSwitches.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /** Holder, so that this class's initialization never waits for its generated subclass's. */
  private static final class Defaults {
    static final InterpretationSwitches INSTANCE =
        ImmutableInterpretationSwitches.builder().build();
  }

  /**
   * I-1 office-hours cut-off: a receipt at or after this time of day on a working day counts as
   * received on the next working day (民法典 art 203: 「有业务时间的，停止业务活动的时间为截止时间」; POLICY-FACTS A-2).
   * Minute precision; JSON as {@code "17:30"}.
   *
   * @return the cut-off; empty (the default) for no cut-off, the receipt's calendar date counts
   */
  public abstract Optional<LocalTime> officeHoursCutoff();

  /**
   * I-5 coverage mode: what to do with a date in a year whose holiday notice is not published.
   *
   * @return {@link CoverageMode#STRICT} by default
   */
  @Value.Default
  public CoverageMode coverageMode() {
    return CoverageMode.STRICT;
  }

  /**
   * I-6: whether 《重庆市失业保险条例》 art 20(6) (no report for sixty days without good reason stops benefit)
   * applies beside the notice's suspension after two missed verifications (渝人社办〔2025〕112号 一(四)).
   *
   * @return {@code false} by default: the notice governs from 2025-08-01 and art 20(6) is not
   *     applied
   */
  @Value.Default
  public boolean applyRegulationArticle20Item6() {
    return false;
  }

  /**
   * I-8 maximum suspension: the months of suspension after which the claim lapses.
   *
   * @return empty by default (no lapse; suspended months are deferred); otherwise at least 1
   */
  public abstract Optional<Integer> maximumSuspensionMonths();

  /**
   * I-9 entitlement start: the date whose month starts the entitlement.
   *
   * @return {@link EntitlementStart#REGISTRATION_DATE} by default (社会保险法 art 50)
   */
  @Value.Default
  public EntitlementStart entitlementStart() {
    return EntitlementStart.REGISTRATION_DATE;
  }

  /**
   * I-10 retirement month: whether the month in which statutory retirement age is reached is paid.
   *
   * @return {@link RetirementMonth#PAID} by default
   */
  @Value.Default
  public RetirementMonth retirementMonth() {
    return RetirementMonth.PAID;
  }

  /**
   * I-11 near-retirement extension: a person whose entitlement runs out within one year before
   * statutory retirement age is paid on up to it (人社部发〔2020〕40号; POLICY-FACTS §2.5).
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean nearRetirementExtension() {
    return true;
  }

  /**
   * I-12: whether the medical premium (渝人社办〔2025〕112号 一(三)) is paid for suspended months.
   *
   * @return {@code false} by default: only for months in which benefit is paid
   */
  @Value.Default
  public boolean premiumInSuspendedMonths() {
    return false;
  }

  /**
   * I-14 stop in the event month: the stop-event types for which payment stops in the month of the
   * event instead of the month after.
   *
   * @return the types, in declaration order; empty by default (the event month is paid for every
   *     type)
   */
  @Value.NaturalOrder
  public abstract SortedSet<StopEventType> stopInEventMonth();

  /**
   * I-16 deduction cap: the largest share of each later unemployment-benefit payment that may be
   * deducted to recover an overpayment (渝人社办〔2025〕112号 三(四)).
   *
   * @return a percentage from 1 to 100; 100 by default
   */
  @Value.Default
  public int deductionCapPercent() {
    return 100;
  }

  /**
   * I-19: whether months paid by 补缴 (back-payment) count in the last contribution spell of the
   * short-contribution check (渝人社办〔2025〕112号 三(一)).
   *
   * @return {@code false} by default: 补缴 months do not count
   */
  @Value.Default
  public boolean countBackPaidMonths() {
    return false;
  }

  /**
   * I-20 roll-forward: whether a 稳岗返还 notice period whose day 30 is a rest day ends on the next
   * working day (民法典 art 203).
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean noticeRollForward() {
    return true;
  }

  /**
   * I-21 extra forbidden pairs: pairs of posts forbidden to one person in addition to those of the
   * reading ({@link #segregationReading()}).
   *
   * @return the extra pairs, ordered; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedSet<DutyPostPair> extraForbiddenPairs();

  /**
   * I-21 cooling-off period: how long after leaving a post a person still counts as holding it for
   * the segregation-of-duties check. JSON as an ISO-8601 period, e.g. {@code "P6M"}.
   *
   * @return the period; empty by default (the check is point-in-time); otherwise positive
   */
  public abstract Optional<Period> coolingOffPeriod();

  /**
   * I-23 duration table: which table turns years of contribution into months of benefit.
   *
   * @return {@link DurationTable#CHONGQING_REGULATION} by default
   */
  @Value.Default
  public DurationTable durationTable() {
    return DurationTable.CHONGQING_REGULATION;
  }

  /**
   * I-21 reading: which pairs of the four posts of 渝人社办〔2025〕112号 四 one person may not hold at the
   * same time. Changed December 2026: the default now follows 人社厅发〔2021〕64号 (POLICY-FACTS §9.4).
   *
   * @return {@link SegregationReading#SIX_PAIRS} by default (any two of the four posts); {@link
   *     SegregationReading#AUDIT_ONLY} for the audit post with each of the other three only
   */
  @Value.Default
  public SegregationReading segregationReading() {
    return SegregationReading.SIX_PAIRS;
  }

  /**
   * Checks the options that take a value; called by the generated implementation when the switches
   * are built.
   *
   * @throws InvalidInputException if the office-hours cut-off is not a whole minute, the maximum
   *     suspension is not positive, the deduction cap is not from 1 to 100 percent, or the
   *     cooling-off period is zero or has a negative part
   */
  @Value.Check
  protected void check() {
    officeHoursCutoff()
        .ifPresent(
            t -> {
              if (t.getSecond() != 0 || t.getNano() != 0) {
                throw InvalidInputException.of(
                    "officeHoursCutoff", t, "must be a whole minute, e.g. 17:30");
              }
            });
    maximumSuspensionMonths().ifPresent(m -> Checks.requirePositive("maximumSuspensionMonths", m));
    Checks.requireInRange("deductionCapPercent", deductionCapPercent(), 1, 100);
    coolingOffPeriod()
        .ifPresent(
            p -> {
              if (p.isNegative() || p.isZero()) {
                throw InvalidInputException.of("coolingOffPeriod", p, "must be positive");
              }
            });
  }

  /**
   * Every option, as {@code name=value} by the interpretation it belongs to, in interpretation
   * order: e.g. {@code I-1 -> officeHoursCutoff=off}, {@code I-16 -> deductionCapPercent=100}. The
   * three options of I-21 share one entry, separated by {@code "; "}. Empty options render as
   * {@code off}.
   *
   * @return the switch values, for a result's record
   */
  public ImmutableMap<Interpretation, String> switchValues() {
    return ImmutableMap.<Interpretation, String>builder()
        .put(Interpretation.I_1, "officeHoursCutoff=" + render(officeHoursCutoff()))
        .put(Interpretation.I_5, "coverageMode=" + coverageMode())
        .put(Interpretation.I_6, "applyRegulationArticle20Item6=" + applyRegulationArticle20Item6())
        .put(Interpretation.I_8, "maximumSuspensionMonths=" + render(maximumSuspensionMonths()))
        .put(Interpretation.I_9, "entitlementStart=" + entitlementStart())
        .put(Interpretation.I_10, "retirementMonth=" + retirementMonth())
        .put(Interpretation.I_11, "nearRetirementExtension=" + nearRetirementExtension())
        .put(Interpretation.I_12, "premiumInSuspendedMonths=" + premiumInSuspendedMonths())
        .put(Interpretation.I_14, "stopInEventMonth=" + stopInEventMonth())
        .put(Interpretation.I_16, "deductionCapPercent=" + deductionCapPercent())
        .put(Interpretation.I_19, "countBackPaidMonths=" + countBackPaidMonths())
        .put(Interpretation.I_20, "noticeRollForward=" + noticeRollForward())
        .put(
            Interpretation.I_21,
            "extraForbiddenPairs="
                + extraForbiddenPairs()
                + "; coolingOffPeriod="
                + render(coolingOffPeriod())
                + "; segregationReading="
                + segregationReading())
        .put(Interpretation.I_23, "durationTable=" + durationTable())
        .buildOrThrow();
  }

  /**
   * The entries of {@link #switchValues()} that differ from {@link #defaults()}'s.
   *
   * @return the changed switches; empty for the defaults
   */
  public ImmutableMap<Interpretation, String> differencesFromDefaults() {
    Map<Interpretation, String> defaults = defaults().switchValues();
    ImmutableMap.Builder<Interpretation, String> changed = ImmutableMap.builder();
    switchValues()
        .forEach(
            (interpretation, value) -> {
              if (!value.equals(defaults.get(interpretation))) {
                changed.put(interpretation, value);
              }
            });
    return changed.buildOrThrow();
  }

  private static String render(Optional<?> option) {
    return option.map(String::valueOf).orElse("off");
  }
}
