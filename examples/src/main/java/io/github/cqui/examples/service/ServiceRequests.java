package io.github.cqui.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service's own request and response bodies, for the rules that take more than one input (a
 * result passed back in with a date, two parts of a plan): each property named as the rule's
 * parameter, so a refusal of the rule names the same path as the JSON ({@code review.deadline},
 * {@code plan.instalments}); each cqui value in the library's own JSON form.
 *
 * <p>Read strictly ({@link ServiceJson}): an unknown, missing or {@code null} property is refused
 * naming it ({@code asOf = (missing): is required}); an {@code Optional} property may be left out
 * (or be {@code null}).
 */
public final class ServiceRequests {

  private ServiceRequests() {}

  /**
   * A required property, refused as the library refuses a missing one when it is not there.
   *
   * @throws InvalidInputException naming the property
   */
  static <T> T required(@Nullable T value, String property) {
    if (value == null) {
      throw InvalidInputException.of(property, "(missing)", "is required");
    }
    return value;
  }

  /**
   * {@code POST /v1/deadlines/review-status}: a review deadline and the day it is looked at.
   *
   * @param review the review deadline, as {@code /v1/deadlines/review} answered it
   * @param asOf the day
   */
  public record ReviewStatus(ReviewDeadline review, LocalDate asOf) {
    /** Checks that both are present, naming a missing one. */
    public ReviewStatus {
      review = required(review, "review");
      asOf = required(asOf, "asOf");
    }
  }

  /**
   * {@code POST /v1/deadlines/resubmission}: a first review and the supplement received after it
   * (I-3).
   *
   * @param first the first review deadline, as {@code /v1/deadlines/review} answered it
   * @param supplement the receipt of the supplementary material
   */
  public record Resubmission(ReviewDeadline first, ReviewRequest supplement) {
    /** Checks that both are present, naming a missing one. */
    public Resubmission {
      first = required(first, "first");
      supplement = required(supplement, "supplement");
    }
  }

  /**
   * {@code POST /v1/notices/period}: the day a 稳岗返还 list was published (二(一), I-20).
   *
   * @param publishedOn the publication day
   */
  public record NoticePeriod(LocalDate publishedOn) {
    /** Checks that the day is present. */
    public NoticePeriod {
      publishedOn = required(publishedOn, "publishedOn");
    }
  }

  /**
   * {@code POST /v1/notices/entry-status}: an entry of a published notice on a day.
   *
   * @param notice the notice period, as {@code /v1/notices/period} answered it
   * @param confirmedOn the day the entry was confirmed; left out if it was not
   * @param asOf the day
   */
  public record NoticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf) {
    /** Checks that the parts are present, naming a missing one. */
    public NoticeEntryStatus {
      notice = required(notice, "notice");
      confirmedOn = required(confirmedOn, "confirmedOn");
      asOf = required(asOf, "asOf");
    }
  }

  /**
   * {@code POST /v1/recovery/enforcement-step}: an enforcement timeline on a day (I-16, I-17).
   *
   * @param timeline the timeline, as {@code /v1/recovery/enforcement-timeline} answered it
   * @param asOf the day
   */
  public record EnforcementStep(EnforcementTimeline timeline, LocalDate asOf) {
    /** Checks that both are present, naming a missing one. */
    public EnforcementStep {
      timeline = required(timeline, "timeline");
      asOf = required(asOf, "asOf");
    }
  }

  /**
   * {@code POST /v1/recovery/debt}: a claim with what was actually paid, and the day its debt is
   * established (三(四)).
   *
   * @param claim the claim
   * @param establishedOn the day the debt is established
   */
  public record Debt(ClaimHistory claim, LocalDate establishedOn) {
    /** Checks that both are present, naming a missing one. */
    public Debt {
      claim = required(claim, "claim");
      establishedOn = required(establishedOn, "establishedOn");
    }
  }

  /**
   * The answer of {@code POST /v1/recovery/debt}: the debt, left out when the claim has no
   * overpayment ({@code {}}).
   *
   * @param debt the debt, if there is one
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record DebtAnswer(Optional<OverpaymentDebt> debt) {
    /** Checks that the option is present. */
    public DebtAnswer {
      debt = required(debt, "debt");
    }
  }

  /**
   * {@code POST /v1/recovery/schedule}: a debt and the plan to recover it (三(四); I-16, I-24).
   *
   * @param debt the debt, as {@code /v1/recovery/debt} answered it
   * @param plan the recovery plan
   */
  public record Schedule(OverpaymentDebt debt, RecoveryPlan plan) {
    /** Checks that both are present, naming a missing one. */
    public Schedule {
      debt = required(debt, "debt");
      plan = required(plan, "plan");
    }
  }

  /**
   * {@code POST /v1/recovery/status}: a schedule and the repayments made under it.
   *
   * @param schedule the schedule, as {@code /v1/recovery/schedule} answered it
   * @param history the repayments, complete up to their {@code asOf}
   */
  public record RecoveryStatus(RecoverySchedule schedule, RepaymentHistory history) {
    /** Checks that both are present, naming a missing one. */
    public RecoveryStatus {
      schedule = required(schedule, "schedule");
      history = required(history, "history");
    }
  }

  /**
   * {@code POST /v1/benefits/retirement}: the statutory retirement of a person (2025 reform).
   *
   * @param birthMonth the month of birth
   * @param category the retirement category
   */
  public record Retirement(YearMonth birthMonth, RetirementCategory category) {
    /** Checks that both are present, naming a missing one. */
    public Retirement {
      birthMonth = required(birthMonth, "birthMonth");
      category = required(category, "category");
    }
  }

  /**
   * {@code POST /v1/controls/segregation}: a staff roster on a day (四; I-21).
   *
   * @param roster the roster
   * @param asOf the day
   */
  public record Segregation(StaffRoster roster, LocalDate asOf) {
    /** Checks that both are present, naming a missing one. */
    public Segregation {
      roster = required(roster, "roster");
      asOf = required(asOf, "asOf");
    }
  }

  /**
   * {@code POST /v1/echo}: a small JSON object read and written back, with no rule called; the
   * framework's own cost of a JSON request, for the benchmark's comparison.
   *
   * @param text any text
   */
  public record Echo(String text) {
    /** Checks that the text is present. */
    public Echo {
      text = required(text, "text");
    }
  }

  /**
   * {@code POST /v1/echo/repeated}: a small JSON object read, and its text written back {@code
   * times} times over, with no rule called; the framework's own cost of a request whose answer is
   * as large as a rule's (the benchmark's second no-op: the whole case's answer is 8 KB).
   *
   * @param text any text
   * @param times how many times the answer repeats it, from 1 to 100, and at most 1 MB in all
   */
  public record RepeatedEcho(String text, int times) {
    /** Checks that the text is present and the answer bounded. */
    public RepeatedEcho {
      text = required(text, "text");
      if (times < 1 || times > 100) {
        throw InvalidInputException.of("times", times, "must be from 1 to 100");
      }
      if ((long) text.length() * times > 1 << 20) {
        throw InvalidInputException.of(
            "times", times, "the answer would be over 1 MB (" + text.length() + " characters)");
      }
    }
  }
}
