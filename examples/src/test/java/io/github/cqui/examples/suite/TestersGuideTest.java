package io.github.cqui.examples.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The testers' guide, {@code docs/TESTERS.md}, stays true to the suite: each Java snippet is copied
 * from the file the guide names just before it (line for line, indentation aside), the guide names
 * every test class of the suite, it shows no machine path; and the suite runs every law of the kit,
 * as the guide says.
 */
class TestersGuideTest {

  private static final Path GUIDE = Repository.ROOT.resolve("docs/TESTERS.md");

  private static final Pattern JAVA_LINK = Pattern.compile("\\]\\(([^)\\s]+\\.java)\\)");

  /** A Java snippet of the guide: where it starts, the file it is taken from, its lines. */
  record Snippet(int line, String source, List<String> lines) {}

  /** The Java snippets of {@code markdown}, each with the last {@code .java} link before it. */
  static List<Snippet> snippets(String markdown) {
    List<Snippet> snippets = new ArrayList<>();
    String source = null;
    List<String> lines = null;
    int start = 0;
    String[] text = markdown.split("\n", -1);
    for (int i = 0; i < text.length; i++) {
      String line = text[i];
      if (lines != null) {
        if (line.strip().equals("```")) {
          snippets.add(new Snippet(start, String.valueOf(source), List.copyOf(lines)));
          lines = null;
          source = null;
        } else {
          lines.add(line);
        }
      } else if (line.strip().startsWith("```")) {
        if (line.strip().equals("```java")) {
          lines = new ArrayList<>();
          start = i + 1;
        } else {
          // another fence: skip it, and forget the link (it was for this block)
          source = null;
          for (i++; i < text.length && !text[i].strip().equals("```"); i++) {
            // the fenced text is not Java
          }
        }
      } else {
        Matcher link = JAVA_LINK.matcher(line);
        while (link.find()) {
          source = link.group(1);
        }
      }
    }
    return snippets;
  }

  /** Whether the lines of {@code snippet} are a run of the lines of {@code file}, both trimmed. */
  static boolean isCopiedFrom(List<String> snippet, String file) {
    List<String> wanted = trimmedNonBlank(snippet);
    List<String> lines = trimmedNonBlank(List.of(file.split("\n", -1)));
    if (wanted.isEmpty()) {
      return false;
    }
    for (int i = 0; i + wanted.size() <= lines.size(); i++) {
      if (lines.subList(i, i + wanted.size()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> trimmedNonBlank(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void everyJavaSnippetIsCopiedFromTheFileItNames() {
    List<Snippet> snippets = snippets(Repository.read(GUIDE));
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(12);

    List<String> problems = new ArrayList<>();
    for (Snippet snippet : snippets) {
      Path source = GUIDE.getParent().resolve(snippet.source()).normalize();
      if (!source.startsWith(Repository.ROOT.resolve("examples")) || !Files.isRegularFile(source)) {
        problems.add("TESTERS.md:" + snippet.line() + " names no file of the suite before it");
      } else if (!isCopiedFrom(snippet.lines(), Repository.read(source))) {
        problems.add(
            "TESTERS.md:" + snippet.line() + " is not a run of lines of " + snippet.source());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aSnippetThatNoLongerMatchesIsFound() {
    String guide =
        String.join(
            "\n",
            "From [`Desks`](../examples/src/test/java/io/github/cqui/examples/suite/Desks.java):",
            "",
            "```java",
            "static final CaseDesk UTC_DESK = CaseDesk.open(RULES, ZoneOffset.UTC);",
            "```",
            "",
            "```text",
            "output, not Java",
            "```",
            "",
            "```java",
            "static final CaseDesk UTC_DESK = CaseDesk.open(RULES, ZoneOffset.ofHours(8));",
            "```");
    List<Snippet> snippets = snippets(guide);
    String desks =
        Repository.read(
            Repository.ROOT.resolve(
                "examples/src/test/java/io/github/cqui/examples/suite/Desks.java"));

    assertThat(snippets).extracting(Snippet::line).containsExactly(3, 11);
    assertThat(isCopiedFrom(snippets.get(0).lines(), desks)).isTrue();
    // the second names no file: the link before the text block was that block's
    assertThat(snippets.get(1).source()).isEqualTo("null");
    assertThat(isCopiedFrom(snippets.get(1).lines(), desks)).isFalse();
  }

  @Test
  void theGuideNamesEveryTestClassOfTheSuite() throws IOException {
    String guide = Repository.read(GUIDE);
    List<String> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repository.SUITE_DIRECTORIES.get(1))) {
      files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith("Test.java"))
          .forEach(tests::add);
    }
    assertThat(tests).contains("PlantedBugTest.java", "SeededSamplesTest.java");
    assertThat(tests).allSatisfy(test -> assertThat(guide).contains("suite/" + test + ")"));
  }

  @Test
  void theGuideShowsNoMachinePath() {
    String guide = Repository.read(GUIDE);
    assertThat(guide)
        .doesNotContain(Repository.ROOT.toString())
        .doesNotContainPattern("(?m)(^|[\\s(`'\"])/(work|home|tmp|Users|root)/")
        .doesNotContainPattern("[A-Za-z]:\\\\");
  }

  /** The law classes of the kit: every {@code …Laws} of the testing package. */
  private static List<Class<?>> lawsOfTheKit() {
    Path testing = Repository.ROOT.resolve("rules-api/src/main/java/io/github/cqui/rules/testing");
    List<Class<?>> laws = new ArrayList<>();
    try (Stream<Path> files = Files.list(testing)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith("Laws.java")) {
          laws.add(Class.forName("io.github.cqui.rules.testing." + name.replace(".java", "")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return laws;
  }

  @Test
  void theSuiteRunsEveryLawOfTheKit() {
    Set<String> tests = new TreeSet<>();
    for (Class<?> area : LawsOfEachAreaTest.class.getDeclaredClasses()) {
      for (Method method : area.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          tests.add(method.getName());
        }
      }
    }
    List<Class<?>> kit = lawsOfTheKit();
    assertThat(kit).extracting(Class::getSimpleName).contains("DeadlineLaws", "ControlLaws");

    List<String> missing = new ArrayList<>();
    for (Class<?> laws : kit) {
      for (Method law : laws.getDeclaredMethods()) {
        if (Modifier.isPublic(law.getModifiers())
            && Modifier.isStatic(law.getModifiers())
            && !tests.contains(law.getName())) {
          missing.add(laws.getSimpleName() + "." + law.getName());
        }
      }
    }
    assertThat(missing).as("laws of the kit with no test in LawsOfEachAreaTest").isEmpty();
  }
}
