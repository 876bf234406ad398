package io.github.cqui.core.edition;

import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_COMPULSION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.cqui.rules.LegalDocument.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.MOHRSS_2020_40;
import static io.github.cqui.rules.LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION;

import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import java.time.LocalDate;

/**
 * Chongqing's policy editions: every number the rules use, each a dated parameter citing its source
 * (POLICY-FACTS §0, §2.4, §3.2–§3.3, §5).
 *
 * <ol>
 *   <li><b>2023-12-01</b>, the day 《社会保险经办条例》 came into force (art 63): the first national rule to
 *       fix the review of a benefit claim at 10 working days (art 24) and the report of a stop
 *       event at 20 working days (art 25). Earlier claims fall under older rules (《失业保险金申领发放办法》 art
 *       14's 10 days, [SECONDARY]) that the library does not bundle.
 *   <li><b>2025-08-01</b>, the day 渝人社办〔2025〕112号 came into force (「本通知从2025年8月1日起实施」): review in 7
 *       working days (一(二)), report in 20 (一(五)), the 30-day 稳岗返还 notice (二(一)), the 4-month
 *       short-contribution threshold (三(一)), and the suspension after two consecutive months
 *       without a verification (一(四)); a month counts as missed only from this edition on (I-18).
 * </ol>
 *
 * <p>Both editions carry the combined-months cap of 24 (《重庆市失业保险条例》 art 24; 《中华人民共和国社会保险法》 art 46),
 * the enforcement periods of I-17 (复议 60 days, 《中华人民共和国行政复议法》; 诉讼 6 months, 《中华人民共和国行政诉讼法》 art 46,
 * or one year where the rights were not stated, 法释〔2018〕1号 art 64; the court application within 3
 * months after the 诉讼 period, 法释〔2018〕1号 art 156 and 《中华人民共和国行政强制法》 art 53; 10 working days after
 * the 催告书, 《中华人民共和国行政强制法》 arts 54 and 69) and the one-year window of the near-retirement extension
 * (人社部发〔2020〕40号, in force from 2019-12; I-11).
 *
 * <p>The 复议 period is cited as 第二十条 of the 2023 revision of 《中华人民共和国行政复议法》 (in force 2024-01-01);
 * the 1999 text it replaced set the same sixty days (its art 9, in force 1999-10-01), so the
 * parameter is dated from 1999.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChongqingEditions {

  private static final LocalDate HANDLING_REGULATIONS_IN_FORCE = LocalDate.of(2023, 12, 1);
  private static final LocalDate NOTICE_IN_FORCE = LocalDate.of(2025, 8, 1);

  private static final PolicyEditions BUNDLED = PolicyEditions.of(edition2023(), edition2025());

  private ChongqingEditions() {}

  /**
   * The bundled Chongqing editions.
   *
   * @return the two editions, the same instance on every call
   */
  public static PolicyEditions bundled() {
    return BUNDLED;
  }

  private static PolicyEdition.Builder common(LocalDate from) {
    return PolicyEdition.builder()
        .effectiveFrom(from)
        .combinedMonthsCap(
            PolicyParameter.of(
                24,
                LocalDate.of(2011, 11, 25),
                CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十四条"),
                SOCIAL_INSURANCE_LAW.cite("第四十六条")))
        .reconsiderationDays(
            PolicyParameter.of(
                60, LocalDate.of(1999, 10, 1), ADMINISTRATIVE_RECONSIDERATION_LAW.cite("第二十条")))
        .litigationMonths(
            PolicyParameter.of(
                6, LocalDate.of(2015, 5, 1), ADMINISTRATIVE_LITIGATION_LAW.cite("第四十六条")))
        .litigationMonthsRightsNotStated(
            PolicyParameter.of(
                12,
                LocalDate.of(2018, 2, 8),
                SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第六十四条")))
        .courtApplicationMonths(
            PolicyParameter.of(
                3,
                LocalDate.of(2018, 2, 8),
                SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条"),
                ADMINISTRATIVE_COMPULSION_LAW.cite("第五十三条")))
        .reminderWorkingDays(
            PolicyParameter.of(
                10,
                LocalDate.of(2012, 1, 1),
                ADMINISTRATIVE_COMPULSION_LAW.cite("第五十四条"),
                ADMINISTRATIVE_COMPULSION_LAW.cite("第六十九条")))
        .nearRetirementWindowMonths(
            PolicyParameter.of(12, LocalDate.of(2019, 12, 1), MOHRSS_2020_40.cite()));
  }

  private static PolicyEdition edition2023() {
    LocalDate from = HANDLING_REGULATIONS_IN_FORCE;
    return common(from)
        .source(SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第六十三条"))
        .reviewWorkingDays(
            PolicyParameter.of(10, from, SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条")))
        .reportWorkingDays(
            PolicyParameter.of(20, from, SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
        .build();
  }

  private static PolicyEdition edition2025() {
    LocalDate from = NOTICE_IN_FORCE;
    return common(from)
        .source(CHONGQING_NOTICE_2025_112.cite())
        .reviewWorkingDays(PolicyParameter.of(7, from, CHONGQING_NOTICE_2025_112.cite("一(二)")))
        .reportWorkingDays(
            PolicyParameter.of(
                20,
                HANDLING_REGULATIONS_IN_FORCE,
                CHONGQING_NOTICE_2025_112.cite("一(五)"),
                SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十五条")))
        .noticeCalendarDays(PolicyParameter.of(30, from, CHONGQING_NOTICE_2025_112.cite("二(一)")))
        .shortContributionThresholdMonths(
            PolicyParameter.of(
                4,
                from,
                CHONGQING_NOTICE_2025_112.cite("三(一)"),
                SHORT_CONTRIBUTION_RISK_NOTICE.cite()))
        .suspensionAfterMissedMonths(
            PolicyParameter.of(2, from, CHONGQING_NOTICE_2025_112.cite("一(四)")))
        .build();
  }
}
