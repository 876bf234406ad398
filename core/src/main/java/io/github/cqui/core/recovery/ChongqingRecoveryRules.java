package io.github.cqui.core.recovery;

import static io.github.cqui.core.kernel.PassedBack.property;
import static io.github.cqui.core.kernel.RuleContext.inContext;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.kernel.PassedBack;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.RecoveryRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing recovery rules (渝人社办〔2025〕112号 三(四); I-16, I-17) on a calendar: the enforcement
 * timeline of a 责令退回决定书 and the next step on a date. Each method cites its clause in {@link
 * RecoveryRules}. Immutable and thread-safe.
 */
public final class ChongqingRecoveryRules implements RecoveryRules {

  static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");

  /** A timeline passed back in is the one these rules derive from its request, or refused. */
  private static final PassedBack<EnforcementTimeline> PASSED_BACK =
      PassedBack.comparing(
          List.of(
              property(
                  "reconsiderationDeadline",
                  "the 复议 deadline",
                  EnforcementTimeline::reconsiderationDeadline),
              property(
                  "litigationDeadline", "the 诉讼 deadline", EnforcementTimeline::litigationDeadline),
              property(
                  "earliestCourtApplication",
                  "the earliest court application",
                  EnforcementTimeline::earliestCourtApplication),
              property(
                  "latestCourtApplication",
                  "the latest court application",
                  EnforcementTimeline::latestCourtApplication),
              property("explanation", "the explanation", EnforcementTimeline::explanation)));

  private final EnforcementClock clock;

  /**
   * The recovery rules on a calendar and policy editions.
   *
   * @param calendar the working-day calendar
   * @param editions the policy editions, which set the periods of I-17
   */
  public ChongqingRecoveryRules(WorkingDayCalendar calendar, PolicyEditions editions) {
    this.clock = new EnforcementClock(calendar, editions);
  }

  @Override
  public EnforcementTimeline enforcementTimeline(EnforcementRequest request) {
    LocalDate served = request.decisionServedOn();
    Optional<LocalDate> reminder = request.reminderServedOn();
    if (reminder.isPresent() && reminder.get().isBefore(served)) {
      throw InvalidInputException.of(
          "reminderServedOn",
          reminder.get(),
          "the 催告书 cannot be served before the 责令退回决定书 it enforces (served " + served + ")");
    }
    return inContext(
        "enforcement timeline of a decision served on " + served, () -> clock.timelineOf(request));
  }

  @Override
  public EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
    EnforcementRequest request = timeline.request();
    if (asOf.isBefore(request.decisionServedOn())) {
      throw InvalidInputException.of(
          "asOf",
          asOf,
          "must not be before the 责令退回决定书 was served on " + request.decisionServedOn());
    }
    return EnforcementLadder.stepOn(trusted(timeline), asOf);
  }

  /** The timeline passed back in, derived again from its request. */
  private EnforcementTimeline trusted(EnforcementTimeline timeline) {
    EnforcementRequest request = timeline.request();
    String subject =
        "a decision served on "
            + request.decisionServedOn()
            + (request.rightsStated() ? "" : " that did not state the rights")
            + request.reminderServedOn().map(day -> " with the 催告书 served on " + day).orElse("");
    return PASSED_BACK.require(
        "timeline", timeline, "request", subject, enforcementTimeline(request));
  }
}
