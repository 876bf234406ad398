package io.github.cqui.core.deadline;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.DeadlineLaws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The deadline laws over generated requests, with the default switches and with office hours. */
class DeadlineLawsTest {

  private static final CquiRules RULES = Chongqing.rules();
  private static final CquiRules OFFICE_HOURS =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().officeHoursCutoff(LocalTime.of(17, 30)).build());

  @Test
  void reviewDeadlineCountsExactlyItsWorkingDays() {
    for (CquiRules rules : new CquiRules[] {RULES, OFFICE_HOURS}) {
      Property.forAll("review deadline counts its working days", DeadlineGens.reviewRequests(rules))
          .check(r -> DeadlineLaws.reviewDeadlineCountsExactlyItsWorkingDays(rules, r));
    }
  }

  @Test
  void reviewDeadlineIsMonotoneWithinAnEdition() {
    Property.forAll(
            "review deadline is monotone in the receipt date",
            Gen.zip(DeadlineGens.reviewRequests(RULES), Gen.ints(0, 30), Case::new))
        .check(
            c ->
                DeadlineLaws.reviewDeadlineIsMonotoneWithinAnEdition(RULES, c.request(), c.days()));
  }

  @Test
  void resubmissionIsNeverBeforeTheFirst() {
    Property.forAll(
            "a resubmission is never due before the first review",
            Gen.zip(DeadlineGens.reviewRequests(OFFICE_HOURS), Gen.ints(0, 30), Case::new))
        .check(
            c ->
                DeadlineLaws.resubmissionIsNeverBeforeTheFirst(
                    OFFICE_HOURS, c.request(), c.days()));
  }

  @Test
  void reportDeadlineCountsExactlyItsWorkingDays() {
    Property.forAll("report deadline counts its working days", DeadlineGens.stopEventReports(RULES))
        .check(e -> DeadlineLaws.reportDeadlineCountsExactlyItsWorkingDays(RULES, e));
  }

  @Test
  void courtApplicationIsNeverEarly() {
    Property.forAll("court application is never early", DeadlineGens.enforcementRequests(RULES))
        .check(r -> DeadlineLaws.courtApplicationIsNeverEarly(RULES, r));
  }

  /** A request and a number of days later. */
  record Case(io.github.cqui.rules.deadline.ReviewRequest request, int days) {}
}
