package io.github.cqui.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A project that uses cqui-core without Jackson compiles with zero warnings under {@code -Xlint:all
 * -Werror}, and runs.
 *
 * <p>The consumer's class path is built from the poms, not from a list: the cqui modules (their
 * class directories or jars, as the build put them on this test's class path) and, transitively,
 * every dependency that is neither optional, {@code test} nor {@code provided}, each found on this
 * test's class path by its group and artifact id. No Jackson jar is on it (checked), so a type of
 * the library that carried an annotation of an optional Jackson dependency would make javac warn
 * ("unknown enum constant JsonFormat.Shape.STRING", "Cannot find annotation method") and fail.
 */
class NoJacksonConsumerTest {

  private static final String CONSUMER =
      """
      package consumer;

      import io.github.cqui.CquiException;
      import io.github.cqui.core.Chongqing;
      import io.github.cqui.rules.Money;
      import io.github.cqui.rules.benefit.BenefitLedger;
      import io.github.cqui.rules.benefit.BenefitStandard;
      import io.github.cqui.rules.benefit.BenefitTier;
      import io.github.cqui.rules.benefit.ClaimHistory;
      import io.github.cqui.rules.benefit.RetirementCategory;
      import io.github.cqui.rules.benefit.Verification;
      import io.github.cqui.rules.deadline.ReviewDeadline;
      import io.github.cqui.rules.deadline.ReviewRequest;
      import java.time.LocalDate;
      import java.time.YearMonth;

      /** A case-handling system that uses cqui without Jackson. */
      public final class Consumer {
        private Consumer() {}

        /** The last paid month of a claim and the review deadline of its application. */
        public static String run() {
          ClaimHistory claim =
              ClaimHistory.builder()
                  .registrationDate(LocalDate.of(2025, 9, 3))
                  .entitlementMonths(9)
                  .tier(BenefitTier.TIER_1)
                  .addStandards(
                      BenefitStandard.of(
                          YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("2000.00")))
                  .recordedThrough(YearMonth.of(2026, 1))
                  .addVerifications(
                      Verification.on(LocalDate.of(2025, 9, 20)),
                      Verification.on(LocalDate.of(2026, 1, 15)))
                  .birthMonth(YearMonth.of(1985, 5))
                  .category(RetirementCategory.MALE)
                  .build();
          BenefitLedger ledger = Chongqing.rules().benefits().ledger(claim);
          ReviewDeadline review =
              Chongqing.rules().deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
          String refused;
          try {
            Chongqing.rules().deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2014, 1, 2)));
            refused = "accepted";
          } catch (CquiException e) {
            refused = "refused";
          }
          return ledger.lastPaidMonth().orElseThrow() + " " + review.lastDay() + " " + refused;
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aConsumerWithoutJacksonCompilesWithNoWarningAndRuns() throws Exception {
    List<File> classPath = nonOptionalClassPath();
    assertThat(classPath).extracting(File::getPath).noneMatch(p -> p.contains("jackson"));
    assertThat(classPath).extracting(File::getPath).anyMatch(p -> p.contains("guava"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    boolean compiled;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Werror",
              "-d",
              classes.toString(),
              "-classpath",
              join(classPath));
      compiled =
          javac
              .getTask(output, files, diagnostics, options, null, List.of(new Source(CONSUMER)))
              .call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    assertThat(messages).as("javac -Xlint:all -Werror, class path %s", classPath).isEmpty();
    assertThat(output.toString()).isEmpty();
    assertThat(compiled).isTrue();

    // and it runs on that class path alone: no Jackson class is needed at run time either
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (File entry : classPath) {
      urls.add(entry.toURI().toURL());
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.loadClass("io.github.cqui.rules.benefit.ClaimHistory").getClassLoader())
          .isSameAs(loader);
      Method run = loader.loadClass("consumer.Consumer").getMethod("run");
      assertThat(run.invoke(null)).isEqualTo("2026-07 2025-10-11 refused");
    }
  }

  @Test
  void onTheModulePathTheConsumerCompilesWithNoWarningRunsAndCannotSeeTheInternals()
      throws Exception {
    List<File> modulePath = nonOptionalClassPath();
    assertThat(modulePath).extracting(File::getPath).noneMatch(p -> p.contains("jackson"));
    Path sources = Files.createDirectories(dir.resolve("module-src/consumer"));
    Files.writeString(
        sources.resolve("module-info.java"),
        "module consumer {\n  requires io.github.cqui.core;\n}\n",
        StandardCharsets.UTF_8);
    Path pkg = Files.createDirectories(sources.resolve("consumer"));
    Files.writeString(
        pkg.resolve("Consumer.java"),
        CONSUMER.replace(
            "public static String run() {",
            "public static void main(String[] args) {\n"
                + "    System.out.println(run());\n"
                + "  }\n\n"
                + "  public static String run() {"),
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("module-classes"));
    List<String> messages =
        compileModule(
            modulePath,
            classes,
            List.of(sources.resolve("module-info.java"), pkg.resolve("Consumer.java")));
    assertThat(messages).as("javac -Xlint:all -Werror, module path %s", modulePath).isEmpty();

    // it runs on the module path alone, with no Jackson module present
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(classes + File.pathSeparator + join(modulePath));
    command.add("--module");
    command.add("consumer/consumer.Consumer");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(printed).isZero();
    assertThat(printed.strip()).isEqualTo("2026-07 2025-10-11 refused");

    // the generated implementations and core's areas are not part of the API
    Path internal = Files.createDirectories(dir.resolve("internal-src/consumer"));
    Files.writeString(
        internal.resolve("module-info.java"),
        "module consumer {\n  requires io.github.cqui.core;\n}\n",
        StandardCharsets.UTF_8);
    Path internalPkg = Files.createDirectories(internal.resolve("consumer"));
    Files.writeString(
        internalPkg.resolve("Forger.java"),
        "package consumer;\n"
            + "import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;\n"
            + "import io.github.cqui.core.deadline.ChongqingDeadlineRules;\n"
            + "final class Forger {\n"
            + "  Object forge() { return ImmutableReviewDeadline.builder(); }\n"
            + "  Class<?> rules() { return ChongqingDeadlineRules.class; }\n"
            + "}\n",
        StandardCharsets.UTF_8);
    List<String> refused =
        compileModule(
            modulePath,
            Files.createDirectories(dir.resolve("internal-classes")),
            List.of(internal.resolve("module-info.java"), internalPkg.resolve("Forger.java")));
    assertThat(refused)
        .anyMatch(
            m ->
                m.startsWith("ERROR")
                    && m.contains("package io.github.cqui.rules.deadline.internal is not visible"))
        .anyMatch(
            m ->
                m.startsWith("ERROR")
                    && m.contains("package io.github.cqui.core.deadline is not visible"));
  }

  /** Compiles a module against {@code modulePath}; the diagnostics, kind first. */
  private static List<String> compileModule(List<File> modulePath, Path classes, List<Path> sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Werror",
              "-d",
              classes.toString(),
              "--module-path",
              join(modulePath));
      javac
          .getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    return messages;
  }

  /** The cqui modules and their dependencies that are neither optional nor test-only. */
  private static List<File> nonOptionalClassPath() throws Exception {
    List<Path> testClassPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      testClassPath.add(Paths.get(entry).toAbsolutePath().normalize());
    }
    Path root = Paths.get("").toAbsolutePath().getParent();
    Set<Path> result = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String module : List.of("calendar", "rules-api", "core")) {
      result.add(moduleEntry(testClassPath, module));
      pending.addAll(dependencies(root.resolve(module).resolve("pom.xml")));
    }
    while (!pending.isEmpty()) {
      String coordinates = pending.pop();
      if (!seen.add(coordinates) || coordinates.startsWith("io.github.cqui:")) {
        continue;
      }
      Optional<Path> jar = jarOf(testClassPath, coordinates);
      if (jar.isEmpty()) {
        continue; // not resolved for this build (e.g. a relocated or managed-away artifact)
      }
      result.add(jar.get());
      Path pom = pomBeside(jar.get());
      if (Files.exists(pom)) {
        pending.addAll(dependencies(pom));
      }
    }
    List<File> files = new ArrayList<>();
    for (Path path : result) {
      files.add(path.toFile());
    }
    return files;
  }

  /** The class directory or jar of a cqui module on the test class path. */
  private static Path moduleEntry(List<Path> testClassPath, String module) {
    for (Path entry : testClassPath) {
      String path = entry.toString().replace('\\', '/');
      if (path.contains("/" + module + "/target/")
          || entry.getFileName().toString().startsWith("cqui-" + module + "-")) {
        return entry;
      }
    }
    throw new AssertionError("cqui-" + module + " is not on the test class path " + testClassPath);
  }

  /** The jar of {@code group:artifact} on the test class path, found by its repository path. */
  private static Optional<Path> jarOf(List<Path> testClassPath, String coordinates) {
    String[] parts = coordinates.split(":");
    String segment = "/" + parts[0].replace('.', '/') + "/" + parts[1] + "/";
    for (Path entry : testClassPath) {
      if (entry.toString().replace('\\', '/').contains(segment)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private static Path pomBeside(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".pom");
  }

  /** The {@code group:artifact} of the dependencies a pom needs at compile and run time. */
  private static List<String> dependencies(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project;
    try {
      project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (IOException e) {
      throw new AssertionError("cannot read " + pom, e);
    }
    List<String> result = new ArrayList<>();
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element element
          && element.getTagName().equals("dependencies")) {
        NodeList dependencies = element.getChildNodes();
        for (int j = 0; j < dependencies.getLength(); j++) {
          if (!(dependencies.item(j) instanceof Element dependency)) {
            continue;
          }
          String scope = text(dependency, "scope", "compile");
          boolean optional = text(dependency, "optional", "false").equals("true");
          if (!optional && (scope.equals("compile") || scope.equals("runtime"))) {
            result.add(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""));
          }
        }
      }
    }
    return result;
  }

  /** The text of a direct child element, e.g. a dependency's own {@code groupId}. */
  private static String text(Element parent, String tag, String absent) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child && child.getTagName().equals(tag)) {
        return child.getTextContent().trim();
      }
    }
    return absent;
  }

  private static String join(List<File> classPath) {
    List<String> paths = new ArrayList<>();
    for (File file : classPath) {
      paths.add(file.getPath());
    }
    return String.join(File.pathSeparator, paths);
  }

  /** The consumer's source, in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///consumer/Consumer.java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
