package io.github.cqui.rules.edition;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed key of a {@link PolicyEdition} parameter: the name the rules and JSON use, and how to
 * read the parameter from an edition. The rules read every policy number through a key, e.g. {@code
 * editions.parameterOn(receiptDate, ParameterKey.REVIEW_WORKING_DAYS)}, never by a string name.
 *
 * <p>The keys name what a rule needs (a number of working days, a period in months); the values,
 * their dates and their sources belong to a jurisdiction's editions (the Chongqing ones are in
 * {@code cqui-core}). Keys are constants; compare them with {@code ==} or {@code equals}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class ParameterKey<T> {

  /**
   * The working days within which a benefit claim is reviewed, counted from the day after receipt
   * (I-1, I-18).
   */
  public static final ParameterKey<Integer> REVIEW_WORKING_DAYS =
      new ParameterKey<>(
          "reviewWorkingDays", Integer.class, e -> Optional.of(e.reviewWorkingDays()));

  /** The working days within which a stop event is reported, counted from the day after it. */
  public static final ParameterKey<Integer> REPORT_WORKING_DAYS =
      new ParameterKey<>(
          "reportWorkingDays", Integer.class, e -> Optional.of(e.reportWorkingDays()));

  /** The minimum calendar days of a public notice (I-20). */
  public static final ParameterKey<Integer> NOTICE_CALENDAR_DAYS =
      new ParameterKey<>("noticeCalendarDays", Integer.class, PolicyEdition::noticeCalendarDays);

  /** The months of the last contribution run below which a claim is high risk (I-19). */
  public static final ParameterKey<Integer> SHORT_CONTRIBUTION_THRESHOLD_MONTHS =
      new ParameterKey<>(
          "shortContributionThresholdMonths",
          Integer.class,
          PolicyEdition::shortContributionThresholdMonths);

  /** The most months a claim may give with an earlier claim's unused months added. */
  public static final ParameterKey<Integer> COMBINED_MONTHS_CAP =
      new ParameterKey<>(
          "combinedMonthsCap", Integer.class, e -> Optional.of(e.combinedMonthsCap()));

  /** The calendar days to apply for 复议 (administrative reconsideration) of a decision (I-17). */
  public static final ParameterKey<Integer> RECONSIDERATION_DAYS =
      new ParameterKey<>("reconsiderationDays", Integer.class, PolicyEdition::reconsiderationDays);

  /** The months to sue (诉讼) over a decision that stated the person's rights (I-17). */
  public static final ParameterKey<Integer> LITIGATION_MONTHS =
      new ParameterKey<>("litigationMonths", Integer.class, PolicyEdition::litigationMonths);

  /** The longest time to sue over a decision that did not state the rights, in months (I-17). */
  public static final ParameterKey<Integer> LITIGATION_MONTHS_RIGHTS_NOT_STATED =
      new ParameterKey<>(
          "litigationMonthsRightsNotStated",
          Integer.class,
          PolicyEdition::litigationMonthsRightsNotStated);

  /** The months after the 诉讼 period within which enforcement is applied for in court (I-17). */
  public static final ParameterKey<Integer> COURT_APPLICATION_MONTHS =
      new ParameterKey<>(
          "courtApplicationMonths", Integer.class, PolicyEdition::courtApplicationMonths);

  /** The working days after a 催告书 is served before a court application (I-17). */
  public static final ParameterKey<Integer> REMINDER_WORKING_DAYS =
      new ParameterKey<>("reminderWorkingDays", Integer.class, PolicyEdition::reminderWorkingDays);

  /**
   * The consecutive months without a verification after which payment is suspended; a month counts
   * as missed only under an edition that has this parameter (I-7, I-8, I-18).
   */
  public static final ParameterKey<Integer> SUSPENSION_AFTER_MISSED_MONTHS =
      new ParameterKey<>(
          "suspensionAfterMissedMonths", Integer.class, PolicyEdition::suspensionAfterMissedMonths);

  /**
   * The months before statutory retirement age within which a person whose entitlement runs out is
   * paid on up to that age (I-11).
   */
  public static final ParameterKey<Integer> NEAR_RETIREMENT_WINDOW_MONTHS =
      new ParameterKey<>(
          "nearRetirementWindowMonths", Integer.class, PolicyEdition::nearRetirementWindowMonths);

  private static final ImmutableList<ParameterKey<?>> ALL =
      ImmutableList.of(
          REVIEW_WORKING_DAYS,
          REPORT_WORKING_DAYS,
          NOTICE_CALENDAR_DAYS,
          SHORT_CONTRIBUTION_THRESHOLD_MONTHS,
          COMBINED_MONTHS_CAP,
          RECONSIDERATION_DAYS,
          LITIGATION_MONTHS,
          LITIGATION_MONTHS_RIGHTS_NOT_STATED,
          COURT_APPLICATION_MONTHS,
          REMINDER_WORKING_DAYS,
          SUSPENSION_AFTER_MISSED_MONTHS,
          NEAR_RETIREMENT_WINDOW_MONTHS);

  private final String name;
  private final Class<T> valueType;
  private final Function<PolicyEdition, Optional<PolicyParameter<T>>> reader;

  private ParameterKey(
      String name,
      Class<T> valueType,
      Function<PolicyEdition, Optional<PolicyParameter<T>>> reader) {
    this.name = name;
    this.valueType = valueType;
    this.reader = reader;
  }

  /**
   * Every key, in the order of {@link PolicyEdition}'s properties.
   *
   * @return the keys
   */
  public static List<ParameterKey<?>> all() {
    return ALL;
  }

  /**
   * The parameter's name, as {@link PolicyEdition}'s property and JSON name it.
   *
   * @return e.g. {@code reviewWorkingDays}
   */
  public String name() {
    return name;
  }

  /**
   * The type of the parameter's value.
   *
   * @return e.g. {@code Integer.class}
   */
  public Class<T> valueType() {
    return valueType;
  }

  /**
   * The parameter of an edition.
   *
   * @param edition the edition
   * @return the parameter; empty when the edition does not set it
   */
  public Optional<PolicyParameter<T>> in(PolicyEdition edition) {
    Checks.requireNonNull("edition", edition);
    return reader.apply(edition);
  }

  /**
   * The key's name.
   *
   * @return the name, e.g. {@code reviewWorkingDays}
   */
  @Override
  public String toString() {
    return name;
  }
}
