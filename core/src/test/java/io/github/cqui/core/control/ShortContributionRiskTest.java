package io.github.cqui.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.NoEditionInForceException;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.control.EvidenceKind;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the short-contribution check (渝人社办〔2025〕112号 三(一): 「将最后一次参保缴费不足4个月的失业保险金申领业务，
 * 列为高风险业务」; I-19, I-4, I-3), each worked by hand from the record.
 */
class ShortContributionRiskTest {

  private static final ControlRules RULES = Chongqing.rules().controls();
  private static final ControlRules COUNT_BACK_PAID =
      Chongqing.rules(
              WorkingDayCalendar.chongqing(),
              Chongqing.bundledEditions(),
              InterpretationSwitches.builder().countBackPaidMonths(true).build())
          .controls();

  private static final LocalDate SEPARATED = LocalDate.of(2025, 8, 31);
  private static final LocalDate APPLIED = LocalDate.of(2025, 9, 10);

  /** Months {@code from..to} paid by {@code employer} on the 15th of each month. */
  private static List<ContributionMonth> paid(String employer, YearMonth from, YearMonth to) {
    List<ContributionMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(ContributionMonth.of(m, employer, m.atDay(15)));
    }
    return months;
  }

  private static ContributionRecord record(List<ContributionMonth> months) {
    return ContributionRecord.of(SEPARATED, APPLIED, months);
  }

  private static List<YearMonth> runMonths(ShortContributionRisk risk) {
    return risk.lastRun().stream().map(ContributionMonth::month).toList();
  }

  @Test
  @DisplayName(
      "三(一), I-19, I-4, I-3: a last run of 3 months is high-risk; evidence as a supplement")
  void aThreeMonthLastRunIsHighRisk() {
    ShortContributionRisk risk =
        RULES.shortContributionRisk(
            record(paid("A公司", YearMonth.of(2025, 6), YearMonth.of(2025, 8))));
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(risk.lastRunMonths()).isEqualTo(3);
    assertThat(risk.thresholdMonths()).contains(4);
    assertThat(risk.editionFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(risk.thresholdAppliesFrom()).isEmpty();
    assertThat(risk.requestedEvidence())
        .containsExactly(
            EvidenceKind.LABOUR_CONTRACT,
            EvidenceKind.WAGE_STATEMENTS,
            EvidenceKind.OTHER_PROOF_OF_EMPLOYMENT);
    assertThat(risk.switches())
        .containsExactly(Map.entry(Interpretation.I_19, "countBackPaidMonths=false"));
    assertThat(risk.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-08-31解除或终止劳动关系前最后一次连续参保缴费（不论用人单位）：2025-06至2025-08，共3个月（缴费单位：A公司）。")
        .contains("最后一次参保缴费3个月，不足申领日2025-09-10适用的2025-08-01版本规定的4个月，列为高风险业务。")
        .contains("指导失业人员提供可证明真实劳动关系的材料（劳动合同、工资流水、其他可证明真实劳动关系的材料），经审核通过后再办理失业保险金申领业务。")
        .contains("2025-09-10收到的申请审核时限不中止，收到补充材料之日起重新计算审核时限。");
    assertThat(risk.explanation().render(Locale.ENGLISH))
        .contains("is shorter than the 4 months of the edition of 2025-08-01")
        .contains("the review clock of the application received on 2025-09-10 is not paused");
    ExplanationStep supplement = step(risk, StepCode.CONTROL_CONTRIBUTION_SUPPLEMENT);
    assertThat(supplement.interpretations())
        .containsExactly(Interpretation.I_3, Interpretation.I_4);
    assertThat(supplement.citations())
        .contains(LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)"));
    assertThat(step(risk, StepCode.CONTROL_CONTRIBUTION_HIGH_RISK).citations())
        .containsExactly(
            LegalDocument.CHONGQING_NOTICE_2025_112.cite("三(一)"),
            LegalDocument.SHORT_CONTRIBUTION_RISK_NOTICE.cite());
  }

  @Test
  @DisplayName("三(一), I-19: a last run of 4 months is not high-risk, whatever the employer")
  void aFourMonthLastRunAcrossTwoEmployersIsNotHighRisk() {
    List<ContributionMonth> months = new ArrayList<>();
    months.addAll(paid("A公司", YearMonth.of(2025, 5), YearMonth.of(2025, 6)));
    months.addAll(paid("B公司", YearMonth.of(2025, 7), YearMonth.of(2025, 8)));
    ShortContributionRisk risk = RULES.shortContributionRisk(record(months));
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.NOT_HIGH_RISK);
    assertThat(risk.lastRunMonths()).isEqualTo(4);
    assertThat(risk.requestedEvidence()).isEmpty();
    assertThat(risk.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-05至2025-08，共4个月（缴费单位：A公司、B公司）")
        .contains("不少于申领日2025-09-10适用的2025-08-01版本规定的4个月，不因短期参保列为高风险业务。")
        .doesNotContain("经审核通过后再办理");
  }

  @Test
  @DisplayName(
      "三(一), I-19: a month without a contribution breaks the run (16 months, a gap, 3 months)")
  void aGapBreaksTheRun() {
    List<ContributionMonth> months = new ArrayList<>();
    months.addAll(paid("A公司", YearMonth.of(2024, 1), YearMonth.of(2025, 4)));
    months.addAll(paid("B公司", YearMonth.of(2025, 6), YearMonth.of(2025, 8)));
    ShortContributionRisk risk = RULES.shortContributionRisk(record(months));
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(runMonths(risk))
        .containsExactly(YearMonth.of(2025, 6), YearMonth.of(2025, 7), YearMonth.of(2025, 8));
    assertThat(risk.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-05无计入的缴费，最后一次连续缴费自其后起算。");
    // without the gap the run is 20 months
    months.addAll(paid("A公司", YearMonth.of(2025, 5), YearMonth.of(2025, 5)));
    ShortContributionRisk whole = RULES.shortContributionRisk(record(months));
    assertThat(whole.lastRunMonths()).isEqualTo(20);
    assertThat(whole.assessment()).isEqualTo(RiskAssessment.NOT_HIGH_RISK);
  }

  @Test
  @DisplayName("三(一), I-19: the last run may end before the separation month")
  void theLastRunNeedNotReachTheSeparationMonth() {
    ShortContributionRisk risk =
        RULES.shortContributionRisk(
            record(paid("A公司", YearMonth.of(2024, 1), YearMonth.of(2025, 2))));
    assertThat(risk.lastRunMonths()).isEqualTo(14);
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.NOT_HIGH_RISK);
  }

  @Test
  @DisplayName("三(一), I-19: a 补缴 month does not count with the switch off, and counts with it on")
  void aBackPaidMonthCountsOnlyUnderTheSwitch() {
    // 2025-05..07 paid in time; 2025-08 paid on 2025-09-03, after the separation on 2025-08-31
    List<ContributionMonth> months =
        new ArrayList<>(paid("A公司", YearMonth.of(2025, 5), YearMonth.of(2025, 7)));
    months.add(ContributionMonth.of(YearMonth.of(2025, 8), "A公司", LocalDate.of(2025, 9, 3)));
    ContributionRecord record = record(months);

    ShortContributionRisk off = RULES.shortContributionRisk(record);
    assertThat(off.backPaidMonths()).containsExactly(YearMonth.of(2025, 8));
    assertThat(off.backPaidMonthsCounted()).isFalse();
    assertThat(runMonths(off))
        .containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 7));
    assertThat(off.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(off.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-08的失业保险费于2025-09-03缴纳，晚于2025-08-31解除或终止劳动关系（补缴），不计入最后一次参保缴费月数。");

    ShortContributionRisk on = COUNT_BACK_PAID.shortContributionRisk(record);
    assertThat(on.backPaidMonthsCounted()).isTrue();
    assertThat(on.lastRunMonths()).isEqualTo(4);
    assertThat(on.assessment()).isEqualTo(RiskAssessment.NOT_HIGH_RISK);
    assertThat(on.switches())
        .containsExactly(Map.entry(Interpretation.I_19, "countBackPaidMonths=true"));
    assertThat(on.explanation().render(Locale.ENGLISH))
        .contains("under the I-19 switch it counts toward the last contribution run");
  }

  @Test
  @DisplayName("三(一), I-19: a 补缴 month inside the record breaks the run where it stands")
  void aBackPaidMonthInsideTheRecordBreaksTheRun() {
    List<ContributionMonth> months = new ArrayList<>();
    months.addAll(paid("A公司", YearMonth.of(2025, 1), YearMonth.of(2025, 4)));
    months.add(ContributionMonth.of(YearMonth.of(2025, 5), "A公司", LocalDate.of(2025, 9, 1)));
    months.addAll(paid("A公司", YearMonth.of(2025, 6), YearMonth.of(2025, 8)));
    assertThat(RULES.shortContributionRisk(record(months)).lastRunMonths()).isEqualTo(3);
    assertThat(COUNT_BACK_PAID.shortContributionRisk(record(months)).lastRunMonths()).isEqualTo(8);
  }

  @Test
  @DisplayName("三(一), I-19: no counted month at all is a run of 0 months, high-risk")
  void noContributionIsARunOfZero() {
    ShortContributionRisk risk = RULES.shortContributionRisk(record(List.of()));
    assertThat(risk.lastRun()).isEmpty();
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(risk.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("2025-08-31解除或终止劳动关系前无计入的缴费月份，最后一次参保缴费为0个月。");
  }

  @Test
  @DisplayName("三(一), I-18, I-19: an application before 2025-08-01 is not assessed, and says why")
  void anApplicationBeforeTheNoticeIsNotAssessed() {
    ShortContributionRisk risk =
        RULES.shortContributionRisk(
            ContributionRecord.of(
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 31),
                paid("A公司", YearMonth.of(2025, 5), YearMonth.of(2025, 6))));
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.NOT_ASSESSED);
    assertThat(risk.thresholdMonths()).isEmpty();
    assertThat(risk.requestedEvidence()).isEmpty();
    assertThat(risk.editionFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(risk.thresholdAppliesFrom()).contains(LocalDate.of(2025, 8, 1));
    assertThat(risk.lastRunMonths()).isEqualTo(2);
    assertThat(risk.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("申领日2025-07-31适用的2023-12-01版本未规定短期参保核查标准（自2025-08-01版本起规定），不进行短期参保风险核查。");
    // the first day of the notice is assessed
    ShortContributionRisk first =
        RULES.shortContributionRisk(
            ContributionRecord.of(
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 8, 1),
                paid("A公司", YearMonth.of(2025, 5), YearMonth.of(2025, 6))));
    assertThat(first.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
  }

  @Test
  @DisplayName("I-18: an application before the earliest edition is refused, not guessed")
  void anApplicationBeforeEveryEditionIsRefused() {
    assertThatThrownBy(
            () ->
                RULES.shortContributionRisk(
                    ContributionRecord.of(
                        LocalDate.of(2023, 10, 31), LocalDate.of(2023, 11, 30), List.of())))
        .isInstanceOf(NoEditionInForceException.class)
        .hasMessageContaining("2023-11-30");
  }

  @Test
  @DisplayName("三(一): the threshold is read from the edition in force, never a constant")
  void theThresholdComesFromTheEdition() {
    PolicyEdition later =
        PolicyEdition.builder()
            .from(Chongqing.bundledEditions().latest())
            .effectiveFrom(LocalDate.of(2026, 1, 1))
            .source(Citation.ofDocument("an illustrative later edition"))
            .shortContributionThresholdMonths(
                PolicyParameter.of(
                    6,
                    LocalDate.of(2026, 1, 1),
                    Citation.ofDocument("an illustrative later edition")))
            .build();
    PolicyEditions editions = Chongqing.bundledEditions().with(later);
    ControlRules rules =
        Chongqing.rules(WorkingDayCalendar.chongqing(), editions, InterpretationSwitches.defaults())
            .controls();
    List<ContributionMonth> five = paid("A公司", YearMonth.of(2025, 12), YearMonth.of(2026, 4));
    ShortContributionRisk risk =
        rules.shortContributionRisk(
            ContributionRecord.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 6), five));
    assertThat(risk.thresholdMonths()).contains(6);
    assertThat(risk.assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(
            RULES
                .shortContributionRisk(
                    ContributionRecord.of(
                        LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 6), five))
                .assessment())
        .isEqualTo(RiskAssessment.NOT_HIGH_RISK);
  }

  @Test
  @DisplayName("三(一), I-19: two records for one month are refused, naming the month")
  void twoRecordsForOneMonthAreRefused() {
    List<ContributionMonth> months =
        new ArrayList<>(paid("A公司", YearMonth.of(2025, 6), YearMonth.of(2025, 8)));
    months.add(ContributionMonth.of(YearMonth.of(2025, 7), "B公司", LocalDate.of(2025, 7, 20)));
    assertThatThrownBy(() -> record(months))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("months[3].month");
              assertThat(e.value()).isEqualTo("2025-07");
              assertThat(e.rule()).contains("at most once").contains("months[1]");
            });
  }

  @Test
  @DisplayName("三(一), I-19: a contribution month after the separation month is refused")
  void aContributionMonthAfterSeparationIsRefused() {
    List<ContributionMonth> months =
        new ArrayList<>(paid("A公司", YearMonth.of(2025, 6), YearMonth.of(2025, 8)));
    months.add(ContributionMonth.of(YearMonth.of(2025, 9), "A公司", LocalDate.of(2025, 9, 5)));
    assertThatThrownBy(() -> record(months))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("months[3].month");
              assertThat(e.value()).isEqualTo("2025-09");
              assertThat(e.rule()).contains("2025-08-31").contains("补缴");
            });
    // the separation month itself is a contribution month like any other
    assertThat(record(paid("A公司", YearMonth.of(2025, 8), YearMonth.of(2025, 8))).months())
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "三(一): a payment before its month, after the application, or a blank employer is refused")
  void otherInconsistenciesAreRefused() {
    assertThatThrownBy(
            () -> ContributionMonth.of(YearMonth.of(2025, 7), "A公司", LocalDate.of(2025, 6, 30)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "paidOn = 2025-06-30: a contribution for 2025-07 is paid in or after that month, not"
                + " before it");
    assertThat(
            ContributionMonth.of(YearMonth.of(2025, 7), "A公司", LocalDate.of(2025, 7, 1)).paidOn())
        .isEqualTo(LocalDate.of(2025, 7, 1));
    assertThatThrownBy(
            () -> ContributionMonth.of(YearMonth.of(2025, 7), " ", LocalDate.of(2025, 7, 15)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employer = \" \": must not be blank");
    assertThatThrownBy(
            () ->
                record(
                    List.of(
                        ContributionMonth.of(
                            YearMonth.of(2025, 8), "A公司", LocalDate.of(2025, 9, 11)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("months[0].paidOn"));
    assertThat(
            record(
                    List.of(
                        ContributionMonth.of(
                            YearMonth.of(2025, 8), "A公司", LocalDate.of(2025, 9, 10))))
                .months())
        .hasSize(1);
    assertThatThrownBy(() -> ContributionRecord.of(SEPARATED, SEPARATED.minusDays(1), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("applicationDate = 2025-08-30: must not be before separationDate (2025-08-31)");
  }

  private static ExplanationStep step(ShortContributionRisk risk, StepCode code) {
    return risk.explanation().steps().stream()
        .filter(s -> s.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + code));
  }
}
