package io.github.cqui.core.control;

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

  @Test
  @DisplayName("一(五), I-14, I-15: before a subsidy, in it, the event month, after it")
  void monthByMonth() {
    PayableMonthRule rule =
        PayableMonthRule.of(
            InterpretationSwitches.defaults(), List.of(RE_EMPLOYED), List.of(SUBSIDY));
    MonthPayability august = rule.payability(YearMonth.of(2025, 8));
    assertThat(august.status()).isEqualTo(MonthPayability.Status.PAYABLE);
    assertThat(august.isPayable()).isTrue();
    assertThat(august.citations()).isEmpty();
    assertThat(august.interpretations()).isEmpty();
    assertThat(august.stopEvent()).isEmpty();
    assertThat(august.subsidyPeriod()).isEmpty();
    assertThat(august.lastPayableMonth()).isEmpty();

    MonthPayability october = rule.payability(YearMonth.of(2025, 10));
    assertThat(october.status()).isEqualTo(MonthPayability.Status.NOT_PAYABLE);
    assertThat(october.isPayable()).isFalse();
    assertThat(october.subsidyPeriod()).contains(SUBSIDY);
    assertThat(october.stopEvent()).isEmpty();
    assertThat(october.citations()).containsExactly(CHONGQING_NOTICE_2025_112.cite("一(五)"));
    assertThat(october.interpretations()).containsExactly(Interpretation.I_15);

    assertThat(rule.payability(YearMonth.of(2025, 11)).isPayable()).isTrue();

    MonthPayability december = rule.payability(YearMonth.of(2025, 12));
    assertThat(december.status()).isEqualTo(MonthPayability.Status.STOPPED);
    assertThat(december.isPayable()).isFalse();
    assertThat(december.stopEvent()).contains(RE_EMPLOYED);
    assertThat(december.lastPayableMonth()).contains(YearMonth.of(2025, 11));
    assertThat(december.subsidyPeriod()).isEmpty();
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
    PayableMonthRule rule =
        PayableMonthRule.of(
            InterpretationSwitches.defaults(),
            List.of(PENSION),
            List.of(SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2026, 2))));
    assertThat(rule.payability(YearMonth.of(2025, 11)).status())
        .isEqualTo(MonthPayability.Status.NOT_PAYABLE);
    MonthPayability january = rule.payability(YearMonth.of(2026, 1));
    assertThat(january.status()).isEqualTo(MonthPayability.Status.STOPPED);
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
        PayableMonthRule.of(InterpretationSwitches.defaults(), List.of(allowance), List.of())
            .payability(YearMonth.of(2025, 12));
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
    assertThat(PayableMonthRule.lastPayableMonth(switches, PENSION))
        .isEqualTo(YearMonth.of(2025, 10));
    assertThat(PayableMonthRule.lastPayableMonth(switches, RE_EMPLOYED))
        .isEqualTo(YearMonth.of(2025, 11));
    assertThat(
            PayableMonthRule.of(switches, List.of(PENSION), List.of())
                .payability(YearMonth.of(2025, 11))
                .status())
        .isEqualTo(MonthPayability.Status.STOPPED);
  }
}
