package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitPeriod;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period in which the person received another benefit that is not received together with
 * unemployment benefit (渝人社办〔2025〕112号 一(五)): its kind, the first day, and the last day or none
 * (still received).
 *
 * <p>Days are inclusive. A calendar month overlaps the period when any of its days is in it. For a
 * basic pension or 病残津贴, {@link #from()} is the day the stop event occurred: the day the person
 * began to receive it (POLICY-FACTS A-15); its report deadline counts from it.
 *
 * <p>Properties, in order: {@code kind}, {@code from}, {@code to} (absent when open). Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class OtherBenefitPeriod {

  /** For the generated implementation only. */
  protected OtherBenefitPeriod() {}

  /**
   * The benefit.
   *
   * @return the kind
   */
  public abstract OtherBenefitKind kind();

  /**
   * The first day the benefit was received.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate from();

  /**
   * The last day the benefit was received.
   *
   * @return the last day, inclusive; empty while it is still received
   */
  public abstract Optional<LocalDate> to();

  /**
   * A closed period.
   *
   * @param kind the benefit
   * @param from the first day, inclusive
   * @param to the last day, inclusive, not before {@code from}
   * @return the period
   * @throws InvalidInputException naming {@code to} if it is before {@code from}
   */
  public static OtherBenefitPeriod of(OtherBenefitKind kind, LocalDate from, LocalDate to) {
    return ImmutableOtherBenefitPeriod.builder().kind(kind).from(from).to(to).build();
  }

  /**
   * A period still running.
   *
   * @param kind the benefit
   * @param from the first day, inclusive
   * @return the open period
   */
  public static OtherBenefitPeriod openFrom(OtherBenefitKind kind, LocalDate from) {
    return ImmutableOtherBenefitPeriod.builder().kind(kind).from(from).build();
  }

  /**
   * Whether this period and another share a day.
   *
   * @param other another period
   * @return {@code true} if some day is in both
   */
  public boolean sharesADayWith(OtherBenefitPeriod other) {
    Checks.requireNonNull("other", other);
    boolean otherStartsInTime = to().map(end -> !other.from().isAfter(end)).orElse(true);
    boolean thisStartsInTime = other.to().map(end -> !from().isAfter(end)).orElse(true);
    return otherStartsInTime && thisStartsInTime;
  }

  /**
   * Checks the order of the days; called by the generated implementation when the period is built.
   *
   * @throws InvalidInputException naming {@code to} if it is given and before {@code from}
   */
  @Value.Check
  protected void check() {
    if (to().isPresent() && to().get().isBefore(from())) {
      throw InvalidInputException.of("to", to().get(), "must not be before from, " + from());
    }
  }

  /**
   * The period as {@code KIND from..to}, e.g. {@code BASIC_PENSION 2025-12-10..}, for messages.
   *
   * @return the rendering
   */
  @Override
  public String toString() {
    return kind() + " " + from() + ".." + to().map(String::valueOf).orElse("");
  }
}
