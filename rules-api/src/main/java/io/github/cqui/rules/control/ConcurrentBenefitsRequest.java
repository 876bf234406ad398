package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefitsRequest;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim and the periods of the other benefits the person received (渝人社办〔2025〕112号 一(五); I-14,
 * I-15), e.g. as found by comparing data with the pension and employment-subsidy records.
 *
 * <p>Properties, in order: {@code claim}, {@code otherBenefits}.
 *
 * <p>Validated when built; a violation throws {@link InvalidInputException} naming the field, the
 * value and the rule:
 *
 * <ul>
 *   <li>two periods of one benefit do not share a day (the same benefit is not received twice
 *       over);
 *   <li>where the claim records a stop event for a basic pension or 病残津贴 and periods of that
 *       benefit are given, one of them starts on the event's day: two records that disagree on when
 *       the benefit began are refused, never reconciled by picking one.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ConcurrentBenefitsRequest {

  /** For the generated implementation only. */
  protected ConcurrentBenefitsRequest() {}

  /**
   * The claim, as the ledger takes it; its own stop events and 灵活就业社保补贴 periods apply as well.
   *
   * @return the claim history
   */
  public abstract ClaimHistory claim();

  /**
   * The periods of other benefits, in any order.
   *
   * @return the periods, possibly empty
   */
  public abstract List<OtherBenefitPeriod> otherBenefits();

  /**
   * A request.
   *
   * @param claim the claim
   * @param otherBenefits the periods of other benefits
   * @return the request
   * @throws InvalidInputException if the periods are inconsistent (see the class documentation)
   */
  public static ConcurrentBenefitsRequest of(
      ClaimHistory claim, List<OtherBenefitPeriod> otherBenefits) {
    Checks.requireNonNull("claim", claim);
    Checks.requireNonNull("otherBenefits", otherBenefits);
    return builder().claim(claim).otherBenefits(otherBenefits).build();
  }

  /**
   * A builder for a request.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a request: the generated setters, {@code from} and {@code build()}, which checks the
   * value and throws {@link InvalidInputException} naming a missing or invalid attribute. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableConcurrentBenefitsRequest.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the other benefits against each other and against the claim's stop events; called by the
   * generated implementation when the request is built.
   *
   * @throws InvalidInputException if two periods of the same kind share a day, or the claim records
   *     a stop event of a benefit whose periods are given but none of them starts on the event's
   *     day
   */
  @Value.Check
  protected void check() {
    List<OtherBenefitPeriod> periods = otherBenefits();
    for (int j = 0; j < periods.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (periods.get(i).kind() == periods.get(j).kind()
            && periods.get(i).sharesADayWith(periods.get(j))) {
          throw InvalidInputException.of(
              "otherBenefits[" + j + "]",
              periods.get(j),
              "shares days with otherBenefits["
                  + i
                  + "] ("
                  + periods.get(i)
                  + "): one benefit is not received twice over");
        }
      }
    }
    List<StopEvent> events = claim().stopEvents();
    for (int e = 0; e < events.size(); e++) {
      StopEvent event = events.get(e);
      List<OtherBenefitPeriod> sameBenefit = new ArrayList<>();
      boolean startsThatDay = false;
      for (OtherBenefitPeriod period : periods) {
        Optional<StopEventType> type = period.kind().stopEventType();
        if (type.isPresent() && type.get() == event.type()) {
          sameBenefit.add(period);
          startsThatDay |= period.from().equals(event.date());
        }
      }
      if (!sameBenefit.isEmpty() && !startsThatDay) {
        throw InvalidInputException.of(
            "otherBenefits",
            sameBenefit,
            "the claim records a "
                + event.type()
                + " stop event on "
                + event.date()
                + " (claim.stopEvents["
                + e
                + "]); a period of the same benefit must start on that day: the two records"
                + " disagree on when it began");
      }
    }
  }
}
