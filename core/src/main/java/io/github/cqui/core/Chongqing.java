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
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.List;
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
 * <p><b>Years without a holiday notice</b> (INTERPRETATIONS I-5). The switches choose the
 * calendar's coverage mode. In the default {@link CoverageMode#STRICT} mode a result that is a
 * single date needing such a year is refused ({@link io.github.cqui.rules.RuleContextException},
 * naming the year, the last notice and the remedies), and a result with other parts answers them
 * and reports only that part as {@link io.github.cqui.rules.Pending pending}. In the {@link
 * CoverageMode#PROVISIONAL} mode the years after the last notice are answered from the statutory
 * holidays of 《全国年节及纪念日放假办法》 in force (国务院令第795号 from 2025, 第二条) and weekends, and every result
 * that depends on them says so ({@code provisionalYears()}, {@code isProvisional()}, and an
 * explanation step citing the article):
 *
 * <pre>{@code
 * Chongqing provisional = Chongqing.rules().withSwitches(s -> s.coverageMode(CoverageMode.PROVISIONAL));
 * ReviewDeadline review = provisional.deadlines()
 *     .reviewDeadline(ReviewRequest.of(LocalDate.of(2026, 12, 28)));
 * review.lastDay();                                  // 2027-01-07, provisional
 * review.provisionalYears();                         // [2027 provisional: 国务院令第795号 第二条, …]
 * }</pre>
 *
 * <p>Published beats provisional: once the year's notice is loaded, {@link #revise(ReviewDeadline)}
 * (and its overloads) gives each earlier answer again and whether it changed ({@link Revision}).
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
      WorkingDayCalendar given, PolicyEditions editions, InterpretationSwitches switches) {
    // I-5: the switches choose the calendar's coverage mode
    WorkingDayCalendar calendar = given.withCoverageMode(switches.coverageMode());
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
   * policy editions and interpretation switches. The switches' coverage mode (I-5) is the
   * calendar's: {@code calendar.withCoverageMode(switches.coverageMode())} is the calendar of the
   * rules ({@link #calendar()}).
   *
   * @param calendar the working-day calendar the deadlines, notice periods and recovery dates are
   *     counted on; its coverage mode is replaced by the switches'
   * @param editions the policy editions the rules take their parameters from, chosen by date, for
   *     example {@link #bundledEditions()} extended with a new one
   * @param switches the interpretation switches, {@link InterpretationSwitches#defaults()} or a
   *     changed copy; their coverage mode is the calendar's
   * @return the rules
   * @throws io.github.cqui.calendar.CalendarDataException if the switches ask for the provisional
   *     mode of a calendar whose last notice year is before 2013 (no earlier 放假办法 is projected)
   */
  public static Chongqing rules(
      WorkingDayCalendar calendar, PolicyEditions editions, InterpretationSwitches switches) {
    Checks.requireNonNull("calendar", calendar);
    Checks.requireNonNull("editions", editions);
    Checks.requireNonNull("switches", switches);
    return new Chongqing(calendar, editions, switches);
  }

  /**
   * These rules on another calendar, with the same editions and switches (whose coverage mode the
   * calendar takes): e.g. once a year's holiday notice is published, {@code
   * rules.withCalendar(rules.calendar().withScheduleFiles(path))}, whose answers for that year are
   * published, not provisional (I-5); see {@link #revise(ReviewDeadline)}.
   *
   * @param calendar the calendar
   * @return the rules on it; these rules are unchanged
   */
  public Chongqing withCalendar(WorkingDayCalendar calendar) {
    Checks.requireNonNull("calendar", calendar);
    return new Chongqing(calendar, editions, switches);
  }

  /**
   * The review deadline these rules give for the earlier review's request, and whether its dates
   * (deemed receipt, clock start, last day) changed: e.g. a provisional deadline (I-5) revised once
   * the year's notice is loaded.
   *
   * @param earlier a review deadline from any rules
   * @return the revision
   * @throws io.github.cqui.rules.RuleContextException if these rules cannot answer it (a year still
   *     without its notice, in the strict mode)
   */
  public Revision<ReviewDeadline> revise(ReviewDeadline earlier) {
    Checks.requireNonNull("earlier", earlier);
    return Revision.of(
        earlier,
        deadlines.reviewDeadline(earlier.request()),
        r -> List.of(r.deemedReceipt(), r.clockStart(), r.lastDay()));
  }

  /**
   * The report deadline these rules give for the earlier deadline's event, and whether its last day
   * changed (I-5).
   *
   * @param earlier a report deadline from any rules
   * @return the revision
   * @throws io.github.cqui.rules.RuleContextException if these rules cannot answer it
   */
  public Revision<ReportDeadline> revise(ReportDeadline earlier) {
    Checks.requireNonNull("earlier", earlier);
    return Revision.of(earlier, deadlines.reportDeadline(earlier.event()), ReportDeadline::lastDay);
  }

  /**
   * The public notice these rules give for the earlier notice's publication, and whether its last
   * day changed (I-5, I-20).
   *
   * @param earlier a public notice from any rules
   * @return the revision
   * @throws io.github.cqui.rules.RuleContextException if these rules cannot answer it
   */
  public Revision<PublicNoticePeriod> revise(PublicNoticePeriod earlier) {
    Checks.requireNonNull("earlier", earlier);
    return Revision.of(
        earlier, notices.publicNotice(earlier.publishedOn()), PublicNoticePeriod::lastDay);
  }

  /**
   * The enforcement timeline these rules give for the earlier timeline's request, and whether its
   * dates changed: the 复议 and 诉讼 deadlines and the court window, a pending window that is now
   * answered included (I-5, I-17).
   *
   * @param earlier a timeline from any rules
   * @return the revision
   * @throws io.github.cqui.rules.RuleContextException if these rules cannot answer it
   */
  public Revision<EnforcementTimeline> revise(EnforcementTimeline earlier) {
    Checks.requireNonNull("earlier", earlier);
    return Revision.of(
        earlier,
        recovery.enforcementTimeline(earlier.request()),
        t ->
            List.of(
                t.reconsiderationDeadline(),
                t.litigationDeadline(),
                t.earliestCourtApplication(),
                t.latestCourtApplication()));
  }

  /**
   * These rules with some interpretation switches changed, on the same calendar and editions: e.g.
   * {@code Chongqing.rules().withSwitches(s -> s.deductionCapPercent(50))} for a deduction of at
   * most 50 % of each later payment (I-16), or {@code withSwitches(s ->
   * s.officeHoursCutoff(LocalTime.of(17, 30)))} (I-1), or {@code withSwitches(s ->
   * s.coverageMode(CoverageMode.PROVISIONAL))} for provisional answers in years whose holiday
   * notice is not yet published (I-5). The builder passed to {@code change} holds these rules'
   * switches ({@code InterpretationSwitches.builder().from(switches())}): an option it does not set
   * keeps its value, and a set option such as {@code stopInEventMonth} is added to with {@code
   * add…} and replaced with its plain setter.
   *
   * @param change sets the options to change
   * @return the rules with the changed switches; these rules are unchanged
   * @throws InvalidInputException naming the option if a value is out of range
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
