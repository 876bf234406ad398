package io.github.cqui.rules.edition;

import io.github.cqui.rules.LegalDocument;
import java.time.LocalDate;

/**
 * Two editions built by hand for the tests of the editions mechanism and the JSON contract: the
 * Chongqing editions as the library bundled them before the enforcement periods and the suspension
 * rule became parameters (the bundled editions themselves are in cqui-core and tested there).
 */
public final class SampleEditions {

  private SampleEditions() {}

  /** The editions of 2023-12-01 and 2025-08-01 with five parameters each at most. */
  public static PolicyEditions twoEditions() {
    return PolicyEditions.of(edition2023(), edition2025());
  }

  private static PolicyParameter<Integer> combinedMonthsCap() {
    return PolicyParameter.of(
        24,
        LocalDate.of(2011, 11, 25),
        LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条"),
        LegalDocument.SOCIAL_INSURANCE_LAW.cite("第四十六条"));
  }

  private static PolicyEdition edition2023() {
    LocalDate from = LocalDate.of(2023, 12, 1);
    return PolicyEdition.builder()
        .effectiveFrom(from)
        .source(LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第六十三条"))
        .reviewWorkingDays(
            PolicyParameter.of(
                10, from, LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条")))
        .reportWorkingDays(
            PolicyParameter.of(
                20, from, LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
        .combinedMonthsCap(combinedMonthsCap())
        .build();
  }

  private static PolicyEdition edition2025() {
    LocalDate from = LocalDate.of(2025, 8, 1);
    return PolicyEdition.builder()
        .effectiveFrom(from)
        .source(LegalDocument.CHONGQING_NOTICE_2025_112.cite())
        .reviewWorkingDays(
            PolicyParameter.of(7, from, LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)")))
        .reportWorkingDays(
            PolicyParameter.of(
                20,
                LocalDate.of(2023, 12, 1),
                LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(五)"),
                LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
        .noticeCalendarDays(
            PolicyParameter.of(30, from, LegalDocument.CHONGQING_NOTICE_2025_112.cite("二(一)")))
        .shortContributionThresholdMonths(
            PolicyParameter.of(
                4,
                from,
                LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(一)"),
                LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE.cite()))
        .combinedMonthsCap(combinedMonthsCap())
        .build();
  }
}
