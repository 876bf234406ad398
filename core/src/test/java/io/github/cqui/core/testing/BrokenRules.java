package io.github.cqui.core.testing;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.NoticeEntryStatus;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Rules with planted bugs, for the tests that prove a law has teeth: the real rules with one (or
 * more) of their answers passed through a bug before the law sees it.
 *
 * <p>One bug on the real rules ({@link Chongqing#rules()}), by a static factory named after the
 * answer:
 *
 * <pre>{@code
 * CquiRules broken =
 *     BrokenRules.reviewDeadline(
 *         d -> ImmutableReviewDeadline.builder().from(d).lastDay(d.lastDay().minusDays(1)).build());
 * }</pre>
 *
 * <p>Other rules, or several bugs at once, by the {@code with...} methods (each returns new rules;
 * a second bug on the same answer is applied after the first):
 *
 * <pre>{@code
 * CquiRules broken = BrokenRules.of(auditOnlyRules).withSegregationOfDuties(c -> ...);
 * }</pre>
 *
 * <p>A bug in the question rather than the answer, by the factories and {@code with...} methods
 * named after what is asked ({@link #contributionRecord}, {@link #roster}, {@link
 * #repaymentHistory}): the question passes through the bug, and the rules answer what it became (a
 * second bug on the same question is applied before the first):
 *
 * <pre>{@code
 * CquiRules broken = BrokenRules.roster(r -> StaffRoster.of(r.assignments().subList(0, 1)));
 * }</pre>
 *
 * <p>A bug in the ledger that depends on the claim it is the ledger of, by {@link #ledgerOfHistory}
 * and {@link #withLedgerOfHistory}: the bug is given the claim history and the ledger, and returns
 * the ledger to answer:
 *
 * <pre>{@code
 * CquiRules broken =
 *     BrokenRules.ledgerOfHistory(
 *         (history, ledger) -> history.stopEvents().isEmpty() ? ledger : ...);
 * }</pre>
 *
 * <p>Any other bug that needs the request, not only the answer, replaces a whole area: {@link
 * #withDeadlineRules(DeadlineRules)}, {@link #withControlRules(ControlRules)} and the like (the
 * area's real rules are {@code of(real).deadlines()}, {@code ...controls()}, to delegate to).
 *
 * <p>Test support, in a package of its own: public, for the law tests of every package of core, and
 * out of the packages whose public methods {@code hostile.NullArgumentsTest} calls with nulls.
 *
 * @param calendar the working-day calendar the laws are given
 * @param editions the policy editions
 * @param switches the interpretation switches the rules report
 * @param deadlines the deadline rules
 * @param notices the public-notice rules
 * @param recovery the recovery rules
 * @param premium the premium rules
 * @param benefits the benefit rules
 * @param entitlements the entitlement rules
 * @param controls the control rules
 */
public record BrokenRules(
    WorkingDayCalendar calendar,
    PolicyEditions editions,
    InterpretationSwitches switches,
    DeadlineRules deadlines,
    NoticeRules notices,
    RecoveryRules recovery,
    PremiumRules premium,
    BenefitRules benefits,
    EntitlementRules entitlements,
    ControlRules controls)
    implements CquiRules {

  /** {@code real}, with no bug yet: add them with the {@code with...} methods. */
  public static BrokenRules of(CquiRules real) {
    return new BrokenRules(
        real.calendar(),
        real.editions(),
        real.switches(),
        real.deadlines(),
        real.notices(),
        real.recovery(),
        real.premium(),
        real.benefits(),
        real.entitlements(),
        real.controls());
  }

  private static BrokenRules real() {
    return of(Chongqing.rules());
  }

  // ---- one bug on the real rules ------------------------------------------------------------

  /** The real rules with every entitlement passed through {@code bug}. */
  public static BrokenRules entitlements(UnaryOperator<Entitlement> bug) {
    return real().withEntitlement(bug);
  }

  /** The real rules with every benefit ledger passed through {@code bug}. */
  public static BrokenRules ledger(UnaryOperator<BenefitLedger> bug) {
    return real().withLedger(bug);
  }

  /**
   * The real rules with every benefit ledger passed through {@code bug}, with the claim history it
   * is the ledger of.
   */
  public static BrokenRules ledgerOfHistory(
      BiFunction<ClaimHistory, BenefitLedger, BenefitLedger> bug) {
    return real().withLedgerOfHistory(bug);
  }

  /** The real rules with every statutory retirement passed through {@code bug}. */
  public static BrokenRules statutoryRetirement(UnaryOperator<StatutoryRetirement> bug) {
    return real().withStatutoryRetirement(bug);
  }

  /** The real rules with every review deadline passed through {@code bug}. */
  public static BrokenRules reviewDeadline(UnaryOperator<ReviewDeadline> bug) {
    return real().withReviewDeadline(bug);
  }

  /** The real rules with every review status passed through {@code bug}. */
  public static BrokenRules reviewStatus(UnaryOperator<ReviewStatus> bug) {
    return real().withReviewStatus(bug);
  }

  /** The real rules with every resubmission passed through {@code bug}. */
  public static BrokenRules resubmission(UnaryOperator<Resubmission> bug) {
    return real().withResubmission(bug);
  }

  /** The real rules with every report deadline passed through {@code bug}. */
  public static BrokenRules reportDeadline(UnaryOperator<ReportDeadline> bug) {
    return real().withReportDeadline(bug);
  }

  /** The real rules with every public-notice period passed through {@code bug}. */
  public static BrokenRules publicNotice(UnaryOperator<PublicNoticePeriod> bug) {
    return real().withPublicNotice(bug);
  }

  /** The real rules with every notice entry status passed through {@code bug}. */
  public static BrokenRules noticeEntryStatus(UnaryOperator<NoticeEntryStatus> bug) {
    return real().withNoticeEntryStatus(bug);
  }

  /** The real rules with every enforcement timeline passed through {@code bug}. */
  public static BrokenRules enforcementTimeline(UnaryOperator<EnforcementTimeline> bug) {
    return real().withEnforcementTimeline(bug);
  }

  /** The real rules with every enforcement step passed through {@code bug}. */
  public static BrokenRules enforcementStep(UnaryOperator<EnforcementStep> bug) {
    return real().withEnforcementStep(bug);
  }

  /** The real rules with every overpayment debt (or its absence) passed through {@code bug}. */
  public static BrokenRules overpaymentDebt(UnaryOperator<Optional<OverpaymentDebt>> bug) {
    return real().withOverpaymentDebt(bug);
  }

  /** The real rules with every recovery schedule passed through {@code bug}. */
  public static BrokenRules schedule(UnaryOperator<RecoverySchedule> bug) {
    return real().withSchedule(bug);
  }

  /** The real rules with every recovery status passed through {@code bug}. */
  public static BrokenRules status(UnaryOperator<RecoveryStatus> bug) {
    return real().withStatus(bug);
  }

  /** The real rules with every premium reimbursement passed through {@code bug}. */
  public static BrokenRules reimbursement(UnaryOperator<PremiumReimbursement> bug) {
    return real().withReimbursement(bug);
  }

  /** The real rules with every short-contribution risk passed through {@code bug}. */
  public static BrokenRules shortContributionRisk(UnaryOperator<ShortContributionRisk> bug) {
    return real().withShortContributionRisk(bug);
  }

  /** The real rules with every concurrent-benefits answer passed through {@code bug}. */
  public static BrokenRules concurrentBenefits(UnaryOperator<ConcurrentBenefits> bug) {
    return real().withConcurrentBenefits(bug);
  }

  /** The real rules with every segregation-of-duties check passed through {@code bug}. */
  public static BrokenRules segregationOfDuties(UnaryOperator<SegregationCheck> bug) {
    return real().withSegregationOfDuties(bug);
  }

  // ---- one bug in a question to the real rules ----------------------------------------------

  /** The real rules assessing the risk of every contribution record passed through {@code bug}. */
  public static BrokenRules contributionRecord(UnaryOperator<ContributionRecord> bug) {
    return real().withContributionRecord(bug);
  }

  /** The real rules checking the duties of every staff roster passed through {@code bug}. */
  public static BrokenRules roster(UnaryOperator<StaffRoster> bug) {
    return real().withRoster(bug);
  }

  /** The real rules answering every recovery status for the history passed through {@code bug}. */
  public static BrokenRules repaymentHistory(UnaryOperator<RepaymentHistory> bug) {
    return real().withRepaymentHistory(bug);
  }

  // ---- a whole part replaced ----------------------------------------------------------------

  /** These rules with {@code calendar} as their calendar (the answers still use the real one). */
  public BrokenRules withCalendar(WorkingDayCalendar calendar) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with {@code editions} as their editions (the answers still use the real ones). */
  public BrokenRules withEditions(PolicyEditions editions) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules reporting {@code switches} (the answers still follow the real ones). */
  public BrokenRules withSwitches(InterpretationSwitches switches) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their deadline rules replaced. */
  public BrokenRules withDeadlineRules(DeadlineRules deadlines) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their public-notice rules replaced. */
  public BrokenRules withNoticeRules(NoticeRules notices) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their recovery rules replaced. */
  public BrokenRules withRecoveryRules(RecoveryRules recovery) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their premium rules replaced. */
  public BrokenRules withPremiumRules(PremiumRules premium) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their benefit rules replaced. */
  public BrokenRules withBenefitRules(BenefitRules benefits) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their entitlement rules replaced. */
  public BrokenRules withEntitlementRules(EntitlementRules entitlements) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  /** These rules with their control rules replaced. */
  public BrokenRules withControlRules(ControlRules controls) {
    return new BrokenRules(
        calendar,
        editions,
        switches,
        deadlines,
        notices,
        recovery,
        premium,
        benefits,
        entitlements,
        controls);
  }

  // ---- one more bug on these rules ----------------------------------------------------------

  /** These rules with every entitlement passed through {@code bug}. */
  public BrokenRules withEntitlement(UnaryOperator<Entitlement> bug) {
    EntitlementRules before = entitlements;
    return withEntitlementRules(request -> bug.apply(before.entitlement(request)));
  }

  /** These rules with every benefit ledger passed through {@code bug}. */
  public BrokenRules withLedger(UnaryOperator<BenefitLedger> bug) {
    return withLedgerOfHistory((history, ledger) -> bug.apply(ledger));
  }

  /**
   * These rules with every benefit ledger passed through {@code bug}, with the claim history it is
   * the ledger of.
   */
  public BrokenRules withLedgerOfHistory(
      BiFunction<ClaimHistory, BenefitLedger, BenefitLedger> bug) {
    return withBenefitRules(new Benefits(benefits, r -> r, bug));
  }

  /** These rules with every statutory retirement passed through {@code bug}. */
  public BrokenRules withStatutoryRetirement(UnaryOperator<StatutoryRetirement> bug) {
    return withBenefitRules(new Benefits(benefits, bug, (history, ledger) -> ledger));
  }

  /** These rules with every review deadline passed through {@code bug}. */
  public BrokenRules withReviewDeadline(UnaryOperator<ReviewDeadline> bug) {
    return withDeadlineRules(new Deadlines(deadlines, bug, s -> s, r -> r, d -> d));
  }

  /** These rules with every review status passed through {@code bug}. */
  public BrokenRules withReviewStatus(UnaryOperator<ReviewStatus> bug) {
    return withDeadlineRules(new Deadlines(deadlines, d -> d, bug, r -> r, d -> d));
  }

  /** These rules with every resubmission passed through {@code bug}. */
  public BrokenRules withResubmission(UnaryOperator<Resubmission> bug) {
    return withDeadlineRules(new Deadlines(deadlines, d -> d, s -> s, bug, d -> d));
  }

  /** These rules with every report deadline passed through {@code bug}. */
  public BrokenRules withReportDeadline(UnaryOperator<ReportDeadline> bug) {
    return withDeadlineRules(new Deadlines(deadlines, d -> d, s -> s, r -> r, bug));
  }

  /** These rules with every public-notice period passed through {@code bug}. */
  public BrokenRules withPublicNotice(UnaryOperator<PublicNoticePeriod> bug) {
    return withNoticeRules(new Notices(notices, bug, s -> s));
  }

  /** These rules with every notice entry status passed through {@code bug}. */
  public BrokenRules withNoticeEntryStatus(UnaryOperator<NoticeEntryStatus> bug) {
    return withNoticeRules(new Notices(notices, p -> p, bug));
  }

  /** These rules with every enforcement timeline passed through {@code bug}. */
  public BrokenRules withEnforcementTimeline(UnaryOperator<EnforcementTimeline> bug) {
    return withRecoveryRules(new Recovery(recovery, bug, s -> s, d -> d, s -> s, h -> h, s -> s));
  }

  /** These rules with every enforcement step passed through {@code bug}. */
  public BrokenRules withEnforcementStep(UnaryOperator<EnforcementStep> bug) {
    return withRecoveryRules(new Recovery(recovery, t -> t, bug, d -> d, s -> s, h -> h, s -> s));
  }

  /** These rules with every overpayment debt (or its absence) passed through {@code bug}. */
  public BrokenRules withOverpaymentDebt(UnaryOperator<Optional<OverpaymentDebt>> bug) {
    return withRecoveryRules(new Recovery(recovery, t -> t, s -> s, bug, s -> s, h -> h, s -> s));
  }

  /** These rules with every recovery schedule passed through {@code bug}. */
  public BrokenRules withSchedule(UnaryOperator<RecoverySchedule> bug) {
    return withRecoveryRules(new Recovery(recovery, t -> t, s -> s, d -> d, bug, h -> h, s -> s));
  }

  /** These rules with every recovery status passed through {@code bug}. */
  public BrokenRules withStatus(UnaryOperator<RecoveryStatus> bug) {
    return withRecoveryRules(new Recovery(recovery, t -> t, s -> s, d -> d, s -> s, h -> h, bug));
  }

  /** These rules with every premium reimbursement passed through {@code bug}. */
  public BrokenRules withReimbursement(UnaryOperator<PremiumReimbursement> bug) {
    PremiumRules before = premium;
    return withPremiumRules(request -> bug.apply(before.reimbursement(request)));
  }

  /** These rules with every short-contribution risk passed through {@code bug}. */
  public BrokenRules withShortContributionRisk(UnaryOperator<ShortContributionRisk> bug) {
    return withControlRules(new Controls(controls, r -> r, bug, c -> c, r -> r, s -> s));
  }

  /** These rules with every concurrent-benefits answer passed through {@code bug}. */
  public BrokenRules withConcurrentBenefits(UnaryOperator<ConcurrentBenefits> bug) {
    return withControlRules(new Controls(controls, r -> r, r -> r, bug, r -> r, s -> s));
  }

  /** These rules with every segregation-of-duties check passed through {@code bug}. */
  public BrokenRules withSegregationOfDuties(UnaryOperator<SegregationCheck> bug) {
    return withControlRules(new Controls(controls, r -> r, r -> r, c -> c, r -> r, bug));
  }

  // ---- one more bug in a question to these rules --------------------------------------------

  /** These rules assessing the risk of every contribution record passed through {@code bug}. */
  public BrokenRules withContributionRecord(UnaryOperator<ContributionRecord> bug) {
    return withControlRules(new Controls(controls, bug, r -> r, c -> c, r -> r, s -> s));
  }

  /** These rules checking the duties of every staff roster passed through {@code bug}. */
  public BrokenRules withRoster(UnaryOperator<StaffRoster> bug) {
    return withControlRules(new Controls(controls, r -> r, r -> r, c -> c, bug, s -> s));
  }

  /** These rules answering every recovery status for the history passed through {@code bug}. */
  public BrokenRules withRepaymentHistory(UnaryOperator<RepaymentHistory> bug) {
    return withRecoveryRules(new Recovery(recovery, t -> t, s -> s, d -> d, s -> s, bug, s -> s));
  }

  // ---- the parts, each question and answer passed through its bug ---------------------------

  private record Benefits(
      BenefitRules real,
      UnaryOperator<StatutoryRetirement> retirementBug,
      BiFunction<ClaimHistory, BenefitLedger, BenefitLedger> ledgerBug)
      implements BenefitRules {

    @Override
    public StatutoryRetirement statutoryRetirement(YearMonth birthMonth, RetirementCategory c) {
      return retirementBug.apply(real.statutoryRetirement(birthMonth, c));
    }

    @Override
    public BenefitLedger ledger(ClaimHistory history) {
      return ledgerBug.apply(history, real.ledger(history));
    }
  }

  private record Deadlines(
      DeadlineRules real,
      UnaryOperator<ReviewDeadline> reviewBug,
      UnaryOperator<ReviewStatus> statusBug,
      UnaryOperator<Resubmission> resubmissionBug,
      UnaryOperator<ReportDeadline> reportBug)
      implements DeadlineRules {

    @Override
    public ReviewDeadline reviewDeadline(ReviewRequest request) {
      return reviewBug.apply(real.reviewDeadline(request));
    }

    @Override
    public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
      return statusBug.apply(real.reviewStatus(review, asOf));
    }

    @Override
    public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
      return resubmissionBug.apply(real.resubmission(first, supplement));
    }

    @Override
    public ReportDeadline reportDeadline(StopEventReport event) {
      return reportBug.apply(real.reportDeadline(event));
    }
  }

  private record Notices(
      NoticeRules real,
      UnaryOperator<PublicNoticePeriod> noticeBug,
      UnaryOperator<NoticeEntryStatus> entryBug)
      implements NoticeRules {

    @Override
    public PublicNoticePeriod publicNotice(LocalDate publishedOn) {
      return noticeBug.apply(real.publicNotice(publishedOn));
    }

    @Override
    public NoticeEntryStatus noticeEntryStatus(
        PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf) {
      return entryBug.apply(real.noticeEntryStatus(notice, confirmedOn, asOf));
    }
  }

  private record Recovery(
      RecoveryRules real,
      UnaryOperator<EnforcementTimeline> timelineBug,
      UnaryOperator<EnforcementStep> stepBug,
      UnaryOperator<Optional<OverpaymentDebt>> debtBug,
      UnaryOperator<RecoverySchedule> scheduleBug,
      UnaryOperator<RepaymentHistory> historyBug,
      UnaryOperator<RecoveryStatus> statusBug)
      implements RecoveryRules {

    @Override
    public EnforcementTimeline enforcementTimeline(EnforcementRequest request) {
      return timelineBug.apply(real.enforcementTimeline(request));
    }

    @Override
    public EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
      return stepBug.apply(real.enforcementStep(timeline, asOf));
    }

    @Override
    public Optional<OverpaymentDebt> overpaymentDebt(ClaimHistory claim, LocalDate establishedOn) {
      return debtBug.apply(real.overpaymentDebt(claim, establishedOn));
    }

    @Override
    public RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan) {
      return scheduleBug.apply(real.schedule(debt, plan));
    }

    @Override
    public RecoveryStatus status(RecoverySchedule schedule, RepaymentHistory history) {
      return statusBug.apply(real.status(schedule, historyBug.apply(history)));
    }
  }

  private record Controls(
      ControlRules real,
      UnaryOperator<ContributionRecord> recordBug,
      UnaryOperator<ShortContributionRisk> riskBug,
      UnaryOperator<ConcurrentBenefits> concurrentBug,
      UnaryOperator<StaffRoster> rosterBug,
      UnaryOperator<SegregationCheck> segregationBug)
      implements ControlRules {

    @Override
    public ShortContributionRisk shortContributionRisk(ContributionRecord record) {
      return riskBug.apply(real.shortContributionRisk(recordBug.apply(record)));
    }

    @Override
    public ConcurrentBenefits concurrentBenefits(ConcurrentBenefitsRequest request) {
      return concurrentBug.apply(real.concurrentBenefits(request));
    }

    @Override
    public SegregationCheck segregationOfDuties(StaffRoster roster, LocalDate asOf) {
      return segregationBug.apply(real.segregationOfDuties(rosterBug.apply(roster), asOf));
    }
  }
}
