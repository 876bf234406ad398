package io.github.cqui.core.control;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS;

import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.EvidenceKind;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.control.internal.ImmutableShortContributionRisk;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The short-contribution check (渝人社办〔2025〕112号 三(一); I-19, I-4, I-3).
 *
 * <ol>
 *   <li>A month counts when it has a paid contribution on or before the separation date, or — under
 *       the I-19 switch {@code countBackPaidMonths} — paid later (补缴).
 *   <li>The last run is the unbroken run of counted months that ends with the latest counted month
 *       (all months are at most the separation month, {@link ContributionRecord}); the employer may
 *       change within it. A month that does not count breaks it.
 *   <li>The edition in force on the application date decides: its threshold ({@link
 *       ParameterKey#SHORT_CONTRIBUTION_THRESHOLD_MONTHS}) makes a shorter run high-risk; an
 *       edition without a threshold leaves the application not assessed. A date before every
 *       edition is refused by the editions ({@link PolicyEditions#editionOn(LocalDate)}).
 *   <li>High-risk: the notice's evidence is requested as a supplement (I-3, I-4) and the
 *       application is handled after it is reviewed.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class ShortContributionCheck {

  private static final Citation RULE = CHONGQING_NOTICE_2025_112.cite("三(一)");
  private static final Citation MOHRSS_RULE = SHORT_CONTRIBUTION_RISK_NOTICE.cite();
  private static final Citation REVIEW = CHONGQING_NOTICE_2025_112.cite("一(二)");
  private static final Citation DOCUMENTS = SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第三十一条");
  private static final List<EvidenceKind> EVIDENCE = Arrays.asList(EvidenceKind.values());

  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final Map<Interpretation, String> switchRecord;

  ShortContributionCheck(PolicyEditions editions, InterpretationSwitches switches) {
    this.editions = editions;
    this.switches = switches;
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_19);
  }

  ShortContributionRisk assess(ContributionRecord record) {
    LocalDate separation = record.separationDate();
    LocalDate application = record.applicationDate();
    PolicyEdition edition = editions.editionOn(application);
    Explanation.Builder explanation = Explanation.builder();

    TreeMap<YearMonth, ContributionMonth> byMonth = new TreeMap<>();
    record.months().forEach(m -> byMonth.put(m.month(), m));
    List<YearMonth> backPaid = new ArrayList<>();
    for (ContributionMonth month : byMonth.values()) {
      if (month.paidOn().isAfter(separation)) {
        backPaid.add(month.month());
        explanation.step(
            switches.countBackPaidMonths()
                ? StepCode.CONTROL_CONTRIBUTION_BACK_PAID_COUNTED
                : StepCode.CONTROL_CONTRIBUTION_BACK_PAID_EXCLUDED,
            List.of(RULE),
            List.of(Interpretation.I_19),
            "month",
            month.month(),
            "paidOn",
            month.paidOn(),
            "separationDate",
            separation);
      }
    }

    List<ContributionMonth> run = lastRun(byMonth, separation);
    if (run.isEmpty()) {
      explanation.step(
          StepCode.CONTROL_CONTRIBUTION_NO_RUN,
          List.of(RULE, MOHRSS_RULE),
          List.of(Interpretation.I_19),
          "separationDate",
          separation);
    } else {
      YearMonth start = run.get(0).month();
      explanation.step(
          StepCode.CONTROL_CONTRIBUTION_RUN,
          List.of(RULE, MOHRSS_RULE),
          List.of(Interpretation.I_19),
          "separationDate",
          separation,
          "from",
          start,
          "to",
          run.get(run.size() - 1).month(),
          "months",
          run.size(),
          "employers",
          run.stream()
              .map(ContributionMonth::employer)
              .distinct()
              .collect(Collectors.joining("、")));
      YearMonth before = start.minusMonths(1);
      if (!byMonth.containsKey(before) && byMonth.firstKey().isBefore(start)) {
        explanation.step(
            StepCode.CONTROL_CONTRIBUTION_GAP,
            List.of(RULE),
            List.of(Interpretation.I_19),
            "month",
            before);
      }
    }

    ImmutableShortContributionRisk.Builder result =
        ImmutableShortContributionRisk.builder()
            .record(record)
            .lastRun(run)
            .lastRunMonths(run.size())
            .editionFrom(edition.effectiveFrom())
            .backPaidMonths(backPaid)
            .backPaidMonthsCounted(switches.countBackPaidMonths())
            .switches(switchRecord);

    Optional<PolicyParameter<Integer>> threshold =
        editions.findParameterOn(application, ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS);
    if (threshold.isEmpty()) {
      Optional<LocalDate> appliesFrom = firstEditionWithThreshold();
      explanation.step(
          StepCode.CONTROL_CONTRIBUTION_NOT_ASSESSED,
          List.of(RULE, CHONGQING_NOTICE_2025_112.cite()),
          List.of(Interpretation.I_18, Interpretation.I_19),
          "applicationDate",
          application,
          "editionFrom",
          edition.effectiveFrom(),
          "thresholdFrom",
          appliesFrom.map(String::valueOf).orElse("—"));
      return result
          .assessment(RiskAssessment.NOT_ASSESSED)
          .thresholdAppliesFrom(appliesFrom)
          .explanation(explanation.build())
          .build();
    }

    int months = threshold.get().value();
    boolean highRisk = run.size() < months;
    explanation.step(
        highRisk
            ? StepCode.CONTROL_CONTRIBUTION_HIGH_RISK
            : StepCode.CONTROL_CONTRIBUTION_NOT_HIGH_RISK,
        threshold.get().sources(),
        List.of(Interpretation.I_19),
        "months",
        run.size(),
        "threshold",
        months,
        "applicationDate",
        application,
        "editionFrom",
        edition.effectiveFrom());
    if (highRisk) {
      explanation
          .step(
              StepCode.CONTROL_CONTRIBUTION_EVIDENCE,
              List.of(RULE, DOCUMENTS),
              List.of(Interpretation.I_4),
              "evidence",
              EVIDENCE.stream().map(EvidenceKind::chineseName).collect(Collectors.joining("、")))
          .step(
              StepCode.CONTROL_CONTRIBUTION_SUPPLEMENT,
              List.of(REVIEW, RULE),
              List.of(Interpretation.I_3, Interpretation.I_4),
              "applicationDate",
              application);
    }
    return result
        .assessment(highRisk ? RiskAssessment.HIGH_RISK : RiskAssessment.NOT_HIGH_RISK)
        .thresholdMonths(months)
        .requestedEvidence(highRisk ? EVIDENCE : List.of())
        .explanation(explanation.build())
        .build();
  }

  /** Whether a month's contribution counts toward the run (I-19). */
  private boolean counts(ContributionMonth month, LocalDate separation) {
    return !month.paidOn().isAfter(separation) || switches.countBackPaidMonths();
  }

  /** The unbroken run of counted months ending with the latest counted month, in month order. */
  private List<ContributionMonth> lastRun(
      NavigableMap<YearMonth, ContributionMonth> byMonth, LocalDate separation) {
    List<ContributionMonth> run = new ArrayList<>();
    for (ContributionMonth month : byMonth.descendingMap().values()) {
      boolean adjacent =
          run.isEmpty() || month.month().equals(run.get(run.size() - 1).month().minusMonths(1));
      if (!counts(month, separation)) {
        if (run.isEmpty()) {
          continue;
        }
        break;
      }
      if (!adjacent) {
        break;
      }
      run.add(month);
    }
    Collections.reverse(run);
    return run;
  }

  private Optional<LocalDate> firstEditionWithThreshold() {
    for (PolicyEdition edition : editions.editions()) {
      if (ParameterKey.SHORT_CONTRIBUTION_THRESHOLD_MONTHS.in(edition).isPresent()) {
        return Optional.of(edition.effectiveFrom());
      }
    }
    return Optional.empty();
  }
}
