package io.github.cqui.examples.suite;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.ReviewStatus;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The desk seen as a rule set, so that the library's laws — which take a {@link CquiRules} — check
 * the desk and not only the library: a review deadline is asked of the desk the way its intake asks
 * (an application with a time of day becomes the instant it arrived, in Chongqing time; one without
 * becomes a paper application stamped with its date), and everything else goes to the desk's own
 * rule set.
 *
 * <p>This is the one piece of glue a tester writes: route each call the integration makes through
 * the integration's own code, and let the laws judge the answers.
 */
final class DeskRules implements CquiRules {

  private final CaseDesk desk;
  private final CquiRules rules;

  DeskRules(CaseDesk desk) {
    this.desk = desk;
    this.rules = desk.rules();
  }

  /** When an application received at the local date and time of {@code request} arrived. */
  static Instant arrival(ReviewRequest request) {
    return request
        .receiptDate()
        .atTime(request.receiptTime().orElseThrow())
        .atZone(CaseDesk.CHONGQING_TIME)
        .toInstant();
  }

  @Override
  public DeadlineRules deadlines() {
    DeadlineRules library = rules.deadlines();
    return new DeadlineRules() {
      @Override
      public ReviewDeadline reviewDeadline(ReviewRequest request) {
        return request.receiptTime().isPresent()
            ? desk.reviewDeadline(arrival(request))
            : desk.reviewDeadline(request.receiptDate());
      }

      @Override
      public Resubmission resubmission(ReviewDeadline first, ReviewRequest supplement) {
        return supplement.receiptTime().isPresent()
            ? desk.resubmission(first, arrival(supplement))
            : desk.resubmission(first, supplement.receiptDate());
      }

      @Override
      public ReviewStatus reviewStatus(ReviewDeadline review, LocalDate asOf) {
        return library.reviewStatus(review, asOf);
      }

      @Override
      public ReportDeadline reportDeadline(StopEventReport event) {
        return library.reportDeadline(event);
      }
    };
  }

  @Override
  public WorkingDayCalendar calendar() {
    return rules.calendar();
  }

  @Override
  public PolicyEditions editions() {
    return rules.editions();
  }

  @Override
  public InterpretationSwitches switches() {
    return rules.switches();
  }

  @Override
  public NoticeRules notices() {
    return rules.notices();
  }

  @Override
  public RecoveryRules recovery() {
    return rules.recovery();
  }

  @Override
  public PremiumRules premium() {
    return rules.premium();
  }

  @Override
  public BenefitRules benefits() {
    return rules.benefits();
  }

  @Override
  public EntitlementRules entitlements() {
    return rules.entitlements();
  }

  @Override
  public ControlRules controls() {
    return rules.controls();
  }

  @Override
  public String toString() {
    return "DeskRules[" + desk + "]";
  }
}
