package io.github.cqui.core.control;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether one month of a claim is payable given the other benefits and stop events, and why: the
 * answer of {@link PayableMonthRule#payability(YearMonth)} (渝人社办〔2025〕112号 一(五); I-14, I-15).
 *
 * <ul>
 *   <li>{@link Status#PAYABLE}: nothing of the two excludes the month (verification, retirement and
 *       the entitlement are the ledger's to decide).
 *   <li>{@link Status#STOPPED}: the month is after the last payable month of a stop event ({@link
 *       #stopEvent()}, {@link #lastPayableMonth()}): the claim has ended (I-14).
 *   <li>{@link Status#NOT_PAYABLE}: the month is in a period of 灵活就业社保补贴 ({@link
 *       #subsidyPeriod()}): not payable, its month of entitlement kept (I-15).
 * </ul>
 *
 * <p>{@link #citations()} and {@link #interpretations()} are what an explanation step about the
 * month cites. Immutable and thread-safe.
 */
public final class MonthPayability {

  private static final Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final MonthPayability PAYABLE =
      new MonthPayability(Status.PAYABLE, null, null, null);

  /** What the month is. */
  public enum Status {
    /** Payable as far as stop events and other benefits go. */
    PAYABLE,
    /** After a stop event's last payable month (I-14). */
    STOPPED,
    /** In a period of 灵活就业社保补贴: not payable, entitlement kept (I-15). */
    NOT_PAYABLE
  }

  private final Status status;
  private final @Nullable StopEvent stopEvent;
  private final @Nullable YearMonth lastPayableMonth;
  private final @Nullable SubsidyPeriod subsidyPeriod;

  private MonthPayability(
      Status status,
      @Nullable StopEvent stopEvent,
      @Nullable YearMonth lastPayableMonth,
      @Nullable SubsidyPeriod subsidyPeriod) {
    this.status = status;
    this.stopEvent = stopEvent;
    this.lastPayableMonth = lastPayableMonth;
    this.subsidyPeriod = subsidyPeriod;
  }

  static MonthPayability payable() {
    return PAYABLE;
  }

  static MonthPayability stopped(StopEvent event, YearMonth lastPayableMonth) {
    return new MonthPayability(Status.STOPPED, event, lastPayableMonth, null);
  }

  static MonthPayability notPayable(SubsidyPeriod period) {
    return new MonthPayability(Status.NOT_PAYABLE, null, null, period);
  }

  /**
   * What the month is.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Whether the month is payable: {@code status() == PAYABLE}.
   *
   * @return {@code true} if nothing here excludes the month
   */
  public boolean isPayable() {
    return status == Status.PAYABLE;
  }

  /**
   * The stop event that ended payment.
   *
   * @return the event when {@link Status#STOPPED}; empty otherwise
   */
  public Optional<StopEvent> stopEvent() {
    return Optional.ofNullable(stopEvent);
  }

  /**
   * The last month payable under that stop event (I-14).
   *
   * @return the month when {@link Status#STOPPED}; empty otherwise
   */
  public Optional<YearMonth> lastPayableMonth() {
    return Optional.ofNullable(lastPayableMonth);
  }

  /**
   * The period of 灵活就业社保补贴 the month is in.
   *
   * @return the period when {@link Status#NOT_PAYABLE}; empty otherwise
   */
  public Optional<SubsidyPeriod> subsidyPeriod() {
    return Optional.ofNullable(subsidyPeriod);
  }

  /**
   * What a step about the month cites: for a stop, the clauses that make the event a stop event and
   * 渝人社办〔2025〕112号 一(五); for 灵活就业社保补贴, 一(五); nothing for a payable month.
   *
   * @return the citations
   */
  public ImmutableList<Citation> citations() {
    if (stopEvent != null) {
      ImmutableList.Builder<Citation> citations = ImmutableList.builder();
      citations.addAll(stopEvent.type().citations());
      if (!stopEvent.type().citations().contains(STOP)) {
        citations.add(STOP);
      }
      return citations.build();
    }
    return status == Status.NOT_PAYABLE ? ImmutableList.of(STOP) : ImmutableList.of();
  }

  /**
   * The interpretations a step about the month applies: I-14 for a stop (with I-15 for 病残津贴), I-15
   * for 灵活就业社保补贴, none for a payable month.
   *
   * @return the interpretations
   */
  public ImmutableList<Interpretation> interpretations() {
    if (stopEvent != null) {
      return stopEvent.type() == StopEventType.DISABILITY_ALLOWANCE
          ? ImmutableList.of(Interpretation.I_14, Interpretation.I_15)
          : ImmutableList.of(Interpretation.I_14);
    }
    return status == Status.NOT_PAYABLE
        ? ImmutableList.of(Interpretation.I_15)
        : ImmutableList.of();
  }
}
