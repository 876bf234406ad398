package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.YearMonth;
import java.util.List;

/**
 * Whether one month of a claim may be paid, and why not (渝人社办〔2025〕112号 一(五); I-14, I-15): made by
 * {@link PayableMonths#in(YearMonth)}, one of {@link Payable}, {@link AfterStopEvent} and {@link
 * OverlapsSubsidy}.
 */
public sealed interface MonthPayability {

  /** 一(五): 停发管理, and 「不同时享受」. */
  Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");

  /**
   * The month.
   *
   * @return the month asked about
   */
  YearMonth month();

  /**
   * The answer as a constant, for a {@code switch}.
   *
   * @return the payability
   */
  Payability payability();

  /**
   * Whether the month may be paid.
   *
   * @return {@code true} for {@link Payable}
   */
  default boolean payable() {
    return payability() == Payability.PAYABLE;
  }

  /**
   * The clauses behind the answer; none for a payable month.
   *
   * @return the citations, in order
   */
  List<Citation> citations();

  /**
   * The readings applied; none for a payable month.
   *
   * @return the interpretations
   */
  List<Interpretation> interpretations();

  /**
   * Nothing stops the month.
   *
   * @param month the month
   */
  record Payable(YearMonth month) implements MonthPayability {
    @Override
    public Payability payability() {
      return Payability.PAYABLE;
    }

    @Override
    public List<Citation> citations() {
      return List.of();
    }

    @Override
    public List<Interpretation> interpretations() {
      return List.of();
    }
  }

  /**
   * After the last month {@code event} leaves payable: payment has stopped for good (I-14).
   *
   * @param month the month
   * @param event the stop event that ended payment
   */
  record AfterStopEvent(YearMonth month, StopEvent event) implements MonthPayability {
    @Override
    public Payability payability() {
      return Payability.AFTER_STOP_EVENT;
    }

    /**
     * The clauses of the event's type ({@link StopEventClauses}), then 一(五) unless they cite it
     * already (a pension and 病残津贴 do).
     */
    @Override
    public List<Citation> citations() {
      List<Citation> clauses = StopEventClauses.of(event.type());
      return clauses.contains(STOP)
          ? clauses
          : ImmutableList.<Citation>builder().addAll(clauses).add(STOP).build();
    }

    /** I-14; for 病残津贴 also I-15, which makes it a stop event. */
    @Override
    public List<Interpretation> interpretations() {
      return event.type() == StopEventType.DISABILITY_ALLOWANCE
          ? List.of(Interpretation.I_14, Interpretation.I_15)
          : List.of(Interpretation.I_14);
    }
  }

  /**
   * In a period of 灵活就业社保补贴: not payable, anything paid for it is overpaid, and its month of
   * entitlement is kept (I-15).
   *
   * @param month the month
   * @param period the period of 灵活就业社保补贴 it falls in
   */
  record OverlapsSubsidy(YearMonth month, SubsidyPeriod period) implements MonthPayability {
    @Override
    public Payability payability() {
      return Payability.OVERLAPS_SUBSIDY;
    }

    @Override
    public List<Citation> citations() {
      return List.of(STOP);
    }

    @Override
    public List<Interpretation> interpretations() {
      return List.of(Interpretation.I_15);
    }
  }
}
