package io.github.cqui.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 稳岗返还 public notice (二(一); I-20). */
class PublicNoticeTest {

  private final NoticeRules notices = Chongqing.rules().notices();

  @ParameterizedTest(
      name = "112号 二(一), I-20, POLICY-FACTS §7: published {0} → day 30 {1}, last day {2}")
  @CsvSource({
    "2025-09-05, 2025-10-05, 2025-10-09",
    "2025-09-08, 2025-10-08, 2025-10-09",
    "2025-10-10, 2025-11-09, 2025-11-10",
    "2025-10-15, 2025-11-14, 2025-11-14",
  })
  void thirtyDaysAfterPublicationRolledPastRestDays(
      LocalDate published, LocalDate dayThirty, LocalDate lastDay) {
    PublicNoticePeriod notice = notices.publicNotice(published);
    assertThat(notice.nominalLastDay()).isEqualTo(dayThirty);
    assertThat(notice.lastDay()).isEqualTo(lastDay);
    assertThat(notice.waivedFrom()).isEqualTo(lastDay.plusDays(1));
    assertThat(notice.restDaysPassed())
        .hasSize((int) (lastDay.toEpochDay() - dayThirty.toEpochDay()));
    assertThat(notice.switches()).containsEntry(Interpretation.I_20, "noticeRollForward=true");
  }

  @Test
  void theNoticeExplanationCitesTheRollForwardOnlyWhenItHappens() {
    String rolled =
        notices.publicNotice(LocalDate.of(2025, 9, 8)).explanation().render(Locale.ENGLISH);
    assertThat(rolled)
        .contains("《中华人民共和国民法典》第二百零三条")
        .contains("2025-10-08 is a rest day (国庆节) under 国办发明电〔2024〕12号 and is not counted.")
        .contains("An entry still unconfirmed is deemed waived from 2025-10-10.");
    String plain =
        notices.publicNotice(LocalDate.of(2025, 10, 15)).explanation().render(Locale.ENGLISH);
    assertThat(plain).doesNotContain("第二百零三条").doesNotContain("is a rest day");
  }

  @Test
  void withoutRollForwardTheLastDayIsDayThirty() {
    NoticeRules noRoll =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().noticeRollForward(false).build())
            .notices();
    PublicNoticePeriod notice = noRoll.publicNotice(LocalDate.of(2025, 9, 8));
    assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2025, 10, 8));
    assertThat(notice.waivedFrom()).isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(notice.restDaysPassed()).isEmpty();
    assertThat(notice.switches()).containsEntry(Interpretation.I_20, "noticeRollForward=false");
  }

  @Test
  void aNoticeBeforeTheNoticeOfTheRuleIsRefused() {
    assertThatThrownBy(() -> notices.publicNotice(LocalDate.of(2025, 7, 31)))
        .isInstanceOf(NoEditionInForceException.class)
        .hasMessageContaining("noticeCalendarDays")
        .hasMessageContaining("2025-08-01");
  }

  @ParameterizedTest(name = "I-20: confirmed {0}, asked on {1} → {2}")
  @CsvSource({
    ", 2025-09-08, IN_NOTICE",
    ", 2025-10-09, IN_NOTICE",
    ", 2025-10-10, WAIVED",
    "2025-09-20, 2025-09-19, IN_NOTICE",
    "2025-09-20, 2025-09-20, CONFIRMED",
    "2025-09-20, 2025-12-01, CONFIRMED",
    "2025-10-09, 2025-10-09, CONFIRMED",
    "2025-10-10, 2025-10-10, WAIVED",
  })
  void theStatusOfAnEntry(LocalDate confirmed, LocalDate asOf, NoticeEntryState state) {
    PublicNoticePeriod notice = notices.publicNotice(LocalDate.of(2025, 9, 8));
    assertThat(notices.noticeEntryStatus(notice, Optional.ofNullable(confirmed), asOf).status())
        .isEqualTo(state);
  }

  @Test
  void aStatusBeforePublicationIsRefused() {
    PublicNoticePeriod notice = notices.publicNotice(LocalDate.of(2025, 9, 8));
    assertThatThrownBy(
            () -> notices.noticeEntryStatus(notice, Optional.empty(), LocalDate.of(2025, 9, 7)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("asOf = 2025-09-07: must not be before the notice's publication on 2025-09-08");
  }

  @Test
  void aForgedNoticePeriodIsRefusedNamingTheField() {
    // a last day not rolled past the holiday would waive an entry confirmed on 2025-10-09 (I-20)
    PublicNoticePeriod genuine = notices.publicNotice(LocalDate.of(2025, 9, 8));
    PublicNoticePeriod forged =
        ImmutablePublicNoticePeriod.builder()
            .from(genuine)
            .lastDay(LocalDate.of(2025, 10, 8))
            .build();
    assertThatThrownBy(
            () ->
                notices.noticeEntryStatus(
                    forged, Optional.of(LocalDate.of(2025, 10, 9)), LocalDate.of(2025, 10, 9)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "notice.lastDay = 2025-10-08: does not follow from notice.publishedOn (the last day of a"
                + " notice published on 2025-09-08 is 2025-10-09)");
    assertThat(
            notices
                .noticeEntryStatus(
                    genuine, Optional.of(LocalDate.of(2025, 10, 9)), LocalDate.of(2025, 10, 9))
                .status())
        .isEqualTo(NoticeEntryState.CONFIRMED);
  }
}
