package io.github.cqui.examples.architecture.cycle.b;

import io.github.cqui.examples.architecture.cycle.a.First;

/** A planted package cycle (b → a → b) on which the architecture rules must fail. */
public final class Second {
  private Second() {}

  /** Uses package a. */
  public static int fromFirst() {
    return First.value();
  }

  /** Used by package a. */
  public static int value() {
    return 2;
  }
}
