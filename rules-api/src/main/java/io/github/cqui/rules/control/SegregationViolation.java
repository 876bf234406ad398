package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One person holding two posts that may not be combined (渝人社办〔2025〕112号 四; I-21): the person, the
 * pair of posts, the two assignments, the days of the violation, and why it is forbidden.
 *
 * <p>{@link #from()} and {@link #to()} are inclusive and never after the date the check was asked
 * for. For a violation at the same time they are the days both assignments are held; for a {@link
 * ViolationGround#COOLING_OFF} violation they are the days one post is held within the cooling-off
 * period after the other was left (and not at the same time). {@link #firstAssignment()} holds
 * {@code pair().first()} and {@link #secondAssignment()} holds {@code pair().second()}.
 *
 * <p>Properties, in order: {@code person}, {@code pair}, {@code firstAssignment}, {@code
 * secondAssignment}, {@code from}, {@code to}, {@code grounds}, {@code ongoing}. Built only by the
 * rules. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class SegregationViolation {

  /** For the generated implementation only. */
  protected SegregationViolation() {}

  /**
   * The person.
   *
   * @return the person
   */
  public abstract String person();

  /**
   * The two posts.
   *
   * @return the pair
   */
  public abstract DutyPostPair pair();

  /**
   * The assignment of {@code pair().first()}.
   *
   * @return the assignment
   */
  public abstract PostAssignment firstAssignment();

  /**
   * The assignment of {@code pair().second()}.
   *
   * @return the assignment
   */
  public abstract PostAssignment secondAssignment();

  /**
   * The first day of the violation.
   *
   * @return the day, inclusive
   */
  public abstract LocalDate from();

  /**
   * The last day of the violation, at the latest the date asked for.
   *
   * @return the day, inclusive
   */
  public abstract LocalDate to();

  /**
   * Why it is forbidden, in {@link ViolationGround} order: the reading or extra pair that forbids
   * the pair, then {@link ViolationGround#COOLING_OFF} when the posts were not held at the same
   * time.
   *
   * @return the grounds, never empty
   */
  public abstract List<ViolationGround> grounds();

  /**
   * Whether the violation is in effect on the date asked for ({@link #to()} is that date).
   *
   * @return {@code true} if still in effect then
   */
  public abstract boolean ongoing();

  /**
   * Checks the violation's parts against each other; called by the generated implementation when
   * the violation is built.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}, the assignments do not hold
   *     the pair's first and second posts in that order, either assignment is of another person, or
   *     no ground is given
   */
  @Value.Check
  protected void check() {
    if (to().isBefore(from())) {
      throw InvalidInputException.of("to", to(), "must not be before from, " + from());
    }
    if (firstAssignment().post() != pair().first()
        || secondAssignment().post() != pair().second()) {
      throw InvalidInputException.of(
          "pair", pair(), "the assignments must hold the pair's first and second posts in order");
    }
    if (!firstAssignment().person().equals(person())
        || !secondAssignment().person().equals(person())) {
      throw InvalidInputException.of(
          "person", person(), "both assignments must be of the violation's person");
    }
    if (grounds().isEmpty()) {
      throw InvalidInputException.of("grounds", grounds(), "a violation has a ground");
    }
  }
}
