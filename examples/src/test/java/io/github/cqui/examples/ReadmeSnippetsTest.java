package io.github.cqui.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of {@code README.md} and {@code docs/README.zh-CN.md} compiles, runs and
 * prints what the text says — read from the repository files themselves, not from a copy.
 *
 * <p>The convention, which the READMEs follow:
 *
 * <ul>
 *   <li>Each {@code ```java} block stands alone: its {@code import} lines at the top. A block that
 *       declares a type (a line starting {@code class}, {@code public class}, {@code record} …) is
 *       a compilation unit and is only compiled; any other block is the body of a {@code main}
 *       method (after its imports), compiled and run with the test class path.
 *   <li>A statement whose last line ends {@code // ⇒ value} is asserted: the value of the
 *       expression (or, for a declaration {@code T x = …;}, of {@code x}) printed with {@code
 *       String.valueOf} is {@code value}. {@code // ⇒ throws Name} asserts the statement throws an
 *       exception whose simple class name is {@code Name}.
 *   <li>A {@code ```text} block that follows a java block, with only prose between, is what the
 *       snippet prints on {@code System.out}; a line {@code …} in it stands for any lines.
 *   <li>A relative path, {@code Path.of("examples/…")}, is read from the repository root, where the
 *       READMEs' commands run.
 *   <li>Both READMEs hold the same snippets: the same code in the same order once comments are
 *       removed (the comments are in each README's language), and the same printed output.
 * </ul>
 *
 * <p>Paths are relative to the repository root found from the examples module's basedir, so the
 * test reads {@code ../README.md} when Maven runs it.
 */
class ReadmeSnippetsTest {

  static final String ASSERT_MARK = "// ⇒ ";
  static final List<String> READMES = List.of("README.md", "docs/README.zh-CN.md");

  /** One fenced java block, with the text block that shows its output (if any). */
  record Snippet(String file, int line, String code, String expectedOutput) {
    String name() {
      return file + ":" + line;
    }
  }

  static Path root() {
    return DocumentsCitedAreInTheRepositoryTest.repositoryRoot();
  }

  private static final Pattern FENCE = Pattern.compile("^```\\s*(\\S*)\\s*$");

  /** The java blocks of a Markdown text, each with the text block that follows it. */
  static List<Snippet> snippets(String file, String markdown) {
    List<Snippet> found = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    Snippet pending = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      String info = open.group(1);
      int start = i;
      StringBuilder body = new StringBuilder();
      for (i = i + 1; i < lines.length && !lines[i].startsWith("```"); i++) {
        body.append(lines[i]).append('\n');
      }
      if (info.equals("java")) {
        if (pending != null) {
          found.add(pending);
        }
        pending = new Snippet(file, start + 1, body.toString(), null);
      } else if (info.equals("text") && pending != null) {
        found.add(new Snippet(pending.file(), pending.line(), pending.code(), body.toString()));
        pending = null;
      } else if (pending != null) {
        found.add(pending);
        pending = null;
      }
    }
    if (pending != null) {
      found.add(pending);
    }
    return found;
  }

  static List<Snippet> snippetsOf(String readme) {
    Path path = root().resolve(readme);
    try {
      return snippets(readme, Files.readString(path, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesRunsAndPrintsWhatItsCommentsSay() {
    return READMES.stream()
        .flatMap(readme -> snippetsOf(readme).stream())
        .map(s -> DynamicTest.dynamicTest(s.name(), () -> compileAndRun(s)));
  }

  @Test
  void bothReadmesHaveSnippetsAndTheSameOnes() {
    List<Snippet> english = snippetsOf(READMES.get(0));
    List<Snippet> chinese = snippetsOf(READMES.get(1));
    assertThat(english).hasSizeGreaterThanOrEqualTo(10);
    assertEquals(
        english.stream().map(s -> withoutComments(s.code())).collect(Collectors.toList()),
        chinese.stream().map(s -> withoutComments(s.code())).collect(Collectors.toList()),
        "docs/README.zh-CN.md must hold the same Java snippets, in the same order, as README.md"
            + " (only the comments may differ)");
    assertEquals(
        english.stream().map(Snippet::expectedOutput).collect(Collectors.toList()),
        chinese.stream().map(Snippet::expectedOutput).collect(Collectors.toList()),
        "the printed output shown after each snippet must be the same in both READMEs");
    assertEquals(
        english.stream().map(s -> assertedValues(s.code())).collect(Collectors.toList()),
        chinese.stream().map(s -> assertedValues(s.code())).collect(Collectors.toList()),
        "the asserted values (// ⇒ …) must be the same in both READMEs");
  }

  @Test
  void theConventionCatchesAWrongValueAWrongNameAndAWrongOutput() {
    Snippet right =
        snippets(
                "self-test",
                "```java\nimport java.time.LocalDate;\n\n"
                    + "LocalDate d = LocalDate.of(2025, 9, 25).plusDays(16);   // ⇒ 2025-10-11\n"
                    + "d.getDayOfWeek();   // ⇒ SATURDAY\n"
                    + "LocalDate.parse(\"x\");   // ⇒ throws DateTimeParseException\n"
                    + "System.out.println(d);\nSystem.out.println(1);\nSystem.out.println(d);\n"
                    + "```\n\nprints\n\n```text\n2025-10-11\n…\n2025-10-11\n```\n")
            .get(0);
    compileAndRun(right);
    Snippet wrongValue =
        new Snippet("self-test", 1, right.code().replace("⇒ SATURDAY", "⇒ SUNDAY"), null);
    Snippet wrongName =
        new Snippet("self-test", 1, right.code().replace("getDayOfWeek", "dayOfWeek"), null);
    Snippet wrongOutput =
        new Snippet("self-test", 1, right.code(), right.expectedOutput().replace("…\n", ""));
    Snippet noThrow =
        new Snippet("self-test", 1, right.code().replace("\"x\"", "\"2025-01-01\""), null);
    for (Snippet broken : List.of(wrongValue, wrongName, wrongOutput, noThrow)) {
      AssertionError failure = null;
      try {
        compileAndRun(broken);
      } catch (AssertionError e) {
        failure = e;
      }
      assertThat(failure).as(broken.code()).isNotNull();
    }
  }

  // ---- compile and run ----

  static void compileAndRun(Snippet snippet) throws AssertionError {
    String className = "Snippet_" + Math.abs(Objects.hash(snippet.file(), snippet.line()));
    Unit unit = unit(snippet, className);
    Map<String, byte[]> classes = compile(snippet, className, unit.source());
    if (!unit.runnable()) {
      return;
    }
    ClassLoader loader = new InMemoryLoader(classes, ReadmeSnippetsTest.class.getClassLoader());
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, UTF_8));
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          snippet.name() + ": the snippet threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(snippet.name() + ": " + e, e);
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(UTF_8);
    if (snippet.expectedOutput() != null) {
      assertOutput(snippet, output);
    }
  }

  /** Checks printed output against the text block; a line "…" stands for any lines. */
  static void assertOutput(Snippet snippet, String output) {
    List<String> actual = List.of(output.strip().split("\\R"));
    List<String> expected = List.of(snippet.expectedOutput().strip().split("\\R"));
    if (!matches(expected, 0, actual, 0)) {
      throw new AssertionError(
          snippet.name()
              + ": the snippet printed\n"
              + String.join("\n", actual)
              + "\n\nbut the README shows\n"
              + String.join("\n", expected));
    }
  }

  private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    if (expected.get(e).strip().equals("…")) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size()
        && expected.get(e).stripTrailing().equals(actual.get(a).stripTrailing())
        && matches(expected, e + 1, actual, a + 1);
  }

  record Unit(String source, boolean runnable) {}

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(public\\s+|final\\s+|abstract\\s+)*(class|record|interface|enum)\\s+\\w+",
          Pattern.MULTILINE);
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(?:final\\s+)?[\\w.]+(?:<[^=]*>)?(?:\\[\\])*\\s+(\\w+)\\s*=.*;$");

  /** The compilation unit of a snippet: as it is, or its statements in a main method. */
  static Unit unit(Snippet snippet, String className) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.code().split("\n")) {
      if (body.isEmpty() && (line.startsWith("import ") || line.isBlank())) {
        imports.add(line);
      } else {
        body.add(line);
      }
    }
    if (TYPE_DECLARATION.matcher(snippet.code()).find()) {
      return new Unit(snippet.code(), false);
    }
    List<String> statements = assertions(snippet, body);
    StringBuilder source = new StringBuilder();
    imports.forEach(i -> source.append(i).append('\n'));
    source
        .append("public class ")
        .append(className)
        .append(" {\n  public static void main(String[] args) throws Exception {\n");
    // paths in the snippets are relative to the repository root, where the README's commands run
    String root = quote(root().toString());
    statements.forEach(
        s ->
            source
                .append("    ")
                .append(s.replace("Path.of(\"", "Path.of(" + root + ", \""))
                .append('\n'));
    source.append("  }\n");
    source.append(
        "  static void check(String where, Object value, String expected) {\n"
            + "    String actual = String.valueOf(value);\n"
            + "    if (!actual.equals(expected)) {\n"
            + "      throw new AssertionError(where + \": the README says ⇒ \" + expected"
            + " + \" but the value is \" + actual);\n"
            + "    }\n  }\n");
    source.append(
        "  interface Action { void run() throws Exception; }\n"
            + "  static void checkThrows(String where, Action action, String expected) {\n"
            + "    try { action.run(); } catch (Exception e) {\n"
            + "      if (e.getClass().getSimpleName().equals(expected)) { return; }\n"
            + "      throw new AssertionError(where + \": the README says ⇒ throws \" + expected"
            + " + \" but it threw \" + e, e);\n    }\n"
            + "    throw new AssertionError(where + \": the README says ⇒ throws \" + expected"
            + " + \" but nothing was thrown\");\n  }\n");
    source.append("}\n");
    return new Unit(source.toString(), true);
  }

  /** The body with each asserted statement (a line ending "// ⇒ value") turned into a check. */
  static List<String> assertions(Snippet snippet, List<String> body) {
    List<String> out = new ArrayList<>();
    int firstLine = snippet.line() + 1 + (snippet.code().split("\n").length - body.size());
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      int mark = line.indexOf(ASSERT_MARK);
      if (mark < 0) {
        out.add(line);
        continue;
      }
      String expected = line.substring(mark + ASSERT_MARK.length()).strip();
      String code = line.substring(0, mark).stripTrailing();
      // the statement began after the last line that ended one (or a block, or was blank)
      List<String> statement = new ArrayList<>(List.of(code));
      while (!out.isEmpty() && !endsStatement(out.get(out.size() - 1))) {
        statement.add(0, out.remove(out.size() - 1));
      }
      String where = snippet.file() + ":" + (firstLine + i);
      String joined = String.join("\n", statement).strip();
      if (!joined.endsWith(";")) {
        throw new AssertionError(where + ": an asserted line must end a statement: " + joined);
      }
      String withoutSemicolon = joined.substring(0, joined.length() - 1);
      String quotedWhere = quote(where);
      if (expected.startsWith("throws ")) {
        String exception = expected.substring("throws ".length()).strip();
        out.add(
            "checkThrows("
                + quotedWhere
                + ", () -> { "
                + joined
                + " }, "
                + quote(exception)
                + ");");
        continue;
      }
      Matcher declaration = DECLARATION.matcher(joined.replace('\n', ' '));
      if (declaration.matches()) {
        out.add(joined);
        out.add(
            "check(" + quotedWhere + ", " + declaration.group(1) + ", " + quote(expected) + ");");
      } else {
        out.add("check(" + quotedWhere + ", " + withoutSemicolon + ", " + quote(expected) + ");");
      }
    }
    return out;
  }

  private static boolean endsStatement(String line) {
    String code = withoutComments(line).strip();
    return code.isEmpty() || code.endsWith(";") || code.endsWith("{") || code.endsWith("}");
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** The asserted values of a snippet, in order. */
  static List<String> assertedValues(String code) {
    List<String> values = new ArrayList<>();
    for (String line : code.split("\n")) {
      int mark = line.indexOf(ASSERT_MARK);
      if (mark >= 0) {
        values.add(line.substring(mark + ASSERT_MARK.length()).strip());
      }
    }
    return values;
  }

  /** The code without its line comments, trailing spaces and blank lines. */
  static String withoutComments(String code) {
    StringBuilder out = new StringBuilder();
    for (String line : code.split("\n")) {
      String stripped = stripComment(line).stripTrailing();
      if (!stripped.isBlank()) {
        out.append(stripped).append('\n');
      }
    }
    return out.toString();
  }

  private static String stripComment(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && inString) {
        i++;
      } else if (c == '"') {
        inString = !inString;
      } else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  static Map<String, byte[]> compile(Snippet snippet, String className, String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new HashMap<>();
    StandardJavaFileManager standard =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
    JavaFileManager manager =
        new ForwardingJavaFileManager<>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + name + ".class"), kind) {
              @Override
              public java.io.OutputStream openOutputStream() {
                return new ByteArrayOutputStream() {
                  @Override
                  public void close() {
                    classes.put(name, toByteArray());
                  }
                };
              }
            };
          }
        };
    String unitName = className;
    Matcher declared =
        Pattern.compile(
                "^public\\s+(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)",
                Pattern.MULTILINE)
            .matcher(source);
    if (declared.find()) {
      unitName = declared.group(1);
    }
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + unitName + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-proc:none",
            "-encoding",
            "UTF-8");
    boolean ok = compiler.getTask(null, manager, diagnostics, options, null, List.of(file)).call();
    if (!ok) {
      String errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
      throw new AssertionError(
          snippet.name() + ": the snippet does not compile\n" + errors + "\n\n" + numbered(source));
    }
    return classes;
  }

  private static String numbered(String source) {
    String[] lines = source.split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }

  /** Loads the compiled snippet classes, everything else from the test class path. */
  static final class InMemoryLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    InMemoryLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
