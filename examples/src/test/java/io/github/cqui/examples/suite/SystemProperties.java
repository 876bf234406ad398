package io.github.cqui.examples.suite;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a block with system properties set, as {@code -Dcqui.seed=…} and {@code -Dcqui.tries=…} on
 * the command line would set them, and puts the old values back afterwards.
 */
final class SystemProperties {

  private SystemProperties() {}

  static <T> T with(Map<String, String> properties, Supplier<T> block) {
    Map<String, String> before = new HashMap<>();
    properties.keySet().forEach(key -> before.put(key, System.getProperty(key)));
    try {
      properties.forEach(System::setProperty);
      return block.get();
    } finally {
      before.forEach(
          (key, value) -> {
            if (value == null) {
              System.clearProperty(key);
            } else {
              System.setProperty(key, value);
            }
          });
    }
  }
}
