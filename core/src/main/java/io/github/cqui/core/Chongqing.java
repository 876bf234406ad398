package io.github.cqui.core;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.benefit.ChongqingBenefitRules;
import io.github.cqui.core.benefit.ChongqingEntitlementRules;
import io.github.cqui.core.control.ChongqingControlRules;
import io.github.cqui.core.deadline.ChongqingDeadlineRules;
import io.github.cqui.core.edition.ChongqingEditions;
import io.github.cqui.core.notice.ChongqingNoticeRules;
import io.github.cqui.core.premium.ChongqingPremiumRules;
import io.github.cqui.core.recovery.ChongqingRecoveryRules;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.function.Consumer;

/**
 * The entry point to the Chongqing rules: 渝人社办〔2025〕112号 (in force 2025-08-01) and the laws it
 * rests on, on a working-day calendar, policy editions and interpretation switches.
 *
 * <pre>{@code
 * ReviewDeadline review = Chongqing.rules().deadlines()
 *     .reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
 * review.lastDay();                                  // 2025-10-11
 * System.out.println(review.explanation().render(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>The interpretation switches of INTERPRETATIONS.md change in one call, the other options
 * keeping their values:
 *
 * <pre>{@code
 * Chongqing halfCap = Chongqing.rules().withSwitches(s -> s.deductionCapPercent(50));   // I-16
 * }</pre>
 *
 * <p>Immutable and thread-safe; the rules are pure functions with no clock and no I/O.
 */
public final class Chongqing implements CquiRules {

  private final WorkingDayCalendar calendar;
  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final DeadlineRules deadlines;
  private final NoticeRules notices;
  private final RecoveryRules recovery;
  private final BenefitRules benefits;
  private final EntitlementRules entitlements;
  private final ControlRules controls;
  private final PremiumRules premium;

  private Chongqing(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    if (switches.coverageMode() != CoverageMode.STRICT) {
      // refused rather than ignored: the rules would answer strictly while the switches recorded
      // on every result said provisional
      throw InvalidInputException.of(
          "coverageMode",
          switches.coverageMode(),
          "the provisional coverage mode of I-5 is not implemented by these rules; only STRICT is");
    }
    this.calendar = calendar;
    this.editions = editions;
    this.switches = switches;
    this.deadlines = new ChongqingDeadlineRules(calendar, editions, switches);
    this.notices = new ChongqingNoticeRules(calendar, editions, switches);
    this.benefits = new ChongqingBenefitRules(editions, switches, deadlines);
    this.recovery = new ChongqingRecoveryRules(calendar, editions, benefits, switches);
    this.entitlements = new ChongqingEntitlementRules(editions, switches);
    this.controls = new ChongqingControlRules(editions, switches, benefits, deadlines);
    this.premium = new ChongqingPremiumRules(benefits, switches);
  }

  /**
   * The Chongqing rules on the bundled calendar ({@link WorkingDayCalendar#chongqing()}), the
   * bundled policy editions ({@link #bundledEditions()}) and the default interpretation switches
   * ({@link InterpretationSwitches#defaults()}).
   *
   * @return the rules, the same instance on every call
   */
  public static Chongqing rules() {
    return Bundled.RULES;
  }

  /**
   * The Chongqing rules on your own calendar (a new year, a revised notice, local rest days),
   * policy editions and interpretation switches.
   *
   * @return the rules
   * @throws InvalidInputException if the switches ask for the provisional coverage mode (I-5),
   *     which these rules do not implement: a date in a year whose holiday notice is not loaded is
   *     an error
   */
  public static Chongqing rules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    Checks.requireNonNull("calendar", calendar);
    Checks.requireNonNull("editions", editions);
    Checks.requireNonNull("switches", switches);
    return new Chongqing(calendar, editions, switches);
  }

  /**
   * These rules with some interpretation switches changed, on the same calendar and editions: e.g.
   * {@code Chongqing.rules().withSwitches(s -> s.deductionCapPercent(50))} for a deduction of at
   * most 50 % of each later payment (I-16), or {@code withSwitches(s ->
   * s.officeHoursCutoff(LocalTime.of(17, 30)))} (I-1). The builder passed to {@code change} holds
   * these rules' switches ({@code InterpretationSwitches.builder().from(switches())}): an option it
   * does not set keeps its value, and a set option such as {@code stopInEventMonth} is added to
   * with {@code add…} and replaced with its plain setter.
   *
   * @param change sets the options to change
   * @return the rules with the changed switches; these rules are unchanged
   * @throws InvalidInputException naming the option if a value is out of range, or if the change
   *     asks for the provisional coverage mode (I-5), which these rules do not implement
   */
  public Chongqing withSwitches(Consumer<InterpretationSwitches.Builder> change) {
    Checks.requireNonNull("change", change);
    InterpretationSwitches.Builder changed = InterpretationSwitches.builder();
    changed.from(switches);
    change.accept(changed);
    return new Chongqing(calendar, editions, changed.build());
  }

  /**
   * Chongqing's bundled policy editions: 2023-12-01 (《社会保险经办条例》) and 2025-08-01 (渝人社办〔2025〕112号),
   * every parameter dated and cited; the editions of {@link #rules()}. Extend them with {@link
   * PolicyEditions#with(io.github.cqui.rules.edition.PolicyEdition)} for {@link
   * #rules(WorkingDayCalendar, PolicyEditions, InterpretationSwitches)}.
   *
   * @return the editions, the same instance on every call
   */
  public static PolicyEditions bundledEditions() {
    return ChongqingEditions.bundled();
  }

  @Override
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  @Override
  public PolicyEditions editions() {
    return editions;
  }

  @Override
  public InterpretationSwitches switches() {
    return switches;
  }

  @Override
  public DeadlineRules deadlines() {
    return deadlines;
  }

  @Override
  public NoticeRules notices() {
    return notices;
  }

  @Override
  public RecoveryRules recovery() {
    return recovery;
  }

  @Override
  public BenefitRules benefits() {
    return benefits;
  }

  @Override
  public EntitlementRules entitlements() {
    return entitlements;
  }

  @Override
  public ControlRules controls() {
    return controls;
  }

  @Override
  public PremiumRules premium() {
    return premium;
  }

  /** The bundled rules, built on first use. */
  private static final class Bundled {
    static final Chongqing RULES =
        new Chongqing(
            WorkingDayCalendar.chongqing(),
            ChongqingEditions.bundled(),
            InterpretationSwitches.defaults());
  }
}
