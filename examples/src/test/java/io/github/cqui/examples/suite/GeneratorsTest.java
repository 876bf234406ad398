package io.github.cqui.examples.suite;

import static io.github.cqui.examples.suite.Desks.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.testing.CalendarGens;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.RecoveryGens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Step 1: the generators. Sample a few values of each with a seed and look at them: every value is
 * valid input by construction (a date the calendar covers, with room for its deadline; a claim the
 * ledger accepts), and the same seed gives the same values.
 */
class GeneratorsTest {

  private static final long SEED = 20_250_801L;

  /** Prints a few values, one a line, each as {@code describe} puts it. */
  private static <T> List<T> show(String what, List<T> values, Function<T, String> describe) {
    System.out.println(what + ":");
    values.forEach(value -> System.out.println("  " + describe.apply(value)));
    return values;
  }

  private static String planKind(RecoveryPlan plan) {
    if (plan.deduction().isPresent()) {
      return plan.instalments().isPresent() ? "deduction, then instalments" : "deduction";
    }
    if (plan.instalments().isPresent()) {
      return plan.instalments().get().count() + " instalments";
    }
    return plan.pensionOffset().isPresent() ? "pension offset" : "lump sum";
  }

  @Test
  void applications() {
    List<ReviewRequest> kit =
        show(
            "the kit's applications",
            DeadlineGens.reviewRequests(RULES).samples(SEED, 4),
            ReviewRequest::toString);
    List<ReviewRequest> desk =
        show(
            "the desk's applications",
            DeskGens.applications(RULES).samples(SEED, 4),
            ReviewRequest::toString);

    assertThat(desk)
        .containsExactly(
            ReviewRequest.of(LocalDate.of(2027, 9, 24)),
            ReviewRequest.of(LocalDate.of(2027, 4, 8)),
            ReviewRequest.of(LocalDate.of(2026, 10, 7)),
            ReviewRequest.of(LocalDate.of(2026, 8, 23), LocalTime.of(9, 1)));
    // the kit's from the earliest policy edition (2023-12-01), the desk's from the day it opened
    LocalDate earliest = RULES.editions().earliest().effectiveFrom();
    assertThat(kit).allSatisfy(r -> assertThat(r.receiptDate()).isAfterOrEqualTo(earliest));
    assertThat(DeadlineGens.reviewRequests(RULES).samples(SEED, 4)).isEqualTo(kit);
  }

  @Test
  void daysOfTheDesksOwnCalendar() {
    WorkingDayCalendar calendar = RULES.calendar();
    List<LocalDate> working =
        show("working days", CalendarGens.workingDays(calendar).samples(SEED, 4), d -> d + "");
    List<LocalDate> rest =
        show("rest days", CalendarGens.restDays(calendar).samples(SEED, 4), d -> d + "");

    assertThat(working).allSatisfy(d -> assertThat(calendar.isWorkingDay(d)).isTrue());
    assertThat(rest).allSatisfy(d -> assertThat(calendar.isWorkingDay(d)).isFalse());
    // the desk's calendar has the 2027 file: 2027 is covered, 春节 2027-02-05 a rest day
    assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
  }

  @Test
  void claimsReimbursementsDebtsAndRecords() {
    List<ClaimHistory> claims =
        show(
            "claims",
            LedgerGens.claimHistories().samples(SEED, 3),
            c ->
                "registered "
                    + c.registrationDate()
                    + ", "
                    + c.entitlementMonths()
                    + " months, "
                    + c.verifications().size()
                    + " verifications, "
                    + c.stopEvents().size()
                    + " stop events");
    List<ReimbursementRequest> reimbursements =
        show(
            "reimbursement requests",
            PremiumGens.reimbursementRequests().samples(SEED, 3),
            r ->
                "applied "
                    + r.applicationDate()
                    + " for a claim registered "
                    + r.claim().registrationDate()
                    + ", "
                    + r.receipts().size()
                    + " receipts, "
                    + r.standards().size()
                    + " standards");
    show(
        "debts and plans",
        RecoveryGens.scheduleCases().samples(SEED, 3),
        c ->
            c.debt().total()
                + " over "
                + c.debt().months().size()
                + " months, established "
                + c.debt().establishedOn()
                + ", by "
                + planKind(c.plan()));
    show(
        "contribution records",
        ControlGens.contributionCases().samples(SEED, 3),
        c ->
            "separated "
                + c.record().separationDate()
                + ", "
                + c.record().months().size()
                + " months, the last run "
                + c.lastRunMonths());

    // valid by construction: the ledger and the reimbursement accept every one
    assertThat(claims).allSatisfy(c -> assertThat(RULES.benefits().ledger(c).lines()).isNotNull());
    assertThat(reimbursements)
        .allSatisfy(r -> assertThat(RULES.premium().reimbursement(r).reimbursed()).isNotNull());
  }
}
