package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundles of step texts and how a text's placeholders are filled. */
class ExplanationTextsTest {

  @Test
  void loadReadsEveryTextOfABundle() {
    ImmutableMap<String, String> english = ExplanationTexts.load(ExplanationTexts.ENGLISH_RESOURCE);
    assertThat(english.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(StepCode.values()).map(StepCode::key).collect(Collectors.toSet()));
    ImmutableMap<String, String> chinese = ExplanationTexts.load(ExplanationTexts.CHINESE_RESOURCE);
    assertThat(chinese).hasSameSizeAs(english);
  }

  @Test
  void aMissingBundleIsNamed() {
    assertThatThrownBy(() -> ExplanationTexts.load("explanations_fr.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource explanations_fr.properties beside StepCode");
  }

  @Test
  void fillReplacesNamedPlaceholdersAndLeavesOthersAsWritten() {
    Map<String, String> values = Map.of("deadline", "2025-10-11", "workingDays", "7");
    assertThat(ExplanationTexts.fill("{workingDays} working days: {deadline}", values))
        .isEqualTo("7 working days: 2025-10-11");
    assertThat(ExplanationTexts.fill("{other} and {deadline", values))
        .isEqualTo("{other} and {deadline");
    // a closing brace before the placeholder closes nothing
    assertThat(ExplanationTexts.fill("}{workingDays}", values)).isEqualTo("}7");
    assertThat(ExplanationTexts.fill("{}{workingDays}{", values)).isEqualTo("{}7{");
  }
}
