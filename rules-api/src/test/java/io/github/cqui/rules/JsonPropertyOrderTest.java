package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.json.internal.CquiCodecs;
import io.github.cqui.rules.json.internal.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A type whose javadoc states its properties ("Properties, in order: {@code a}, {@code b}, …") is
 * written with exactly those properties in that order: the golden strings are a released format,
 * and the order is the type's documented contract, not the codec's choice. Read from the sources of
 * rules-api ({@code src/main/java}), where the javadoc is.
 */
class JsonPropertyOrderTest {

  private static final Pattern STATED =
      Pattern.compile("Properties, in order: (.*?)\\.(?:\\s|$)", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("\\{@code\\s+([A-Za-z0-9]+)\\}");

  @Test
  void everyStatedPropertyOrderIsTheCodecs() throws IOException {
    Map<String, List<String>> stated = new TreeMap<>();
    Map<String, List<String>> written = new TreeMap<>();
    for (Class<?> type : CquiCodecs.types()) {
      Path source = Path.of("src", "main", "java", type.getName().replace('.', '/') + ".java");
      if (!Files.exists(source)) {
        continue; // Money's own, the calendar's enums
      }
      List<String> names = statedOrder(Files.readString(source, StandardCharsets.UTF_8));
      if (names.isEmpty()) {
        continue;
      }
      JsonCodec<?> codec = CquiCodecs.of(type);
      stated.put(type.getSimpleName(), names);
      written.put(type.getSimpleName(), codec.propertyNames());
    }
    // the control, premium and recovery value types state their order: 32 of them at least
    assertThat(stated).hasSizeGreaterThanOrEqualTo(32);
    assertThat(written).isEqualTo(stated);
  }

  @Test
  void theStatedOrderIsReadFromTheJavadoc() {
    assertThat(
            statedOrder(
                "/**\n * A period.\n *\n * <p>Properties, in order: {@code kind}, {@code from}, {@code\n"
                    + " * to} (absent when open). Immutable and thread-safe.\n */\n"
                    + "public abstract class OtherBenefitPeriod {\n  /** {@code x}. */\n}"))
        .containsExactly("kind", "from", "to");
    assertThat(statedOrder("/** Nothing stated. */\npublic enum E {}")).isEmpty();
  }

  /** The names the class javadoc lists after "Properties, in order:", or none. */
  private static List<String> statedOrder(String source) {
    int start = source.indexOf("/**");
    int declaration = source.indexOf("\npublic ");
    if (start < 0 || declaration < start) {
      return List.of();
    }
    String javadoc = source.substring(start, declaration).replaceAll("\\n\\s*\\*", " ");
    Matcher stated = STATED.matcher(javadoc);
    List<String> names = new ArrayList<>();
    if (stated.find()) {
      Matcher name = NAME.matcher(stated.group(1));
      while (name.find()) {
        names.add(name.group(1));
      }
    }
    return names;
  }
}
