package io.github.cqui.core.control;

import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Is this month of a claim payable, given its stop events and its months of 灵活就业社保补贴? The one rule
 * for it (渝人社办〔2025〕112号 一(五); 《重庆市失业保险条例》第二十条; I-14, I-15), used by the concurrent-benefits check
 * and meant for the benefit ledger.
 *
 * <ol>
 *   <li><b>Stop events (I-14).</b> Each event has a last payable month: its own month (the event
 *       month is paid), or the month before when the I-14 switch {@code stopInEventMonth} lists its
 *       type. Payment ends at the <i>earliest</i> of these months over all events: a month after it
 *       is {@link MonthPayability.Status#STOPPED}, by the event that gave it (ties: the earlier
 *       event date, then the earlier in the list). A basic pension and 病残津贴 are stop events (I-15).
 *   <li><b>灵活就业社保补贴 (I-15).</b> Otherwise a month inside a subsidy period is {@link
 *       MonthPayability.Status#NOT_PAYABLE}: not paid, its month of entitlement kept, anything paid
 *       for it recoverable.
 *   <li>Otherwise the month is {@link MonthPayability.Status#PAYABLE} as far as this rule goes.
 * </ol>
 *
 * <p>Nothing else is decided here: verification and suspension (一(四)), retirement age (I-10, I-11)
 * and the months of entitlement stay with the ledger. The answer for a month does not depend on any
 * other month, so the rule fits a month-by-month walk. Immutable and thread-safe.
 *
 * <p>In a month-by-month walk (the benefit ledger), build the rule once per claim and ask it for
 * each month before anything else is decided for the month:
 *
 * <pre>{@code
 * PayableMonthRule payable =
 *     PayableMonthRule.of(switches, history.stopEvents(), history.subsidyPeriods());
 * for (YearMonth m = start; ; m = m.plusMonths(1)) {
 *   MonthPayability month = payable.payability(m);
 *   switch (month.status()) {
 *     case STOPPED -> end(STOP_EVENT, month.stopEvent().orElseThrow());  // I-14: claim ended
 *     case NOT_PAYABLE -> notPayable(m, month.citations(), month.interpretations());  // I-15
 *     case PAYABLE -> { }  // verification, suspension, retirement, entitlement decide
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #stop()} is the claim's ending event ({@code BenefitLedger.endEvent()}) and {@link
 * #lastPayableMonth()} its last payable month.
 *
 * <p>Implementation Requirements: O(stop events) to build, O(subsidy periods) per month.
 */
public final class PayableMonthRule {

  private final @Nullable StopEvent stop;
  private final @Nullable YearMonth lastPayable;
  private final List<SubsidyPeriod> subsidyPeriods;

  private PayableMonthRule(
      @Nullable StopEvent stop,
      @Nullable YearMonth lastPayable,
      List<SubsidyPeriod> subsidyPeriods) {
    this.stop = stop;
    this.lastPayable = lastPayable;
    this.subsidyPeriods = subsidyPeriods;
  }

  /**
   * The rule for a claim's stop events and subsidy periods, under the I-14 switch of {@code
   * switches}.
   *
   * @param switches the interpretation switches ({@code stopInEventMonth}, I-14)
   * @param stopEvents the stop events, in any order
   * @param subsidyPeriods the periods of 灵活就业社保补贴, in any order, overlapping or not
   * @return the rule
   */
  public static PayableMonthRule of(
      InterpretationSwitches switches,
      List<StopEvent> stopEvents,
      List<SubsidyPeriod> subsidyPeriods) {
    StopEvent stop = null;
    YearMonth lastPayable = null;
    for (StopEvent event : stopEvents) {
      YearMonth last = lastPayableMonth(switches, event);
      if (stop == null
          || lastPayable == null
          || last.isBefore(lastPayable)
          || (last.equals(lastPayable) && event.date().isBefore(stop.date()))) {
        stop = event;
        lastPayable = last;
      }
    }
    return new PayableMonthRule(stop, lastPayable, List.copyOf(subsidyPeriods));
  }

  /**
   * The last month payable under one stop event (I-14): the event's month, or the month before when
   * the switch {@code stopInEventMonth} lists its type.
   *
   * @param switches the interpretation switches
   * @param event the stop event
   * @return the last payable month
   */
  public static YearMonth lastPayableMonth(InterpretationSwitches switches, StopEvent event) {
    YearMonth month = YearMonth.from(event.date());
    return switches.stopInEventMonth().contains(event.type()) ? month.minusMonths(1) : month;
  }

  /**
   * Whether {@code month} is payable, and why not.
   *
   * @param month the month of the claim
   * @return the answer, with the stop event or subsidy period that decides it
   */
  public MonthPayability payability(YearMonth month) {
    if (stop != null && lastPayable != null && month.isAfter(lastPayable)) {
      return MonthPayability.stopped(stop, lastPayable);
    }
    for (SubsidyPeriod period : subsidyPeriods) {
      if (period.includes(month)) {
        return MonthPayability.notPayable(period);
      }
    }
    return MonthPayability.payable();
  }

  /**
   * The stop event that ends payment: the one with the earliest last payable month.
   *
   * @return the event; empty when there is none
   */
  public Optional<StopEvent> stop() {
    return Optional.ofNullable(stop);
  }

  /**
   * The last month payable under {@link #stop()}.
   *
   * @return the month; empty when there is no stop event
   */
  public Optional<YearMonth> lastPayableMonth() {
    return Optional.ofNullable(lastPayable);
  }
}
