package io.github.cqui.rules.internal;

import io.github.cqui.rules.InvalidInputException;
import java.time.LocalDate;

/**
 * Argument checks that throw {@link InvalidInputException} naming the field, the value and the
 * rule. Each returns the checked value, so it can be used inline.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {

  private Checks() {}

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
}
