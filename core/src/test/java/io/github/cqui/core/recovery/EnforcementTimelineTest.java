package io.github.cqui.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.recovery.EnforcementStage;
import io.github.cqui.rules.recovery.EnforcementStep;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.RecoveryRules;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementRequest;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementTimeline;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The enforcement timeline of a 责令退回决定书 (112号 三(四); I-17), worked by hand.
 *
 * <p>Decision served Fri 2025-03-14, rights stated:
 *
 * <ul>
 *   <li>复议, 60 days (行政复议法 art 20, start day excluded): 3/14 + 17 = 3/31, + 30 = 4/30, + 13 = 5/13,
 *       a Tuesday outside the 5/1–5/5 block: 2025-05-13.
 *   <li>诉讼, 6 months (行政诉讼法 art 46; 民法典 art 202): 2025-09-14, a Sunday; rolled (art 203) to Monday
 *       2025-09-15.
 *   <li>Latest court application, 3 months after 2025-09-15 (法释〔2018〕1号 art 156): Monday
 *       2025-12-15.
 *   <li>催告书 served Mon 2025-09-01: 10 working days (行政强制法 arts 54, 69) are 9/2, 3, 4, 5, 8, 9, 10,
 *       11, 12, 15 → 2025-09-15; the day after the 诉讼 deadline is 2025-09-16; the later:
 *       2025-09-16.
 *   <li>催告书 served Thu 2025-09-25: 9/26, 9/28 (make-up Sunday), 9/29, 9/30, then after the
 *       10/1–10/8 block 10/9, 10/10, 10/11 (make-up Saturday), 10/13, 10/14, 10/15 → 2025-10-15.
 * </ul>
 *
 * <p>Rights not stated: 1 year (法释〔2018〕1号 art 64) → 2026-03-14, a Saturday → 2026-03-16; latest
 * application 2026-06-16, a Tuesday.
 */
class EnforcementTimelineTest {

  private final RecoveryRules rules = Chongqing.rules().recovery();
  private static final LocalDate SERVED = LocalDate.of(2025, 3, 14);

  private EnforcementTimeline timeline(boolean rightsStated, LocalDate reminder) {
    ImmutableEnforcementRequest.Builder request =
        ImmutableEnforcementRequest.builder().decisionServedOn(SERVED).rightsStated(rightsStated);
    if (reminder != null) {
      request.reminderServedOn(reminder);
    }
    return rules.enforcementTimeline(request.build());
  }

  @Test
  void aDecisionServedBeforeTheEarliestEditionIsRefusedNotAnsweredWithLaterPeriods_I17() {
    // before 2018-02-08 the period for a decision that did not state the rights was two years
    // (法释〔2000〕8号); the library bundles the periods only from its earliest edition on
    assertThatThrownBy(
            () ->
                rules.enforcementTimeline(
                    ImmutableEnforcementRequest.builder()
                        .decisionServedOn(LocalDate.of(2017, 6, 1))
                        .rightsStated(false)
                        .build()))
        .isInstanceOf(NoEditionInForceException.class)
        .hasMessageContaining("2017-06-01")
        .hasMessageContaining("2023-12-01");
  }

