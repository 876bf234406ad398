package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES;
import static io.github.cqui.rules.LegalDocument.UNEMPLOYMENT_INSURANCE_REGULATIONS;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.core.edition.DurationTables;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
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
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Chongqing months of entitlement on policy editions and switches; the clauses are cited in
 * {@link EntitlementRules} and in each step of the explanation. Immutable and thread-safe.
 */
public final class ChongqingEntitlementRules implements EntitlementRules {

  /** 「满一年」: twelve paid months make one year of contribution (POLICY-FACTS A-25, I-23). */
  static final int MONTHS_PER_YEAR = 12;

  /**
   * Benefit needs a whole year of contribution: 「累计缴费时间满一年」 (条例 art 18(1), art 24(1)), 「满一年」 (社会保险法
   * art 45(1)). Not an edition parameter: the explanation texts, an audit format, state it in words
   * (「不满一年」, "less than one year"), so a number set elsewhere could contradict them.
   */
  static final int MINIMUM_WHOLE_YEARS = 1;

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
  private static final List<Interpretation> I_23 = List.of(Interpretation.I_23);

  private final PolicyEditions editions;
  private final DurationTable choice;
  private final ImmutableMap<Interpretation, String> switchRecord;

  /**
   * The entitlement rules on policy editions and interpretation switches.
   *
   * @param editions the policy editions, which set the combined-months cap
   * @param switches the interpretation switches, which choose the duration table (I-23)
   */
  public ChongqingEntitlementRules(PolicyEditions editions, InterpretationSwitches switches) {
    this.editions = editions;
    this.choice = switches.durationTable();
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_23);
  }

  @Override
  public Entitlement entitlement(EntitlementRequest request) {
    Checks.requireNonNull("request", request);
    Checks.requireWithinDates("registrationDate", request.registrationDate());
    PolicyEdition edition = editions.editionOn(request.registrationDate());
    PolicyParameter<Integer> cap =
        editions.parameterOn(request.registrationDate(), ParameterKey.COMBINED_MONTHS_CAP);
    requireUnusedMonthsWithinTheCap(request.unusedMonthsOfEarlierClaim(), cap.value());
    DurationTables.Table table = DurationTables.of(choice);
    int years = request.contributionMonths() / MONTHS_PER_YEAR;
    Explanation.Builder explanation = Explanation.builder().step(wholeYears(request, table, years));
    ImmutableEntitlement.Builder result =
        ImmutableEntitlement.builder()
            .request(request)
            .wholeYears(years)
            .durationTable(choice)
            .cap(cap.value())
            .editionFrom(edition.effectiveFrom())
            .switches(switchRecord);
    if (years < MINIMUM_WHOLE_YEARS) {
      return notEligible(request, explanation, result);
    }
    int tableMonths = table.monthsFor(years);
    explanation.step(tableMonths(table, years, tableMonths));
    int unused = request.unusedMonthsOfEarlierClaim();
    int total = Math.min(tableMonths + unused, cap.value());
    explanation.step(combined(cap, tableMonths, unused, total));
    return result
        .eligible(true)
        .ineligibleReason(Optional.empty())
        .tableMonths(tableMonths)
        .carriedOverMonths(unused)
        .totalMonths(total)
        .explanation(explanation.build())
        .build();
  }

  /** No earlier claim can have left more months than the cap allows a claim to give. */
  private static void requireUnusedMonthsWithinTheCap(int unused, int cap) {
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
  }

  /** Whole years: 「满一年」 is 12 paid months; a part year does not count (A-25, I-23). */
  private static ExplanationStep wholeYears(
      EntitlementRequest request, DurationTables.Table table, int years) {
    return ExplanationStep.of(
        StepCode.BENEFIT_ENTITLEMENT_YEARS,
        List.of(table.citation()),
        I_23,
        "contributionMonths",
        request.contributionMonths(),
        "wholeYears",
        years);
  }

  /**
   * Under one year of contribution no benefit is due (条例 art 18(1); 社会保险法 art 45(1)); the unused
   * months of an earlier claim are not carried into a new claim but stay claimable under the
   * earlier one (《失业保险金申领发放办法》 art 15, [SECONDARY]; a reading of I-23).
   */
  private static Entitlement notEligible(
      EntitlementRequest request,
      Explanation.Builder explanation,
      ImmutableEntitlement.Builder result) {
    int months = request.contributionMonths();
    int unused = request.unusedMonthsOfEarlierClaim();
    explanation.step(
        StepCode.BENEFIT_ENTITLEMENT_INELIGIBLE,
        List.of(REGULATION_ELIGIBILITY, LAW_ELIGIBILITY),
        I_23,
        "contributionMonths",
        months);
    String reason =
        "contributionMonths = "
            + months
            + ": less than one year (12 months) of contribution ("
            + REGULATION_ELIGIBILITY
            + "; "
            + LAW_ELIGIBILITY
            + ")";
    if (unused > 0) {
      explanation.step(
          StepCode.BENEFIT_ENTITLEMENT_EARLIER_CLAIM,
          List.of(CONTINUE_EARLIER_CLAIM),
          I_23,
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

  /** The months of the table the I-23 switch chose, for the whole years. */
  private ExplanationStep tableMonths(DurationTables.Table table, int years, int months) {
    return choice == DurationTable.CHONGQING_REGULATION
        ? ExplanationStep.of(
            StepCode.BENEFIT_ENTITLEMENT_TABLE_CHONGQING,
            List.of(table.citation()),
            I_23,
            "wholeYears",
            years,
            "tableMonths",
            months)
        : ExplanationStep.of(
            StepCode.BENEFIT_ENTITLEMENT_TABLE_NATIONAL,
            List.of(table.citation(), NATIONAL_REGULATIONS_DURATION),
            I_23,
            "wholeYears",
            years,
            "tableMonths",
            months);
  }

  /** 条例 art 24 para 2: 「与前次失业应领取而未领取失业保险金的期限合并计算，但最长不超过二十四个月」, the cap of the edition in force. */
  private static ExplanationStep combined(
      PolicyParameter<Integer> cap, int tableMonths, int unused, int total) {
    return ExplanationStep.of(
        StepCode.BENEFIT_ENTITLEMENT_COMBINED,
        combinationCitations(cap),
        I_23,
        "tableMonths",
        tableMonths,
        "carriedOverMonths",
        unused,
        "cap",
        cap.value(),
        "totalMonths",
        total);
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
