package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutableContributionRecord;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the short-contribution check of 渝人社办〔2025〕112号 三(一) looks at (I-19): the day the employment
 * ended, the day the benefit application was received, and the months with a paid
 * unemployment-insurance contribution, in any order.
 *
 * <p>Properties, in order: {@code separationDate}, {@code applicationDate}, {@code months}.
 *
 * <p>Validated when built; a violation throws {@link InvalidInputException} naming the field, the
 * value and the rule:
 *
 * <ul>
 *   <li>the application is not received before the separation;
 *   <li>a month is recorded at most once (two records for one month are refused, never summed or
 *       picked);
 *   <li>no contribution month is after the separation month: a contribution <i>for</i> a later
 *       month contradicts the separation, while a contribution <i>paid</i> after the separation for
 *       an earlier month is 补缴 and is recorded with its payment day (I-19);
 *   <li>no contribution is paid after the application date: the record is the one the application
 *       is assessed on.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ContributionRecord {

  /** For the generated implementation only. */
  protected ContributionRecord() {}

  /**
   * The day the employment ended (终止或者解除劳动关系). Months paid after it are 补缴 (I-19).
   *
   * @return the separation date
   */
  public abstract LocalDate separationDate();

  /**
   * The day the benefit application was received. It chooses the policy edition, and so whether and
   * with which threshold the check applies (I-18).
   *
   * @return the application date, on or after the separation date
   */
  public abstract LocalDate applicationDate();

  /**
   * The months with a paid unemployment-insurance contribution, in any order, at most one record a
   * month.
   *
   * @return the months, possibly empty
   */
  public abstract List<ContributionMonth> months();

  /**
   * A contribution record.
   *
   * @param separationDate the day the employment ended
   * @param applicationDate the day the application was received
   * @param months the months with a paid contribution
   * @return the record
   * @throws InvalidInputException if the record is inconsistent (see the class documentation)
   */
  public static ContributionRecord of(
      LocalDate separationDate, LocalDate applicationDate, List<ContributionMonth> months) {
    Checks.requireNonNull("separationDate", separationDate);
    Checks.requireNonNull("applicationDate", applicationDate);
    Checks.requireNonNull("months", months);
    return builder()
        .separationDate(separationDate)
        .applicationDate(applicationDate)
        .months(months)
        .build();
  }

  /**
   * A builder for a contribution record.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a contribution record: the generated setters, {@code from} and {@code build()}, which
   * checks the value and throws {@link InvalidInputException} naming a missing or invalid
   * attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableContributionRecord.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the record's dates and months; called by the generated implementation when the record is
   * built.
   *
   * @throws InvalidInputException if the application is before the separation, a month is recorded
   *     twice or is after the month of the separation, or a contribution is paid after the
   *     application
   */
  @Value.Check
  protected void check() {
    Checks.requireNotBefore(
        "applicationDate", applicationDate(), "separationDate", separationDate());
    YearMonth separationMonth = YearMonth.from(separationDate());
    Map<YearMonth, Integer> seen = new HashMap<>();
    for (int i = 0; i < months().size(); i++) {
      ContributionMonth month = months().get(i);
      Integer earlier = seen.put(month.month(), i);
      if (earlier != null) {
        throw InvalidInputException.of(
            "months[" + i + "].month",
            month.month(),
            "a month is recorded at most once; months[" + earlier + "] records it already");
      }
      if (month.month().isAfter(separationMonth)) {
        throw InvalidInputException.of(
            "months[" + i + "].month",
            month.month(),
            "must not be after the month of the separation on "
                + separationDate()
                + ": a contribution for a later month contradicts the separation (a contribution"
                + " paid after it for an earlier month is 补缴, I-19)");
      }
      if (month.paidOn().isAfter(applicationDate())) {
        throw InvalidInputException.of(
            "months[" + i + "].paidOn",
            month.paidOn(),
            "must not be after applicationDate ("
                + applicationDate()
                + "): the record is the one the application is assessed on");
      }
    }
  }
}
