package io.github.cqui.core.gens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * The promises a test checks of every generated value, collected so that thousands of values are
 * checked quickly (no assertion object per value) and the first broken ones are all reported.
 */
public final class Promises {

  private static final int MAX_REPORTED = 20;

  private final List<String> broken = new ArrayList<>();
  private int count;

  /**
   * Records a broken promise when {@code kept} is false.
   *
   * @param kept whether the value keeps the promise
   * @param format the promise and the value, a {@link String#format} pattern
   * @param args its arguments
   */
  public void require(boolean kept, String format, Object... args) {
    if (!kept) {
      count++;
      if (broken.size() < MAX_REPORTED) {
        broken.add(String.format(format, args));
      }
    }
  }

  /** Fails, naming the first broken promises, if any promise was broken. */
  public void assertKept() {
    assertThat(broken).as("%d broken promises, the first ones", count).isEmpty();
  }
}
