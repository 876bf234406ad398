package io.github.cqui.core.recovery;

import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CIVIL_CODE;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;

import com.google.common.collect.ImmutableList;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.core.premium.AuditText;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.recovery.BenefitDeduction;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaidMonth;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.OverpaymentReason;
import io.github.cqui.rules.recovery.PensionOffset;
import io.github.cqui.rules.recovery.PlanRefusal;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoveryRung;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentSource;
import io.github.cqui.rules.recovery.ScheduleLine;
import io.github.cqui.rules.recovery.ScheduleOutcome;
import io.github.cqui.rules.recovery.internal.ImmutableRecoverySchedule;
import io.github.cqui.rules.recovery.internal.ImmutableScheduleLine;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule of a recovery plan (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-24): the contract
 * is {@link io.github.cqui.rules.recovery.RecoveryRules#schedule}. No interest and no fees are
 * added (I-16). Immutable and thread-safe.
 */
final class RecoverySchedules {

  /** The most lines a pension offset may take: a bound on the work. */
  static final int MAX_OFFSET_MONTHS = 600;

  static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");
  private static final Citation HANDLING = SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第四十六条");
  private static final Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final Citation REPORT = SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条");
  private static final Citation MONTHS = CIVIL_CODE.cite("第二百零二条");
  private static final Citation AGREED_DATES = CIVIL_CODE.cite("第二百零四条");
  private static final Citation NO_SURCHARGE = ADMINISTRATIVE_COMPULSION_LAW.cite("第四十五条");
  private static final Citation EMPLOYERS_ONLY = SOCIAL_INSURANCE_LAW.cite("第八十六条");
  private static final List<Citation> PLAN = List.of(RECOVERY, HANDLING);
  private static final List<Interpretation> I16 = List.of(Interpretation.I_16);
  private static final List<Interpretation> I16_I24 =
      List.of(Interpretation.I_16, Interpretation.I_24);

  private final BenefitRules benefits;
  private final int capPercent;
  private final BigDecimal capFactor;
  private final Map<Interpretation, String> switchRecord;

  RecoverySchedules(BenefitRules benefits, InterpretationSwitches switches) {
    this.benefits = benefits;
    this.capPercent = switches.deductionCapPercent();
    this.capFactor = BigDecimal.valueOf(capPercent, 2);
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_9, Interpretation.I_16);
  }

  /** A line before its sequence and balance are known. */
  private record Draft(RepaymentSource source, YearMonth month, LocalDate dueDate, Money amount) {}

  RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan) {
    Money total = debt.total();
    LocalDate established = debt.establishedOn();
    Explanation.Builder explanation = Explanation.builder();
    explainDebt(debt, explanation);
    List<Draft> drafts = new ArrayList<>();
    List<PlanRefusal> refusals = new ArrayList<>();
    if (plan.lumpSumDue().isPresent()) {
      LocalDate due = plan.lumpSumDue().get();
      requireNotBefore("plan.lumpSumDue", due, established);
      drafts.add(new Draft(RepaymentSource.LUMP_SUM, YearMonth.from(due), due, total));
      explanation.step(StepCode.RECOVERY_LUMP_SUM, PLAN, I16, "dueDate", due, "amount", total);
    }
    if (plan.pensionOffset().isPresent()) {
      pensionOffset(plan.pensionOffset().get(), debt, drafts, refusals, explanation);
    }
    Money rest = total;
    if (plan.deduction().isPresent()) {
      rest = deduct(plan.deduction().get(), debt, drafts, explanation);
      if (plan.instalments().isPresent()) {
        Money deducted = total.minus(rest);
        if (rest.isZero()) {
          explanation.step(StepCode.RECOVERY_COMBINATION_NO_REST, PLAN, I16, "deducted", deducted);
        } else {
          explanation.step(
              StepCode.RECOVERY_COMBINATION_REST, PLAN, I16, "deducted", deducted, "rest", rest);
        }
      }
    }
    if (plan.instalments().isPresent()) {
      InstalmentAgreement agreement = plan.instalments().get();
      requireNotBefore("plan.instalments.firstDue", agreement.firstDue(), established);
      if (rest.isPositive()) {
        instalments(agreement, rest, drafts, explanation);
      }
    }
    // due-date order; a deduction (added first) before an instalment due the same day
    drafts.sort(Comparator.comparing(Draft::dueDate));
    ImmutableList.Builder<ScheduleLine> lines =
        ImmutableList.builderWithExpectedSize(drafts.size());
    Money balance = total;
    int sequence = 0;
    for (Draft draft : drafts) {
      balance = balance.minus(draft.amount());
      lines.add(
          ImmutableScheduleLine.builder()
              .sequence(++sequence)
              .source(draft.source())
              .month(draft.month())
              .dueDate(draft.dueDate())
              .amount(draft.amount())
              .balanceAfter(balance)
              .build());
    }
    Money scheduled = total.minus(balance);
    ScheduleOutcome outcome =
        !refusals.isEmpty()
            ? ScheduleOutcome.REFUSED
            : balance.isPositive() ? ScheduleOutcome.SHORTFALL : ScheduleOutcome.CLEARS;
    switch (outcome) {
      case CLEARS -> {
        explanation.step(
            StepCode.RECOVERY_SCHEDULE_CLEARS,
            PLAN,
            I16,
            "amount",
            total,
            "lines",
            drafts.size(),
            "lastDue",
            drafts.get(drafts.size() - 1).dueDate());
      }
      case SHORTFALL -> {
        explanation.step(
            StepCode.RECOVERY_SCHEDULE_SHORTFALL,
            List.of(RECOVERY),
            I16,
            "scheduled",
            scheduled,
            "shortfall",
            balance);
      }
      case REFUSED -> {
        explanation.step(
            StepCode.RECOVERY_SCHEDULE_REFUSED, List.of(RECOVERY), I16, "amount", total);
      }
    }
    return ImmutableRecoverySchedule.builder()
        .debt(debt)
        .plan(plan)
        .outcome(outcome)
        .refusals(refusals)
        .lines(lines.build())
        .scheduled(scheduled)
        .shortfall(balance)
        .nextStep(
            outcome == ScheduleOutcome.CLEARS
                ? Optional.empty()
                : Optional.of(RecoveryRung.DECISION_LETTER))
        .switches(switchRecord)
        .explanation(explanation.build())
        .build();
  }

  /**
   * One step per reason, listing its months in month order with their amounts, with the reason's
   * clause; then the total.
   */
  private static void explainDebt(OverpaymentDebt debt, Explanation.Builder explanation) {
    List<OverpaidMonth> months = new ArrayList<>(debt.months());
    months.sort(Comparator.comparing(OverpaidMonth::month));
    for (OverpaymentReason reason : OverpaymentReason.values()) {
      StringBuilder list = new StringBuilder();
      long fen = 0;
      for (OverpaidMonth month : months) {
        if (month.reason() == reason) {
          AuditText.month(list.append(list.length() == 0 ? "" : "; "), month.month()).append(' ');
          AuditText.yuan(list, month.amount());
          fen += month.amount().toFen();
        }
      }
      if (list.length() == 0) {
        continue;
      }
      Money amount = Money.ofFen(fen);
      switch (reason) {
        case STOP_EVENT_NOT_REPORTED ->
            explanation.step(
                StepCode.RECOVERY_DEBT_STOP_EVENT,
                List.of(RECOVERY, STOP, REPORT),
                List.of(Interpretation.I_14),
                "months",
                list,
                "amount",
                amount);
        case FLEXIBLE_EMPLOYMENT_SUBSIDY_OVERLAP ->
            explanation.step(
                StepCode.RECOVERY_DEBT_SUBSIDY,
                List.of(RECOVERY, STOP),
                List.of(Interpretation.I_15),
                "months",
                list,
                "amount",
                amount);
        case DUPLICATE_WITH_PENSION ->
            explanation.step(
                StepCode.RECOVERY_DEBT_PENSION,
                List.of(RECOVERY, STOP),
                List.of(Interpretation.I_14),
                "months",
                list,
                "amount",
                amount);
        case OTHER ->
            explanation.step(
                StepCode.RECOVERY_DEBT_OTHER,
                List.of(RECOVERY),
                List.of(),
                "months",
                list,
                "amount",
                amount);
      }
    }
    explanation.step(
        StepCode.RECOVERY_DEBT_TOTAL,
        List.of(RECOVERY, HANDLING, NO_SURCHARGE, EMPLOYERS_ONLY),
        I16_I24,
        "establishedOn",
        debt.establishedOn(),
        "months",
        months.size(),
        "total",
        debt.total());
  }

  /**
   * Deducts from each month the claim's ledger pays from the deduction's first month on, at most
   * the I-16 cap of the payment rounded down to the fen; returns what is left.
   */
  private Money deduct(
      BenefitDeduction deduction,
      OverpaymentDebt debt,
      List<Draft> drafts,
      Explanation.Builder explanation) {
    YearMonth established = YearMonth.from(debt.establishedOn());
    if (deduction.fromMonth().isBefore(established)) {
      throw InvalidInputException.of(
          "plan.deduction.fromMonth",
          deduction.fromMonth(),
          "must not be before the month the debt was established, " + established);
    }
    BenefitLedger ledger = benefits.ledger(deduction.claim());
    Money left = debt.total();
    StringBuilder months = new StringBuilder();
    for (LedgerLine line : ledger.lines()) {
      if (!left.isPositive()) {
        break;
      }
      if (line.status() != LedgerStatus.PAID || line.month().isBefore(deduction.fromMonth())) {
        continue;
      }
      Money cap = line.due().multipliedBy(capFactor, RoundingMode.DOWN);
      Money deducted = cap.min(left);
      if (!deducted.isPositive()) {
        continue;
      }
      left = left.minus(deducted);
      drafts.add(
          new Draft(
              RepaymentSource.UI_DEDUCTION, line.month(), line.month().atEndOfMonth(), deducted));
      AuditText.month(months.append(months.length() == 0 ? "" : "; "), line.month()).append(' ');
      AuditText.yuan(AuditText.yuan(months, deducted).append('/'), line.due());
    }
    explanation.step(
        StepCode.RECOVERY_DEDUCTION,
        PLAN,
        I16_I24,
        "capPercent",
        capPercent,
        "months",
        months.length() == 0 ? "—" : months,
        "deducted",
        debt.total().minus(left),
        "balance",
        left);
    return left;
  }

  /** The agreement's instalments over {@code amount}, the odd fen where it says (I-24). */
  private static void instalments(
      InstalmentAgreement agreement,
      Money amount,
      List<Draft> drafts,
      Explanation.Builder explanation) {
    int count = agreement.count();
    if (amount.toFen() < count) {
      throw InvalidInputException.of(
          "plan.instalments.count",
          count,
          "more instalments than fen in the "
              + amount
              + " to share: each instalment must be at least 0.01");
    }
    // allocate gives the larger parts first; the last instalments take them from the end
    List<Money> parts = amount.allocate(count);
    boolean last = agreement.oddFen() == OddFenPlacement.LAST_INSTALMENTS;
    for (int k = 0; k < count; k++) {
      LocalDate due = agreement.dueDate(k);
      Money part = parts.get(last ? count - 1 - k : k);
      drafts.add(new Draft(RepaymentSource.INSTALMENT, YearMonth.from(due), due, part));
    }
    long oddFen = amount.toFen() % count;
    Money smaller = Money.ofFen(amount.toFen() / count);
    List<Citation> citations = List.of(RECOVERY, HANDLING, MONTHS, AGREED_DATES);
    Object[] common = {
      "amount",
      amount,
      "count",
      count,
      "firstDue",
      agreement.firstDue(),
      "lastDue",
      agreement.dueDate(count - 1),
      "intervalMonths",
      agreement.intervalMonths()
    };
    if (oddFen == 0) {
      explanation.step(
          StepCode.RECOVERY_INSTALMENTS_EVEN, citations, I16_I24, concat(common, "each", smaller));
    } else {
      explanation.step(
          last ? StepCode.RECOVERY_INSTALMENTS_LAST : StepCode.RECOVERY_INSTALMENTS_FIRST,
          citations,
          I16_I24,
          concat(
              common,
              "larger",
              smaller.plus(Money.ofFen(1)),
              "smaller",
              smaller,
              "oddFen",
              oddFen));
    }
  }

  /** The pension offset, or the reasons it is refused (三(四): 协商一致, 书面商请). */
  private static void pensionOffset(
      PensionOffset offset,
      OverpaymentDebt debt,
      List<Draft> drafts,
      List<PlanRefusal> refusals,
      Explanation.Builder explanation) {
    LocalDate established = debt.establishedOn();
    Money total = debt.total();
    if (offset.consentOn().isPresent()) {
      requireNotBefore("plan.pensionOffset.consentOn", offset.consentOn().get(), established);
    }
    if (offset.writtenRequestOn().isPresent()) {
      requireNotBefore(
          "plan.pensionOffset.writtenRequestOn", offset.writtenRequestOn().get(), established);
    }
    if (offset.firstMonth().isBefore(YearMonth.from(established))) {
      throw InvalidInputException.of(
          "plan.pensionOffset.firstMonth",
          offset.firstMonth(),
          "must not be before the month the debt was established, " + YearMonth.from(established));
    }
    if (offset.consentOn().isEmpty()) {
      refusals.add(PlanRefusal.NO_CONSENT);
      explanation.step(
          StepCode.RECOVERY_PENSION_NO_CONSENT, List.of(RECOVERY), I16, "amount", total);
    }
    if (offset.writtenRequestOn().isEmpty()) {
      refusals.add(PlanRefusal.NO_WRITTEN_REQUEST);
      explanation.step(
          StepCode.RECOVERY_PENSION_NO_REQUEST, List.of(RECOVERY), I16, "amount", total);
    }
    if (!refusals.isEmpty()) {
      return;
    }
    long monthly = offset.monthlyAmount().toFen();
    long months = (total.toFen() + monthly - 1) / monthly;
    if (months > MAX_OFFSET_MONTHS) {
      throw InvalidInputException.of(
          "plan.pensionOffset.monthlyAmount",
          offset.monthlyAmount(),
          "would take "
              + months
              + " months to offset "
              + total
              + "; at most "
              + MAX_OFFSET_MONTHS
              + " are scheduled");
    }
    Money left = total;
    YearMonth month = offset.firstMonth();
    while (left.isPositive()) {
      Money amount = offset.monthlyAmount().min(left);
      drafts.add(new Draft(RepaymentSource.PENSION_OFFSET, month, month.atEndOfMonth(), amount));
      left = left.minus(amount);
      month = month.plusMonths(1);
    }
    explanation.step(
        StepCode.RECOVERY_PENSION_OFFSET,
        List.of(RECOVERY, HANDLING),
        I16,
        "consentOn",
        offset.consentOn().get(),
        "writtenRequestOn",
        offset.writtenRequestOn().get(),
        "firstMonth",
        offset.firstMonth(),
        "monthlyAmount",
        offset.monthlyAmount(),
        "months",
        months);
  }

  private static void requireNotBefore(String field, LocalDate date, LocalDate established) {
    if (date.isBefore(established)) {
      throw InvalidInputException.of(
          field, date, "must not be before the debt was established, on " + established);
    }
  }

  private static Object[] concat(Object[] first, Object... more) {
    Object[] all = new Object[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
