package io.github.cqui.core.premium;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.MOHRSS_2024_60;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS;

import com.google.common.collect.ImmutableList;
import io.github.cqui.core.kernel.SwitchRecord;
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
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.premium.PendingReason;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.PremiumRules;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.premium.ReceiptShare;
import io.github.cqui.rules.premium.RefusalReason;
import io.github.cqui.rules.premium.ReimbursementBasis;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.premium.internal.ImmutablePendingMonth;
import io.github.cqui.rules.premium.internal.ImmutablePremiumReimbursement;
import io.github.cqui.rules.premium.internal.ImmutableReceiptShare;
import io.github.cqui.rules.premium.internal.ImmutableRefusedMonth;
import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Chongqing medical-premium reimbursement (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号; I-12, I-13,
 * I-24); the contract is {@link PremiumRules#reimbursement(ReimbursementRequest)}.
 *
 * <p>Per month of the application, from the claim's first month to the application's: the receipts'
 * shares (each receipt split with {@link Money#allocate(int)}, the odd fen one each to the earliest
 * months), the month's line in the claim's ledger (derived here, never taken from the caller), and
 * the 代缴标准 row in force. No official standard is bundled (POLICY-FACTS §9.2).
 *
 * <p>The explanation has one step per outcome — the splits, the months reimbursed at the actual
 * premium, those at the standard, each reason for refusal, the pending months, the total with the
 * 代缴标准 table — each listing its months with their figures and citing its clause and I-…; the typed
 * per-month figures are the result's lists.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChongqingPremiumRules implements PremiumRules {

  private static final Citation PREMIUM = CHONGQING_NOTICE_2025_112.cite("一(三)");
  private static final Citation NATIONAL = MOHRSS_2024_60.cite();
  private static final Citation FUND_PAYS = SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条");
  private static final Citation VERIFICATION = CHONGQING_NOTICE_2025_112.cite("一(四)");
  private static final Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final List<Citation> MONTH_CITATIONS = List.of(PREMIUM, NATIONAL);
  private static final List<Interpretation> I13 = List.of(Interpretation.I_13);
  private static final Comparator<PremiumStandard> BY_MONTH =
      Comparator.comparing(PremiumStandard::from);

  private final BenefitRules benefits;
  private final boolean suspendedMonthsPaid;
  private final Map<Interpretation, String> switchRecord;

  /**
   * The reimbursement rule on the benefit rules (for the claim's ledger) and the interpretation
   * switches (I-12).
   *
   * @param benefits the benefit rules the ledger comes from
   * @param switches the interpretation switches
   */
  public ChongqingPremiumRules(BenefitRules benefits, InterpretationSwitches switches) {
    this.benefits = benefits;
    this.suspendedMonthsPaid = switches.premiumInSuspendedMonths();
    this.switchRecord =
        SwitchRecord.of(switches, Interpretation.I_9, Interpretation.I_12, Interpretation.I_14);
  }

  @Override
  public PremiumReimbursement reimbursement(ReimbursementRequest request) {
    Checks.requireNonNull("request", request);
    BenefitLedger ledger = benefits.ledger(request.claim());
    return new Run(request, ledger).run();
  }

  /** One receipt's share of one month. */
  private record Share(String reference, Money amount) {}

  /** One computation: the months from the claim's start to the application's. */
  private final class Run {
    private final ReimbursementRequest request;
    private final BenefitLedger ledger;
    private final YearMonth start;
    private final int span;
    private final @Nullable LedgerLine[] lines;
    // the first receipt covering each month, and the others, for the rare month with several
    private final @Nullable Share[] firstShare;
    private final Map<Integer, List<Share>> others = new HashMap<>();
    private final PremiumStandard[] standards;
    private final ImmutablePremiumReimbursement.Builder result =
        ImmutablePremiumReimbursement.builder();
    // the explanation groups the months by outcome, one step each, listing the months
    private final StringBuilder splits;
    private final StringBuilder belowStandard;
    private final StringBuilder atStandard;
    private final StringBuilder suspendedIncluded = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private final Map<RefusalReason, StringBuilder> refusals = new EnumMap<>(RefusalReason.class);
    private int belowCount;
    private int atCount;
    private long belowFen;
    private long atFen;
    private long actualFen;
    private long standardFen;
    private int pendingMonths;

    Run(ReimbursementRequest request, BenefitLedger ledger) {
      this.request = request;
      this.ledger = ledger;
      this.start = ledger.startMonth();
      YearMonth applied = YearMonth.from(request.applicationDate());
      // the application month is never before the registration (the request's check), but the
      // I-9 switch may start a claim later: then no month is in range
      this.span = Math.max(0, (int) ChronoUnit.MONTHS.between(start, applied) + 1);
      this.lines = new LedgerLine[span];
      // sized for every month: "2025-09 R-01 460.00; " is about 24 characters
      // "R-1 (2025-08..2025-10): 1440.03 = 3 x 480.01 + 0.00; " is about 52 characters
      this.splits = new StringBuilder(64 * request.receipts().size());
      this.belowStandard = new StringBuilder(24 * span);
      this.atStandard = new StringBuilder(24 * span);
      for (LedgerLine line : ledger.lines()) {
        int index = index(line.month());
        if (index >= 0 && index < span) {
          lines[index] = line;
        }
      }
      this.firstShare = new Share[span];
      List<PremiumStandard> sorted = new ArrayList<>(request.standards());
      sorted.sort(BY_MONTH);
      this.standards = sorted.toArray(new PremiumStandard[0]);
    }

    private int index(YearMonth month) {
      return (month.getYear() - start.getYear()) * 12
          + month.getMonthValue()
          - start.getMonthValue();
    }

    PremiumReimbursement run() {
      splitReceipts();
      for (int i = 0; i < span; i++) {
        month(start.plusMonths(i), i);
      }
      return result
          .applicationDate(request.applicationDate())
          .startMonth(start)
          .totalActual(Money.ofFen(actualFen))
          .totalStandard(Money.ofFen(standardFen))
          .totalReimbursed(Money.ofFen(belowFen + atFen))
          .switches(switchRecord)
          .explanation(explain())
          .build();
    }

    /** Each receipt split exactly across its months (I-24), the odd fen on the earliest. */
    private void splitReceipts() {
      List<PremiumReceipt> receipts = request.receipts();
      for (int r = 0; r < receipts.size(); r++) {
        PremiumReceipt receipt = receipts.get(r);
        int first = index(receipt.firstMonth());
        if (first < 0) {
          throw InvalidInputException.of(
              "receipts[" + r + "].firstMonth",
              receipt.firstMonth(),
              "must not be before the claim's first month, "
                  + start
                  + ": the premium is reimbursed only for the months of the claim (一(三))");
        }
        int months = receipt.months();
        List<Money> parts = receipt.amount().allocate(months);
        if (months > 1) {
          // R-9 (2026-06..2026-08): 1500.01 = 3 x 500.00 + 0.01: the parts allocate gives
          long fen = receipt.amount().toFen();
          separate(splits).append(receipt.reference()).append(" (");
          AuditText.month(splits, receipt.firstMonth()).append("..");
          AuditText.month(splits, receipt.lastMonth()).append("): ");
          AuditText.yuan(splits, receipt.amount()).append(" = ").append(months).append(" x ");
          AuditText.yuan(splits, Money.ofFen(fen / months)).append(" + ");
          AuditText.yuan(splits, Money.ofFen(fen % months));
        }
        for (int k = 0; k < months; k++) {
          int index = first + k;
          Share share = new Share(receipt.reference(), parts.get(k));
          if (firstShare[index] == null) {
            firstShare[index] = share;
          } else {
            others.computeIfAbsent(index, i -> new ArrayList<>(2)).add(share);
          }
        }
      }
    }

    /** The receipts covering the month at {@code index}, in the order of the request. */
    private List<Share> covering(int index) {
      Share one = firstShare[index];
      if (one == null) {
        return List.of();
      }
      List<Share> more = others.get(index);
      if (more == null) {
        return List.of(one);
      }
      List<Share> all = new ArrayList<>(1 + more.size());
      all.add(one);
      all.addAll(more);
      return all;
    }

    private void month(YearMonth month, int index) {
      Share one = firstShare[index];
      LedgerLine line = lines[index];
      RefusalReason refusal = statusRefusal(line);
      if (refusal != null) {
        if (one != null) {
          refuse(month, refusal, covering(index));
        }
        return;
      }
      LedgerLine paid = Objects.requireNonNull(line);
      if (one == null) {
        refuse(month, RefusalReason.NO_RECEIPT, List.of());
        return;
      }
      if (!others.isEmpty() && others.containsKey(index)) {
        refuse(month, RefusalReason.TWO_RECEIPTS, covering(index));
        return;
      }
      Share share = one;
      PremiumStandard standard = standardFor(month);
      if (standard == null) {
        pendingMonths++;
        result.addPending(
            ImmutablePendingMonth.builder()
                .month(month)
                .reason(PendingReason.NO_STANDARD_IN_FORCE)
                .receipt(share.reference())
                .actual(share.amount())
                .build());
        names(AuditText.month(separate(pending), month), List.of(share));
        return;
      }
      Money actual = share.amount();
      boolean below = actual.isLessThan(standard.amount());
      Money reimbursed = below ? actual : standard.amount();
      if (paid.status() == LedgerStatus.SUSPENDED) {
        AuditText.month(separate(suspendedIncluded), month);
      }
      StringBuilder group = separate(below ? belowStandard : atStandard);
      AuditText.month(group, month).append(' ').append(share.reference()).append(' ');
      AuditText.yuan(group, reimbursed);
      if (below) {
        belowCount++;
        belowFen = Math.addExact(belowFen, reimbursed.toFen());
      } else {
        atCount++;
        atFen = Math.addExact(atFen, reimbursed.toFen());
      }
      result.addReimbursed(
          ImmutableReimbursedMonth.builder()
              .month(month)
              .benefitStatus(paid.status())
              .receipt(share.reference())
              .actual(actual)
              .standardFrom(standard.from())
              .standard(standard.amount())
              .reimbursed(reimbursed)
              .basis(below ? ReimbursementBasis.ACTUAL_PAID : ReimbursementBasis.STANDARD)
              .build());
      actualFen = Math.addExact(actualFen, actual.toFen());
      standardFen = Math.addExact(standardFen, standard.amount().toFen());
    }

    /** Why the month's ledger line is no month of paid benefit; null when it is one (I-12). */
    private @Nullable RefusalReason statusRefusal(@Nullable LedgerLine line) {
      if (line == null) {
        return RefusalReason.AFTER_CLAIM;
      }
      RefusalReason byStatus =
          switch (line.status()) {
            case STOPPED -> RefusalReason.STOPPED;
            case NOT_PAYABLE -> RefusalReason.NOT_PAYABLE;
            case SUSPENDED -> suspendedMonthsPaid ? null : RefusalReason.SUSPENDED;
            case PAID -> null;
          };
      if (byStatus != null) {
        return byStatus;
      }
      return line.projected() ? RefusalReason.NOT_YET_PAID : null;
    }

    private @Nullable PremiumStandard standardFor(YearMonth month) {
      PremiumStandard found = null;
      for (PremiumStandard standard : standards) {
        if (standard.from().isAfter(month)) {
          break;
        }
        found = standard;
      }
      return found;
    }

    private void refuse(YearMonth month, RefusalReason reason, List<Share> here) {
      ImmutableList.Builder<ReceiptShare> receipts = ImmutableList.builder();
      for (Share share : here) {
        receipts.add(
            ImmutableReceiptShare.builder()
                .reference(share.reference())
                .amount(share.amount())
                .build());
      }
      result.addRefused(
          ImmutableRefusedMonth.builder()
              .month(month)
              .reason(reason)
              .receipts(receipts.build())
              .build());
      StringBuilder group = refusals.computeIfAbsent(reason, r -> new StringBuilder(64));
      names(AuditText.month(separate(group), month), here);
    }

    /** The steps: the splits, each outcome with its months, the total with the table. */
    private Explanation explain() {
      Explanation.Builder explanation = Explanation.builder();
      if (splits.length() > 0) {
        explanation.step(
            StepCode.PREMIUM_RECEIPTS_SPLIT,
            List.of(PREMIUM),
            List.of(Interpretation.I_13, Interpretation.I_24),
            "receipts",
            splits);
      }
      if (belowCount > 0) {
        explanation.step(
            StepCode.PREMIUM_REIMBURSED_ACTUAL,
            MONTH_CITATIONS,
            I13,
            "months",
            belowStandard,
            "count",
            belowCount,
            "reimbursed",
            Money.ofFen(belowFen));
      }
      if (atCount > 0) {
        explanation.step(
            StepCode.PREMIUM_REIMBURSED_STANDARD,
            MONTH_CITATIONS,
            I13,
            "months",
            atStandard,
            "count",
            atCount,
            "reimbursed",
            Money.ofFen(atFen));
      }
      if (suspendedIncluded.length() > 0) {
        explanation.step(
            StepCode.PREMIUM_SUSPENDED_INCLUDED,
            List.of(PREMIUM, VERIFICATION),
            List.of(Interpretation.I_12),
            "months",
            suspendedIncluded);
      }
      refusals.forEach((reason, months) -> explainRefusal(explanation, reason, months));
      if (pending.length() > 0) {
        explanation.step(
            StepCode.PREMIUM_PENDING_STANDARD, MONTH_CITATIONS, I13, "months", pending);
      }
      StringBuilder table = new StringBuilder();
      for (PremiumStandard standard : standards) {
        AuditText.yuan(
            AuditText.month(separate(table), standard.from()).append(": "), standard.amount());
      }
      return explanation
          .step(
              StepCode.PREMIUM_TOTAL,
              MONTH_CITATIONS,
              I13,
              "months",
              belowCount + atCount,
              "actual",
              Money.ofFen(actualFen),
              "standard",
              Money.ofFen(standardFen),
              "reimbursed",
              Money.ofFen(belowFen + atFen),
              "pending",
              pendingMonths,
              "standards",
              table.length() == 0 ? "—" : table)
          .build();
    }

    private void explainRefusal(
        Explanation.Builder explanation, RefusalReason reason, StringBuilder months) {
      switch (reason) {
        case SUSPENDED ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_SUSPENDED,
                List.of(PREMIUM, VERIFICATION),
                List.of(Interpretation.I_12, Interpretation.I_13),
                "months",
                months);
        case NOT_PAYABLE ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_NOT_PAYABLE,
                List.of(PREMIUM, STOP),
                List.of(Interpretation.I_13, Interpretation.I_15),
                "months",
                months);
        case STOPPED ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_STOPPED,
                List.of(PREMIUM, STOP),
                List.of(Interpretation.I_13, Interpretation.I_14),
                "months",
                months);
        case NOT_YET_PAID ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_NOT_YET_PAID,
                List.of(PREMIUM, FUND_PAYS),
                I13,
                "months",
                months,
                "recordedThrough",
                request.claim().recordedThrough());
        case AFTER_CLAIM ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_AFTER_CLAIM,
                List.of(PREMIUM, FUND_PAYS),
                I13,
                "months",
                months,
                "lastMonth",
                ledger.lines().get(ledger.lines().size() - 1).month());
        case NO_RECEIPT ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_NO_RECEIPT, MONTH_CITATIONS, I13, "months", months);
        case TWO_RECEIPTS ->
            explanation.step(
                StepCode.PREMIUM_REFUSED_TWO_RECEIPTS, MONTH_CITATIONS, I13, "months", months);
      }
    }
  }

  /** {@code list} with "; " appended when it already has an item. */
  private static StringBuilder separate(StringBuilder list) {
    return list.length() == 0 ? list : list.append("; ");
  }

  /** The receipts covering a month, " (R-1 480.00, R-2 100.00)"; nothing when none. */
  private static void names(StringBuilder item, List<Share> here) {
    if (here.isEmpty()) {
      return;
    }
    item.append(" (");
    for (int i = 0; i < here.size(); i++) {
      item.append(i == 0 ? "" : ", ").append(here.get(i).reference()).append(' ');
      AuditText.yuan(item, here.get(i).amount());
    }
    item.append(')');
  }
}