  @Test
  void theDeadlinesWorkedByHand() {
    EnforcementTimeline t = timeline(true, LocalDate.of(2025, 9, 1));
    assertThat(t.reconsiderationDeadline()).isEqualTo(LocalDate.of(2025, 5, 13));
    assertThat(t.litigationDeadline()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(t.latestCourtApplication()).contains(LocalDate.of(2025, 12, 15));
    assertThat(t.earliestCourtApplication()).contains(LocalDate.of(2025, 9, 16));
    assertThat(timeline(true, LocalDate.of(2025, 9, 25)).earliestCourtApplication())
        .contains(LocalDate.of(2025, 10, 15));
    assertThat(timeline(true, null).earliestCourtApplication()).isEmpty();
    assertThat(t.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("决定书于2025-03-14送达，可于2025-05-13前申请行政复议。")
        .contains("可于2025-09-16至2025-12-15期间申请人民法院强制执行。")
        .contains("《中华人民共和国行政强制法》第六十九条")
        .contains("《中华人民共和国行政诉讼法》第四十六条")
        .doesNotContain("法释〔2018〕1号 第六十四条");
  }

  @Test
  void withoutTheRightsStatedTheSuitWindowIsOneYear() {
    EnforcementTimeline t = timeline(false, null);
    assertThat(t.litigationDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(t.latestCourtApplication()).contains(LocalDate.of(2026, 6, 16));
    assertThat(t.explanation().render(Locale.ENGLISH))
        .contains("No reminder (催告书) has been served")
        .contains("法释〔2018〕1号");
  }

  @ParameterizedTest(name = "I-17: 催告书 {0}, asked on {1} → {2} until {3}")
  @CsvSource({
    ", 2025-06-01, APPEAL_PERIODS_RUNNING, 2025-09-15",
    ", 2025-09-16, REMINDER_REQUIRED, 2025-12-15",
    "2025-09-25, 2025-09-10, APPEAL_PERIODS_RUNNING, 2025-09-15",
    "2025-09-25, 2025-09-24, REMINDER_REQUIRED, 2025-12-15",
    "2025-09-25, 2025-10-01, WAITING_FOR_COURT_WINDOW, 2025-10-15",
    "2025-09-25, 2025-10-15, MAY_APPLY_TO_COURT, 2025-12-15",
    "2025-09-25, 2025-12-15, MAY_APPLY_TO_COURT, 2025-12-15",
    "2025-09-25, 2025-12-16, COURT_APPLICATION_PERIOD_EXPIRED, ",
    "2025-12-10, 2025-12-11, REMINDER_TOO_LATE, ",
  })
  void whatMayBeDoneNext(
      LocalDate reminder, LocalDate asOf, EnforcementStage stage, LocalDate until) {
    EnforcementStep step = rules.enforcementStep(timeline(true, reminder), asOf);
    assertThat(step.stage()).isEqualTo(stage);
    assertThat(step.until().orElse(null)).isEqualTo(until);
  }

  @Test
  void badDatesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> timeline(true, LocalDate.of(2025, 3, 13)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "reminderServedOn = 2025-03-13: the 催告书 cannot be served before the 责令退回决定书 it"
                + " enforces (served 2025-03-14)");
    EnforcementTimeline t = timeline(true, null);
    assertThatThrownBy(() -> rules.enforcementStep(t, LocalDate.of(2025, 3, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("asOf = 2025-03-01: must not be before the 责令退回决定书 was served on 2025-03-14");
  }

  /**
   * The shape a JSON document can give: a 催告书 served, but no earliest court application. The step
   * must not trust it (DESIGN.md: a result passed back in is validated, never trusted); it used to
   * throw {@code NoSuchElementException}.
   */
  @Test
  void aDeserializedTimelineWithAReminderButNoEarliestCourtApplicationIsRefusedNamingTheField() {
    EnforcementTimeline genuine = timeline(true, LocalDate.of(2025, 9, 1));
    EnforcementTimeline deserialized =
        ImmutableEnforcementTimeline.builder()
            .from(genuine)
            .earliestCourtApplication(Optional.empty())
            .build();
    assertThatThrownBy(() -> rules.enforcementStep(deserialized, LocalDate.of(2025, 10, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "timeline.earliestCourtApplication = absent: does not follow from timeline.request (the"
                + " earliest court application of a decision served on 2025-03-14 with the 催告书"
                + " served on 2025-09-01 is 2025-09-16)")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).field())
                    .isEqualTo("timeline.earliestCourtApplication"));
  }

  @Test
  void aForgedCourtWindowIsRefusedNotActedOn() {
    // a latest court application moved a year on would let the agency apply after the window
    EnforcementTimeline genuine = timeline(true, LocalDate.of(2025, 9, 1));
    EnforcementTimeline forged =
        ImmutableEnforcementTimeline.builder()
            .from(genuine)
            .latestCourtApplication(LocalDate.of(2026, 12, 15))
            .build();
    assertThatThrownBy(() -> rules.enforcementStep(forged, LocalDate.of(2026, 1, 5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "timeline.latestCourtApplication = 2026-12-15: does not follow from timeline.request"
                + " (the latest court application of a decision served on 2025-03-14 with the 催告书"
                + " served on 2025-09-01 is 2025-12-15)");
    assertThat(rules.enforcementStep(genuine, LocalDate.of(2026, 1, 5)).stage())
        .isEqualTo(EnforcementStage.COURT_APPLICATION_PERIOD_EXPIRED);
  }
}
