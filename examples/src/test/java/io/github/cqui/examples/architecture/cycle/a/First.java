package io.github.cqui.examples.architecture.cycle.a;

import io.github.cqui.examples.architecture.cycle.b.Second;

/** A planted package cycle (a → b → a) on which the architecture rules must fail. */
public final class First {
  private First() {}

  /** Uses package b. */
  public static int fromSecond() {
    return Second.value();
  }

  /** Used by package b. */
  public static int value() {
    return 1;
  }
}
