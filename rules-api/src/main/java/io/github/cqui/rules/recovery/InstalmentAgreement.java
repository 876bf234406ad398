package io.github.cqui.rules.recovery;

import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableInstalmentAgreement;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A repayment agreement in instalments (还款协议分期退回, 渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条): how many,
 * when the first is due, the interval in months, and where the odd fen go.
 *
 * <p>Instalment <i>k</i> (from 0) is due {@code firstDue + k × intervalMonths} months, on the
 * corresponding day or, where the month has none, its last day (《中华人民共和国民法典》第二百零二条); the dates are
 * counted from the first due date each time, so 01-31 monthly gives 02-28, 03-31, 04-30. A due date
 * on a rest day is not moved: the dates are the agreement's own (民法典第二百零四条).
 *
 * <p>Validated when built, naming the field: {@code count} from 1 to {@value #MAX_COUNT} (zero
 * instalments are refused); {@code intervalMonths} from 1 to 12.
 *
 * <p>Properties, in order: {@code count}, {@code firstDue}, {@code intervalMonths}, {@code oddFen}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class InstalmentAgreement {

  /** The most instalments an agreement may have (30 years monthly; a bound on the work). */
  public static final int MAX_COUNT = 360;

  /** For the generated implementation only. */
  protected InstalmentAgreement() {}

  /**
   * The number of instalments.
   *
   * @return 1 to {@value #MAX_COUNT}
   */
  public abstract int count();

  /**
   * The day the first instalment is due.
   *
   * @return the date
   */
  public abstract LocalDate firstDue();

  /**
   * The months between instalments.
   *
   * @return 1 to 12
   */
  public abstract int intervalMonths();

  /**
   * Which instalments carry the odd fen.
   *
   * @return the placement
   */
  public abstract OddFenPlacement oddFen();

  /**
   * An agreement.
   *
   * @param count the number of instalments, at least 1
   * @param firstDue the first due date
   * @param intervalMonths the months between instalments, 1 to 12
   * @param oddFen which instalments carry the odd fen
   * @return the agreement
   * @throws io.github.cqui.rules.InvalidInputException naming {@code count} or {@code
   *     intervalMonths} when out of range
   */
  public static InstalmentAgreement of(
      int count, LocalDate firstDue, int intervalMonths, OddFenPlacement oddFen) {
    return ImmutableInstalmentAgreement.builder()
        .count(count)
        .firstDue(firstDue)
        .intervalMonths(intervalMonths)
        .oddFen(oddFen)
        .build();
  }

  /**
   * The due date of instalment {@code index} (from 0): {@code firstDue} plus {@code index ×
   * intervalMonths} months (民法典第二百零二条).
   *
   * @param index the instalment, from 0
   * @return its due date
   */
  public LocalDate dueDate(int index) {
    return firstDue().plusMonths((long) index * intervalMonths());
  }

  /**
   * Checks the count, the interval and the first due date; called by the generated implementation
   * when the agreement is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException if the count is not from 1 to {@value
   *     #MAX_COUNT}, the interval is not from 1 to 12 months, or the first due date is outside the
   *     dates the rules take
   */
  @Value.Check
  protected void check() {
    Checks.requireInRange("count", count(), 1, MAX_COUNT);
    Checks.requireInRange("intervalMonths", intervalMonths(), 1, 12);
    // within the dates the rules take: the due dates are counted on from it
    Checks.requireWithinDates("firstDue", firstDue());
  }
}
