package io.github.cqui.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.PendingRemedy;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.OtherBenefitStop;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of concurrent benefits (渝人社办〔2025〕112号 一(五): 「达到法定退休年龄或享受基本养老保险待遇的…不再发放失业保险金。
 * 享受病残津贴、灵活就业社保补贴的人员，不同时享受失业保险金」; I-14, I-15), worked month by month. The benefit standard is an
 * illustrative 2,000.00 a month (no official figure is bundled).
 */
class ConcurrentBenefitsTest {

  private static final Money STANDARD = Money.ofYuan("2000.00");
  private static final ControlRules RULES = Chongqing.rules().controls();

  private static ImmutableClaimHistory.Builder claim(LocalDate registered, int months) {
    return ClaimHistory.builder()
        .registrationDate(registered)
        .entitlementMonths(months)
        .tier(BenefitTier.TIER_1)
        .addStandards(BenefitStandard.of(YearMonth.of(2020, 1), BenefitTier.TIER_1, STANDARD))
        .birthMonth(YearMonth.of(1985, 5))
        .category(RetirementCategory.MALE);
  }

  /** Verified on the 10th and paid the standard, every month of {@code from..to}. */
  private static ImmutableClaimHistory.Builder verifiedAndPaid(
      ImmutableClaimHistory.Builder claim, YearMonth from, YearMonth to) {
    claim.recordedThrough(to);
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      claim.addVerifications(Verification.on(m.atDay(10)));
      claim.addActualPayments(ActualPayment.of(m, STANDARD));
    }
    return claim;
  }

  /** The overlaps as lines "month CONSEQUENCE due/actual/overpayment". */
  private static String lines(ConcurrentBenefits result) {
    return result.overlaps().stream()
        .map(
            o ->
                o.month()
                    + " "
                    + o.consequence()
                    + " "
                    + o.dueAsGiven()
                    + "/"
                    + o.actual().map(String::valueOf).orElse("-")
                    + "/"
                    + o.overpayment())
        .collect(Collectors.joining("\n"));
  }

  @Test
  @DisplayName("一(五), I-14: a basic pension from mid-claim stops payment after its month")
  void aPensionFromMidClaim() {
    // registered 2025-09-10 with 12 months; verified and paid 2025-09 .. 2026-03; a basic pension
    // from 2025-12-10: 2025-12 is paid (I-14), 2026-01 onwards is not; 2026-01 .. 03 were paid
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 10), 12), YearMonth.of(2025, 9), YearMonth.of(2026, 3))
            .build();
    OtherBenefitPeriod pension =
        OtherBenefitPeriod.openFrom(OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 10));
    ConcurrentBenefits result =
        RULES.concurrentBenefits(ConcurrentBenefitsRequest.of(history, List.of(pension)));
    assertThat(lines(result))
        .isEqualTo(
            String.join(
                "\n",
                "2025-12 EVENT_MONTH_PAID 2000.00/2000.00/0.00",
                "2026-01 STOPPED 2000.00/2000.00/2000.00",
                "2026-02 STOPPED 2000.00/2000.00/2000.00",
                "2026-03 STOPPED 2000.00/2000.00/2000.00",
                "2026-04 STOPPED 2000.00/-/0.00",
                "2026-05 STOPPED 2000.00/-/0.00",
                "2026-06 STOPPED 2000.00/-/0.00",
                "2026-07 STOPPED 2000.00/-/0.00",
                "2026-08 STOPPED 2000.00/-/0.00"));
    StopEvent event = StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 12, 10));
    assertThat(result.overlaps()).allSatisfy(o -> assertThat(o.stoppedBy()).contains(event));
    assertThat(result.overlaps()).allSatisfy(o -> assertThat(o.periods()).containsExactly(pension));
    assertThat(result.totalOverpayment()).isEqualTo(Money.ofYuan("6000.00"));

    OtherBenefitStop stop = result.stops().get(0);
    assertThat(stop.event()).isEqualTo(event);
    assertThat(stop.lastPayableMonth()).isEqualTo(YearMonth.of(2025, 12));
    // 20 working days after 2025-12-10: 12-11 .. 12-31 are 15; 2026-01-01 .. 01-03 are the New
    // Year holiday, 01-04 (Sunday) a make-up working day (16), 01-05 .. 01-08 (17 .. 20)
    assertThat(stop.reportDeadline().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 1, 8));
    assertThat(stop.reportDeadlinePending()).isEmpty();
    assertThat(result.switches())
        .containsExactly(Map.entry(Interpretation.I_14, "stopInEventMonth=[]"));

    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains("自2025-12-10起享受基本养老保险待遇，属于停止领取失业保险金的情形：失业保险金最后可发放月份为2025-12，其后月份已发放的为多享受待遇。")
        .contains("相关情形发生于2025-12-10，应自发生之日起20个工作日内、即2026-01-08前告知。")
        .contains("2025-12为开始享受基本养老保险待遇的当月，照发；自次月起停止发放。")
        .contains(
            "2026-02在2025-12-10发生的停止领取情形（享受基本养老保险待遇）之后，不予发放（原计应发2000.00，实发2000.00，应追回2000.00）。")
        .contains("《重庆市失业保险条例》第二十条第（四）项")
        .contains("渝人社办〔2025〕112号 三(四)");
    assertThat(result.explanation().steps())
        .filteredOn(s -> s.code().key().equals("control.concurrent.stopped"))
        .allSatisfy(s -> assertThat(s.interpretations()).containsExactly(Interpretation.I_14));
  }

  @Test
  @DisplayName("一(五), I-14 switch: stopping in the event month makes the pension month not payable")
  void theI14SwitchStopsInTheEventMonth() {
    ControlRules rules =
        Chongqing.rules(
                WorkingDayCalendar.chongqing(),
                Chongqing.bundledEditions(),
                InterpretationSwitches.builder().addStopInEventMonth(StopEventType.PENSION).build())
            .controls();
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 10), 4), YearMonth.of(2025, 9), YearMonth.of(2025, 12))
            .build();
    ConcurrentBenefits result =
        rules.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                history,
                List.of(
                    OtherBenefitPeriod.openFrom(
                        OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 10)))));
    assertThat(lines(result)).isEqualTo("2025-12 STOPPED 2000.00/2000.00/2000.00");
    assertThat(result.stops().get(0).lastPayableMonth()).isEqualTo(YearMonth.of(2025, 11));
    assertThat(result.switches())
        .containsExactly(Map.entry(Interpretation.I_14, "stopInEventMonth=[PENSION]"));
  }

  @Test
  @DisplayName("一(五), I-15: two months of 灵活就业社保补贴 are not payable, recoverable, entitlement kept")
  void twoMonthsOfTheFlexibleEmploymentSubsidy() {
    // registered 2025-09-03 with 6 months, paid 2025-09 .. 2025-12; the subsidy 2025-11 .. 2025-12
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 3), 6), YearMonth.of(2025, 9), YearMonth.of(2025, 12))
            .build();
    OtherBenefitPeriod subsidy =
        OtherBenefitPeriod.of(
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
            LocalDate.of(2025, 11, 1),
            LocalDate.of(2025, 12, 31));
    ConcurrentBenefits result =
        RULES.concurrentBenefits(ConcurrentBenefitsRequest.of(history, List.of(subsidy)));
    assertThat(lines(result))
        .isEqualTo(
            String.join(
                "\n",
                "2025-11 NOT_PAYABLE 2000.00/2000.00/2000.00",
                "2025-12 NOT_PAYABLE 2000.00/2000.00/2000.00"));
    assertThat(result.overlaps()).allSatisfy(o -> assertThat(o.stoppedBy()).isEmpty());
    assertThat(result.totalOverpayment()).isEqualTo(Money.ofYuan("4000.00"));
    assertThat(result.stops()).isEmpty();
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains(
            "2025-11-01至2025-12-31享受灵活就业社保补贴，不同时享受失业保险金：重叠月份不予发放，已发放的予以追回，该月待遇月数保留。此情形不属于停止领取情形，无告知期限。")
        .contains("2025-12享受灵活就业社保补贴，不同时享受失业保险金，不予发放，该月待遇月数保留（原计应发2000.00，实发2000.00，应追回2000.00）。");

    // the same months in the claim itself: the ledger, on the same rule, makes them NOT_PAYABLE and
    // moves the end of the claim two months later (I-15: the entitlement is kept)
    BenefitLedger folded =
        Chongqing.rules()
            .benefits()
            .ledger(
                ClaimHistory.builder()
                    .from(history)
                    .addSubsidyPeriods(
                        SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)))
                    .build());
    assertThat(folded.lines())
        .filteredOn(l -> l.status() == LedgerStatus.NOT_PAYABLE)
        .extracting(LedgerLine::month)
        .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    assertThat(folded.lastPaidMonth()).contains(YearMonth.of(2026, 4));
    // and, given in the claim, the months are found again with nothing more to recover: the ledger
    // already counts what was paid for them as overpaid
    ConcurrentBenefits both =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                ClaimHistory.builder()
                    .from(history)
                    .addSubsidyPeriods(
                        SubsidyPeriod.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)))
                    .build(),
                List.of(subsidy)));
    assertThat(lines(both))
        .isEqualTo(
            String.join(
                "\n",
                "2025-11 NOT_PAYABLE 0.00/2000.00/0.00",
                "2025-12 NOT_PAYABLE 0.00/2000.00/0.00"));
  }

  @Test
  @DisplayName("一(五), I-15: 病残津贴 is a stop event; an open subsidy runs to the claim's last month")
  void aDisabilityAllowanceAndAnOpenSubsidy() {
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 3), 6), YearMonth.of(2025, 9), YearMonth.of(2025, 11))
            .build();
    OtherBenefitPeriod subsidy =
        OtherBenefitPeriod.openFrom(
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY, LocalDate.of(2025, 10, 20));
    OtherBenefitPeriod allowance =
        OtherBenefitPeriod.openFrom(
            OtherBenefitKind.DISABILITY_ALLOWANCE, LocalDate.of(2025, 11, 5));
    ConcurrentBenefits result =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(history, List.of(subsidy, allowance)));
    // 2025-10 is a subsidy month; 2025-11, the month 病残津贴 began, would be paid but is a subsidy
    // month too; from 2025-12 the stop event ends the claim
    assertThat(lines(result))
        .isEqualTo(
            String.join(
                "\n",
                "2025-10 NOT_PAYABLE 2000.00/2000.00/2000.00",
                "2025-11 NOT_PAYABLE 2000.00/2000.00/2000.00",
                "2025-12 STOPPED 2000.00/-/0.00",
                "2026-01 STOPPED 2000.00/-/0.00",
                "2026-02 STOPPED 2000.00/-/0.00"));
    assertThat(result.overlaps().get(2).periods()).containsExactly(subsidy, allowance);
    assertThat(result.stops()).hasSize(1);
    assertThat(result.stops().get(0).event())
        .isEqualTo(StopEvent.of(StopEventType.DISABILITY_ALLOWANCE, LocalDate.of(2025, 11, 5)));
    assertThat(result.explanation().steps())
        .filteredOn(s -> s.code().key().equals("control.concurrent.stop"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.interpretations())
                  .containsExactly(Interpretation.I_14, Interpretation.I_15);
              assertThat(s.citations())
                  .contains(
                      LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(五)"),
                      LegalDocument.SOCIAL_INSURANCE_LAW.cite("第十七条"));
            });
  }

  @Test
  @DisplayName("一(五), I-14: the claim's own earlier stop event decides; nothing is counted twice")
  void theClaimsOwnStopEventComesFirst() {
    // re-employed on 2025-11-05 (the claim's own stop event), still paid for 2025-12; a subsidy in
    // 2025-12: the month is stopped by the re-employment and the ledger already counts the
    // overpayment
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 3), 6), YearMonth.of(2025, 9), YearMonth.of(2025, 12))
            .addStopEvents(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 5)))
            .build();
    ConcurrentBenefits result =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                history,
                List.of(
                    OtherBenefitPeriod.of(
                        OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
                        LocalDate.of(2025, 12, 1),
                        LocalDate.of(2025, 12, 31)))));
    assertThat(lines(result)).isEqualTo("2025-12 STOPPED 0.00/2000.00/0.00");
    assertThat(result.overlaps().get(0).stoppedBy())
        .contains(StopEvent.of(StopEventType.RE_EMPLOYMENT, LocalDate.of(2025, 11, 5)));
    assertThat(result.totalOverpayment()).isEqualTo(Money.zero());
    assertThat(Chongqing.rules().benefits().ledger(history).totalOverpayment())
        .isEqualTo(Money.ofYuan("2000.00"));
  }

  @Test
  @DisplayName(
      "一(五), I-5: a report deadline in a year without a holiday notice is pending, not an error")
  void aReportDeadlineBeyondTheCalendarIsPending() {
    ClaimHistory history =
        claim(LocalDate.of(2026, 6, 1), 12).recordedThrough(YearMonth.of(2026, 5)).build();
    ConcurrentBenefits result =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                history,
                List.of(
                    OtherBenefitPeriod.openFrom(
                        OtherBenefitKind.BASIC_PENSION, LocalDate.of(2027, 2, 1)))));
    OtherBenefitStop stop = result.stops().get(0);
    assertThat(stop.reportDeadline()).isEmpty();
    Pending pending = stop.reportDeadlinePending().orElseThrow();
    assertThat(pending.reason()).contains("2027");
    assertThat(pending.cause()).isEqualTo(PendingCause.HOLIDAY_NOTICE_NOT_LOADED);
    assertThat(pending.year()).isEqualTo(2027);
    assertThat(pending.remedies())
        .containsExactly(
            PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE);
    assertThat(stop.lastPayableMonth()).isEqualTo(YearMonth.of(2027, 2));
    // the rest is answered: 2027-03 .. 2027-05 are stopped
    assertThat(lines(result))
        .isEqualTo(
            String.join(
                "\n",
                "2027-02 EVENT_MONTH_PAID 2000.00/-/0.00",
                "2027-03 STOPPED 2000.00/-/0.00",
                "2027-04 STOPPED 2000.00/-/0.00",
                "2027-05 STOPPED 2000.00/-/0.00"));
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2027-02-01发生情形的告知期限暂未确定：");
  }

  @Test
  @DisplayName(
      "一(五), I-14: a pension begun before every policy edition stops every month; its deadline is pending")
  void aPensionBeganLongAgo() {
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 3), 2), YearMonth.of(2025, 9), YearMonth.of(2025, 10))
            .build();
    ConcurrentBenefits result =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                history,
                List.of(
                    OtherBenefitPeriod.openFrom(
                        OtherBenefitKind.BASIC_PENSION, LocalDate.of(2023, 6, 1)))));
    assertThat(lines(result))
        .isEqualTo(
            String.join(
                "\n",
                "2025-09 STOPPED 2000.00/2000.00/2000.00",
                "2025-10 STOPPED 2000.00/2000.00/2000.00"));
    Pending pending = result.stops().get(0).reportDeadlinePending().orElseThrow();
    assertThat(pending.reason()).contains("no policy edition in force on 2023-06-01");
    assertThat(pending.cause()).isEqualTo(PendingCause.NO_POLICY_EDITION);
    assertThat(pending.remedies()).containsExactly(PendingRemedy.ADD_POLICY_EDITION);
  }

  @Test
  @DisplayName("一(五): periods that end before the claim, or no periods, affect nothing")
  void nothingOverlaps() {
    ClaimHistory history =
        verifiedAndPaid(
                claim(LocalDate.of(2025, 9, 3), 3), YearMonth.of(2025, 9), YearMonth.of(2025, 11))
            .build();
    ConcurrentBenefits result =
        RULES.concurrentBenefits(
            ConcurrentBenefitsRequest.of(
                history,
                List.of(
                    OtherBenefitPeriod.of(
                        OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 8, 31)))));
    assertThat(result.overlaps()).isEmpty();
    assertThat(result.totalOverpayment()).isEqualTo(Money.zero());
    assertThat(result.explanation().render(Locale.ENGLISH))
        .contains("None of the 1 periods of other benefits affects a month the claim pays.");
    assertThat(
            RULES.concurrentBenefits(ConcurrentBenefitsRequest.of(history, List.of())).overlaps())
        .isEmpty();
  }

  @Test
  @DisplayName("一(五): a period ending before it starts is refused, naming the field")
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () ->
                OtherBenefitPeriod.of(
                    OtherBenefitKind.BASIC_PENSION,
                    LocalDate.of(2025, 12, 10),
                    LocalDate.of(2025, 12, 9)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to = 2025-12-09: must not be before from, 2025-12-10");
  }

  @Test
  @DisplayName(
      "一(五): one benefit received twice over, or two start dates of one pension, is refused")
  void inconsistentPeriodsAreRefused() {
    ClaimHistory history =
        claim(LocalDate.of(2025, 9, 3), 6).recordedThrough(YearMonth.of(2025, 8)).build();
    List<OtherBenefitPeriod> twice = new ArrayList<>();
    twice.add(
        OtherBenefitPeriod.of(
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 11, 30)));
    twice.add(
        OtherBenefitPeriod.openFrom(
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY, LocalDate.of(2025, 11, 30)));
    assertThatThrownBy(() -> ConcurrentBenefitsRequest.of(history, twice))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("otherBenefits[1]");
              assertThat(e.rule()).contains("otherBenefits[0]");
            });
    // back to back is not twice over
    twice.set(
        1,
        OtherBenefitPeriod.openFrom(
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY, LocalDate.of(2025, 12, 1)));
    assertThat(ConcurrentBenefitsRequest.of(history, twice).otherBenefits()).hasSize(2);

    ClaimHistory withPension =
        ClaimHistory.builder()
            .from(history)
            .addStopEvents(StopEvent.of(StopEventType.PENSION, LocalDate.of(2025, 12, 10)))
            .build();
    assertThatThrownBy(
            () ->
                ConcurrentBenefitsRequest.of(
                    withPension,
                    List.of(
                        OtherBenefitPeriod.openFrom(
                            OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 1)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("otherBenefits");
              assertThat(e.rule()).contains("PENSION stop event on 2025-12-10");
            });
    assertThat(
            ConcurrentBenefitsRequest.of(
                    withPension,
                    List.of(
                        OtherBenefitPeriod.openFrom(
                            OtherBenefitKind.BASIC_PENSION, LocalDate.of(2025, 12, 10))))
                .otherBenefits())
        .hasSize(1);
  }
}
