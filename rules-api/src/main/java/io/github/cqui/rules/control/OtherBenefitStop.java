package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The stop event that receiving a basic pension or 病残津贴 is (渝人社办〔2025〕112号 一(五); I-14, I-15): the
 * period, the event, the last month of unemployment benefit payable under it, and its report
 * deadline — 「自相关情形发生之日起20个工作日内告知」 (一(五); 《社会保险经办条例》第二十五条).
 *
 * <p>The report deadline is answered when it can be: a deadline that needs a year whose holiday
 * notice is not loaded (I-5), or a day before every policy edition, is <i>pending</i> with the
 * reason ({@link #reportDeadlinePending()}); the rest of the answer stands.
 *
 * <p>Properties, in order: {@code period}, {@code event}, {@code lastPayableMonth}, {@code
 * reportDeadline}, {@code reportDeadlinePending}; exactly one of the last two is present. Built
 * only by the rules. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class OtherBenefitStop {

  /** For the generated implementation only. */
  protected OtherBenefitStop() {}

  /**
   * The period of the other benefit.
   *
   * @return the period
   */
  public abstract OtherBenefitPeriod period();

  /**
   * The stop event: its type, on the period's first day.
   *
   * @return the event
   */
  public abstract StopEvent event();

  /**
   * The last month of unemployment benefit payable under this event: the event's month, or the
   * month before when the I-14 switch stops payment in the event month for its type.
   *
   * @return the month
   */
  public abstract YearMonth lastPayableMonth();

  /**
   * The report deadline, when it can be answered.
   *
   * @return the deadline; empty when pending
   */
  public abstract Optional<ReportDeadline> reportDeadline();

  /**
   * Why the report deadline is pending: the date it needs, what it waits for (the year's holiday
   * notice, I-5, or a policy edition in force on the event date, I-18), the remedies and the reason
   * in words.
   *
   * @return the pending state, e.g. for a year whose holiday notice is not loaded; empty when the
   *     deadline is answered
   */
  public abstract Optional<Pending> reportDeadlinePending();

  /**
   * Checks that the report deadline is either answered or pending; called by the generated
   * implementation when the value is built.
   *
   * @throws InvalidInputException unless exactly one of {@link #reportDeadline()} and {@link
   *     #reportDeadlinePending()} is present
   */
  @Value.Check
  protected void check() {
    if (reportDeadline().isPresent() == reportDeadlinePending().isPresent()) {
      throw InvalidInputException.of(
          "reportDeadlinePending",
          reportDeadlinePending().map(Pending::reason).orElse("absent"),
          "exactly one of reportDeadline and reportDeadlinePending is present");
    }
  }
}
