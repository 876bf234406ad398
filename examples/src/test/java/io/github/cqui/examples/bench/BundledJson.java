package io.github.cqui.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bytes of the bundled {@code cn-holidays.json}, read without touching any cqui class. */
final class BundledJson {

  private static final String RESOURCE = "io/github/cqui/calendar/cn-holidays.json";

  private BundledJson() {}

  static byte[] read() {
    try (InputStream in = BundledJson.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the benchmark classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
