package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES;
import static io.github.cqui.rules.LegalDocument.UNEMPLOYMENT_INSURANCE_REGULATIONS;

import io.github.cqui.core.edition.DurationTables;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.EntitlementRules;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlement;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chongqing months of entitlement on policy editions and switches; the clauses are cited in
 * {@link EntitlementRules} and in each step of the explanation. Immutable and thread-safe.
 */
public final class ChongqingEntitlementRules implements EntitlementRules {

  /** 「满一年」: twelve paid months make one year of contribution (POLICY-FACTS A-25, I-23). */
  static final int MONTHS_PER_YEAR = 12;

  private static final Citation REGULATION_ELIGIBILITY =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第十八条第（一）项");
  private static final Citation LAW_ELIGIBILITY = SOCIAL_INSURANCE_LAW.cite("第四十五条第（一）项");
  private static final Citation REGULATION_TABLE =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条");
  private static final Citation REGULATION_COMBINATION =
      CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条第二款");
  private static final Citation NATIONAL_REGULATIONS_DURATION =
      UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第十七条");
  private static final Citation LAW_DURATION = SOCIAL_INSURANCE_LAW.cite("第四十六条");
  private static final Citation CONTINUE_EARLIER_CLAIM =
      UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES.cite("第十五条");

  private final PolicyEditions editions;
  private final InterpretationSwitches switches;
  private final Map<Interpretation, String> entitlementSwitches;

  public ChongqingEntitlementRules(PolicyEditions editions, InterpretationSwitches switches) {
    this.editions = editions;
    this.switches = switches;
    this.entitlementSwitches = SwitchRecord.of(switches, Interpretation.I_23);
  }

  @Override
  public Entitlement entitlement(EntitlementRequest request) {
    PolicyEdition edition = editions.editionOn(request.registrationDate());
    PolicyParameter<Integer> capParameter =
        editions.parameterOn(request.registrationDate(), ParameterKey.COMBINED_MONTHS_CAP);
    int cap = capParameter.value();
    int unused = request.unusedMonthsOfEarlierClaim();
    if (unused > cap) {
      throw InvalidInputException.of(
          "unusedMonthsOfEarlierClaim",
          unused,
          "must not exceed the combined-months cap of "
              + cap
              + " ("
              + REGULATION_COMBINATION
              + "), which no earlier claim could exceed");
    }
    DurationTable choice = switches.durationTable();
    DurationTables.Table table = DurationTables.of(choice);
    int contributionMonths = request.contributionMonths();
    int years = contributionMonths / MONTHS_PER_YEAR;
    List<Interpretation> i23 = List.of(Interpretation.I_23);
    Explanation.Builder explanation =
        Explanation.builder()
            .step(
                StepCode.BENEFIT_ENTITLEMENT_YEARS,
                List.of(table.citation()),
                i23,
                "contributionMonths",
                contributionMonths,
                "wholeYears",
                years);
    ImmutableEntitlement.Builder result =
        ImmutableEntitlement.builder()
            .request(request)
            .wholeYears(years)
            .durationTable(choice)
            .cap(cap)
            .editionFrom(edition.effectiveFrom())
            .switches(entitlementSwitches);
    if (years < 1) {
      explanation.step(
          StepCode.BENEFIT_ENTITLEMENT_INELIGIBLE,
          List.of(REGULATION_ELIGIBILITY, LAW_ELIGIBILITY),
          i23,
          "contributionMonths",
          contributionMonths);
      String reason =
          "contributionMonths = "
              + contributionMonths
              + ": less than one year (12 months) of contribution ("
              + REGULATION_ELIGIBILITY
              + "; "
              + LAW_ELIGIBILITY
              + ")";
      if (unused > 0) {
        explanation.step(
            StepCode.BENEFIT_ENTITLEMENT_EARLIER_CLAIM,
            List.of(CONTINUE_EARLIER_CLAIM),
            i23,
            "unusedMonths",
            unused);
        reason +=
            "; the "
                + unused
                + " unused months of the earlier claim are not carried into a new claim and may"
                + " still be claimed under the earlier claim by a person unemployed again within a"
                + " year of re-employment ("
                + CONTINUE_EARLIER_CLAIM
                + ", [SECONDARY]; I-23)";
      }
      return result
          .eligible(false)
          .ineligibleReason(reason)
          .tableMonths(0)
          .carriedOverMonths(0)
          .totalMonths(0)
          .explanation(explanation.build())
          .build();
    }
    int tableMonths = table.monthsFor(years);
    if (choice == DurationTable.CHONGQING_REGULATION) {
      explanation.step(
          StepCode.BENEFIT_ENTITLEMENT_TABLE_CHONGQING,
          List.of(table.citation()),
          i23,
          "wholeYears",
          years,
          "tableMonths",
          tableMonths);
    } else {
      explanation.step(
          StepCode.BENEFIT_ENTITLEMENT_TABLE_NATIONAL,
          List.of(table.citation(), NATIONAL_REGULATIONS_DURATION),
          i23,
          "wholeYears",
          years,
          "tableMonths",
          tableMonths);
    }
    int total = Math.min(tableMonths + unused, cap);
    explanation.step(
        StepCode.BENEFIT_ENTITLEMENT_COMBINED,
        combinationCitations(capParameter),
        i23,
        "tableMonths",
        tableMonths,
        "carriedOverMonths",
        unused,
        "cap",
        cap,
        "totalMonths",
        total);
    return result
        .eligible(true)
        .ineligibleReason(Optional.empty())
        .tableMonths(tableMonths)
        .carriedOverMonths(unused)
        .totalMonths(total)
        .explanation(explanation.build())
        .build();
  }

  /**
   * The cap's sources, 条例 第二十四条 narrowed to its second paragraph (the combination), led by that
   * paragraph and without repeats.
   */
  private static List<Citation> combinationCitations(PolicyParameter<Integer> cap) {
    List<Citation> citations = new ArrayList<>();
    citations.add(REGULATION_COMBINATION);
    for (Citation source : cap.sources()) {
      Citation cited = source.equals(REGULATION_TABLE) ? REGULATION_COMBINATION : source;
      if (!citations.contains(cited)) {
        citations.add(cited);
      }
    }
    if (!citations.contains(LAW_DURATION)) {
      citations.add(LAW_DURATION);
    }
    return citations;
  }
}
