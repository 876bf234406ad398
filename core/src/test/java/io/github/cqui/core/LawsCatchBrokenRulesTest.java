package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.testing.BrokenRules;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The laws have teeth: each is run against rules with one planted bug and must find it. (The laws
 * pass on the real rules in {@code deadline.DeadlineLawsTest} and {@code benefit.LedgerLawsTest}.)
 */
class LawsCatchBrokenRulesTest {

  private static final CquiRules REAL = Chongqing.rules();

  /** The ledger with every line passed through {@code change}. */
  private static BenefitLedger withLines(BenefitLedger ledger, UnaryOperator<LedgerLine> change) {
    List<LedgerLine> lines = new ArrayList<>();
    ledger.lines().forEach(l -> lines.add(change.apply(l)));
    return ImmutableBenefitLedger.builder().from(ledger).lines(lines).build();
  }

  /**
   * Tries per law, fixed here rather than read from {@value Property#TRIES_PROPERTY}, which the
   * mutation gates set low: a run stops at its first failing case, so a law with teeth costs only
   * the tries before it, and an unlucky seed cannot make a law look toothless.
   */
  private static final int TRIES = 1000;

  /** Runs {@code law} with the shrinking runner and requires it to find a failing case. */
  private static <T> void assertTheLawFinds(String name, Gen<T> cases, Consumer<T> law) {
    assertThatThrownBy(() -> Property.forAll(name, cases).check(TRIES, law))
        .isInstanceOf(PropertyFailedError.class);
  }

  @Test
  void anEndThatIgnoresTheSuspendedMonthsIsCaught() {
    CquiRules broken =
        BrokenRules.ledger(
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
        BrokenRules.ledger(
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
        BrokenRules.ledger(
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
        BrokenRules.ledger(
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
        BrokenRules.reviewDeadline(
            r ->
                ImmutableReviewDeadline.builder()
                    .from(r)
                    .lastDay(REAL.calendar().previousWorkingDay(r.lastDay()))
                    .build());
    assertTheLawFinds(
        "review deadline",
        DeadlineGens.reviewRequests(REAL),
        r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(broken, r));
  }

  @Test
  void aCourtApplicationNineWorkingDaysAfterTheReminderIsCaught() {
    CquiRules broken =
        BrokenRules.enforcementTimeline(
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
