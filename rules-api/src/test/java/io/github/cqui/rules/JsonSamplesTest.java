package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.cqui.rules.json.internal.CquiCodecs;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON fixture and the codecs cover every public JSON type of rules-api: every public enum,
 * every public value type (one with a generated {@code Immutable…} implementation in its package's
 * {@code internal} subpackage) and {@link Money}, in any package of {@code io.github.cqui.rules}
 * except the testing package and the JSON machinery itself ({@code …rules.json}); and every enum of
 * the calendar that an accessor of one of those types returns (the kind of a rest day, the coverage
 * mode of the switches). A new such type fails this test until it has a codec in {@code CquiCodecs}
 * and a sample in {@link JsonSamples}.
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
          || info.getPackageName().startsWith("io.github.cqui.rules.json")
          || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> type = info.load();
      if (Modifier.isPublic(type.getModifiers()) && isJsonType(type)) {
        jsonTypes.add(type.getName());
        calendarEnumsOf(type).forEach(e -> jsonTypes.add(e.getName()));
      }
    }
    assertThat(jsonTypes).hasSizeGreaterThanOrEqualTo(18);
    assertThat(jsonTypes)
        .contains("io.github.cqui.calendar.DayKind", "io.github.cqui.calendar.CoverageMode");
    assertThat(sampled).containsAll(jsonTypes);
    Set<String> coded =
        CquiCodecs.types().stream()
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(coded).isEqualTo(jsonTypes);
  }

  @Test
  void samplesAreDistinctlyNamed() {
    assertThat(JsonSamples.all()).extracting(JsonSamples.Sample::name).doesNotHaveDuplicates();
  }

  /**
   * The calendar's enums among what the type's public accessors return, type arguments included.
   */
  private static Set<Class<?>> calendarEnumsOf(Class<?> type) {
    Set<Class<?>> found = new HashSet<>();
    if (type.isEnum()) {
      return found;
    }
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class) {
        collectCalendarEnums(method.getGenericReturnType(), found);
      }
    }
    return found;
  }

  private static void collectCalendarEnums(Type type, Set<Class<?>> found) {
    if (type instanceof Class<?> c) {
      if (c.isEnum() && c.getPackageName().equals("io.github.cqui.calendar")) {
        found.add(c);
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collectCalendarEnums(parameterized.getRawType(), found);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectCalendarEnums(argument, found);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        collectCalendarEnums(bound, found);
      }
    }
  }

  private static boolean isJsonType(Class<?> type) {
    if (type.isEnum() || type == Money.class) {
      return true;
    }
    String generated = type.getPackageName() + ".internal.Immutable" + type.getSimpleName();
    try {
      return type.isAssignableFrom(Class.forName(generated, false, type.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
