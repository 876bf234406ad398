package io.github.cqui.rules.edition;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEditions;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Policy editions in order of their effective dates, answering which one is in force on a date.
 *
 * <p>The rule names the date that chooses the edition: the receipt date for the review clock
 * (I-18), the event date for the report deadline, the publication date for the notice period. An
 * edition stays in force from its {@link PolicyEdition#effectiveFrom()} until the next one's; a
 * date before the earliest edition is refused with {@link NoEditionInForceException}.
 *
 * <p>A jurisdiction bundles its own (the Chongqing editions are in {@code cqui-core}). Build a set
 * with {@link #of(PolicyEdition, PolicyEdition...)} or extend one with {@link
 * #with(PolicyEdition)}. The editions are sorted on construction; two editions with the same
 * effective date are refused.
 *
 * <p>JSON: {@code {"editions":[…]}}; an unknown property is rejected. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class PolicyEditions {

  /** For the generated implementation only. */
  protected PolicyEditions() {}

  /**
   * The editions, in increasing order of effective date.
   *
   * @return the editions, never empty
   */
  public abstract List<PolicyEdition> editions();

  /**
   * The editions given, in any order.
   *
   * @param first an edition
   * @param more further editions
   * @return the ordered editions
   * @throws InvalidInputException if two editions share an effective date
   */
  public static PolicyEditions of(PolicyEdition first, PolicyEdition... more) {
    Checks.requireNonNull("first", first);
    Checks.requireNonNull("more", more);
    return ImmutablePolicyEditions.builder().addEditions(first).addEditions(more).build();
  }

  /**
   * The editions given, in any order.
   *
   * @param editions the editions, at least one
   * @return the ordered editions
   * @throws InvalidInputException if there is none, or two share an effective date
   */
  public static PolicyEditions of(Iterable<? extends PolicyEdition> editions) {
    Checks.requireNonNull("editions", editions);
    return ImmutablePolicyEditions.builder().addAllEditions(editions).build();
  }

  /**
   * The edition in force on a date: the one with the latest effective date on or before it.
   *
   * @param date the date the rule names, e.g. the receipt date (I-18)
   * @return the edition in force
   * @throws NoEditionInForceException naming the date and the earliest edition, if the date is
   *     before it
   */
  public PolicyEdition editionOn(LocalDate date) {
    Checks.requireNonNull("date", date);
    List<PolicyEdition> editions = editions();
    for (int i = editions.size() - 1; i >= 0; i--) {
      if (!editions.get(i).effectiveFrom().isAfter(date)) {
        return editions.get(i);
      }
    }
    PolicyEdition earliest = earliest();
    throw new NoEditionInForceException(
        "no policy edition in force on "
            + date
            + ": the earliest edition takes effect on "
            + earliest.effectiveFrom()
            + " ("
            + earliest.source()
            + ")",
        date,
        Optional.of(earliest.effectiveFrom()));
  }

  /**
   * A parameter of the edition in force on a date.
   *
   * <p>Example: {@code editions.parameterOn(published, ParameterKey.NOTICE_CALENDAR_DAYS)}.
   *
   * @param <T> the type of the parameter's value
   * @param date the date the rule names
   * @param key the parameter's key
   * @return the parameter of the edition in force
   * @throws NoEditionInForceException if no edition is in force on the date, or the edition in
   *     force does not set the parameter; the message names the date, the parameter and the
   *     earliest edition that sets it
   */
  public <T> PolicyParameter<T> parameterOn(LocalDate date, ParameterKey<T> key) {
    Checks.requireNonNull("date", date);
    Checks.requireNonNull("key", key);
    PolicyEdition edition = editionOn(date);
    Optional<PolicyParameter<T>> value = key.in(edition);
    if (value.isPresent()) {
      return value.get();
    }
    Optional<PolicyEdition> earliestWith = Optional.empty();
    for (PolicyEdition e : editions()) {
      if (key.in(e).isPresent()) {
        earliestWith = Optional.of(e);
        break;
      }
    }
    String message = "no policy edition in force on " + date + " sets " + key.name();
    if (earliestWith.isPresent()) {
      message +=
          ": the earliest edition that does takes effect on "
              + earliestWith.get().effectiveFrom()
              + " ("
              + earliestWith.get().source()
              + ")";
    } else {
      message += ": no edition sets it";
    }
    throw new NoEditionInForceException(
        message, date, earliestWith.map(PolicyEdition::effectiveFrom));
  }

  /**
   * A parameter of the edition in force on a date, if there is such an edition and it sets the
   * parameter: for rules that apply only under the editions that set it (e.g. the suspension after
   * missed verifications, I-18).
   *
   * @param <T> the type of the parameter's value
   * @param date the date the rule names
   * @param key the parameter's key
   * @return the parameter; empty when no edition is in force on the date or it does not set it
   */
  public <T> Optional<PolicyParameter<T>> findParameterOn(LocalDate date, ParameterKey<T> key) {
    Checks.requireNonNull("date", date);
    Checks.requireNonNull("key", key);
    List<PolicyEdition> editions = editions();
    for (int i = editions.size() - 1; i >= 0; i--) {
      if (!editions.get(i).effectiveFrom().isAfter(date)) {
        return key.in(editions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The edition with the earliest effective date.
   *
   * @return the first edition
   */
  public PolicyEdition earliest() {
    return editions().get(0);
  }

  /**
   * The edition with the latest effective date.
   *
   * @return the last edition
   */
  public PolicyEdition latest() {
    return editions().get(editions().size() - 1);
  }

  /**
   * These editions with one added, replacing any edition with the same effective date.
   *
   * @param edition the edition to add
   * @return the new set of editions
   */
  public PolicyEditions with(PolicyEdition edition) {
    Checks.requireNonNull("edition", edition);
    List<PolicyEdition> editions = new ArrayList<>();
    for (PolicyEdition existing : editions()) {
      if (!existing.effectiveFrom().equals(edition.effectiveFrom())) {
        editions.add(existing);
      }
    }
    editions.add(edition);
    return of(editions);
  }

  /**
   * Checks the editions and puts them in order of effective date; called by the generated
   * implementation when the set is built.
   *
   * @return this set when its editions are already in increasing order of effective date, otherwise
   *     the same editions in that order
   * @throws InvalidInputException if there is no edition, or two take effect on the same date
   */
  @Value.Check
  protected PolicyEditions normalize() {
    List<PolicyEdition> editions = editions();
    if (editions.isEmpty()) {
      throw InvalidInputException.of("editions", "[]", "at least one policy edition is needed");
    }
    boolean sorted = true;
    for (int i = 1; i < editions.size(); i++) {
      int order = editions.get(i - 1).effectiveFrom().compareTo(editions.get(i).effectiveFrom());
      if (order == 0) {
        throw InvalidInputException.of(
            "editions", editions.get(i).effectiveFrom(), "two editions take effect on this date");
      }
      sorted &= order < 0;
    }
    if (sorted) {
      return this;
    }
    List<PolicyEdition> ordered =
        ImmutableList.sortedCopyOf(Comparator.comparing(PolicyEdition::effectiveFrom), editions);
    return ImmutablePolicyEditions.builder().editions(ordered).build();
  }
}
