package io.github.cqui.rules.edition;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEdition;
import io.github.cqui.rules.edition.internal.ImmutablePolicyEditions;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Policy editions in order of their effective dates, answering which one is in force on a date.
 *
 * <p>The rule names the date that chooses the edition: the receipt date for the review clock
 * (I-18), the event date for the report deadline, the publication date for the notice period. An
 * edition stays in force from its {@link PolicyEdition#effectiveFrom()} until the next one's; a
 * date before the earliest edition is refused with {@link NoEditionInForceException}.
 *
 * <p>{@link #chongqing()} is the bundled Chongqing set. Users can build their own with {@link
 * #of(PolicyEdition, PolicyEdition...)} or extend one with {@link #with(PolicyEdition)}. The
 * editions are sorted on construction; two editions with the same effective date are refused.
 *
 * <p>JSON: {@code {"editions":[…]}}; an unknown property is rejected. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({"editions"})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePolicyEditions.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePolicyEditions.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePolicyEditions.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePolicyEditions.class)
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
    return ImmutablePolicyEditions.builder().addAllEditions(editions).build();
  }

  /**
   * The bundled Chongqing editions.
   *
   * <ol>
   *   <li><b>2023-12-01</b>, the day 《社会保险经办条例》 came into force (art 63): the first national rule
   *       to fix the review of a benefit claim at 10 working days (art 24) and the report of a stop
   *       event at 20 working days (art 25). Earlier claims fall under older rules (《失业保险金申领发放办法》
   *       art 14's 10 days, [SECONDARY]) that the library does not bundle.
   *   <li><b>2025-08-01</b>, the day 渝人社办〔2025〕112号 came into force (「本通知从2025年8月1日起实施」): review in
   *       7 working days (一(二)), report in 20 (一(五)), the 30-day 稳岗返还 notice (二(一)), the 4-month
   *       short-contribution threshold (三(一)).
   * </ol>
   *
   * <p>Both have the combined-months cap of 24 (《重庆市失业保险条例》 art 24; 《中华人民共和国社会保险法》 art 46).
   *
   * @return the two editions
   */
  public static PolicyEditions chongqing() {
    return Bundled.CHONGQING;
  }

  /** Holder, so that this class's initialization never waits for its generated subclass's. */
  private static final class Bundled {
    static final PolicyEditions CHONGQING = of(edition2023(), edition2025());

    private static PolicyParameter<Integer> combinedMonthsCap() {
      return PolicyParameter.of(
          24,
          LocalDate.of(2011, 11, 25),
          LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条"),
          LegalDocument.SOCIAL_INSURANCE_LAW.cite("第四十六条"));
    }

    private static PolicyEdition edition2023() {
      LocalDate from = LocalDate.of(2023, 12, 1);
      return ImmutablePolicyEdition.builder()
          .effectiveFrom(from)
          .source(LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第六十三条"))
          .reviewWorkingDays(
              PolicyParameter.of(
                  10, from, LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条")))
          .reportWorkingDays(
              PolicyParameter.of(
                  20, from, LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
          .combinedMonthsCap(combinedMonthsCap())
          .build();
    }

    private static PolicyEdition edition2025() {
      LocalDate from = LocalDate.of(2025, 8, 1);
      return ImmutablePolicyEdition.builder()
          .effectiveFrom(from)
          .source(LegalDocument.CHONGQING_NOTICE_2025_112.cite())
          .reviewWorkingDays(
              PolicyParameter.of(7, from, LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)")))
          .reportWorkingDays(
              PolicyParameter.of(
                  20,
                  LocalDate.of(2023, 12, 1),
                  LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(五)"),
                  LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
          .noticeCalendarDays(
              PolicyParameter.of(30, from, LegalDocument.CHONGQING_NOTICE_2025_112.cite("二(一)")))
          .shortContributionThresholdMonths(
              PolicyParameter.of(
                  4,
                  from,
                  LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(一)"),
                  LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE.cite()))
          .combinedMonthsCap(combinedMonthsCap())
          .build();
    }
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
   * A parameter of the edition in force on a date, for parameters that an edition may lack (see
   * {@link PolicyEdition#noticeCalendarDays()}).
   *
   * <p>Example: {@code editions.parameterOn(published, "noticeCalendarDays",
   * PolicyEdition::noticeCalendarDays)}.
   *
   * @param <T> the type of the parameter's value
   * @param date the date the rule names
   * @param name the parameter's name, for the message
   * @param parameter reads the parameter from an edition
   * @return the parameter of the edition in force
   * @throws NoEditionInForceException if no edition is in force on the date, or the edition in
   *     force lacks the parameter; the message names the date and the earliest edition that has it
   */
  public <T> PolicyParameter<T> parameterOn(
      LocalDate date,
      String name,
      Function<PolicyEdition, Optional<PolicyParameter<T>>> parameter) {
    PolicyEdition edition = editionOn(date);
    Optional<PolicyParameter<T>> value = parameter.apply(edition);
    if (value.isPresent()) {
      return value.get();
    }
    Optional<PolicyEdition> earliestWith =
        editions().stream().filter(e -> parameter.apply(e).isPresent()).findFirst();
    String message = "no policy edition in force on " + date + " sets " + name;
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
    List<PolicyEdition> editions = new ArrayList<>();
    for (PolicyEdition existing : editions()) {
      if (!existing.effectiveFrom().equals(edition.effectiveFrom())) {
        editions.add(existing);
      }
    }
    editions.add(edition);
    return of(editions);
  }

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

  @JsonAnySetter
  void rejectUnknownProperty(String name, @Nullable Object value) {
    throw InvalidInputException.of(name, value, "is not a property of PolicyEditions");
  }
}
