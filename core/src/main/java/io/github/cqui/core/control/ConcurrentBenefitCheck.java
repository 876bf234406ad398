package io.github.cqui.core.control;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;

import io.github.cqui.core.benefit.MonthPayability;
import io.github.cqui.core.benefit.PayableMonths;
import io.github.cqui.core.kernel.Part;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.OtherBenefitStop;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.internal.ImmutableBenefitOverlap;
import io.github.cqui.rules.control.internal.ImmutableConcurrentBenefits;
import io.github.cqui.rules.control.internal.ImmutableOtherBenefitStop;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concurrent-benefits check (渝人社办〔2025〕112号 一(五); I-14, I-15).
 *
 * <ol>
 *   <li>The months the claim pays: the lines of the ledger of the claim as given that are paid or
 *       carry an actual payment ({@link BenefitRules#ledger(ClaimHistory)}).
 *   <li>Each period of a basic pension or 病残津贴 becomes a stop event on its first day; each period
 *       of 灵活就业社保补贴 a period of months (an open one runs to the ledger's last month). With the
 *       claim's own stop events and subsidy periods they make one {@link PayableMonths}, the rule
 *       the ledger uses.
 *   <li>A month the claim pays is listed when a period of the request overlaps it or when the rule
 *       stops it by an event of the request: its consequence is the rule's answer (a payable month
 *       can only be the month a pension or 病残津贴 began, I-14); when it is not payable, the part of
 *       the actual payment the ledger as given counted as due is recoverable.
 *   <li>Each stop event's report deadline comes from the deadline rules (一(五); 《社会保险经办条例》第二十五条); a
 *       deadline they cannot answer — a year whose holiday notice is not loaded (I-5), a day before
 *       every edition — is pending with the reason, and the rest of the answer stands.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class ConcurrentBenefitCheck {

  private static final Citation STOP = CHONGQING_NOTICE_2025_112.cite("一(五)");
  private static final Citation RECOVERY = CHONGQING_NOTICE_2025_112.cite("三(四)");

  private final InterpretationSwitches switches;
  private final BenefitRules benefits;
  private final DeadlineRules deadlines;
  private final Map<Interpretation, String> switchRecord;

  ConcurrentBenefitCheck(
      InterpretationSwitches switches, BenefitRules benefits, DeadlineRules deadlines) {
    this.switches = switches;
    this.benefits = benefits;
    this.deadlines = deadlines;
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_14);
  }

  ConcurrentBenefits check(ConcurrentBenefitsRequest request) {
    ClaimHistory claim = request.claim();
    BenefitLedger ledger = benefits.ledger(claim);
    List<LedgerLine> lines = ledger.lines();
    YearMonth lastMonth =
        lines.isEmpty() ? ledger.startMonth() : lines.get(lines.size() - 1).month();

    List<StopEvent> requestEvents = new ArrayList<>();
    List<SubsidyPeriod> requestSubsidies = new ArrayList<>();
    Explanation.Builder explanation = Explanation.builder();
    List<OtherBenefitStop> stops = new ArrayList<>();
    for (OtherBenefitPeriod period : request.otherBenefits()) {
      Optional<StopEventType> type = period.kind().stopEventType();
      if (type.isPresent()) {
        StopEvent event = StopEvent.of(type.get(), period.from());
        requestEvents.add(event);
        stops.add(stop(period, event, explanation));
      } else {
        subsidyMonths(period, lastMonth).ifPresent(requestSubsidies::add);
        explanation.step(
            StepCode.CONTROL_CONCURRENT_SUBSIDY,
            List.of(STOP),
            List.of(Interpretation.I_15),
            "from",
            period.from(),
            "to",
            period.to().map(String::valueOf).orElse("—"));
      }
    }

    List<StopEvent> allEvents = new ArrayList<>(claim.stopEvents());
    allEvents.addAll(requestEvents);
    List<SubsidyPeriod> allSubsidies = new ArrayList<>(claim.subsidyPeriods());
    allSubsidies.addAll(requestSubsidies);
    PayableMonths rule = PayableMonths.of(allEvents, allSubsidies, switches.stopInEventMonth());

    List<BenefitOverlap> overlaps = new ArrayList<>();
    Money total = Money.zero();
    for (LedgerLine line : lines) {
      if (line.status() != LedgerStatus.PAID && line.actual().isEmpty()) {
        continue;
      }
      YearMonth month = line.month();
      List<OtherBenefitPeriod> overlapping = new ArrayList<>();
      for (OtherBenefitPeriod period : request.otherBenefits()) {
        if (overlaps(period, month)) {
          overlapping.add(period);
        }
      }
      MonthPayability payability = rule.in(month);
      boolean stoppedByRequest =
          payability instanceof MonthPayability.AfterStopEvent stopped
              && requestEvents.contains(stopped.event());
      if (overlapping.isEmpty() && !stoppedByRequest) {
        continue;
      }
      BenefitOverlap overlap = overlap(line, overlapping, payability);
      overlaps.add(overlap);
      total = total.plus(overlap.overpayment());
      explain(explanation, overlap, payability);
    }
    if (overlaps.isEmpty()) {
      explanation.step(
          StepCode.CONTROL_CONCURRENT_NONE,
          List.of(STOP),
          List.of(Interpretation.I_14, Interpretation.I_15),
          "periods",
          request.otherBenefits().size());
    }
    return ImmutableConcurrentBenefits.builder()
        .request(request)
        .overlaps(overlaps)
        .stops(stops)
        .totalOverpayment(total)
        .switches(switchRecord)
        .explanation(explanation.build())
        .build();
  }

  /** The stop event of a basic pension or 病残津贴, with its report deadline or why it is pending. */
  private OtherBenefitStop stop(
      OtherBenefitPeriod period, StopEvent event, Explanation.Builder explanation) {
    YearMonth lastPayable = PayableMonths.lastPayableMonth(event, switches.stopInEventMonth());
    MonthPayability stopped = new MonthPayability.AfterStopEvent(lastPayable.plusMonths(1), event);
    explanation.step(
        StepCode.CONTROL_CONCURRENT_STOP,
        stopped.citations(),
        stopped.interpretations(),
        "benefit",
        period.kind().chineseName(),
        "from",
        period.from(),
        "lastPayableMonth",
        lastPayable);
    ImmutableOtherBenefitStop.Builder stop =
        ImmutableOtherBenefitStop.builder()
            .period(period)
            .event(event)
            .lastPayableMonth(lastPayable);
    // I-5, I-18: a deadline the deadline rules cannot answer is pending, and the rest stands
    Part.of(
            "report deadline of the " + event.type() + " event on " + event.date(),
            () -> deadlines.reportDeadline(StopEventReport.of(event.date(), event.type())))
        .fold(
            deadline -> {
              explanation.steps(deadline.explanation());
              return stop.reportDeadline(deadline);
            },
            pending -> {
              explanation.step(
                  StepCode.CONTROL_CONCURRENT_REPORT_PENDING,
                  List.of(STOP),
                  List.of(Interpretation.I_5),
                  "eventDate",
                  event.date(),
                  "reason",
                  pending.reason());
              return stop.reportDeadlinePending(pending);
            });
    return stop.build();
  }

  private static BenefitOverlap overlap(
      LedgerLine line, List<OtherBenefitPeriod> overlapping, MonthPayability payability) {
    ImmutableBenefitOverlap.Builder overlap =
        ImmutableBenefitOverlap.builder()
            .month(line.month())
            .periods(overlapping)
            .dueAsGiven(line.due())
            .actual(line.actual());
    switch (payability.payability()) {
      case PAYABLE -> {
        // only the month a basic pension or 病残津贴 began can be payable and overlapped (I-14)
        StopEvent began = eventBeginningIn(overlapping);
        return overlap
            .consequence(OverlapConsequence.EVENT_MONTH_PAID)
            .stoppedBy(began)
            .overpayment(Money.zero())
            .build();
      }
      case AFTER_STOP_EVENT ->
          overlap
              .consequence(OverlapConsequence.STOPPED)
              .stoppedBy(((MonthPayability.AfterStopEvent) payability).event());
      case OVERLAPS_SUBSIDY -> overlap.consequence(OverlapConsequence.NOT_PAYABLE);
    }
    Money recoverable = line.actual().map(a -> a.min(line.due())).orElse(Money.zero());
    return overlap.overpayment(recoverable).build();
  }

  /**
   * The stop event of a payable month's first overlapping period. Every period overlapping a
   * payable month began in it: a subsidy month is not payable, and a month after the month a basic
   * pension or 病残津贴 began is stopped (I-14, I-15).
   */
  private static StopEvent eventBeginningIn(List<OtherBenefitPeriod> overlapping) {
    OtherBenefitPeriod first = overlapping.get(0);
    return StopEvent.of(first.kind().stopEventType().orElseThrow(), first.from());
  }

  private static void explain(
      Explanation.Builder explanation, BenefitOverlap overlap, MonthPayability payability) {
    String actual = overlap.actual().map(String::valueOf).orElse("—");
    switch (overlap.consequence()) {
      case EVENT_MONTH_PAID -> {
        StopEvent began = overlap.stoppedBy().orElseThrow();
        MonthPayability beginning =
            new MonthPayability.AfterStopEvent(YearMonth.from(began.date()).plusMonths(1), began);
        explanation.step(
            StepCode.CONTROL_CONCURRENT_EVENT_MONTH,
            beginning.citations(),
            List.of(Interpretation.I_14),
            "month",
            overlap.month(),
            "benefit",
            overlap.periods().get(0).kind().chineseName());
      }
      case STOPPED -> {
        StopEvent event = overlap.stoppedBy().orElseThrow();
        explanation.step(
            StepCode.CONTROL_CONCURRENT_STOPPED,
            withRecovery(payability.citations()),
            payability.interpretations(),
            "month",
            overlap.month(),
            "event",
            event.type().chineseName(),
            "eventDate",
            event.date(),
            "due",
            overlap.dueAsGiven(),
            "actual",
            actual,
            "overpayment",
            overlap.overpayment());
      }
      case NOT_PAYABLE ->
          explanation.step(
              StepCode.CONTROL_CONCURRENT_NOT_PAYABLE,
              List.of(STOP, RECOVERY),
              payability.interpretations(),
              "month",
              overlap.month(),
              "due",
              overlap.dueAsGiven(),
              "actual",
              actual,
              "overpayment",
              overlap.overpayment());
    }
  }

  private static List<Citation> withRecovery(List<Citation> citations) {
    List<Citation> all = new ArrayList<>(citations);
    all.add(RECOVERY);
    return all;
  }

  /** Whether any day of {@code month} is in the period. */
  private static boolean overlaps(OtherBenefitPeriod period, YearMonth month) {
    boolean startsInTime = !YearMonth.from(period.from()).isAfter(month);
    boolean endsInTime = period.to().map(to -> !YearMonth.from(to).isBefore(month)).orElse(true);
    return startsInTime && endsInTime;
  }

  /** The months of a subsidy period, an open one up to {@code lastMonth}; empty if none is left. */
  private static Optional<SubsidyPeriod> subsidyMonths(
      OtherBenefitPeriod period, YearMonth lastMonth) {
    YearMonth from = YearMonth.from(period.from());
    YearMonth to = period.to().map(YearMonth::from).orElse(lastMonth);
    return to.isBefore(from) ? Optional.empty() : Optional.of(SubsidyPeriod.of(from, to));
  }
}
