package io.github.cqui.examples.suite;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of the repository the suite's own checks read: its sources, its guide, the modules. */
final class Repository {

  /** The repository root: the nearest directory up from here with the project's poms. */
  static final Path ROOT = root();

  /** The suite's package, in the main and the test sources of examples. */
  static final List<Path> SUITE_DIRECTORIES =
      List.of(
          ROOT.resolve("examples/src/main/java/io/github/cqui/examples/suite"),
          ROOT.resolve("examples/src/test/java/io/github/cqui/examples/suite"));

  private Repository() {}

  static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java files of the suite, main and test. */
  static List<Path> suiteSources() {
    List<Path> files = new ArrayList<>();
    for (Path dir : SUITE_DIRECTORIES) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static Path root() {
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
    throw new IllegalStateException("no repository root above " + starts);
  }
}
