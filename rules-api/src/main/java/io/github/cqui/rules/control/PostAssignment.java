package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutablePostAssignment;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding one of the posts of 渝人社办〔2025〕112号 四 over a period, substantively or in an
 * acting role (I-21: acting roles count).
 *
 * <p><b>Days are inclusive at both ends</b>: {@link #from()} is the first day the post is held and
 * {@link #to()} the last. A handover on one day — one assignment ending on the day the other begins
 * — is an overlap of that day; back-to-back assignments (the next begins the day after the last day
 * of the other) do not overlap. An open assignment ({@link #to()} empty) is held until the date the
 * check is asked for.
 *
 * <p>Properties, in order: {@code person}, {@code post}, {@code from}, {@code to} (absent when
 * open), {@code kind}. Build with {@link #builder()} or the factories. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PostAssignment {

  /** For the generated implementation only. */
  protected PostAssignment() {}

  /**
   * Who holds the post: a staff identifier, compared exactly (the same person has the same
   * identifier in every assignment).
   *
   * @return the person, never blank, without white space at either end
   */
  public abstract String person();

  /**
   * The post.
   *
   * @return the post
   */
  public abstract DutyPost post();

  /**
   * The first day the post is held.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate from();

  /**
   * The last day the post is held.
   *
   * @return the last day, inclusive; empty while it is held
   */
  public abstract Optional<LocalDate> to();

  /**
   * Whether the post is held substantively or in an acting role.
   *
   * @return {@link AssignmentKind#SUBSTANTIVE} unless set
   */
  @Value.Default
  public AssignmentKind kind() {
    return AssignmentKind.SUBSTANTIVE;
  }

  /**
   * A substantive assignment over a closed period.
   *
   * @param person the person, not blank
   * @param post the post
   * @param from the first day, inclusive
   * @param to the last day, inclusive, not before {@code from}
   * @return the assignment
   * @throws InvalidInputException naming {@code person} if blank or padded with white space, or
   *     {@code to} if before {@code from}
   */
  public static PostAssignment of(String person, DutyPost post, LocalDate from, LocalDate to) {
    return builder().person(person).post(post).from(from).to(to).build();
  }

  /**
   * A substantive assignment still held.
   *
   * @param person the person, not blank
   * @param post the post
   * @param from the first day, inclusive
   * @return the open assignment
   * @throws InvalidInputException naming {@code person} if blank or padded with white space
   */
  public static PostAssignment openFrom(String person, DutyPost post, LocalDate from) {
    return builder().person(person).post(post).from(from).build();
  }

  /**
   * A builder for an assignment.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an assignment: the generated setters, {@code from} and {@code build()}, which checks the
   * value and throws {@link InvalidInputException} naming a missing or invalid attribute. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutablePostAssignment.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the person and the days; called by the generated implementation when the assignment is
   * built.
   *
   * @throws InvalidInputException if the person is blank or begins or ends with white space, or
   *     {@code to} is given and before {@code from}
   */
  @Value.Check
  protected void check() {
    Checks.requireNonBlank("person", person());
    if (!person().strip().equals(person())) {
      throw InvalidInputException.of(
          "person",
          '"' + person() + '"',
          "must not begin or end with white space: people are compared exactly");
    }
    if (to().isPresent() && to().get().isBefore(from())) {
      throw InvalidInputException.of(
          "to", to().get(), "an assignment must not end before it starts, on " + from());
    }
  }
}
