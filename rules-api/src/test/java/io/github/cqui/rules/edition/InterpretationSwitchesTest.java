package io.github.cqui.rules.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpretationSwitchesTest {

  @Test
  void defaultsFollowInterpretationsMd() {
    InterpretationSwitches defaults = InterpretationSwitches.defaults();
    assertThat(defaults.officeHoursCutoff()).isEmpty();
    assertThat(defaults.coverageMode()).isEqualTo(CoverageMode.STRICT);
    assertThat(defaults.applyRegulationArticle20Item6()).isFalse();
    assertThat(defaults.maximumSuspensionMonths()).isEmpty();
    assertThat(defaults.entitlementStart()).isEqualTo(EntitlementStart.REGISTRATION_DATE);
    assertThat(defaults.retirementMonth()).isEqualTo(RetirementMonth.PAID);
    assertThat(defaults.nearRetirementExtension()).isTrue();
    assertThat(defaults.premiumInSuspendedMonths()).isFalse();
    assertThat(defaults.stopInEventMonth()).isEmpty();
    assertThat(defaults.deductionCapPercent()).isEqualTo(100);
    assertThat(defaults.countBackPaidMonths()).isFalse();
    assertThat(defaults.noticeRollForward()).isTrue();
    assertThat(defaults.extraForbiddenPairs()).isEmpty();
    assertThat(defaults.coolingOffPeriod()).isEmpty();
    assertThat(defaults.durationTable()).isEqualTo(DurationTable.CHONGQING_REGULATION);
    assertThat(defaults.segregationReading()).isEqualTo(SegregationReading.SIX_PAIRS);
    assertThat(InterpretationSwitches.builder().build()).isEqualTo(defaults);
  }

  @Test
  void switchValuesListEveryRowWithASwitch() {
    Map<Interpretation, String> values = InterpretationSwitches.defaults().switchValues();
    assertThat(values.keySet())
        .containsExactly(
            Interpretation.I_1,
            Interpretation.I_5,
            Interpretation.I_6,
            Interpretation.I_8,
            Interpretation.I_9,
            Interpretation.I_10,
            Interpretation.I_11,
            Interpretation.I_12,
            Interpretation.I_14,
            Interpretation.I_16,
            Interpretation.I_19,
            Interpretation.I_20,
            Interpretation.I_21,
            Interpretation.I_23);
    assertThat(values)
        .containsEntry(Interpretation.I_1, "officeHoursCutoff=off")
        .containsEntry(Interpretation.I_16, "deductionCapPercent=100")
        .containsEntry(
            Interpretation.I_21,
            "extraForbiddenPairs=[]; coolingOffPeriod=off; segregationReading=SIX_PAIRS")
        .containsEntry(Interpretation.I_23, "durationTable=CHONGQING_REGULATION");
    assertThat(InterpretationSwitches.defaults().differencesFromDefaults()).isEmpty();
  }

  @Test
  void differencesListOnlyTheChangedSwitches() {
    InterpretationSwitches changed =
        InterpretationSwitches.builder()
            .officeHoursCutoff(LocalTime.of(17, 30))
            .deductionCapPercent(50)
            .addStopInEventMonth(StopEventType.DEATH, StopEventType.EMIGRATION)
            .addExtraForbiddenPairs(
                DutyPostPair.of(DutyPost.FUND_FINANCE, DutyPost.BUSINESS_OPERATION))
            .durationTable(DurationTable.NATIONAL_MAXIMA)
            .segregationReading(SegregationReading.AUDIT_ONLY)
            .build();
    assertThat(changed.differencesFromDefaults())
        .containsExactly(
            Map.entry(Interpretation.I_1, "officeHoursCutoff=17:30"),
            Map.entry(Interpretation.I_14, "stopInEventMonth=[EMIGRATION, DEATH]"),
            Map.entry(Interpretation.I_16, "deductionCapPercent=50"),
            Map.entry(
                Interpretation.I_21,
                "extraForbiddenPairs=[BUSINESS_OPERATION+FUND_FINANCE]; coolingOffPeriod=off;"
                    + " segregationReading=AUDIT_ONLY"),
            Map.entry(Interpretation.I_23, "durationTable=NATIONAL_MAXIMA"));
  }

  @Test
  void rangesAreChecked() {
    assertThat(
            InterpretationSwitches.builder()
                .from(InterpretationSwitches.defaults())
                .deductionCapPercent(1)
                .build()
                .deductionCapPercent())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .deductionCapPercent(0)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("deductionCapPercent = 0: must be between 1 and 100");
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .deductionCapPercent(101)
                    .build())
        .hasMessage("deductionCapPercent = 101: must be between 1 and 100");
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .maximumSuspensionMonths(0)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("maximumSuspensionMonths = 0: must be positive");
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .coolingOffPeriod(Period.ZERO)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("coolingOffPeriod = P0D: must be positive");
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .coolingOffPeriod(Period.ofMonths(-1))
                    .build())
        .hasMessage("coolingOffPeriod = P-1M: must be positive");
    assertThatThrownBy(
            () ->
                InterpretationSwitches.builder()
                    .from(InterpretationSwitches.defaults())
                    .officeHoursCutoff(LocalTime.of(17, 30, 1))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("officeHoursCutoff = 17:30:01: must be a whole minute, e.g. 17:30");
  }

  @Test
  void dutyPostPairsAreUnorderedAndOfTwoPosts() {
    assertThat(DutyPostPair.of(DutyPost.FUND_FINANCE, DutyPost.AUDIT))
        .isEqualTo(DutyPostPair.of(DutyPost.AUDIT, DutyPost.FUND_FINANCE))
        .hasToString("AUDIT+FUND_FINANCE");
    assertThatThrownBy(() -> DutyPostPair.of(DutyPost.AUDIT, DutyPost.AUDIT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("second = AUDIT: must differ from first (AUDIT)");
    assertThat(DutyPost.AUDIT.chineseName()).isEqualTo("稽核岗");
  }

  @Test
  void everyStopEventTypeHasItsChineseName() {
    // the clauses of each type are Chongqing's data, tested in cqui-core (StopEventClausesTest)
    assertThat(StopEventType.values()).hasSize(9);
    for (StopEventType type : StopEventType.values()) {
      assertThat(type.chineseName()).isNotBlank();
    }
  }
}
