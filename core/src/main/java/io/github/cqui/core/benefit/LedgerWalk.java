package io.github.cqui.core.benefit;

import io.github.cqui.core.benefit.LedgerState.Active;
import io.github.cqui.core.benefit.LedgerState.Ended;
import io.github.cqui.core.benefit.LedgerState.Extension;
import io.github.cqui.core.benefit.LedgerState.Paying;
import io.github.cqui.core.benefit.LedgerState.Suspended;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The walk of a claim month by month, as a state machine over {@link LedgerState}: from {@link
 * Active} in the first month, each month's state takes its transition and writes the month's line
 * in the {@link LedgerBook}, until the claim has {@link Ended} and no later month was paid.
 *
 * <p>The transitions, each with its clause:
 *
 * <ul>
 *   <li>before any month: a stop event ends the claim (I-14), then retirement age (I-10);
 *   <li>a paying month: verified or missed (I-7), paid or not payable for 灵活就业社保补贴 (I-15); the
 *       entitlement used up ends the claim or, near retirement, starts the extension (I-11); the
 *       second month missed suspends payment (一(四), I-8), or stops it when 条例 art 20(6) is applied
 *       (I-6 switch);
 *   <li>a suspended month: re-verified resumes payment from the next month (I-8), or the maximum
 *       suspension lapses the claim (I-8 switch);
 *   <li>after the end: one line shows the stop, and lines continue through the last month with an
 *       actual payment, to show its overpayment.
 * </ul>
 *
 * <p>Mutable (its book), confined to one ledger.
 */
final class LedgerWalk {

  private final ClaimFacts claim;
  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final LedgerBook book;

  LedgerWalk(
      ClaimFacts claim, PolicyEditions editions, InterpretationSwitches switches, LedgerBook book) {
    this.claim = claim;
    this.editions = editions;
    this.switches = switches;
    this.book = book;
  }

  /** Walks the claim from its first month; returns how it ended. */
  Ended walk() {
    LedgerState state = Active.FIRST_MONTH;
    for (YearMonth month = claim.start(); ; month = month.plusMonths(1)) {
      MonthPayability payability = claim.concurrent().in(month);
      state = endedBefore(state, month, payability);
      if (state instanceof Ended ended && !ended.stopLineOwed() && !claim.paidFrom(month)) {
        return ended;
      }
      state = state.month(this, month, payability);
    }
  }

  /** Before a month is paid: a stop event (I-14), then statutory retirement age (I-10). */
  private LedgerState endedBefore(LedgerState state, YearMonth month, MonthPayability payability) {
    if (state instanceof Ended) {
      return state;
    }
    if (payability instanceof MonthPayability.AfterStopEvent stop) {
      book.explain(LedgerSteps.stopped(stop, book.lastPaid()));
      return Ended.by(ClaimEndReason.STOP_EVENT);
    }
    if (month.isAfter(claim.lastPayableByAge())) {
      book.explain(
          LedgerSteps.retirementStop(claim.retirement().retirementMonth(), book.lastPaid()));
      return Ended.by(ClaimEndReason.RETIREMENT_AGE);
    }
    return state;
  }

  /**
   * A month of {@link Active} or {@link Extension}: verified or missed, paid or not payable; then
   * the end of the entitlement, then the missed months.
   */
  LedgerState payingMonth(Paying paying, YearMonth month, MonthPayability payability) {
    MonthVerification verification = claim.verificationIn(month);
    MissedVerifications missed = paying.missed().after(month, verification.verified());
    if (payability instanceof MonthPayability.OverlapsSubsidy overlap) {
      book.notPayable(month, verification.projected());
      book.explain(LedgerSteps.notPayable(overlap));
    } else {
      book.paid(
          month, claim.standardIn(month), verification.projected(), paying instanceof Extension);
    }
    Paying next = paying.withMissed(missed);
    if (next instanceof Active && book.monthsLeft() == 0) {
      Optional<Extension> extension = extensionAfter(month, missed);
      if (extension.isEmpty()) {
        book.explain(LedgerSteps.exhausted(month, book.monthsUsed()));
        return Ended.by(ClaimEndReason.ENTITLEMENT_EXHAUSTED);
      }
      next = extension.get();
    }
    Optional<YearMonth> missedFrom = missed.reached(verification.suspendAfter());
    return missedFrom.isPresent() ? missedTooOften(next, missedFrom.get(), month) : next;
  }

  /**
   * I-11: a person whose entitlement runs out less than the window (one year) before the month of
   * retirement age is paid on up to it, when the switch is on.
   */
  private Optional<Extension> extensionAfter(YearMonth exhaustedIn, MissedVerifications missed) {
    YearMonth retirementMonth = claim.retirement().retirementMonth();
    if (switches.nearRetirementExtension()
        && claim.lastPayableByAge().isAfter(exhaustedIn)
        && RetirementAge.monthsBetween(exhaustedIn, retirementMonth)
            < editions
                .parameterOn(exhaustedIn.atEndOfMonth(), ParameterKey.NEAR_RETIREMENT_WINDOW_MONTHS)
                .value()) {
      book.explain(LedgerSteps.extension(exhaustedIn, retirementMonth));
      return Optional.of(new Extension(missed));
    }
    return Optional.empty();
  }

  /**
   * 一(四): 「连续两个月未进行资格核验的，暂停发放」 — both months paid, suspended from the next (I-8); or, with 条例 art
   * 20(6) applied, stopped (I-6 switch).
   */
  private LedgerState missedTooOften(Paying paying, YearMonth missedFrom, YearMonth month) {
    if (switches.applyRegulationArticle20Item6()) {
      book.explain(LedgerSteps.notReporting(missedFrom, month));
      return Ended.by(ClaimEndReason.NOT_REPORTING);
    }
    book.explain(LedgerSteps.suspended(missedFrom, month));
    return new Suspended(paying.withMissed(MissedVerifications.NONE), 0);
  }

  /**
   * A month of {@link Suspended}: nothing due; re-verified, payment resumes from the next month
   * (「可从次月起恢复发放」; I-8); else, at the maximum suspension, the claim lapses (I-8 switch).
   */
  LedgerState suspendedMonth(Suspended suspended, YearMonth month) {
    MonthVerification verification = claim.verificationIn(month);
    book.suspended(month, verification.projected());
    if (verification.verified()) {
      book.explain(LedgerSteps.resumed(verification));
      return suspended.resumesAs();
    }
    int months = suspended.months() + 1;
    Optional<Integer> maximum = switches.maximumSuspensionMonths();
    if (maximum.isPresent() && months >= maximum.get()) {
      book.explain(LedgerSteps.lapsed(month, maximum.get()));
      return Ended.by(ClaimEndReason.SUSPENSION_LAPSED);
    }
    return new Suspended(suspended.resumesAs(), months);
  }

  /** A month after the end: the line that shows the stop, or one that shows an overpayment. */
  LedgerState endedMonth(Ended ended, YearMonth month) {
    book.stopped(month);
    return new Ended(ended.reason(), false);
  }
}
