package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one rule for "is this month payable given the stop events and 灵活就业社保补贴" (渝人社办〔2025〕112号 一(五);
 * I-14, I-15), month by month, with what a step about each month cites.
 */
class PayableMonthRuleTest {

  private static final StopEvent RE_EMPLOYED =
      StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 5));
  private static final StopEvent PENSION =
      StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 11, 20));
  private static final SubsidyPeriod SUBSIDY =
      SubsidyPeriod.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10));

  private static PayableMonths rule(
      InterpretationSwitches switches, List<StopEvent> events, List<SubsidyPeriod> subsidies) {
    return PayableMonths.of(events, subsidies, switches.stopInEventMonth());
  }

  @Test
  @DisplayName("一(五), I-14, I-15: before a subsidy, in it, the event month, after it")
  void monthByMonth() {
    PayableMonths rule =
        rule(InterpretationSwitches.defaults(), List.of(RE_EMPLOYED), List.of(SUBSIDY));
    MonthPayability august = rule.in(YearMonth.of(2025, 8));
    assertThat(august).isEqualTo(new MonthPayability.Payable(YearMonth.of(2025, 8)));
    assertThat(august.payable()).isTrue();
    assertThat(august.citations()).isEmpty();
    assertThat(august.interpretations()).isEmpty();

    MonthPayability october = rule.in(YearMonth.of(2025, 10));
    assertThat(october)
        .isEqualTo(new MonthPayability.OverlapsSubsidy(YearMonth.of(2025, 10), SUBSIDY));
    assertThat(october.payable()).isFalse();
    assertThat(october.payability()).isEqualTo(Payability.OVERLAPS_SUBSIDY);
    assertThat(october.citations()).containsExactly(CHONGQING_NOTICE_2025_112.cite("一(五)"));
    assertThat(october.interpretations()).containsExactly(Interpretation.I_15);

    assertThat(rule.in(YearMonth.of(2025, 11)).payable()).isTrue();

    MonthPayability december = rule.in(YearMonth.of(2025, 12));
    assertThat(december)
        .isEqualTo(new MonthPayability.AfterStopEvent(YearMonth.of(2025, 12), RE_EMPLOYED));
    assertThat(december.payable()).isFalse();
    assertThat(rule.lastPayableMonth()).contains(YearMonth.of(2025, 11));
    assertThat(december.citations())
        .containsExactly(
            CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（一）项"),
            SOCIAL_INSURANCE_LAW.cite("第五十一条第（一）项"),
            CHONGQING_NOTICE_2025_112.cite("一(五)"));
    assertThat(december.interpretations()).containsExactly(Interpretation.I_14);
  }

  @Test
  @DisplayName("一(五), I-14: a stop event decides a month in a subsidy period after it")
  void aStopComesBeforeASubsidy() {
    PayableMonths rule =
        rule(
            InterpretationSwitches.defaults(),
            List.of(PENSION),
            List.of(SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2026, 2))));
    assertThat(rule.in(YearMonth.of(2025, 11)).payability()).isEqualTo(Payability.OVERLAPS_SUBSIDY);
    MonthPayability january = rule.in(YearMonth.of(2026, 1));
    assertThat(january.payability()).isEqualTo(Payability.AFTER_STOP_EVENT);
    // a pension's clauses already cite 一(五): it is not cited twice
    assertThat(january.citations())
        .containsExactly(
            CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（四）项"),
            SOCIAL_INSURANCE_LAW.cite("第五十一条第（四）项"),
            CHONGQING_NOTICE_2025_112.cite("一(五)"));
    assertThat(january.interpretations()).containsExactly(Interpretation.I_14);
  }

  @Test
  @DisplayName("一(五), I-14, I-15: 病残津贴 stops payment under both readings")
  void aDisabilityAllowanceAppliesBothReadings() {
    StopEvent allowance =
        StopEvent.of(StopEventType.DISABILITY_ALLOWANCE, LocalDate.of(2025, 11, 5));
    MonthPayability december =
        rule(InterpretationSwitches.defaults(), List.of(allowance), List.of())
            .in(YearMonth.of(2025, 12));
    assertThat(december.interpretations())
        .containsExactly(Interpretation.I_14, Interpretation.I_15);
    assertThat(december.citations())
        .containsExactly(CHONGQING_NOTICE_2025_112.cite("一(五)"), SOCIAL_INSURANCE_LAW.cite("第十七条"));
  }

  @Test
  @DisplayName("I-14 switch: the last payable month of an event is the month before it")
  void theSwitchMovesTheLastPayableMonth() {
    InterpretationSwitches switches =
        InterpretationSwitches.builder().addStopInEventMonth(StopEventType.PENSION).build();
    assertThat(PayableMonths.lastPayableMonth(PENSION, switches.stopInEventMonth()))
        .isEqualTo(YearMonth.of(2025, 10));
    assertThat(PayableMonths.lastPayableMonth(RE_EMPLOYED, switches.stopInEventMonth()))
        .isEqualTo(YearMonth.of(2025, 11));
    assertThat(rule(switches, List.of(PENSION), List.of()).in(YearMonth.of(2025, 11)).payability())
        .isEqualTo(Payability.AFTER_STOP_EVENT);
  }

  @Test
  @DisplayName("I-14: the rule takes the earliest last payable month over all stop events")
  void theEarliestLastPayableMonthWins() {
    // re-employment on 2025-10-05 pays October; death on 2025-10-20 under the switch pays only
    // September: payment ends after 2025-09, by the death
    InterpretationSwitches switches =
        InterpretationSwitches.builder().addStopInEventMonth(StopEventType.DEATH).build();
    StopEvent reEmployment = StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 10, 5));
    StopEvent death = StopEvent.of(StopEventType.DEATH, LocalDate.of(2025, 10, 20));
    PayableMonths rule = rule(switches, List.of(reEmployment, death), List.of());
    assertThat(rule.endingEvent()).contains(death);
    assertThat(rule.lastPayableMonth()).contains(YearMonth.of(2025, 9));
    assertThat(rule.in(YearMonth.of(2025, 9)).payable()).isTrue();
    assertThat(rule.in(YearMonth.of(2025, 10)).payability()).isEqualTo(Payability.AFTER_STOP_EVENT);
    // equal last payable months: the earlier event decides, whatever the list order
    StopEvent later = StopEvent.of(StopEventType.EMIGRATION, LocalDate.of(2025, 10, 25));
    assertThat(
            rule(InterpretationSwitches.defaults(), List.of(later, reEmployment), List.of())
                .endingEvent())
        .contains(reEmployment);
    assertThat(rule(InterpretationSwitches.defaults(), List.of(), List.of()).endingEvent())
        .isEmpty();
  }
}
