package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON fixture covers every public JSON type of rules-api: every public enum and every public
 * type that carries a Jackson databind annotation or a {@code @JsonCreator}, in any package of
 * {@code io.github.cqui.rules} except the testing package. A new such type fails this test until it
 * has a sample in {@link JsonSamples}.
 */
class JsonSamplesTest {

  @Test
  void everyPublicJsonTypeHasASample() throws IOException {
    Set<String> sampled =
        JsonSamples.all().stream()
            .map(sample -> sample.type().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> jsonTypes = new TreeSet<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(Money.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.cqui.rules")) {
      if (info.getPackageName().startsWith("io.github.cqui.rules.testing")
          || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> type = info.load();
      if (Modifier.isPublic(type.getModifiers()) && isJsonType(type)) {
        jsonTypes.add(type.getName());
      }
    }
    assertThat(jsonTypes).hasSizeGreaterThanOrEqualTo(18);
    assertThat(sampled).containsAll(jsonTypes);
  }

  @Test
  void samplesAreDistinctlyNamed() {
    assertThat(JsonSamples.all()).extracting(JsonSamples.Sample::name).doesNotHaveDuplicates();
  }

  private static boolean isJsonType(Class<?> type) {
    if (type.isEnum()) {
      return true;
    }
    boolean annotated =
        Arrays.stream(type.getAnnotations())
            .map(Annotation::annotationType)
            .anyMatch(a -> a.getSimpleName().equals("JsonDeserialize"));
    boolean creator = false;
    for (Method method : type.getDeclaredMethods()) {
      creator |=
          Arrays.stream(method.getAnnotations())
              .anyMatch(a -> a.annotationType().getSimpleName().equals("JsonCreator"));
    }
    return annotated || creator;
  }
}
