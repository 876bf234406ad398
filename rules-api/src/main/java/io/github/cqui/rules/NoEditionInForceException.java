package io.github.cqui.rules;

import io.github.cqui.CquiException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * No policy edition is in force on the date a rule names (for example a receipt date before the
 * earliest edition), or no edition in force on that date sets the parameter the rule needs. The
 * library refuses to guess which rules applied then (I-18).
 *
 * <p>The message names the date and the earliest edition that would answer, e.g. {@code no policy
 * edition in force on 2023-11-30: the earliest edition takes effect on 2023-12-01
 * (《社会保险经办条例》第六十三条)}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class NoEditionInForceException extends CquiException {

  /** The date for which no edition answers. */
  private final LocalDate date;

  /** The effective date of the earliest edition that would answer; null if none (serializable). */
  private final @Nullable LocalDate earliest;

  /**
   * Creates the exception.
   *
   * @param message the complete message, naming the date and the earliest edition
   * @param date the date for which no edition answers
   * @param earliest the effective date of the earliest edition that would answer; empty if none
   *     would
   */
  public NoEditionInForceException(String message, LocalDate date, Optional<LocalDate> earliest) {
    super(message);
    this.date = date;
    this.earliest = earliest.orElse(null);
  }

  /**
   * The date for which no edition answers.
   *
   * @return the date the rule named
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The effective date of the earliest edition that would answer.
   *
   * @return the earliest effective date; empty if no edition would (no edition sets the parameter)
   */
  public Optional<LocalDate> earliest() {
    return Optional.ofNullable(earliest);
  }
}
