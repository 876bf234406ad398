package io.github.cqui.core.benefit;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What unemployment benefit is not paid beside, month by month (渝人社办〔2025〕112号 一(五)): a stop event
 * of 《重庆市失业保险条例》第二十条 ends payment after the month of the event, or in it for the types the I-14
 * switch names, 病残津贴 and a pension among them (「达到法定退休年龄或享受基本养老保险待遇的…不再发放失业保险金」); a month of
 * 灵活就业社保补贴 is not payable and keeps its month of entitlement (I-15:
 * 「享受病残津贴、灵活就业社保补贴的人员，不同时享受失业保险金」).
 *
 * <p>One piece of code for every rule that asks whether a month of a claim may be paid: the monthly
 * ledger, and a control of concurrent benefits. The stop event whose last payable month comes first
 * ends the claim; of two with the same month, the earlier by date, then the one listed first.
 *
 * <p>Immutable and thread-safe.
 */
public final class PayableMonths {

  /** The stop event that ends the claim and the last month it leaves payable. */
  private record Stop(StopEvent event, YearMonth lastPayableMonth) {}

  private final Optional<Stop> stop;
  private final ImmutableList<SubsidyPeriod> subsidyPeriods;

  private PayableMonths(Optional<Stop> stop, ImmutableList<SubsidyPeriod> subsidyPeriods) {
    this.stop = stop;
    this.subsidyPeriods = subsidyPeriods;
  }

  /**
   * The rules for a claim's stop events and periods of 灵活就业社保补贴.
   *
   * @param stopEvents the stop events, in any order
   * @param subsidyPeriods the periods of 灵活就业社保补贴
   * @param stopInEventMonth the types for which payment stops in the month of the event (the I-14
   *     switch); for every other type the month of the event is paid
   * @return the rules
   */
  public static PayableMonths of(
      List<StopEvent> stopEvents,
      List<SubsidyPeriod> subsidyPeriods,
      Set<StopEventType> stopInEventMonth) {
    // every event stops payment: the one that stops it first ends the claim, whatever the order of
    // the dates (a later event may stop payment in its own month, I-14)
    Optional<Stop> stop =
        stopEvents.stream()
            .map(event -> new Stop(event, lastPayableMonth(event, stopInEventMonth)))
            .min(
                Comparator.comparing(Stop::lastPayableMonth)
                    .thenComparing(first -> first.event().date()));
    return new PayableMonths(stop, ImmutableList.copyOf(subsidyPeriods));
  }

  /**
   * The rules for a claim, under the switches.
   *
   * @param history the claim's stop events and periods of 灵活就业社保补贴
   * @param switches the interpretation switches (I-14)
   * @return the rules
   */
  public static PayableMonths of(ClaimHistory history, InterpretationSwitches switches) {
    return of(history.stopEvents(), history.subsidyPeriods(), switches.stopInEventMonth());
  }

  /**
   * The last month one stop event leaves payable (I-14): the month of the event, or the month
   * before when the switch stops payment in the event month for its type.
   *
   * @param event the stop event
   * @param inEventMonth the types for which payment stops in the event month (the I-14 switch)
   * @return the last payable month
   */
  public static YearMonth lastPayableMonth(StopEvent event, Set<StopEventType> inEventMonth) {
    YearMonth month = YearMonth.from(event.date());
    return inEventMonth.contains(event.type()) ? month.minusMonths(1) : month;
  }

  /**
   * The stop event that ends the claim: the one whose last payable month comes first.
   *
   * @return the event; empty when there is none
   */
  public Optional<StopEvent> endingEvent() {
    return stop.map(Stop::event);
  }

  /**
   * The last month the ending event leaves payable (I-14).
   *
   * @return the month; empty when there is no stop event
   */
  public Optional<YearMonth> lastPayableMonth() {
    return stop.map(Stop::lastPayableMonth);
  }

  /**
   * Whether {@code month} may be paid, and why not: after the stop event's last payable month it
   * may not, for good; in a period of 灵活就业社保补贴 it is not payable; otherwise it is.
   *
   * @param month a month of the claim
   * @return the answer with its reason
   */
  public MonthPayability in(YearMonth month) {
    if (stop.isPresent() && month.isAfter(stop.get().lastPayableMonth())) {
      return new MonthPayability.AfterStopEvent(month, stop.get().event());
    }
    for (SubsidyPeriod period : subsidyPeriods) {
      if (period.includes(month)) {
        return new MonthPayability.OverlapsSubsidy(month, period);
      }
    }
    return new MonthPayability.Payable(month);
  }
}
