package io.github.cqui.examples.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite is written as a tester outside the project would write it: its classes, main and test,
 * name no package of cqui but those the module descriptors export to everyone (and their own), and
 * nothing but the JDK, JUnit, AssertJ and JSpecify besides. On the class path, where the build runs
 * the tests, nothing else would stop them. Read from the sources: every import and every qualified
 * name of cqui in the code (comments and string literals aside).
 */
class SuiteUsesOnlyThePublishedApiTest {

  private static final String OWN_PACKAGE = "io.github.cqui.examples.suite";

  /** Other libraries the suite may use: the JDK, its engine and assertions, nullness. */
  private static final List<String> OTHER_LIBRARIES =
      List.of("java.", "org.junit.", "org.assertj.", "org.jspecify.");

  private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*;");
  private static final Pattern CQUI_NAME =
      Pattern.compile("\\bio\\.github\\.cqui(?:\\.[A-Za-z_$][\\w$]*)*");
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  /** The packages the published modules export to every module (not those exported to core). */
  static Set<String> exportedPackages() {
    Set<String> exported = new TreeSet<>();
    for (String module : List.of("calendar", "rules-api", "core")) {
      String descriptor =
          codeOnly(
              Repository.read(Repository.ROOT.resolve(module + "/src/main/java/module-info.java")));
      Matcher m = EXPORTS.matcher(descriptor);
      while (m.find()) {
        exported.add(m.group(1));
      }
    }
    return exported;
  }

  /** Each name of the source that is not allowed, with its line: {@code Foo.java:12 a.b.C}. */
  static List<String> problems(String file, String source, Set<String> exported) {
    String code = codeOnly(source);
    List<String> problems = new ArrayList<>();
    Matcher names = CQUI_NAME.matcher(code);
    while (names.find()) {
      String pkg = packageOf(names.group());
      if (!pkg.equals(OWN_PACKAGE) && !exported.contains(pkg)) {
        problems.add(file + ":" + lineOf(code, names.start()) + " " + names.group());
      }
    }
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      String name = imports.group(1);
      if (!name.startsWith("io.github.cqui.")
          && OTHER_LIBRARIES.stream().noneMatch(name::startsWith)) {
        problems.add(file + ":" + lineOf(code, imports.start(1)) + " " + name);
      }
    }
    return problems;
  }

  @Test
  void theSuiteNamesOnlyExportedPackages() {
    Set<String> exported = exportedPackages();
    assertThat(exported)
        .contains("io.github.cqui.rules.testing", "io.github.cqui.core", "io.github.cqui.calendar")
        .noneMatch(p -> p.endsWith(".internal"))
        .doesNotContain("io.github.cqui.core.deadline");

    List<Path> sources = Repository.suiteSources();
    assertThat(sources)
        .extracting(p -> p.getFileName().toString())
        .contains("CaseDesk.java", "PlantedBugTest.java", getClass().getSimpleName() + ".java");
    List<String> problems = new ArrayList<>();
    for (Path file : sources) {
      problems.addAll(problems(file.getFileName().toString(), Repository.read(file), exported));
    }
    assertThat(problems).as("names outside the published API").isEmpty();
  }

  @Test
  void theCheckFindsAnInternalACoreAreaAndAnotherEngine() {
    String planted =
        String.join(
            "\n",
            "package io.github.cqui.examples.suite;",
            "",
            "import io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth;",
            "import io.github.cqui.core.deadline.ChongqingDeadlineRules;",
            "import org.example.otherengine.ForAll;",
            "import io.github.cqui.rules.testing.Gen; // fine",
            "",
            "class Planted {",
            "  // io.github.cqui.core.kernel in a comment is not a use",
            "  String s = \"io.github.cqui.rules.internal in a string is not a use\";",
            "  Object o = io.github.cqui.rules.benefit.internal.ImmutableClaimHistory.class;",
            "}");

    assertThat(problems("Planted.java", planted, exportedPackages()))
        .containsExactly(
            "Planted.java:3 io.github.cqui.rules.premium.internal.ImmutableReimbursedMonth",
            "Planted.java:4 io.github.cqui.core.deadline.ChongqingDeadlineRules",
            "Planted.java:11 io.github.cqui.rules.benefit.internal.ImmutableClaimHistory.class",
            "Planted.java:5 org.example.otherengine.ForAll");
  }

  /** The package of a qualified name: its segments up to the first that starts in upper case. */
  static String packageOf(String name) {
    StringBuilder pkg = new StringBuilder();
    for (String segment : name.split("\\.")) {
      if (Character.isUpperCase(segment.charAt(0))) {
        break;
      }
      if (pkg.length() > 0) {
        pkg.append('.');
      }
      pkg.append(segment);
    }
    return pkg.toString();
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The Java source with its comments, string and character literals and text blocks blanked out
   * (line breaks kept, so line numbers stay true).
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(source, i, end, out);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 3);
        blank(source, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 1);
        blank(source, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      out.append(source.charAt(i) == '\n' ? '\n' : ' ');
    }
  }
}
