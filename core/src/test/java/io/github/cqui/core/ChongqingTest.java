package io.github.cqui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The entry point: the bundled rules and a one-call change of their switches. */
class ChongqingTest {

  @Test
  void withSwitchesChangesOneOptionAndKeepsTheRest() {
    Chongqing bundled = Chongqing.rules();
    Chongqing halfCap = bundled.withSwitches(s -> s.deductionCapPercent(50));
    assertThat(halfCap.switches().deductionCapPercent()).isEqualTo(50);
    assertThat(halfCap.switches().differencesFromDefaults())
        .containsOnlyKeys(Interpretation.I_16)
        .containsEntry(Interpretation.I_16, "deductionCapPercent=50");
    assertThat(halfCap.calendar()).isSameAs(bundled.calendar());
    assertThat(halfCap.editions()).isSameAs(bundled.editions());
    assertThat(bundled.switches()).isEqualTo(InterpretationSwitches.defaults());
    assertThat(Chongqing.rules()).isSameAs(bundled);
  }

  @Test
  void withSwitchesStartsFromTheseRulesSwitches() {
    Chongqing twice =
        Chongqing.rules()
            .withSwitches(s -> s.noticeRollForward(false))
            .withSwitches(s -> s.officeHoursCutoff(LocalTime.of(17, 30)))
            .withSwitches(s -> s.addStopInEventMonth(StopEventType.DEATH))
            .withSwitches(s -> s.addStopInEventMonth(StopEventType.PENSION));
    assertThat(twice.switches().noticeRollForward()).isFalse();
    assertThat(twice.switches().officeHoursCutoff()).contains(LocalTime.of(17, 30));
    assertThat(twice.switches().stopInEventMonth())
        .containsExactly(StopEventType.PENSION, StopEventType.DEATH);
    PublicNoticePeriod notice = twice.notices().publicNotice(LocalDate.of(2025, 9, 8));
    assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2025, 10, 8));
    assertThat(notice.switches()).containsEntry(Interpretation.I_20, "noticeRollForward=false");
  }

  @Test
  void withSwitchesRefusesWhatTheBuilderRefuses() {
    assertThatThrownBy(() -> Chongqing.rules().withSwitches(s -> s.deductionCapPercent(0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("deductionCapPercent = 0:");
  }

  @Test
  void i5_theCoverageModeSwitchChoosesTheCalendarsMode() {
    Chongqing provisional =
        Chongqing.rules().withSwitches(s -> s.coverageMode(CoverageMode.PROVISIONAL));
    assertThat(provisional.calendar().coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
    assertThat(provisional.calendar().schedule())
        .isEqualTo(Chongqing.rules().calendar().schedule());
    assertThat(provisional.withSwitches(s -> s.coverageMode(CoverageMode.STRICT)).calendar())
        .isEqualTo(Chongqing.rules().calendar());
  }
}
