package io.github.cqui.core.benefit;

import io.github.cqui.rules.benefit.ClaimEndReason;
import java.time.YearMonth;

/**
 * Where a claim stands at the start of a month of its ledger (渝人社办〔2025〕112号 一(四), 一(五)): {@link
 * Active}, {@link Extension}, {@link Suspended} or {@link Ended}. Each state names the transition
 * its month takes ({@link #month}); {@link LedgerWalk} holds the transitions.
 *
 * <pre>
 * Active ──missed twice (I-8)──▶ Suspended ──re-verified──▶ Active (or Extension, as before)
 *   │  └─entitlement used up, near retirement (I-11)──▶ Extension
 *   └──▶ Ended: stop event (I-14) · retirement (I-10) · exhausted · lapse (I-8) · art 20(6) (I-6)
 * </pre>
 */
sealed interface LedgerState {

  /** This state's month: the transition it takes. */
  LedgerState month(LedgerWalk walk, YearMonth month, MonthPayability payability);

  /** A state in which months are paid: {@link Active} or {@link Extension}. */
  sealed interface Paying extends LedgerState {

    /** The months without a verification so far (I-7). */
    MissedVerifications missed();

    /** This state with another run of missed months. */
    Paying withMissed(MissedVerifications missed);

    @Override
    default LedgerState month(LedgerWalk walk, YearMonth month, MonthPayability payability) {
      return walk.payingMonth(this, month, payability);
    }
  }

  /** Paid from the months of entitlement (《重庆市失业保险条例》第二十四条). */
  record Active(MissedVerifications missed) implements Paying {
    static final Active FIRST_MONTH = new Active(MissedVerifications.NONE);

    @Override
    public Paying withMissed(MissedVerifications missed) {
      return new Active(missed);
    }
  }

  /**
   * The entitlement ran out less than a year before retirement age: paid on up to it, no month of
   * entitlement used (人社部发〔2020〕40号; I-11).
   */
  record Extension(MissedVerifications missed) implements Paying {
    @Override
    public Paying withMissed(MissedVerifications missed) {
      return new Extension(missed);
    }
  }

  /**
   * Payment suspended after missed verifications, deferred and not forfeited (一(四); I-8).
   *
   * @param resumesAs the state payment resumes in, with no month missed
   * @param months the months suspended so far
   */
  record Suspended(Paying resumesAs, int months) implements LedgerState {
    @Override
    public LedgerState month(LedgerWalk walk, YearMonth month, MonthPayability payability) {
      return walk.suspendedMonth(this, month);
    }
  }

  /**
   * The claim has ended; a line is still written for a month with an actual payment (an
   * overpayment), and one line shows the stop unless the entitlement was used up.
   *
   * @param reason why the claim ended
   * @param stopLineOwed whether the line that shows the stop is still to be written
   */
  record Ended(ClaimEndReason reason, boolean stopLineOwed) implements LedgerState {

    /** The claim ends for {@code reason}; a stop is shown unless the entitlement was used up. */
    static Ended by(ClaimEndReason reason) {
      return new Ended(reason, reason != ClaimEndReason.ENTITLEMENT_EXHAUSTED);
    }

    @Override
    public LedgerState month(LedgerWalk walk, YearMonth month, MonthPayability payability) {
      return walk.endedMonth(this, month);
    }
  }
}
