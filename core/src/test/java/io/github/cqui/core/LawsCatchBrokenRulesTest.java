package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.NoticeRules;
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
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The laws have teeth: each is run against rules with one planted bug and must find it. (The laws
 * pass on the real rules in {@code deadline.DeadlineLawsTest} and {@code benefit.LedgerLawsTest}.)
 */
class LawsCatchBrokenRulesTest {

  private static final CquiRules REAL = Chongqing.rules();

  /** The real rules with the ledger or a deadline passed through a planted bug. */
  private record Broken(
      UnaryOperator<BenefitLedger> ledgerBug,
      UnaryOperator<ReviewDeadline> reviewBug,
      UnaryOperator<EnforcementTimeline> enforcementBug)
      implements CquiRules {

    static Broken ledger(UnaryOperator<BenefitLedger> bug) {
      return new Broken(bug, r -> r, t -> t);
    }

    @Override
    public WorkingDayCalendar calendar() {
      return REAL.calendar();
    }

    @Override
    public PolicyEditions editions() {
      return REAL.editions();
    }

    @Override
    public InterpretationSwitches switches() {
      return REAL.switches();
    }

    @Override
    public EntitlementRules entitlements() {
      return REAL.entitlements();
    }

    @Override
    public BenefitRules benefits() {
      return new BenefitRules() {
        @Override
        public StatutoryRetirement statutoryRetirement(YearMonth birth, RetirementCategory c) {
          return REAL.benefits().statutoryRetirement(birth, c);
        }

        @Override
        public BenefitLedger ledger(ClaimHistory history) {
          return ledgerBug.apply(REAL.benefits().ledger(history));
        }
      };
    }

    @Override
    public NoticeRules notices() {
      return REAL.notices();
    }

    @Override
    public ControlRules controls() {
      return REAL.controls();
    }

    @Override
    public RecoveryRules recovery() {
      RecoveryRules real = REAL.recovery();
      return new RecoveryRules() {
        @Override
        public EnforcementTimeline enforcementTimeline(EnforcementRequest request) {
          return enforcementBug.apply(real.enforcementTimeline(request));
        }

        @Override
        public EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
          return real.enforcementStep(timeline, asOf);
        }

        @Override
        public Optional<OverpaymentDebt> overpaymentDebt(ClaimHistory claim, LocalDate on) {
          return real.overpaymentDebt(claim, on);
        }

        @Override
        public RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan) {
          return real.schedule(debt, plan);
        }

        @Override
        public RecoveryStatus status(RecoverySchedule schedule, RepaymentHistory history) {
          return real.status(schedule, history);
        }
      };
    }

    @Override
    public PremiumRules premium() {
      return REAL.premium();
    }

    @Override
    public DeadlineRules deadlines() {
      DeadlineRules real = REAL.deadlines();
      return new DeadlineRules() {
        @Override
        public ReviewDeadline reviewDeadline(ReviewRequest request) {
          return reviewBug.apply(real.reviewDeadline(request));
        }

        @Override
        public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
          return real.reviewStatus(review, asOf);
        }

        @Override
        public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
          return real.resubmission(first, supplement);
        }

        @Override
        public ReportDeadline reportDeadline(StopEventReport event) {
          return real.reportDeadline(event);
        }
      };
    }
  }

  /** The ledger with every line passed through {@code change}. */
  private static BenefitLedger withLines(BenefitLedger ledger, UnaryOperator<LedgerLine> change) {
    List<LedgerLine> lines = new ArrayList<>();
    ledger.lines().forEach(l -> lines.add(change.apply(l)));
    return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
  }

  /** Runs {@code law} with the shrinking runner and requires it to find a failing case. */
  private static <T> void assertTheLawFinds(String name, Gen<T> cases, Consumer<T> law) {
    assertThatThrownBy(() -> Property.forAll(name, cases).check(law))
        .isInstanceOf(PropertyFailedError.class);
  }

  @Test
  void anEndThatIgnoresTheSuspendedMonthsIsCaught() {
    CquiRules broken =
        Broken.ledger(
            l ->
                ImmutableBenefitLedger.builder()
                    .from(l)
                    .lastPaidMonth(l.lastPaidMonth().map(m -> m.minusMonths(l.suspendedMonths())))
                    .build());
    assertTheLawFinds(
        "the end moves by the deferred months",
        LedgerGens.claimHistories(),
        h -> LedgerLaws.theEndMovesByTheDeferredMonths(broken, h));
  }

  @Test
  void aMonthPaidAfterTheStopIsCaught() {
    CquiRules broken =
        Broken.ledger(
            l ->
                withLines(
                    l,
                    line ->
                        line.status() == LedgerStatus.STOPPED
                            ? ImmutableLedgerLine.builder()
                                .from(line)
                                .status(LedgerStatus.PAID)
                                .build()
                            : line));
    assertTheLawFinds(
        "nothing is paid when it may not be",
        LedgerGens.claimHistories(),
        h -> LedgerLaws.nothingIsPaidWhenItMayNotBe(broken, h));
  }

  @Test
  void monthsThatDoNotAddUpAreCaught() {
    CquiRules broken =
        Broken.ledger(
            l ->
                withLines(
                    l,
                    line ->
                        line.status() == LedgerStatus.SUSPENDED
                            ? ImmutableLedgerLine.builder()
                                .from(line)
                                .monthsUsed(line.monthsUsed() + 1)
                                .build()
                            : line));
    assertTheLawFinds(
        "months used and left add up",
        LedgerGens.claimHistories(),
        h -> LedgerLaws.monthsUsedAndLeftAddUp(broken, h));
  }

  @Test
  void aResumptionTooLateIsCaught() {
    // every first PAID month after a suspension is reported as still suspended
    CquiRules broken =
        Broken.ledger(
            l -> {
              List<LedgerLine> lines = new ArrayList<>(l.lines());
              for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i - 1).status() == LedgerStatus.SUSPENDED
                    && lines.get(i).status() == LedgerStatus.PAID) {
                  lines.set(
                      i,
                      ImmutableLedgerLine.builder()
                          .from(lines.get(i))
                          .status(LedgerStatus.SUSPENDED)
                          .build());
                }
              }
              return ImmutableBenefitLedger.builder().from(l).lines(lines).build();
            });
    assertTheLawFinds(
        "resumption is the month after re-verification",
        LedgerGens.claimHistories(),
        h -> LedgerLaws.resumptionIsTheMonthAfterReVerification(broken, h));
  }

  @Test
  void aReviewDeadlineOneWorkingDayEarlyIsCaught() {
    CquiRules broken =
        new Broken(
            l -> l,
            r ->
                ImmutableReviewDeadline.builder()
                    .from(r)
                    .lastDay(REAL.calendar().previousWorkingDay(r.lastDay()))
                    .build(),
            t -> t);
    assertTheLawFinds(
        "review deadline",
        DeadlineGens.reviewRequests(REAL),
        r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(broken, r));
  }

  @Test
  void aCourtApplicationNineWorkingDaysAfterTheReminderIsCaught() {
    CquiRules broken =
        new Broken(
            l -> l,
            r -> r,
            t ->
                ImmutableEnforcementTimeline.builder()
                    .from(t)
                    .earliestCourtApplication(
                        t.request()
                            .reminderServedOn()
                            .map(d -> REAL.calendar().plusWorkingDays(d, 9)))
                    .build());
    assertTheLawFinds(
        "court application",
        DeadlineGens.enforcementRequests(REAL),
        r -> DeadlineLaws.courtApplicationIsNeverEarly(broken, r));
  }
}
