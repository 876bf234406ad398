package io.github.cqui.rules.testing;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Generators of valid requests for the deadline rules, with room inside the rules' calendar and
 * editions by construction: every date is on or after the earliest policy edition that sets the
 * parameter, and far enough from the end of coverage that the answer is covered. Smaller draws give
 * earlier dates and simpler requests.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeadlineGens {

  /** Room at the end of coverage for the longest review or report period (20 working days). */
  private static final int WORKING_DAY_ROOM = 40;

  /** Room for the enforcement timeline: 12 months of 诉讼, 3 months to apply, rolls and reminders. */
  private static final int ENFORCEMENT_ROOM_MONTHS = 16;

  private DeadlineGens() {}

  /**
   * Dates from {@code first} to {@code last} inclusive, as an offset from {@code first}.
   *
   * @param first the earliest date, to which the dates shrink
   * @param last the latest date, not before {@code first}
   * @return the generator
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    int days = (int) ChronoUnit.DAYS.between(first, last);
    return Gen.ints(0, days).map(first::plusDays);
  }

  /**
   * Applications received from the earliest policy edition on, with or without a time of day (a
   * whole minute, so the office-hours cut-off of I-1 is met on both sides).
   *
   * @param rules the rules whose editions and calendar bound the receipt dates: from the earliest
   *     edition's effective date to 40 working days before the last covered day
   * @return the generator
   */
  public static Gen<ReviewRequest> reviewRequests(CquiRules rules) {
    Gen<LocalDate> dates =
        datesBetween(rules.editions().earliest().effectiveFrom(), lastWithRoom(rules.calendar()));
    Gen<Optional<LocalTime>> times =
        Gen.oneOf(
            Gen.constant(Optional.<LocalTime>empty()),
            Gen.ints(0, 24 * 60 - 1).map(m -> Optional.of(LocalTime.of(m / 60, m % 60))));
    return Gen.zip(
        dates,
        times,
        (date, time) -> time.map(t -> ReviewRequest.of(date, t)).orElse(ReviewRequest.of(date)));
  }

  /**
   * Stop events of every type, from the earliest policy edition on.
   *
   * @param rules the rules whose editions and calendar bound the event dates: from the earliest
   *     edition's effective date to 40 working days before the last covered day
   * @return the generator
   */
  public static Gen<StopEventReport> stopEventReports(CquiRules rules) {
    return Gen.zip(
        datesBetween(rules.editions().earliest().effectiveFrom(), lastWithRoom(rules.calendar())),
        Gen.elementOf(Arrays.asList(StopEventType.values())),
        StopEventReport::of);
  }

  /**
   * Publication dates of a 稳岗返还 public notice, from the first edition that sets the notice period
   * (渝人社办〔2025〕112号 二(一)).
   *
   * @param rules the rules whose editions and calendar bound the dates: up to 60 days before the
   *     last covered day
   * @return the generator
   * @throws IllegalArgumentException if no edition sets the notice period
   */
  public static Gen<LocalDate> publicationDates(CquiRules rules) {
    LocalDate first =
        rules.editions().editions().stream()
            .filter(e -> e.parameter(ParameterKey.NOTICE_CALENDAR_DAYS).isPresent())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no edition sets the notice period"))
            .effectiveFrom();
    return datesBetween(first, rules.calendar().lastCoveredDay().minusDays(60));
  }

  /**
   * Enforcement requests: the decision served from the first edition that sets the enforcement
   * periods of I-17, with room for the whole timeline, rights stated or not, and a 催告书 not served,
   * or served on the decision day or later (with room for the 10 working days after it). The
   * simplest request is served on the first day with the rights stated and no 催告书; the simplest 催告书
   * is served on the decision day.
   *
   * @param rules the rules whose editions and calendar bound the dates: the decision up to 16
   *     months, the 催告书 up to 40 working days, before the last covered day
   * @return the generator
   * @throws IllegalArgumentException if no edition sets the 复议 period
   */
  public static Gen<EnforcementRequest> enforcementRequests(CquiRules rules) {
    WorkingDayCalendar calendar = rules.calendar();
    LocalDate lastServed = calendar.lastCoveredDay().minusMonths(ENFORCEMENT_ROOM_MONTHS);
    LocalDate lastReminder = calendar.minusWorkingDays(calendar.lastCoveredDay(), WORKING_DAY_ROOM);
    LocalDate first =
        rules.editions().editions().stream()
            .filter(e -> e.parameter(ParameterKey.RECONSIDERATION_DAYS).isPresent())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no edition sets the 复议 period"))
            .effectiveFrom();
    return datesBetween(first, lastServed)
        .flatMap(
            served ->
                Gen.zip(
                    Gen.booleans(),
                    Gen.oneOf(
                        Gen.constant(Optional.<LocalDate>empty()),
                        datesBetween(served, lastReminder).map(Optional::of)),
                    (rightsNotStated, reminder) ->
                        ImmutableEnforcementRequest.builder()
                            .decisionServedOn(served)
                            .rightsStated(!rightsNotStated)
                            .reminderServedOn(reminder)
                            .build()));
  }

  private static LocalDate lastWithRoom(WorkingDayCalendar calendar) {
    return calendar.minusWorkingDays(calendar.lastCoveredDay(), WORKING_DAY_ROOM);
  }
}
