package io.github.cqui.core.deadline;

import static io.github.cqui.core.gens.GenCases.allLow;
import static io.github.cqui.core.gens.GenCases.rulesWithEditions;
import static io.github.cqui.core.gens.GenCases.simplestWith;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.testing.DeadlineGens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadlineGens} keeps what its javadoc promises: the dates lie from the first edition that
 * sets the parameter (not merely the earliest edition) to the documented room before the end of the
 * calendar's coverage, and reach both ends; requests come with and without a time of day, decisions
 * with and without rights stated and a 催告书; rules with no edition setting the parameter are
 * refused; the simplest enforcement request is the documented one.
 */
class DeadlineGensPromisesTest {

  private static final CquiRules RULES = Chongqing.rules();
  private static final WorkingDayCalendar CALENDAR = RULES.calendar();

  /** The earliest bundled edition, 2023-12-01: the review clock and the report deadline. */
  private static final LocalDate EARLIEST = LocalDate.of(2023, 12, 1);

  /** The edition of 渝人社办〔2025〕112号, 2025-08-01: the first that sets the notice period. */
  private static final LocalDate NOTICE = LocalDate.of(2025, 8, 1);

  /** 40 working days before the last covered day: room for a review or report period. */
  private static final LocalDate LAST_WITH_ROOM =
      CALENDAR.minusWorkingDays(CALENDAR.lastCoveredDay(), 40);

  /** The bundled editions, each changed by {@code change}. */
  private static CquiRules withEditions(UnaryOperator<PolicyEdition.Builder> change) {
    return rulesWithEditions(e -> change.apply(PolicyEdition.builder().from(e)).build());
  }

  /** The bundled editions with the 2023 one not setting the enforcement periods' 复议 period. */
  private static CquiRules reconsiderationFrom2025() {
    return rulesWithEditions(
        e ->
            e.effectiveFrom().equals(EARLIEST)
                ? PolicyEdition.builder().from(e).reconsiderationDays(Optional.empty()).build()
                : e);
  }

  @Test
  void reviewRequestsAreReceivedFromTheEarliestEditionWithRoomAndWithAndWithoutATime() {
    Set<LocalDate> dates = new HashSet<>();
    Set<LocalTime> times = new TreeSet<>();
    boolean withoutATime = false;
    for (ReviewRequest r : withBounds(DeadlineGens.reviewRequests(RULES), 81, 1000)) {
      assertThat(r.receiptDate()).isBetween(EARLIEST, LAST_WITH_ROOM);
      dates.add(r.receiptDate());
      r.receiptTime().ifPresent(times::add);
      withoutATime |= r.receiptTime().isEmpty();
    }
    assertThat(dates).contains(EARLIEST, LAST_WITH_ROOM);
    assertThat(withoutATime).isTrue();
    // a whole minute, from 00:00 to 23:59
    assertThat(times).allMatch(t -> t.getSecond() == 0 && t.getNano() == 0);
    assertThat(times).contains(LocalTime.MIDNIGHT, LocalTime.of(23, 59));
  }

  @Test
  void stopEventReportsAreOfEveryTypeFromTheEarliestEditionWithRoom() {
    Set<StopEventType> types = EnumSet.noneOf(StopEventType.class);
    Set<LocalDate> dates = new HashSet<>();
    for (StopEventReport r : withBounds(DeadlineGens.stopEventReports(RULES), 82, 1000)) {
      assertThat(r.eventDate()).isBetween(EARLIEST, LAST_WITH_ROOM);
      dates.add(r.eventDate());
      types.add(r.eventType());
    }
    assertThat(types).containsExactlyInAnyOrder(StopEventType.values());
    assertThat(dates).contains(EARLIEST, LAST_WITH_ROOM);
  }

  @Test
  void publicationDatesRunFromTheFirstEditionThatSetsTheNoticePeriod() {
    LocalDate last = CALENDAR.lastCoveredDay().minusDays(60);
    List<LocalDate> dates = withBounds(DeadlineGens.publicationDates(RULES), 83, 500);

    assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(NOTICE, last));
    assertThat(dates).contains(NOTICE, last);
  }

  @Test
  void publicationDatesAreRefusedForRulesWithNoNoticePeriod() {
    CquiRules noNotice = withEditions(e -> e.noticeCalendarDays(Optional.empty()));

    assertThatThrownBy(() -> DeadlineGens.publicationDates(noNotice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no edition sets the notice period");
  }

  /**
   * The decision served from the first edition that sets the 复议 period to 16 months before the end
   * of coverage, rights stated or not; a 催告书 not served, or served from the decision day to 40
   * working days before the end of coverage.
   */
  @Test
  void enforcementRequestsLeaveRoomForTheTimelineAndComeWithAndWithoutRightsAndReminders() {
    LocalDate lastServed = CALENDAR.lastCoveredDay().minusMonths(16);
    Set<LocalDate> served = new HashSet<>();
    Set<Boolean> rights = new HashSet<>();
    boolean noReminder = false;
    boolean reminderOnTheLastDay = false;
    for (EnforcementRequest r : withBounds(DeadlineGens.enforcementRequests(RULES), 84, 1000)) {
      assertThat(r.decisionServedOn()).isBetween(EARLIEST, lastServed);
      served.add(r.decisionServedOn());
      rights.add(r.rightsStated());
      if (r.reminderServedOn().isPresent()) {
        LocalDate reminder = r.reminderServedOn().get();
        assertThat(reminder).isBetween(r.decisionServedOn(), LAST_WITH_ROOM);
        reminderOnTheLastDay |= reminder.equals(LAST_WITH_ROOM);
      } else {
        noReminder = true;
      }
    }
    assertThat(served).contains(EARLIEST, lastServed);
    assertThat(rights).containsExactlyInAnyOrder(true, false);
    assertThat(noReminder).isTrue();
    assertThat(reminderOnTheLastDay).isTrue();
  }

  @Test
  void theSimplestEnforcementRequestStatesTheRightsAndServesNoReminderOrOneWithTheDecision() {
    EnforcementRequest simplest = allLow(DeadlineGens.enforcementRequests(RULES));

    assertThat(simplest.decisionServedOn()).isEqualTo(EARLIEST);
    assertThat(simplest.rightsStated()).isTrue();
    assertThat(simplest.reminderServedOn()).isEmpty();

    EnforcementRequest reminded =
        simplestWith(
            DeadlineGens.enforcementRequests(RULES), r -> r.reminderServedOn().isPresent());
    assertThat(reminded.reminderServedOn()).contains(EARLIEST);
  }

  @Test
  void enforcementRequestsStartFromTheFirstEditionThatSetsTheReconsiderationPeriod() {
    CquiRules from2025 = reconsiderationFrom2025();

    assertThat(withBounds(DeadlineGens.enforcementRequests(from2025), 85, 200))
        .allSatisfy(r -> assertThat(r.decisionServedOn()).isAfterOrEqualTo(NOTICE));
    assertThat(allLow(DeadlineGens.enforcementRequests(from2025)).decisionServedOn())
        .isEqualTo(NOTICE);

    CquiRules none = withEditions(e -> e.reconsiderationDays(Optional.empty()));
    assertThatThrownBy(() -> DeadlineGens.enforcementRequests(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no edition sets the 复议 period");
  }
}
