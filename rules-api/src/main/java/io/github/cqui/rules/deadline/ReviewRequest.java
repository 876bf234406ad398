package io.github.cqui.rules.deadline;

import io.github.cqui.rules.deadline.internal.ImmutableReviewRequest;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A benefit application (失业保险金申领) received by the agency: the receipt date and, when known, the
 * time of day (for the office-hours cut-off of INTERPRETATIONS I-1).
 *
 * <p>JSON: {@code {"receivedOn":"2025-09-25","receivedAt":"18:30"}}, the time omitted when unknown.
 * Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReviewRequest {

  /** For the generated implementation only. */
  protected ReviewRequest() {}

  /** {@return the day the application was received} */
  public abstract LocalDate receiptDate();

  /** {@return the time of day it was received, when known (I-1)} */
  public abstract Optional<LocalTime> receiptTime();

  /**
   * An application received on a date, time of day unknown: the office-hours cut-off (I-1) never
   * moves its receipt.
   *
   * @param receivedOn the day the application was received
   * @return the request
   */
  public static ReviewRequest of(LocalDate receivedOn) {
    Checks.requireNonNull("receivedOn", receivedOn);
    return ImmutableReviewRequest.builder().receiptDate(receivedOn).build();
  }

  /**
   * An application received on a date at a time of day.
   *
   * @param receivedOn the day the application was received
   * @param receivedAt the time of day it was received, compared with the office-hours cut-off when
   *     that switch is on (I-1)
   * @return the request
   */
  public static ReviewRequest of(LocalDate receivedOn, LocalTime receivedAt) {
    Checks.requireNonNull("receivedOn", receivedOn);
    Checks.requireNonNull("receivedAt", receivedAt);
    return ImmutableReviewRequest.builder().receiptDate(receivedOn).receiptTime(receivedAt).build();
  }

  /**
   * A builder for a review request.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a review request: the generated setters, {@code from} and {@code build()}, which checks
   * the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing or
   * invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableReviewRequest.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }
}
