package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.MOHRSS_2020_40;
import static io.github.cqui.rules.LegalDocument.NPCSC_RETIREMENT_AGE_DECISION;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.STATE_COUNCIL_RETIREMENT_AGE_MEASURES;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.RuleContextException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableBenefitLedger;
import io.github.cqui.rules.benefit.internal.ImmutableLedgerLine;
import io.github.cqui.rules.benefit.internal.ImmutableStatutoryRetirement;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Chongqing benefit rules: statutory retirement age and the monthly ledger of a claim. Each
 * step cites its clause; see {@link BenefitRules}. Immutable and thread-safe.
 */
public final class ChongqingBenefitRules implements BenefitRules {

  private static final Citation VERIFICATION = CHONGQING_NOTICE_2025_112.cite("一(四)");
  private static final Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final Citation REGISTRATION_START = SOCIAL_INSURANCE_LAW.cite("第五十条");
  private static final Citation APPLICATION_START =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十二条");
  private static final Citation DURATION =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条");
  private static final Citation NOT_REPORTING =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（六）项");
  private static final Citation OVERPAYMENT = CHONGQING_NOTICE_2025_112.cite("三(四)");

  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final DeadlineRules deadlines;
  private final Map<Interpretation, String> ledgerSwitches;

  /**
   * The benefit rules on policy editions, interpretation switches and the deadline rules (for the
   * report deadline of each stop event).
   *
   * @param editions the policy editions
   * @param switches the interpretation switches
   * @param deadlines the deadline rules
   */
  public ChongqingBenefitRules(
      PolicyEditions editions, InterpretationSwitches switches, DeadlineRules deadlines) {
    this.editions = editions;
    this.switches = switches;
    this.deadlines = deadlines;
    this.ledgerSwitches =
        SwitchRecord.of(
            switches,
            Interpretation.I_6,
            Interpretation.I_8,
            Interpretation.I_9,
            Interpretation.I_10,
            Interpretation.I_11,
            Interpretation.I_14);
  }

