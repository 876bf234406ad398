package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.MOHRSS_2020_40;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.STATE_COUNCIL_RETIREMENT_AGE_MEASURES;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.StopEvent;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The explanation steps of the ledger, one per event of the walk, each with its clause and the I-…
 * it applies. Their texts and codes are an audit format: they do not change.
 */
final class LedgerSteps {

  private static final Citation VERIFICATION = CHONGQING_NOTICE_2025_112.cite("一(四)");
  private static final Citation REGISTRATION_START = SOCIAL_INSURANCE_LAW.cite("第五十条");
  private static final Citation APPLICATION_START =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十二条");
  private static final Citation DURATION =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条");
  private static final Citation RETIREMENT =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（四）项");
  private static final Citation NOT_REPORTING =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（六）项");
  private static final Citation OVERPAYMENT = CHONGQING_NOTICE_2025_112.cite("三(四)");

  private LedgerSteps() {}

  /** The claim: registered, its first month (I-9) and months of entitlement (I-22). */
  static ExplanationStep start(
      ClaimHistory history, YearMonth start, EntitlementStart entitlementStart) {
    return ExplanationStep.of(
        StepCode.BENEFIT_LEDGER_START,
        List.of(
            entitlementStart == EntitlementStart.REGISTRATION_DATE
                ? REGISTRATION_START
                : APPLICATION_START,
            DURATION),
        List.of(Interpretation.I_9, Interpretation.I_22),
        "registrationDate",
        history.registrationDate(),
        "startMonth",
        start,
        "entitlementMonths",
        history.entitlementMonths());
  }

  /** A stop event ended payment (I-14). */
  static ExplanationStep stopped(
      MonthPayability.AfterStopEvent stop, Optional<YearMonth> lastPaid) {
    StopEvent event = stop.event();
    return ExplanationStep.of(
        StepCode.BENEFIT_STOPPED,
        stop.citations(),
        stop.interpretations(),
        "event",
        event.type().chineseName(),
        "eventDate",
        event.date(),
        "lastPaidMonth",
        text(lastPaid));
  }

  /** Retirement age reached: 条例 art 20(4), 一(五) (I-10). */
  static ExplanationStep retirementStop(YearMonth retirementMonth, Optional<YearMonth> lastPaid) {
    return ExplanationStep.of(
        StepCode.BENEFIT_RETIREMENT_STOP,
        List.of(RETIREMENT, MonthPayability.STOP),
        List.of(Interpretation.I_10),
        "retirementMonth",
        retirementMonth,
        "lastPaidMonth",
        text(lastPaid));
  }

  /** A month of 灵活就业社保补贴 (I-15). */
  static ExplanationStep notPayable(MonthPayability.OverlapsSubsidy overlap) {
    return ExplanationStep.of(
        StepCode.BENEFIT_NOT_PAYABLE,
        overlap.citations(),
        overlap.interpretations(),
        "month",
        overlap.month());
  }

  /** Two months missed: suspended from the month after the second (一(四); I-7, I-8, I-18). */
  static ExplanationStep suspended(YearMonth missedFrom, YearMonth month) {
    return ExplanationStep.of(
        StepCode.BENEFIT_SUSPENDED,
        List.of(VERIFICATION),
        List.of(Interpretation.I_7, Interpretation.I_8, Interpretation.I_18),
        "missedFrom",
        missedFrom,
        "suspendedFrom",
        month.plusMonths(1));
  }

  /**
   * A stop event's report deadline that cannot be answered yet (一(五); I-5); the months are answered
   * all the same.
   */
  static ExplanationStep reportPending(StopEvent event, Pending pending) {
    return ExplanationStep.of(
        StepCode.BENEFIT_REPORT_PENDING,
        List.of(CHONGQING_NOTICE_2025_112.cite("一(五)")),
        List.of(Interpretation.I_5),
        "eventDate",
        event.date(),
        "reason",
        pending.reason());
  }

  /** Two months missed, 条例 art 20(6) applied: stopped from the month after (I-6 switch). */
  static ExplanationStep notReporting(YearMonth missedFrom, YearMonth month) {
    return ExplanationStep.of(
        StepCode.BENEFIT_NOT_REPORTING,
        List.of(NOT_REPORTING),
        List.of(Interpretation.I_6),
        "missedFrom",
        missedFrom,
        "stoppedFrom",
        month.plusMonths(1));
  }

  /** Verified again: resumed from the next month (一(四) 「可从次月起恢复发放」; I-8). */
  static ExplanationStep resumed(MonthVerification verification) {
    return ExplanationStep.of(
        StepCode.BENEFIT_RESUMED,
        List.of(VERIFICATION),
        List.of(Interpretation.I_8),
        "verifiedOn",
        verification.verifiedOnOrProjected(),
        "resumedFrom",
        verification.month().plusMonths(1));
  }

  /** Suspended for the maximum months: the claim lapses (I-8 switch). */
  static ExplanationStep lapsed(YearMonth month, int maximumMonths) {
    return ExplanationStep.of(
        StepCode.BENEFIT_LAPSED,
        List.of(VERIFICATION),
        List.of(Interpretation.I_8),
        "month",
        month,
        "maximumMonths",
        maximumMonths);
  }

  /** Every month of entitlement paid (条例 art 24). */
  static ExplanationStep exhausted(YearMonth month, int monthsUsed) {
    return ExplanationStep.of(
        StepCode.BENEFIT_EXHAUSTED,
        List.of(DURATION),
        List.of(),
        "lastPaidMonth",
        month,
        "monthsUsed",
        monthsUsed);
  }

  /** Paid on up to retirement age (人社部发〔2020〕40号; I-11). */
  static ExplanationStep extension(YearMonth exhaustedIn, YearMonth retirementMonth) {
    return ExplanationStep.of(
        StepCode.BENEFIT_EXTENSION,
        List.of(MOHRSS_2020_40.cite(), STATE_COUNCIL_RETIREMENT_AGE_MEASURES.cite()),
        List.of(Interpretation.I_11),
        "exhaustedIn",
        exhaustedIn,
        "retirementMonth",
        retirementMonth);
  }

  /** More was paid for a month than was due: to be recovered (三(四); I-14). */
  static ExplanationStep overpaid(YearMonth month, Money due, Money actual, Money overpayment) {
    return ExplanationStep.of(
        StepCode.BENEFIT_OVERPAID,
        List.of(OVERPAYMENT),
        List.of(Interpretation.I_14),
        "month",
        month,
        "due",
        due,
        "actual",
        actual,
        "overpayment",
        overpayment);
  }

  private static String text(Optional<YearMonth> lastPaid) {
    return lastPaid.map(YearMonth::toString).orElse("—");
  }
}
