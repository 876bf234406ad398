package io.github.cqui.core.kernel;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.testing.Property;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A result passed back into a rule ({@code reviewStatus(ReviewDeadline, …)}, {@code
 * enforcementStep(EnforcementTimeline, …)}, …) is never trusted: the rule derives the result again
 * from the result's own request and refuses one that differs, naming the first property that does.
 * A result read from JSON, built by hand or made by rules with other switches or editions is thus
 * either exactly what these rules give, or refused (DESIGN.md: "a result passed back in is
 * validated, never trusted").
 *
 * <p>One check for every rule that takes a result: a rule names the result's properties once, in
 * order, each with its meaning in words, and calls {@link #require}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the result type
 */
public final class PassedBack<R> {

  /** Longest rendering of a derived value kept in a message, as for the offending value. */
  private static final int MAX_VALUE_LENGTH = 200;

  private final ImmutableList<Property<R>> properties;

  private PassedBack(ImmutableList<Property<R>> properties) {
    this.properties = properties;
  }

  /**
   * A property of a result: its name as the API and JSON name it, its meaning in words, and how to
   * read it.
   *
   * @param <R> the result type
   * @param name e.g. {@code deadline}
   * @param meaning e.g. {@code the review deadline}
   * @param accessor e.g. {@code ReviewDeadline::lastDay}
   */
  public record Property<R>(String name, String meaning, Function<R, ?> accessor) {}

  /**
   * The check of a result type, comparing its properties in the order given.
   *
   * @param <R> the result type
   * @param properties every property of the result, the one a reader would look at first, first
   * @return the check
   */
  public static <R> PassedBack<R> comparing(List<Property<R>> properties) {
    return new PassedBack<>(ImmutableList.copyOf(properties));
  }

  /**
   * A property of a result type.
   *
   * @param <R> the result type
   * @param name the property's name, e.g. {@code deadline}
   * @param meaning its meaning in words, e.g. {@code the review deadline}
   * @param accessor how to read it
   * @return the property
   */
  public static <R> Property<R> property(String name, String meaning, Function<R, ?> accessor) {
    return new Property<>(name, meaning, accessor);
  }

  /**
   * The result passed back in, when it is the result these rules derive from its request.
   *
   * @param parameter the rule's parameter that holds the result, e.g. {@code review}
   * @param given the result passed back in
   * @param source the property of the result it is derived from, e.g. {@code request}
   * @param subject what that source is, in words, e.g. {@code an application received on
   *     2025-09-25}
   * @param derived the result these rules derive from the source
   * @return {@code derived}, equal to {@code given}
   * @throws InvalidInputException naming {@code parameter.property} for the first property that
   *     differs, e.g. {@code review.deadline = 2025-10-10: does not follow from review.request (the
   *     review deadline of an application received on 2025-09-25 is 2025-10-11)}
   */
  public R require(String parameter, R given, String source, String subject, R derived) {
    if (given.equals(derived)) {
      return derived;
    }
    String from = "does not follow from " + parameter + "." + source;
    for (Property<R> property : properties) {
      Object was = property.accessor().apply(given);
      Object is = property.accessor().apply(derived);
      if (!was.equals(is)) {
        throw InvalidInputException.of(
            parameter + "." + property.name(),
            render(was),
            from + " (" + property.meaning() + " of " + subject + " is " + render(is) + ")");
      }
    }
    // every property is named above; a result type with a property added and not named here
    // still reaches the caller as a refusal, never as a trusted result
    throw InvalidInputException.of(parameter, render(given), from + " (" + subject + ")");
  }

  private static String render(Object value) {
    String text =
        value instanceof Optional<?> optional
            ? optional.map(String::valueOf).orElse("absent")
            : String.valueOf(value);
    return text.length() <= MAX_VALUE_LENGTH
        ? text
        : text.substring(0, MAX_VALUE_LENGTH) + "…(" + text.length() + " characters)";
  }
}
