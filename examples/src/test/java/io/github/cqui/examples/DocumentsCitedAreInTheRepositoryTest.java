package io.github.cqui.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document that cqui cites is in the repository (docs/README.md, "How the code cites them"):
 * the main sources of every module, the Markdown files of the repository root and everything in
 * {@code docs/} are read for cited documents (INTERPRETATIONS, POLICY-FACTS, DESIGN.md, TESTING.md,
 * BUILD-NOTES, SOURCES.md, BENCHMARKS.md, notice-2025-112), relative Markdown links, {@code
 * path#anchor} references and links into the project's GitHub tree, interpretation ids ({@code
 * I-…}), POLICY-FACTS items ({@code A-…}) and POLICY-FACTS sections ({@code POLICY-FACTS §5}). Each
 * must resolve to a file of the repository, to a heading or anchor of that file, to a row of {@code
 * docs/INTERPRETATIONS.md}, or to an item or section of {@code docs/POLICY-FACTS.md}; a failure
 * names the file and the line. The documents also travel in the {@code cqui-rules-api} jar, under
 * {@code META-INF/cqui/docs/}.
 */
class DocumentsCitedAreInTheRepositoryTest {

  private static final Path ROOT = repositoryRoot();

  @Test
  void everyCitedDocumentLinkAnchorAndIdResolvesInTheRepository() throws IOException {
    List<Path> files = scannedFiles(ROOT);
    assertThat(files)
        .as("the files read for citations")
        .contains(
            ROOT.resolve("README.md"),
            ROOT.resolve("docs/README.md"),
            ROOT.resolve("docs/INTERPRETATIONS.md"),
            ROOT.resolve("examples/src/main/resources/cases/README.md"));
    for (String module : List.of("calendar", "rules-api", "core", "examples")) {
      assertThat(files)
          .as("the main sources of %s are read", module)
          .anySatisfy(file -> assertThat(file).startsWith(ROOT.resolve(module + "/src/main/java")));
    }

    Citations citations = new Citations(ROOT);
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      problems.addAll(citations.check(file, read(file)));
    }
    assertNoProblems(problems);
  }

  @Test
  void aMissingDocumentABadAnchorAndAnUnknownIdAreReportedWithFileAndLine() {
    String text =
        String.join(
            "\n",
            "# A page that cites what is not there",
            "The decisions are in [the table](docs/INTERPRETATIONS.md#i-99).",
            "The provenance is in data/SOURCES.md.",
            "Read INTERPRETATIONS I-19, then I-99.",
            "The notes: [build](../elsewhere/BUILD-NOTES.md), see also docs/DESIGN.md#no-such-heading.",
            "Fine: [I-5](docs/INTERPRETATIONS.md#i-5), docs/INTERPRETATIONS.md#i-24, DESIGN.md,"
                + " notice-2025-112, POLICY-FACTS §5, POLICY-FACTS A-25, cn-holidays.SOURCES.md.");

    List<String> problems = new Citations(ROOT).check(ROOT.resolve("README.md"), text);

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("README.md:2: ").contains("#i-99"))
        .anySatisfy(p -> assertThat(p).startsWith("README.md:3: ").contains("data/SOURCES.md"))
        .anySatisfy(p -> assertThat(p).startsWith("README.md:4: ").contains("I-99"))
        .anySatisfy(
            p -> assertThat(p).startsWith("README.md:5: ").contains("../elsewhere/BUILD-NOTES.md"))
        .anySatisfy(p -> assertThat(p).startsWith("README.md:5: ").contains("#no-such-heading"))
        .allSatisfy(p -> assertThat(p).doesNotStartWith("README.md:1:"))
        .allSatisfy(p -> assertThat(p).doesNotStartWith("README.md:6:"));
    assertThat(problems)
        .as("I-19 has a row; only I-99 is reported on line 4")
        .filteredOn(p -> p.startsWith("README.md:4: "))
        .hasSize(1);
    assertThatThrownBy(() -> assertNoProblems(problems))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("README.md:2: ")
        .hasMessageContaining("README.md:3: ");
  }

  @Test
  void theDocumentsAreInTheRulesApiJarUnderMetaInfCquiDocs() throws IOException {
    List<Path> documents;
    try (Stream<Path> listed = Files.list(ROOT.resolve("docs"))) {
      documents =
          listed
              .filter(
                  p ->
                      p.getFileName().toString().endsWith(".md")
                          || p.getFileName().toString().equals("notice-2025-112.zh.txt"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(documents)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "README.md",
            "INTERPRETATIONS.md",
            "POLICY-FACTS.md",
            "DESIGN.md",
            "TESTING.md",
            "BUILD-NOTES.md",
            "notice-2025-112.zh.txt");

    ClassLoader loader = DocumentsCitedAreInTheRepositoryTest.class.getClassLoader();
    for (Path document : documents) {
      String resource = "META-INF/cqui/docs/" + document.getFileName();
      List<URL> found = Collections.list(loader.getResources(resource));
      Optional<URL> fromRulesApi =
          found.stream().filter(url -> url.toString().contains("rules-api")).findFirst();
      assertThat(fromRulesApi)
          .as("%s on the classpath, from cqui-rules-api (found: %s)", resource, found)
          .isPresent();
      try (InputStream in = fromRulesApi.orElseThrow().openStream()) {
        assertThat(new String(in.readAllBytes(), UTF_8))
            .as("%s is docs/%s", resource, document.getFileName())
            .isEqualTo(read(document));
      }
    }
  }

  /** Fails with every problem, one a line, each naming file and line. */
  static void assertNoProblems(List<String> problems) {
    assertThat(problems)
        .withFailMessage(
            "%d citation(s) that do not resolve in the repository (docs/README.md says how the"
                + " code cites the documents):%n%s",
            problems.size(), String.join(System.lineSeparator(), problems))
        .isEmpty();
  }

  /**
   * The repository root: the first directory at or above the working directory (or Maven's {@code
   * basedir}) that holds the parent pom and the examples module.
   */
  static Path repositoryRoot() {
    List<Path> starts = new ArrayList<>();
    String basedir = System.getProperty("basedir");
    if (basedir != null) {
      starts.add(Path.of(basedir).toAbsolutePath());
    }
    starts.add(Path.of("").toAbsolutePath());
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve("pom.xml"))
            && Files.isRegularFile(dir.resolve("examples/pom.xml"))
            && Files.isRegularFile(dir.resolve("rules-api/pom.xml"))) {
          return dir.normalize();
        }
      }
    }
    throw new IllegalStateException(
        "no repository root (a directory with pom.xml, examples/pom.xml and rules-api/pom.xml)"
            + " at or above "
            + starts);
  }

  /** The main sources of every module, the root's Markdown files and everything in docs/. */
  static List<Path> scannedFiles(Path root) throws IOException {
    Set<Path> files = new TreeSet<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".md")) {
          files.add(entry);
        }
        files.addAll(regularFiles(entry.resolve("src/main")));
      }
    }
    files.addAll(regularFiles(root.resolve("docs")));
    return List.copyOf(files);
  }

  private static List<Path> regularFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finds the citations in a text and checks each against the repository. */
  static final class Citations {

    /** {@code [label](target)} and {@code ![alt](target)}; group 1 is the target. */
    private static final Pattern MARKDOWN_LINK =
        Pattern.compile("!?\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)");

    /** A link into the project's own GitHub tree: group 1 the path, group 2 the anchor. */
    private static final Pattern PROJECT_URL =
        Pattern.compile(
            "https?://github\\.com/cqui/cqui/(?:blob|tree)/[^/\\s]+/([^\\s#)\"'<>\\]]+)"
                + "(?:#([^\\s)\"'<>\\]]+))?");

    private static final Pattern ANY_URL =
        Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s)\"'<>\\]]+");

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A cited document by name, with any path before it: group 1 the path, group 2 the anchor. */
    private static final Pattern NAMED_DOCUMENT =
        Pattern.compile(
            "(?<![\\w./-])((?:[\\w.-]+/)*(?:[\\w-]+\\.)?"
                + "(?:INTERPRETATIONS|POLICY-FACTS|BUILD-NOTES|notice-2025-112"
                + "|DESIGN\\.md|TESTING\\.md|BENCHMARKS\\.md|SOURCES\\.md)"
                + "(?:(?:\\.zh)?\\.(?:md|txt))?)"
                + "(?:#([\\p{L}\\p{N}_-]+))?(?![\\w-])");

    /** Any {@code path.md#anchor}: group 1 the path, group 2 the anchor. */
    private static final Pattern PATH_WITH_ANCHOR =
        Pattern.compile("(?<![\\w./:#-])((?:[\\w.-]+/)*[\\w.-]+\\.md)#([\\p{L}\\p{N}_-]+)");

    private static final Pattern INTERPRETATION_ID = Pattern.compile("(?<![\\w-])I-(\\d+)(?!\\d)");
    private static final Pattern POLICY_FACTS_ITEM = Pattern.compile("(?<![\\w-])A-(\\d+)(?!\\d)");
    private static final Pattern POLICY_FACTS_SECTION =
        Pattern.compile("POLICY-FACTS(?:\\.md)?`?\\s*§(\\d+(?:\\.\\d+)?)");

    private static final Pattern HEADING =
        Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$", Pattern.MULTILINE);
    private static final Pattern HTML_ID =
        Pattern.compile("<[^>]*\\s(?:id|name)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_ANCHOR = Pattern.compile("L\\d+(?:-L\\d+)?");

    private static final String JAR_DOCS = "META-INF/cqui/docs/";

    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final List<Path> resourceRoots = new ArrayList<>();
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private final Set<String> interpretationIds;
    private final Set<String> policyFactsItems;
    private final Set<String> policyFactsSections;

    Citations(Path root) {
      this.root = root.toAbsolutePath().normalize();
      indexRepository();
      Path interpretations = this.root.resolve("docs/INTERPRETATIONS.md");
      Path policyFacts = this.root.resolve("docs/POLICY-FACTS.md");
      this.interpretationIds = new TreeSet<>();
      for (String heading : headings(interpretations)) {
        if (heading.matches("I-\\d+")) {
          interpretationIds.add(heading);
        }
      }
      this.policyFactsItems = new TreeSet<>();
      Matcher item = Pattern.compile("\\*\\*A-(\\d+)\\s").matcher(readIfPresent(policyFacts));
      while (item.find()) {
        policyFactsItems.add("A-" + item.group(1));
      }
      this.policyFactsSections = new TreeSet<>();
      for (String heading : headings(policyFacts)) {
        Matcher number = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\.?\\s").matcher(heading);
        if (number.find()) {
          policyFactsSections.add(number.group(1));
        }
      }
    }

    /**
     * The problems of one file's citations.
     *
     * @param file the file, inside the repository (relative links resolve from its directory)
     * @param content its text
     * @return one line per problem, {@code path:line: what is wrong}
     */
    List<String> check(Path file, String content) {
      Path citing = file.toAbsolutePath().normalize();
      Set<String> problems = new LinkedHashSet<>();
      StringBuilder rest = new StringBuilder(content);

      Matcher link = MARKDOWN_LINK.matcher(content);
      while (link.find()) {
        String target = link.group(1);
        blank(rest, link.start(1), link.end(1));
        if (URI_SCHEME.matcher(target).find()) {
          continue; // a URL: project URLs are checked below
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Optional<Path> resolved =
            path.isEmpty() ? Optional.of(citing) : resolve(citing, decode(path), true);
        report(problems, citing, content, link.start(1), target, path, anchor, resolved, true);
      }

      Matcher url = ANY_URL.matcher(content);
      while (url.find()) {
        Matcher project = PROJECT_URL.matcher(url.group());
        if (project.lookingAt()) {
          String path = decode(project.group(1));
          Optional<Path> resolved = existing(root.resolve(path));
          report(
              problems,
              citing,
              content,
              url.start(),
              url.group(),
              path,
              project.group(2),
              resolved,
              false);
        }
        blank(rest, url.start(), url.end());
      }

      String text = rest.toString();
      for (Pattern pattern : List.of(NAMED_DOCUMENT, PATH_WITH_ANCHOR)) {
        Matcher cited = pattern.matcher(text);
        while (cited.find()) {
          String path = cited.group(1);
          String anchor = cited.group(2);
          String shown = anchor == null ? path : path + "#" + anchor;
          report(
              problems,
              citing,
              content,
              cited.start(),
              shown,
              path,
              anchor,
              resolve(citing, path, false),
              false);
        }
      }

      Matcher id = INTERPRETATION_ID.matcher(text);
      while (id.find()) {
        if (!interpretationIds.contains(id.group())) {
          problems.add(
              where(citing, content, id.start())
                  + id.group()
                  + " has no row in docs/INTERPRETATIONS.md"
                  + noneFound(interpretationIds, "docs/INTERPRETATIONS.md"));
        }
      }
      Matcher item = POLICY_FACTS_ITEM.matcher(text);
      while (item.find()) {
        if (!policyFactsItems.contains(item.group())) {
          problems.add(
              where(citing, content, item.start())
                  + item.group()
                  + " is not an item of docs/POLICY-FACTS.md §6"
                  + noneFound(policyFactsItems, "docs/POLICY-FACTS.md"));
        }
      }
      Matcher section = POLICY_FACTS_SECTION.matcher(text);
      while (section.find()) {
        if (!policyFactsSections.contains(section.group(1))) {
          problems.add(
              where(citing, content, section.start())
                  + section.group()
                  + ": docs/POLICY-FACTS.md has no section §"
                  + section.group(1));
        }
      }
      List<String> byLine = new ArrayList<>(problems);
      byLine.sort(Comparator.comparingInt(Citations::lineOf));
      return byLine;
    }

    /** The line number of a problem, {@code path:line: …}. */
    private static int lineOf(String problem) {
      int colon = problem.indexOf(':');
      return Integer.parseInt(problem.substring(colon + 1, problem.indexOf(':', colon + 1)));
    }

    private void report(
        Set<String> problems,
        Path citing,
        String content,
        int offset,
        String shown,
        String path,
        String anchor,
        Optional<Path> resolved,
        boolean markdownLink) {
      if (resolved.isEmpty()) {
        boolean outside = leavesRepository(citing, decode(path), markdownLink);
        problems.add(
            where(citing, content, offset)
                + shown
                + (outside
                    ? ": points outside the repository"
                    : ": no such file in the repository"));
        return;
      }
      Path target = resolved.orElseThrow();
      if (anchor != null && !anchor.isEmpty() && Files.isRegularFile(target)) {
        Set<String> known = anchorsOf(target);
        boolean markdown = target.getFileName().toString().endsWith(".md");
        boolean found =
            markdown ? known.contains(decode(anchor)) : LINE_ANCHOR.matcher(anchor).matches();
        if (!found) {
          problems.add(
              where(citing, content, offset)
                  + shown
                  + ": "
                  + relative(target)
                  + " has no heading or anchor \"#"
                  + anchor
                  + "\"");
        }
      }
    }

    /**
     * The file a citation names, if it is in the repository: a Markdown link relative to the citing
     * file (or to the root, if it starts with {@code /}); any other path relative to the citing
     * file, the root or a module's resources, {@code META-INF/cqui/docs/} being docs/ as the
     * rules-api jar carries it; a bare name, the repository's file of that name.
     */
    private Optional<Path> resolve(Path citing, String path, boolean markdownLink) {
      List<Path> candidates = new ArrayList<>();
      try {
        if (!markdownLink && path.startsWith(JAR_DOCS)) {
          candidates.add(root.resolve("docs").resolve(path.substring(JAR_DOCS.length())));
        } else if (path.startsWith("/")) {
          candidates.add(root.resolve(path.substring(1)));
        } else {
          candidates.add(citing.getParent().resolve(path));
          if (!markdownLink) {
            candidates.add(root.resolve(path));
            for (Path resources : resourceRoots) {
              candidates.add(resources.resolve(path));
            }
          }
        }
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
      for (Path candidate : candidates) {
        Optional<Path> found = existing(candidate);
        if (found.isPresent()) {
          return found;
        }
      }
      if (!markdownLink && !path.contains("/")) {
        return files.stream()
            .filter(file -> namedAs(file.getFileName().toString(), path))
            .findFirst();
      }
      return Optional.empty();
    }

    private Optional<Path> existing(Path candidate) {
      Path normalized = candidate.toAbsolutePath().normalize();
      if (!normalized.startsWith(root) || ignored(root.relativize(normalized))) {
        return Optional.empty();
      }
      return Files.exists(normalized) ? Optional.of(normalized) : Optional.empty();
    }

    private boolean leavesRepository(Path citing, String path, boolean markdownLink) {
      try {
        Path base = path.startsWith("/") ? root : citing.getParent();
        String relativePath = path.startsWith("/") ? path.substring(1) : path;
        boolean fromFile = !base.resolve(relativePath).normalize().startsWith(root);
        boolean fromRoot = !root.resolve(relativePath).normalize().startsWith(root);
        return markdownLink ? fromFile : fromFile && fromRoot;
      } catch (InvalidPathException e) {
        return false;
      }
    }

    /**
     * A file named as cited, or, for a name cited without extension, that name and any extension.
     */
    private static boolean namedAs(String fileName, String cited) {
      if (fileName.equals(cited)) {
        return true;
      }
      boolean hasExtension = cited.endsWith(".md") || cited.endsWith(".txt");
      return !hasExtension && fileName.startsWith(cited + ".");
    }

    private static boolean ignored(Path relative) {
      for (Path segment : relative) {
        String name = segment.toString();
        if (name.equals("target") || name.equals(".git")) {
          return true;
        }
      }
      return false;
    }

    private void indexRepository() {
      try {
        Files.walkFileTree(
            root,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && ignored(root.relativize(dir))) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                if (dir.endsWith(Path.of("src", "main", "resources"))) {
                  resourceRoots.add(dir);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Collections.sort(files);
    }

    private Set<String> anchorsOf(Path file) {
      return anchors.computeIfAbsent(
          file,
          f -> {
            Set<String> found = new LinkedHashSet<>();
            String text = readIfPresent(f);
            Map<String, Integer> seen = new HashMap<>();
            for (String heading : headings(f)) {
              String slug = slug(heading);
              int n = seen.merge(slug, 1, Integer::sum) - 1;
              found.add(n == 0 ? slug : slug + "-" + n);
            }
            Matcher id = HTML_ID.matcher(text);
            while (id.find()) {
              found.add(id.group(1));
            }
            return found;
          });
    }

    /** The text of each ATX heading of a Markdown file, outside fenced code blocks. */
    private static List<String> headings(Path file) {
      List<String> headings = new ArrayList<>();
      boolean fenced = false;
      for (String line : readIfPresent(file).split("\n", -1)) {
        String stripped = line.strip();
        if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
          fenced = !fenced;
          continue;
        }
        Matcher heading = HEADING.matcher(line);
        if (!fenced && heading.matches()) {
          headings.add(heading.group(1));
        }
      }
      return headings;
    }

    /**
     * GitHub's anchor for a heading: its text without Markdown, in lower case, with everything but
     * letters, marks, digits, connectors, spaces and hyphens removed, and spaces made hyphens.
     */
    static String slug(String heading) {
      String text =
          heading
              .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
              .replaceAll("<[^>]+>", "")
              .replace("*", "")
              .replace("`", "")
              .strip()
              .toLowerCase(Locale.ROOT);
      return text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
    }

    private String where(Path citing, String content, int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (content.charAt(i) == '\n') {
          line++;
        }
      }
      return relative(citing) + ":" + line + ": ";
    }

    private String relative(Path path) {
      return path.startsWith(root)
          ? root.relativize(path).toString().replace('\\', '/')
          : path.toString();
    }

    private static void blank(StringBuilder text, int start, int end) {
      for (int i = start; i < end; i++) {
        if (text.charAt(i) != '\n') {
          text.setCharAt(i, ' ');
        }
      }
    }

    private static String decode(String path) {
      try {
        return URLDecoder.decode(path.replace("+", "%2B"), UTF_8);
      } catch (IllegalArgumentException e) {
        return path;
      }
    }

    private static String noneFound(Set<String> ids, String file) {
      return ids.isEmpty() ? " (none found: is " + file + " there?)" : "";
    }

    private static String readIfPresent(Path file) {
      try {
        return new String(Files.readAllBytes(file), UTF_8);
      } catch (NoSuchFileException e) {
        return "";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
