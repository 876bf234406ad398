package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Pending#ofRefusal}: a refusal that means "not answerable yet" becomes the part's pending
 * state (INTERPRETATIONS I-5: "where a result has other parts, only the part that needs the year is
 * pending and the rest is answered"); any other refusal stays a refusal.
 */
class PendingOfRefusalTest {

  private static final WorkingDayCalendar STRICT = WorkingDayCalendar.chongqing();

  /** What the strict calendar throws for 7 working days after Thursday 2026-12-24 (一(二)). */
  private static CalendarCoverageException into2027(WorkingDayCalendar calendar) {
    return catchThrowableOfType(
        CalendarCoverageException.class,
        () -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 7));
  }

  @Test
  void i5_aYearWithoutItsNoticeWaitsForItWithBothRemediesInTheStrictMode() {
    CalendarCoverageException refusal = into2027(STRICT);

    Pending pending = Pending.ofRefusal(refusal, "review deadline").orElseThrow();

    assertThat(pending.cause()).isEqualTo(PendingCause.HOLIDAY_NOTICE_NOT_LOADED);
    assertThat(pending.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(pending.latestNotice()).contains(refusal.latestNotice());
    assertThat(pending.remedies())
        .containsExactly(
            PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE);
    assertThat(pending.reason()).isEqualTo("review deadline: " + refusal.getMessage());
  }

  @Test
  void i5_aRuleContextKeepsItsOwnMessageAsTheReason() {
    RuleContextException wrapped =
        RuleContextException.wrap("review deadline for receiptDate 2026-12-24", into2027(STRICT));

    Pending pending = Pending.ofRefusal(wrapped, "ignored").orElseThrow();

    assertThat(pending.reason()).isEqualTo(wrapped.getMessage()).doesNotContain("ignored");
    assertThat(pending.date()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void i5_theProvisionalModeIsNoRemedyBeforeTheFirstYearNorAfter2100NorWhenItIsOn() {
    CalendarCoverageException before =
        catchThrowableOfType(
            CalendarCoverageException.class,
            () -> STRICT.plusWorkingDays(LocalDate.of(2001, 1, 4), 1));
    WorkingDayCalendar provisional = STRICT.withCoverageMode(CoverageMode.PROVISIONAL);
    CalendarCoverageException after2100 =
        catchThrowableOfType(
            CalendarCoverageException.class,
            () -> provisional.plusWorkingDays(LocalDate.of(2100, 12, 30), 5));

    for (CalendarCoverageException refusal : new CalendarCoverageException[] {before, after2100}) {
      assertThat(Pending.ofRefusal(refusal, "part").orElseThrow().remedies())
          .as(refusal.getMessage())
          .containsExactly(PendingRemedy.LOAD_HOLIDAY_NOTICE);
    }
  }

  @Test
  void aDateBeforeEveryEditionWaitsForAnEdition() {
    NoEditionInForceException refusal =
        new NoEditionInForceException(
            "no edition in force on 2019-12-31", LocalDate.of(2019, 12, 31), Optional.empty());

    Pending pending = Pending.ofRefusal(refusal, "ledger month 2019-12").orElseThrow();

    assertThat(pending.cause()).isEqualTo(PendingCause.NO_POLICY_EDITION);
    assertThat(pending.date()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(pending.latestNotice()).isEmpty();
    assertThat(pending.remedies()).containsExactly(PendingRemedy.ADD_POLICY_EDITION);
    assertThat(pending.reason())
        .isEqualTo("ledger month 2019-12: no edition in force on 2019-12-31");
  }

  @Test
  void badInputStaysARefusal() {
    InvalidInputException bad = InvalidInputException.of("receiptDate", "2026-13-01", "a date");

    assertThat(Pending.ofRefusal(bad, "review deadline")).isEmpty();
    assertThat(
            Pending.ofRefusal(
                RuleContextException.wrap("review deadline", new IllegalStateException("x")), "c"))
        .isEmpty();
    assertThatThrownBy(() -> Pending.ofRefusal(bad, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("context"));
  }
}
