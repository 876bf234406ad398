package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether a month may be paid beside a stop event or 灵活就业社保补贴 (渝人社办〔2025〕112号 一(五); I-14, I-15):
 * the one rule the ledger and a control of concurrent benefits share.
 */
class PayableMonthsTest {

  private static final StopEvent PENSION =
      StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 11, 12));
  private static final SubsidyPeriod SUBSIDY =
      SubsidyPeriod.of(YearMonth.of(2025, 9), YearMonth.of(2025, 12));

  @Test
  void theMonthOfAStopEventIsPaidAndTheNextIsNot_I14() {
    PayableMonths rules = PayableMonths.of(List.of(PENSION), List.of(), Set.of());
    assertThat(rules.in(YearMonth.of(2025, 11)).payable()).isTrue();
    MonthPayability december = rules.in(YearMonth.of(2025, 12));
    assertThat(december.payability()).isEqualTo(Payability.AFTER_STOP_EVENT);
    assertThat(december)
        .isEqualTo(new MonthPayability.AfterStopEvent(YearMonth.of(2025, 12), PENSION));
    assertThat(december.interpretations()).containsExactly(Interpretation.I_14);
    assertThat(december.citations())
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十条第（四）项", "《中华人民共和国社会保险法》第五十一条第（四）项", "渝人社办〔2025〕112号 一(五)");
    assertThat(rules.lastPayableMonth()).contains(YearMonth.of(2025, 11));
    assertThat(rules.endingEvent()).contains(PENSION);
  }

  @Test
  void theSwitchStopsPaymentInTheEventMonthForTheTypesItNames_I14() {
    PayableMonths rules =
        PayableMonths.of(List.of(PENSION), List.of(), Set.of(StopEventType.PENSION));
    assertThat(rules.in(YearMonth.of(2025, 10)).payable()).isTrue();
    assertThat(rules.in(YearMonth.of(2025, 11)).payability())
        .isEqualTo(Payability.AFTER_STOP_EVENT);
    assertThat(
            PayableMonths.of(List.of(PENSION), List.of(), Set.of(StopEventType.DEATH))
                .in(YearMonth.of(2025, 11))
                .payable())
        .isTrue();
  }

  @Test
  void aMonthOfTheFlexibleEmploymentSubsidyIsNotPayable_I15() {
    PayableMonths rules = PayableMonths.of(List.of(), List.of(SUBSIDY), Set.of());
    assertThat(rules.in(YearMonth.of(2025, 8)).payable()).isTrue();
    MonthPayability september = rules.in(YearMonth.of(2025, 9));
    assertThat(september)
        .isEqualTo(new MonthPayability.OverlapsSubsidy(YearMonth.of(2025, 9), SUBSIDY));
    assertThat(september.interpretations()).containsExactly(Interpretation.I_15);
    assertThat(september.citations())
        .extracting(Object::toString)
        .containsExactly("渝人社办〔2025〕112号 一(五)");
    assertThat(rules.in(YearMonth.of(2025, 12)).payability())
        .isEqualTo(Payability.OVERLAPS_SUBSIDY);
    assertThat(rules.in(YearMonth.of(2026, 1)).payable()).isTrue();
    assertThat(rules.endingEvent()).isEmpty();
    assertThat(rules.lastPayableMonth()).isEmpty();
  }

  @Test
  void aStopEventGoesBeforeTheSubsidyAndTheEarliestEventEndsTheClaim() {
    StopEvent reEmployment = StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 10, 2));
    PayableMonths rules =
        PayableMonths.of(List.of(PENSION, reEmployment), List.of(SUBSIDY), Set.of());
    assertThat(rules.endingEvent()).contains(reEmployment);
    assertThat(rules.in(YearMonth.of(2025, 10)).payability())
        .isEqualTo(Payability.OVERLAPS_SUBSIDY);
    assertThat(rules.in(YearMonth.of(2025, 11)))
        .isEqualTo(new MonthPayability.AfterStopEvent(YearMonth.of(2025, 11), reEmployment));
  }

  @Test
  void aPayableMonthCitesNothing() {
    MonthPayability month =
        PayableMonths.of(List.of(), List.of(), Set.of()).in(YearMonth.of(2025, 9));
    assertThat(month).isEqualTo(new MonthPayability.Payable(YearMonth.of(2025, 9)));
    assertThat(month.citations()).isEmpty();
    assertThat(month.interpretations()).isEmpty();
  }

  @Test
  void theEventWhoseStopComesFirstEndsTheClaimNotTheEarliestByDate_I14() {
    StopEvent reEmployment = StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 3));
    StopEvent death = StopEvent.of(StopEventType.DEATH, LocalDate.of(2025, 11, 20));
    PayableMonths rules =
        PayableMonths.of(List.of(reEmployment, death), List.of(), Set.of(StopEventType.DEATH));
    assertThat(rules.endingEvent()).contains(death);
    assertThat(rules.lastPayableMonth()).contains(YearMonth.of(2025, 10));
    assertThat(rules.in(YearMonth.of(2025, 11)))
        .isEqualTo(new MonthPayability.AfterStopEvent(YearMonth.of(2025, 11), death));
    // without the switch both leave November payable, and the earlier event ends the claim
    assertThat(PayableMonths.of(List.of(death, reEmployment), List.of(), Set.of()).endingEvent())
        .contains(reEmployment);
  }
}
