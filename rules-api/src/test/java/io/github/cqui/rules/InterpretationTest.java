package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterpretationTest {

  @Test
  void idsAreIOneToITwentyFourUniqueAndComplete() {
    List<String> expected =
        IntStream.rangeClosed(1, 24).mapToObj(n -> "I-" + n).collect(Collectors.toList());
    List<String> ids =
        Arrays.stream(Interpretation.values()).map(Interpretation::id).collect(Collectors.toList());
    assertThat(ids).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Interpretation.class)
  void eachHasASummaryAndIsFoundByItsId(Interpretation interpretation) {
    assertThat(interpretation.summary()).isNotBlank().doesNotContain("\n");
    assertThat(Interpretation.ofId(interpretation.id())).isSameAs(interpretation);
    assertThat(interpretation).hasToString(interpretation.id());
  }

  @Test
  void unknownIdIsRejected() {
    assertThatThrownBy(() -> Interpretation.ofId("I-25"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("interpretation = \"I-25\": must be one of I-1 … I-24");
  }
}
