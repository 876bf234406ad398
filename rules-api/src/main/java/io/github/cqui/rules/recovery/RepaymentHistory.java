package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableRepaymentHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What has been recovered up to a day, and the service of the 责令退回决定书 when one was served: the
 * input of {@link RecoveryRules#status}.
 *
 * <p>Validated when built, naming the field: no repayment after {@code asOf} ({@code
 * repayments[i].date}); at most {@value #MAX_REPAYMENTS} repayments; the decision not served after
 * {@code asOf} ({@code decision.decisionServedOn}), nor the 催告书 ({@code
 * decision.reminderServedOn}). A repayment before the debt was established is refused by the rule,
 * which knows the debt.
 *
 * <p>Properties, in order: {@code asOf}, {@code repayments}, {@code decision}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RepaymentHistory {

  /** The most repayments one history may list. */
  public static final int MAX_REPAYMENTS = 10_000;

  /** For the generated implementation only. */
  protected RepaymentHistory() {}

  /**
   * The day the state is asked for; the history is complete up to it.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Everything recovered up to {@link #asOf()}, in any order.
   *
   * @return the repayments, possibly empty
   */
  public abstract List<Repayment> repayments();

  /**
   * The service of the 责令退回决定书 (and of the 催告书 when served), once the decision was served.
   *
   * @return the service dates; empty while no decision was served
   */
  public abstract Optional<EnforcementRequest> decision();

  /**
   * A builder for a history.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a history: the generated setters and {@code build()}, which checks the value and throws
   * {@link InvalidInputException} naming a missing or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableRepaymentHistory.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the history against its date; called by the generated implementation when the history is
   * built.
   *
   * @throws InvalidInputException if there are more than {@value #MAX_REPAYMENTS} repayments, or a
   *     repayment, the decision's service or the 催告书's service is after {@link #asOf()}
   */
  @Value.Check
  protected void check() {
    if (repayments().size() > MAX_REPAYMENTS) {
      throw InvalidInputException.of(
          "repayments",
          repayments().size() + " repayments",
          "at most " + MAX_REPAYMENTS + " are accepted");
    }
    for (int i = 0; i < repayments().size(); i++) {
      LocalDate date = repayments().get(i).date();
      if (date.isAfter(asOf())) {
        throw InvalidInputException.of(
            "repayments[" + i + "].date",
            date,
            "must not be after asOf, " + asOf() + ": the history is what was received up to it");
      }
    }
    if (decision().isPresent()) {
      EnforcementRequest served = decision().get();
      if (served.decisionServedOn().isAfter(asOf())) {
        throw InvalidInputException.of(
            "decision.decisionServedOn",
            served.decisionServedOn(),
            "must not be after asOf, " + asOf());
      }
      if (served.reminderServedOn().isPresent()
          && served.reminderServedOn().get().isAfter(asOf())) {
        throw InvalidInputException.of(
            "decision.reminderServedOn",
            served.reminderServedOn().get(),
            "must not be after asOf, " + asOf());
      }
    }
  }
}
