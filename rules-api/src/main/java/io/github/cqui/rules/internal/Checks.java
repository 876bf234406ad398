package io.github.cqui.rules.internal;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Limits;
import io.github.cqui.rules.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that throw {@link InvalidInputException} naming the field, the value and the
 * rule. Each returns the checked value, so it can be used inline.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires an argument that is not {@code null}: a public method's refusal of a {@code null}
   * naming the parameter, instead of a bare {@link NullPointerException}.
   *
   * @param parameter the name of the parameter or field
   * @param value the argument
   * @param <T> its type
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is {@code null}
   */
  public static <T> T requireNonNull(String parameter, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(parameter, null, "must not be null");
    }
    return value;
  }

  /**
   * Requires {@code value >= 0}.
   *
   * @param field the name of the input field
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is negative
   */
  public static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw InvalidInputException.of(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Requires {@code value >= 0}.
   *
   * @param field the name of the input field
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is negative
   */
  public static int requireNonNegative(String field, int value) {
    if (value < 0) {
      throw InvalidInputException.of(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Requires {@code value > 0}.
   *
   * @param field the name of the input field
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is zero or negative
   */
  public static int requirePositive(String field, int value) {
    if (value <= 0) {
      throw InvalidInputException.of(field, value, "must be positive");
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param field the name of the input field
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is outside {@code [min, max]}
   */
  public static int requireInRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw InvalidInputException.of(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires a string with at least one non-whitespace character.
   *
   * @param field the name of the input field
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is empty or only whitespace
   */
  public static String requireNonBlank(String field, String value) {
    if (value.isBlank()) {
      throw InvalidInputException.of(field, '"' + value + '"', "must not be blank");
    }
    return value;
  }

  /**
   * Requires {@code value} to be on or after {@code earliest}.
   *
   * @param field the name of the input field
   * @param value the date to check
   * @param earliestName what {@code earliest} is, for the message, e.g. {@code "receiptDate"}
   * @param earliest the earliest allowed date
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is before {@code earliest}
   */
  public static LocalDate requireNotBefore(
      String field, LocalDate value, String earliestName, LocalDate earliest) {
    if (value.isBefore(earliest)) {
      throw InvalidInputException.of(
          field, value, "must not be before " + earliestName + " (" + earliest + ")");
    }
    return value;
  }

  /**
   * Requires a date within the dates a rule takes, {@link Limits#EARLIEST_DATE} to {@link
   * Limits#LATEST_DATE}.
   *
   * @param field the name of the input field
   * @param value the date to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is outside the window
   */
  public static LocalDate requireWithinDates(String field, LocalDate value) {
    if (!Limits.isWithinDates(value)) {
      throw InvalidInputException.of(field, value, outsideDates());
    }
    return value;
  }

  /**
   * Requires a month within the dates a rule takes, {@link Limits#EARLIEST_DATE} to {@link
   * Limits#LATEST_DATE}.
   *
   * @param field the name of the input field
   * @param value the month to check
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is outside the window
   */
  public static YearMonth requireWithinDates(String field, YearMonth value) {
    if (!Limits.isWithinDates(value)) {
      throw InvalidInputException.of(field, value, outsideDates());
    }
    return value;
  }

  private static String outsideDates() {
    return "must be from "
        + Limits.EARLIEST_DATE
        + " to "
        + Limits.LATEST_DATE
        + ", the dates the rules take (Limits)";
  }

  /**
   * Requires an amount given as input to be from zero to {@link Limits#MAX_AMOUNT}.
   *
   * @param field the name of the input field
   * @param value the amount to check
   * @param what what the amount is, for the message, e.g. {@code "a benefit standard"}
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is negative or above the limit
   */
  public static Money requireAmount(String field, Money value, String what) {
    if (value.isNegative()) {
      throw InvalidInputException.of(field, value, what + " must not be negative");
    }
    if (value.isGreaterThan(Limits.MAX_AMOUNT)) {
      throw InvalidInputException.of(
          field, value, what + " must not exceed " + Limits.MAX_AMOUNT + " (Limits.MAX_AMOUNT)");
    }
    return value;
  }

  /**
   * Requires a list or set of a request to have at most {@link Limits#MAX_LIST_SIZE} elements.
   *
   * @param field the name of the input field
   * @param value the elements
   * @param <T> the type of the list or set
   * @return {@code value}
   * @throws InvalidInputException if it has more
   */
  public static <T extends Collection<?>> T requireListSize(String field, T value) {
    if (value.size() > Limits.MAX_LIST_SIZE) {
      throw InvalidInputException.of(
          field,
          value.size() + " elements",
          "must have at most " + Limits.MAX_LIST_SIZE + " elements (Limits.MAX_LIST_SIZE)");
    }
    return value;
  }

  /**
   * Requires a month to be at most {@link Limits#LEDGER_HORIZON_MONTHS} months after the month of
   * registration: the ledger horizon.
   *
   * @param field the name of the input field
   * @param value the month to check
   * @param registered the month of registration
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is beyond the horizon
   */
  public static YearMonth requireWithinHorizon(
      String field, YearMonth value, YearMonth registered) {
    YearMonth last = registered.plusMonths(Limits.LEDGER_HORIZON_MONTHS);
    if (value.isAfter(last)) {
      throw InvalidInputException.of(
          field,
          value,
          "must not be more than "
              + Limits.LEDGER_HORIZON_MONTHS
              + " months after the month of registration, "
              + registered
              + " (the ledger horizon, Limits.LEDGER_HORIZON_MONTHS): at most "
              + last);
    }
    return value;
  }
}
