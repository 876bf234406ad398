package io.github.cqui.examples.suite;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.Gen;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The tester's own generators, composed from the kit's pieces: valid by construction, the
 * constraint drawn first, smaller draws giving simpler values, so the runner shrinks them with no
 * shrinker of their own.
 */
final class DeskGens {

  /** Room at the end of the calendar for a review period (at most 20 working days). */
  private static final int WORKING_DAY_ROOM = 40;

  private DeskGens() {}

  /**
   * Applications the desk receives: from the day it opened to the last day whose deadline its
   * calendar still covers; on paper (no time of day, the simpler) or online (a time to the minute).
   * Draws: the date, then paper or online, then the minute of the day.
   */
  static Gen<ReviewRequest> applications(CquiRules rules) {
    WorkingDayCalendar calendar = rules.calendar();
    LocalDate last = calendar.minusWorkingDays(calendar.lastCoveredDay(), WORKING_DAY_ROOM);
    Gen<Optional<LocalTime>> times =
        Gen.oneOf(
            Gen.constant(Optional.<LocalTime>empty()),
            Gen.ints(0, 24 * 60 - 1).map(m -> Optional.of(LocalTime.of(m / 60, m % 60))));
    return Gen.zip(
        DeadlineGens.datesBetween(CaseDesk.OPENED, last),
        times,
        (date, time) -> time.map(t -> ReviewRequest.of(date, t)).orElse(ReviewRequest.of(date)));
  }
}
