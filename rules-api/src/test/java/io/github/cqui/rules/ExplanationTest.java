package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private static final Citation ONE_TWO = LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)");

  private static ExplanationStep clockStart() {
    return ExplanationStep.of(
        StepCode.DEADLINE_REVIEW_CLOCK_START,
        List.of(ONE_TWO),
        List.of(Interpretation.I_1),
        "receiptDate",
        LocalDate.of(2025, 9, 25),
        "clockStart",
        LocalDate.of(2025, 9, 26));
  }

  @Test
  void rendersASampleStepInEnglish() {
    assertThat(clockStart().render(Locale.ENGLISH))
        .isEqualTo(
            "The day of receipt (2025-09-25) is not counted; the review period is counted from"
                + " 2025-09-26. [渝人社办〔2025〕112号 一(二); I-1]");
  }

  @Test
  void rendersASampleStepInChinese() {
    assertThat(clockStart().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("收到申请当日（2025-09-25）不计入，审核期限自2025-09-26起算。 [渝人社办〔2025〕112号 一(二); I-1]");
  }

  @Test
  void anyChineseLocaleGetsChineseAndAnyOtherEnglishWhateverTheDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(clockStart().text(Locale.FRENCH)).startsWith("The day of receipt");
      assertThat(clockStart().text(Locale.ROOT)).startsWith("The day of receipt");
      Locale.setDefault(Locale.US);
      assertThat(clockStart().text(Locale.CHINESE)).startsWith("收到申请当日");
      assertThat(clockStart().text(Locale.TRADITIONAL_CHINESE)).startsWith("收到申请当日");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rendersOneLinePerStepAndNoBracketsWithoutSources() {
    Explanation explanation =
        Explanation.builder()
            .step(clockStart())
            .step(
                StepCode.DEADLINE_STATUS_LEFT,
                List.of(),
                List.of(),
                "asOf",
                LocalDate.of(2025, 9, 30),
                "workingDaysLeft",
                5)
            .build();
    assertThat(explanation.render(Locale.ENGLISH))
        .isEqualTo(
            "The day of receipt (2025-09-25) is not counted; the review period is counted from"
                + " 2025-09-26. [渝人社办〔2025〕112号 一(二); I-1]\n"
                + "As of 2025-09-30, 5 working days are left.");
    assertThat(explanation.render(Locale.SIMPLIFIED_CHINESE).split("\n"))
        .hasSize(2)
        .endsWith("截至2025-09-30，剩余5个工作日。");
    assertThat(Explanation.empty().render(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void recordsValuesInTheCodesDeclaredOrder() {
    ExplanationStep step =
        ExplanationStep.of(
            StepCode.DEADLINE_REVIEW_CLOCK_START,
            List.of(),
            List.of(),
            "clockStart",
            LocalDate.of(2025, 9, 26),
            "receiptDate",
            LocalDate.of(2025, 9, 25));
    assertThat(step.values().keySet()).containsExactly("receiptDate", "clockStart");
    assertThat(step.values()).containsEntry("receiptDate", "2025-09-25");
    assertThat(step)
        .isEqualTo(
            ExplanationStep.of(
                clockStart().code(),
                List.of(),
                List.of(),
                "receiptDate",
                clockStart().values().get("receiptDate"),
                "clockStart",
                clockStart().values().get("clockStart")));
  }

  @Test
  void rendersMoneyAndNumbersAsStrings() {
    ExplanationStep step =
        ExplanationStep.of(
            StepCode.ENFORCEMENT_NEXT_STEP,
            List.of(),
            List.of(Interpretation.I_16),
            "asOf",
            LocalDate.of(2026, 1, 5),
            "step",
            "催告 for " + Money.ofYuan("1980.00"));
    assertThat(step.values()).containsEntry("step", "催告 for 1980.00");
    assertThat(step.render(Locale.ENGLISH))
        .isEqualTo("As of 2026-01-05, the next step is: 催告 for 1980.00. [I-16]");
  }

  @Test
  void rejectsValuesThatDoNotMatchTheCode() {
    assertThatThrownBy(
            () ->
                ExplanationStep.of(
                    StepCode.DEADLINE_REVIEW_CLOCK_START, List.of(), List.of(), "receiptDate", 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "values = [receiptDate]: step deadline.review.start takes exactly the values"
                + " [receiptDate, clockStart]");
    assertThatThrownBy(
            () ->
                ExplanationStep.of(
                    StepCode.DEADLINE_STATUS_LEFT,
                    List.of(),
                    List.of(),
                    "asOf",
                    1,
                    "workingDaysLeft",
                    2,
                    "extra",
                    3))
        .hasMessage(
            "values = [asOf, workingDaysLeft, extra]: step deadline.status.left takes exactly the"
                + " values [asOf, workingDaysLeft]");
    assertThatThrownBy(
            () -> ExplanationStep.of(StepCode.DEADLINE_STATUS_LEFT, List.of(), List.of(), "asOf"))
        .hasMessage("values = 1 arguments: must be name, value pairs");
    assertThatThrownBy(
            () ->
                ExplanationStep.of(
                    StepCode.DEADLINE_STATUS_LEFT, List.of(), List.of(), 1, 2, "asOf", 3))
        .hasMessage("values[0] = 1: must be a value name (a String)");
    assertThatThrownBy(
            () ->
                ExplanationStep.of(
                    StepCode.DEADLINE_STATUS_LEFT, List.of(), List.of(), "asOf", 1, "asOf", 2))
        .hasMessage("values = asOf: is given twice");
  }

  @Test
  void combinesExplanations() {
    Explanation first = Explanation.of(List.of(clockStart()));
    Explanation both = first.plus(first);
    assertThat(both.steps()).containsExactly(clockStart(), clockStart());
    assertThat(Explanation.builder().steps(both).step(clockStart()).build().steps()).hasSize(3);
    assertThat(Explanation.empty().steps()).isEmpty();
    assertThat(Explanation.empty().plus(first)).isEqualTo(first);
  }

  @Test
  void stepCodesAreFoundByKey() {
    for (StepCode code : StepCode.values()) {
      assertThat(StepCode.ofKey(code.key())).isSameAs(code);
    }
    assertThatThrownBy(() -> StepCode.ofKey("deadline.nope"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("code = \"deadline.nope\": is not a known explanation step code");
  }
}
