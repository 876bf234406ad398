package io.github.cqui.examples.suite;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.deadline.Resubmission;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * The integration under test: how a case-handling system might wire cqui in (“the desk”). It is
 * what a tester of an integration checks with cqui's testing package ({@code docs/TESTERS.md}), not
 * part of the library.
 *
 * <p>The desk keeps one rule set of its own: the Chongqing rules on its own calendar (the bundled
 * calendar with the holiday schedule files it is configured with, such as a newly published year)
 * and its own interpretation switches (an office-hours cut-off at 17:30, INTERPRETATIONS I-1). Its
 * intake stamps an application with an {@link Instant} when it arrives online, or with a date when
 * it arrives on paper; the desk turns the instant into Chongqing's local date and time in its zone
 * and asks the rules for the review deadline (渝人社办〔2025〕112号 一(二)).
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseDesk {

  /** The time in Chongqing: 北京时间, UTC+8 all year. */
  public static final ZoneId CHONGQING_TIME = ZoneId.of("Asia/Shanghai");

  /** The desk's office-hours cut-off (INTERPRETATIONS I-1): later applications count tomorrow. */
  public static final LocalTime OFFICE_HOURS_END = LocalTime.of(17, 30);

  /** The day the desk opened: 渝人社办〔2025〕112号 came into force. */
  public static final LocalDate OPENED = LocalDate.of(2025, 8, 1);

  private final CquiRules rules;
  private final ZoneId zone;

  private CaseDesk(CquiRules rules, ZoneId zone) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The desk's rule set: the Chongqing rules on the bundled calendar with {@code scheduleFiles}
   * merged in ({@link WorkingDayCalendar#withScheduleFiles(Collection)}), the bundled policy
   * editions, and the office-hours cut-off of I-1 at {@link #OFFICE_HOURS_END}.
   *
   * @param scheduleFiles holiday schedule files, e.g. a newly published year
   * @return the rule set
   */
  public static CquiRules rules(Collection<Path> scheduleFiles) {
    WorkingDayCalendar calendar = WorkingDayCalendar.chongqing().withScheduleFiles(scheduleFiles);
    InterpretationSwitches switches =
        InterpretationSwitches.builder().officeHoursCutoff(OFFICE_HOURS_END).build();
    return Chongqing.rules(calendar, Chongqing.bundledEditions(), switches);
  }

  /**
   * A desk on {@code rules} that reads the intake's instants in {@code zone}: {@link
   * #CHONGQING_TIME} in production.
   *
   * @param rules the rule set, usually {@link #rules(Collection)}
   * @param zone the zone the intake's instants are read in
   * @return the desk
   */
  public static CaseDesk open(CquiRules rules, ZoneId zone) {
    return new CaseDesk(rules, zone);
  }

  /** The desk's rule set. */
  public CquiRules rules() {
    return rules;
  }

  /** The zone the desk reads the intake's instants in. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The review deadline of an application the online intake stamped at {@code receivedAt}.
   *
   * @param receivedAt when it arrived
   * @return the deadline, as the rules give it for the local date and time of arrival
   */
  public ReviewDeadline reviewDeadline(Instant receivedAt) {
    return rules.deadlines().reviewDeadline(request(receivedAt));
  }

  /**
   * The review deadline of a paper application stamped with the date it arrived, no time.
   *
   * @param stampedOn the date stamped on it
   * @return the deadline
   */
  public ReviewDeadline reviewDeadline(LocalDate stampedOn) {
    return rules.deadlines().reviewDeadline(ReviewRequest.of(stampedOn));
  }

  /**
   * The new review of an application sent back for supplements, once the supplement arrives online
   * at {@code receivedAt} (INTERPRETATIONS I-3).
   *
   * @param first the review the application was sent back under
   * @param receivedAt when the supplement arrived
   * @return the resubmission
   */
  public Resubmission resubmission(ReviewDeadline first, Instant receivedAt) {
    return rules.deadlines().resubmission(first, request(receivedAt));
  }

  /**
   * The new review of an application sent back for supplements, once the supplement arrives on
   * paper stamped with {@code stampedOn}.
   *
   * @param first the review the application was sent back under
   * @param stampedOn the date stamped on the supplement
   * @return the resubmission
   */
  public Resubmission resubmission(ReviewDeadline first, LocalDate stampedOn) {
    return rules.deadlines().resubmission(first, ReviewRequest.of(stampedOn));
  }

  private ReviewRequest request(Instant receivedAt) {
    LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone);
    return ReviewRequest.of(local.toLocalDate(), local.toLocalTime());
  }

  @Override
  public String toString() {
    return "CaseDesk[zone=" + zone + ", rules=" + rules + "]";
  }
}
