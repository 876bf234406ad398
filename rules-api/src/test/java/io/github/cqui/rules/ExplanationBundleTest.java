package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every step code has a text in both bundles, no bundle has other keys, placeholders are declared.
 */
class ExplanationBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private static Properties load(String resource) throws IOException {
    try (InputStream in = StepCode.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"explanations.properties", "explanations_zh_CN.properties"})
  void everyCodeHasATextAndNoOtherKeysExist(String resource) throws IOException {
    Set<String> keys = load(resource).stringPropertyNames();
    Set<String> codes =
        Arrays.stream(StepCode.values()).map(StepCode::key).collect(Collectors.toSet());
    assertThat(keys).as(resource).containsExactlyInAnyOrderElementsOf(codes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"explanations.properties", "explanations_zh_CN.properties"})
  void placeholdersAreDeclaredValueNames(String resource) throws IOException {
    Properties texts = load(resource);
    for (StepCode code : StepCode.values()) {
      String text = texts.getProperty(code.key(), "");
      assertThat(text).as(resource + " " + code.key()).isNotBlank();
      Set<String> used = new HashSet<>();
      Matcher matcher = PLACEHOLDER.matcher(text);
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
      assertThat(code.valueNames())
          .as(resource + " " + code.key() + ": placeholders must be declared value names")
          .containsAll(used);
    }
  }

  @Test
  void keysAreDottedAndValueNamesUniquePerCode() {
    for (StepCode code : StepCode.values()) {
      assertThat(code.valueNames()).as(code.key()).doesNotHaveDuplicates().isNotEmpty();
      assertThat(code.key()).matches("[a-z]+(\\.[a-z]+)+");
    }
  }

  @Test
  void chineseBundleIsReadAsUtf8() throws IOException {
    assertThat(load("explanations_zh_CN.properties").getProperty("deadline.review.start"))
        .contains("审核期限");
  }
}