  @Override
  public StatutoryRetirement statutoryRetirement(
      YearMonth birthMonth, RetirementCategory category) {
    int offset = monthsBetween(category.firstAffectedBirthMonth(), birthMonth);
    int delay =
        offset < 0
            ? 0
            : Math.min(
                category.maximumDelayMonths(), offset / category.birthMonthsPerDelayMonth() + 1);
    YearMonth retirement = birthMonth.plusYears(category.originalAge()).plusMonths(delay);
    return ImmutableStatutoryRetirement.builder()
        .birthMonth(birthMonth)
        .category(category)
        .delayMonths(delay)
        .ageYears(category.originalAge() + delay / 12)
        .ageMonths(delay % 12)
        .retirementMonth(retirement)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.BENEFIT_RETIREMENT_AGE,
                    List.of(
                        NPCSC_RETIREMENT_AGE_DECISION.cite(),
                        STATE_COUNCIL_RETIREMENT_AGE_MEASURES.cite("第一条")),
                    List.of(Interpretation.I_10),
                    "birthMonth",
                    birthMonth,
                    "category",
                    category.chineseName(),
                    "delayMonths",
                    delay,
                    "retirementMonth",
                    retirement)
                .build())
        .build();
  }

  @Override
  public BenefitLedger ledger(ClaimHistory history) {
    try {
      return new LedgerRun(history).run();
    } catch (CalendarCoverageException e) {
      throw RuleContextException.wrap(
          "ledger of the claim registered on " + history.registrationDate(), e);
    }
  }

  /** One computation of a ledger: the state of the month-by-month walk. */
  private final class LedgerRun {
    private final ClaimHistory history;
    private final YearMonth start;
    private final StatutoryRetirement retirement;
    private final YearMonth lastByAge;
    private final @Nullable StopEvent stop;
    private final @Nullable YearMonth lastByStop;
    private final Map<YearMonth, LocalDate> verified = new HashMap<>();
    private final Map<YearMonth, Money> actual = new HashMap<>();
    private final @Nullable YearMonth lastActual;
    private final List<BenefitStandard> standards = new ArrayList<>();
    private final List<LedgerLine> lines = new ArrayList<>();
    private final Explanation.Builder explanation = Explanation.builder();

    private int used;
    private int left;
    private int suspendedMonths;
    private int notPayableMonths;
    private int extensionMonths;
    private Money totalDue = Money.zero();
    private Money totalOverpayment = Money.zero();
    private @Nullable YearMonth lastPaid;
    private @Nullable ClaimEndReason end;

    LedgerRun(ClaimHistory history) {
      this.history = history;
      this.start = startMonth(history);
      this.retirement = statutoryRetirement(history.birthMonth(), history.category());
      this.lastByAge =
          switches.retirementMonth() == RetirementMonth.PAID
              ? retirement.retirementMonth()
              : retirement.retirementMonth().minusMonths(1);
      this.stop =
          history.stopEvents().stream().min(Comparator.comparing(StopEvent::date)).orElse(null);
      this.lastByStop = stop == null ? null : lastMonthPaidBefore(stop);
      for (Verification v : history.verifications()) {
        verified.put(v.month(), v.verifiedOn());
      }
      YearMonth latestPayment = null;
      for (int i = 0; i < history.actualPayments().size(); i++) {
        ActualPayment payment = history.actualPayments().get(i);
        if (payment.month().isBefore(start)) {
          throw InvalidInputException.of(
              "actualPayments[" + i + "].month",
              payment.month(),
              "must not be before the claim's first month, " + start);
        }
        actual.put(payment.month(), payment.amount());
        if (latestPayment == null || payment.month().isAfter(latestPayment)) {
          latestPayment = payment.month();
        }
      }
      this.lastActual = latestPayment;
      history.standards().stream()
          .filter(s -> s.tier() == history.tier())
          .sorted(Comparator.comparing(BenefitStandard::from))
          .forEach(standards::add);
      this.left = history.entitlementMonths();
    }

    BenefitLedger run() {
      explanation
          .step(
              StepCode.BENEFIT_LEDGER_START,
              List.of(
                  switches.entitlementStart() == EntitlementStart.REGISTRATION_DATE
                      ? REGISTRATION_START
                      : APPLICATION_START,
                  DURATION),
              List.of(Interpretation.I_9, Interpretation.I_22),
              "registrationDate",
              history.registrationDate(),
              "startMonth",
              start,
              "entitlementMonths",
              history.entitlementMonths())
          .steps(retirement.explanation());
      boolean suspended = false;
      boolean extension = false;
      boolean stoppedLineWritten = false;
      int streak = 0;
      int suspendedRun = 0;
      YearMonth missedFrom = start;
      for (YearMonth m = start; ; m = m.plusMonths(1)) {
        if (end == null) {
          if (lastByStop != null && m.isAfter(lastByStop)) {
            end(ClaimEndReason.STOP_EVENT);
          } else if (m.isAfter(lastByAge)) {
            end(ClaimEndReason.RETIREMENT_AGE);
          }
        }
        if (end != null) {
          boolean showStop = !stoppedLineWritten && end != ClaimEndReason.ENTITLEMENT_EXHAUSTED;
          if (!showStop && (lastActual == null || m.isAfter(lastActual))) {
            break;
          }
          line(m, LedgerStatus.STOPPED, Money.zero(), false, false);
          stoppedLineWritten = true;
          continue;
        }
        boolean projected = m.isAfter(history.recordedThrough());
        LocalDate verifiedOn = verified.get(m);
        // a month counts as missed only under an edition that suspends after missed months (I-18)
        Optional<PolicyParameter<Integer>> suspendAfter =
            editions.findParameterOn(m.atDay(1), ParameterKey.SUSPENSION_AFTER_MISSED_MONTHS);
        boolean verifiedThisMonth = projected || suspendAfter.isEmpty() || verifiedOn != null;
        if (suspended) {
          suspendedMonths++;
          suspendedRun++;
          line(m, LedgerStatus.SUSPENDED, Money.zero(), projected, extension);
          if (verifiedThisMonth) {
            suspended = false;
            streak = 0;
            explanation.step(
                StepCode.BENEFIT_RESUMED,
                List.of(VERIFICATION),
                List.of(Interpretation.I_8),
                "verifiedOn",
                verifiedOn == null ? m + " (projected)" : verifiedOn,
                "resumedFrom",
                m.plusMonths(1));
          } else if (switches.maximumSuspensionMonths().isPresent()
              && suspendedRun >= switches.maximumSuspensionMonths().get()) {
            explanation.step(
                StepCode.BENEFIT_LAPSED,
                List.of(VERIFICATION),
                List.of(Interpretation.I_8),
                "month",
                m,
                "maximumMonths",
                switches.maximumSuspensionMonths().get());
            end = ClaimEndReason.SUSPENSION_LAPSED;
          }
          continue;
        }
        streak = verifiedThisMonth ? 0 : streak + 1;
        if (streak == 1) {
          missedFrom = m;
        }
        if (inSubsidyPeriod(m)) {
          notPayableMonths++;
          line(m, LedgerStatus.NOT_PAYABLE, Money.zero(), projected, extension);
          explanation.step(
              StepCode.BENEFIT_NOT_PAYABLE,
              List.of(STOP),
              List.of(Interpretation.I_15),
              "month",
              m);
        } else {
          if (extension) {
            extensionMonths++;
          } else {
            used++;
            left--;
          }
          lastPaid = m;
          line(m, LedgerStatus.PAID, standard(m), projected, extension);
        }
        if (left == 0 && !extension) {
          if (switches.nearRetirementExtension()
              && lastByAge.isAfter(m)
              && monthsBetween(m, retirement.retirementMonth())
                  < editions
                      .parameterOn(m.atEndOfMonth(), ParameterKey.NEAR_RETIREMENT_WINDOW_MONTHS)
                      .value()) {
            extension = true;
            explanation.step(
                StepCode.BENEFIT_EXTENSION,
                List.of(MOHRSS_2020_40.cite(), STATE_COUNCIL_RETIREMENT_AGE_MEASURES.cite()),
                List.of(Interpretation.I_11),
                "exhaustedIn",
                m,
                "retirementMonth",
                retirement.retirementMonth());
          } else {
            end = ClaimEndReason.ENTITLEMENT_EXHAUSTED;
            explanation.step(
                StepCode.BENEFIT_EXHAUSTED,
                List.of(DURATION),
                List.of(),
                "lastPaidMonth",
                m,
                "monthsUsed",
                used);
            continue;
          }
        }
        if (suspendAfter.isPresent() && streak == suspendAfter.get().value()) {
          if (switches.applyRegulationArticle20Item6()) {
            end = ClaimEndReason.NOT_REPORTING;
            explanation.step(
                StepCode.BENEFIT_NOT_REPORTING,
                List.of(NOT_REPORTING),
                List.of(Interpretation.I_6),
                "missedFrom",
                missedFrom,
                "stoppedFrom",
                m.plusMonths(1));
          } else {
            suspended = true;
            suspendedRun = 0;
            explanation.step(
                StepCode.BENEFIT_SUSPENDED,
                List.of(VERIFICATION),
                List.of(Interpretation.I_7, Interpretation.I_8, Interpretation.I_18),
                "missedFrom",
                missedFrom,
                "suspendedFrom",
                m.plusMonths(1));
          }
        }
      }
      List<ReportDeadline> reports = new ArrayList<>();
      for (StopEvent event : history.stopEvents()) {
        reports.add(deadlines.reportDeadline(StopEventReport.of(event.date(), event.type())));
      }
      ClaimEndReason reason = end == null ? ClaimEndReason.ENTITLEMENT_EXHAUSTED : end;
      return ImmutableBenefitLedger.builder()
          .startMonth(start)
          .entitlementMonths(history.entitlementMonths())
          .retirementMonth(retirement.retirementMonth())
          .lines(lines)
          .lastPaidMonth(Optional.ofNullable(lastPaid))
          .endReason(reason)
          .endEvent(Optional.ofNullable(reason == ClaimEndReason.STOP_EVENT ? stop : null))
          .monthsUsed(used)
          .monthsLeft(left)
          .suspendedMonths(suspendedMonths)
          .notPayableMonths(notPayableMonths)
          .extensionMonths(extensionMonths)
          .totalDue(totalDue)
          .totalOverpayment(totalOverpayment)
          .reportDeadlines(reports)
          .switches(ledgerSwitches)
          .explanation(explanation.build())
          .build();
    }

    private void end(ClaimEndReason reason) {
      end = reason;
      String lastPaidText = lastPaid == null ? "—" : lastPaid.toString();
      if (reason == ClaimEndReason.STOP_EVENT) {
        StopEvent event = Objects.requireNonNull(stop);
        List<Citation> citations = new ArrayList<>(StopEventClauses.of(event.type()));
        citations.add(STOP);
        explanation.step(
            StepCode.BENEFIT_STOPPED,
            citations,
            List.of(Interpretation.I_14),
            "event",
            event.type().chineseName(),
            "eventDate",
            event.date(),
            "lastPaidMonth",
            lastPaidText);
      } else {
        explanation.step(
            StepCode.BENEFIT_RETIREMENT_STOP,
            List.of(CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第（四）项"), STOP),
            List.of(Interpretation.I_10),
            "retirementMonth",
            retirement.retirementMonth(),
            "lastPaidMonth",
            lastPaidText);
      }
    }

    private void line(
        YearMonth month, LedgerStatus status, Money due, boolean projected, boolean extension) {
      Money paid = actual.get(month);
      Money overpayment = Money.zero();
      if (paid != null && paid.compareTo(due) > 0) {
        overpayment = paid.minus(due);
        totalOverpayment = totalOverpayment.plus(overpayment);
        explanation.step(
            StepCode.BENEFIT_OVERPAID,
            List.of(OVERPAYMENT),
            List.of(Interpretation.I_14),
            "month",
            month,
            "due",
            due,
            "actual",
            paid,
            "overpayment",
            overpayment);
      }
      totalDue = totalDue.plus(due);
      lines.add(
          ImmutableLedgerLine.builder()
              .month(month)
              .status(status)
              .due(due)
              .actual(Optional.ofNullable(paid))
              .overpayment(overpayment)
              .monthsUsed(used)
              .monthsLeft(left)
              .projected(projected)
              .extension(extension && status == LedgerStatus.PAID)
              .build());
    }

    private Money standard(YearMonth month) {
      Money amount = null;
      for (BenefitStandard s : standards) {
        if (s.from().isAfter(month)) {
          break;
        }
        amount = s.amount();
      }
      if (amount == null) {
        throw InvalidInputException.of(
            "standards",
            history.tier() + " " + month,
            "no benefit standard of the claim's tier is in force in a month that is paid");
      }
      return amount;
    }

    private boolean inSubsidyPeriod(YearMonth month) {
      for (SubsidyPeriod period : history.subsidyPeriods()) {
        if (period.includes(month)) {
          return true;
        }
      }
      return false;
    }
  }

  private YearMonth startMonth(ClaimHistory history) {
    if (switches.entitlementStart() == EntitlementStart.REGISTRATION_DATE) {
      return YearMonth.from(history.registrationDate());
    }
    LocalDate application =
        history
            .applicationDate()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "applicationDate",
                        "absent",
                        "required when entitlement starts at the application date (I-9 switch)"));
    return YearMonth.from(application);
  }

  /** The last month paid under a stop event: its month (I-14), or the month before, by switch. */
  private YearMonth lastMonthPaidBefore(StopEvent event) {
    YearMonth month = YearMonth.from(event.date());
    return switches.stopInEventMonth().contains(event.type()) ? month.minusMonths(1) : month;
  }

  private static int monthsBetween(YearMonth from, YearMonth to) {
    return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
  }
}
