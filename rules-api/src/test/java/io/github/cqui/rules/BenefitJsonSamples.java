package io.github.cqui.rules;

import io.github.cqui.rules.JsonSamples.Malformed;
import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.Entitlement;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.internal.ImmutableEntitlement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** JSON samples of the benefit package's requests and results, part of {@link JsonSamples}. */
final class BenefitJsonSamples {

  private BenefitJsonSamples() {}

  static EntitlementRequest request() {
    return EntitlementRequest.of(LocalDate.of(2025, 9, 1), 41, 20);
  }

  static Explanation combined() {
    return Explanation.builder()
        .step(
            StepCode.BENEFIT_ENTITLEMENT_COMBINED,
            List.of(
                LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条第二款"),
                LegalDocument.SOCIAL_INSURANCE_LAW.cite("第四十六条")),
            List.of(Interpretation.I_23),
            "tableMonths",
            9,
            "carriedOverMonths",
            20,
            "cap",
            24,
            "totalMonths",
            24)
        .build();
  }

  static Entitlement entitlement() {
    return ImmutableEntitlement.builder()
        .request(request())
        .wholeYears(3)
        .eligible(true)
        .tableMonths(9)
        .durationTable(DurationTable.CHONGQING_REGULATION)
        .carriedOverMonths(20)
        .cap(24)
        .totalMonths(24)
        .editionFrom(LocalDate.of(2025, 8, 1))
        .switches(Map.of(Interpretation.I_23, "durationTable=CHONGQING_REGULATION"))
        .explanation(combined())
        .build();
  }

  static Entitlement ineligible() {
    return ImmutableEntitlement.builder()
        .request(EntitlementRequest.of(LocalDate.of(2025, 9, 1), 11))
        .wholeYears(0)
        .eligible(false)
        .ineligibleReason("contributionMonths = 11: less than one year (12 months) of contribution")
        .tableMonths(0)
        .durationTable(DurationTable.NATIONAL_MAXIMA)
        .carriedOverMonths(0)
        .cap(24)
        .totalMonths(0)
        .editionFrom(LocalDate.of(2025, 8, 1))
        .switches(Map.of(Interpretation.I_23, "durationTable=NATIONAL_MAXIMA"))
        .explanation(Explanation.empty())
        .build();
  }

  static List<Sample> all() {
    return List.of(
        new Sample(
            "EntitlementRequest",
            request(),
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":41,\"unusedMonthsOfEarlierClaim\":20}"),
        new Sample(
            "EntitlementRequest first claim",
            EntitlementRequest.of(LocalDate.of(2025, 9, 1), 180),
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":180,\"unusedMonthsOfEarlierClaim\":0}"),
        new Sample(
            "Entitlement",
            entitlement(),
            Entitlement.class,
            "{\"request\":{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":41,\"unusedMonthsOfEarlierClaim\":20},\"wholeYears\":3,\"eligible\":true,\"tableMonths\":9,\"durationTable\":\"CHONGQING_REGULATION\",\"carriedOverMonths\":20,\"cap\":24,\"totalMonths\":24,\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-23\":\"durationTable=CHONGQING_REGULATION\"},\"explanation\":{\"steps\":[{\"code\":\"benefit.entitlement.combined\",\"citations\":[{\"document\":\"《重庆市失业保险条例》\",\"clause\":\"第二十四条第二款\"},{\"document\":\"《中华人民共和国社会保险法》\",\"clause\":\"第四十六条\"}],\"interpretations\":[\"I-23\"],\"values\":{\"tableMonths\":\"9\",\"carriedOverMonths\":\"20\",\"cap\":\"24\",\"totalMonths\":\"24\"}}]}}"),
        new Sample(
            "Entitlement not eligible",
            ineligible(),
            Entitlement.class,
            "{\"request\":{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":11,\"unusedMonthsOfEarlierClaim\":0},\"wholeYears\":0,\"eligible\":false,\"ineligibleReason\":\"contributionMonths = 11: less than one year (12 months) of contribution\",\"tableMonths\":0,\"durationTable\":\"NATIONAL_MAXIMA\",\"carriedOverMonths\":0,\"cap\":24,\"totalMonths\":0,\"editionFrom\":\"2025-08-01\",\"switches\":{\"I-23\":\"durationTable=NATIONAL_MAXIMA\"},\"explanation\":{\"steps\":[]}}"));
  }

  /**
   * A negative count in an entitlement request: the message must name the property and the value.
   */
  static Malformed negativeContributionMonths() {
    return new Malformed(
        "EntitlementRequest negative contributionMonths",
        EntitlementRequest.class,
        "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":-1}",
        List.of("contributionMonths", "-1", "must not be negative"));
  }
}
