package io.github.cqui.rules.testing;

/**
 * A {@link Property} found a case its law rejects.
 *
 * <p>The message is a compact report: the property's name, the seed and the system property that
 * replays it ({@code -Dcqui.seed=…}), the tries run, the shrink steps taken, the smallest failing
 * case and the first failing case (each by its {@code toString}). The smallest case's failure is
 * this error's {@linkplain #getCause() cause}; it is not pasted into the message.
 *
 * <p>The cases are kept as given, so a test can assert on them; do not rely on serializing them.
 */
public final class PropertyFailedError extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The name of the property that failed: {@link #propertyName()}. */
  private final String propertyName;

  /** The seed that replays the run: {@link #seed()}. */
  private final long seed;

  /** The cases tried, the failing one included: {@link #triesRun()}. */
  private final int triesRun;

  /** The smaller failing cases shrinking accepted: {@link #shrinkSteps()}. */
  private final int shrinkSteps;

  /** The smallest failing case, as given; not necessarily serializable: {@link #smallestCase()}. */
  private final Object smallestCase;

  /** The first failing case, as given; not necessarily serializable: {@link #firstCase()}. */
  private final Object firstCase;

  PropertyFailedError(
      String propertyName,
      long seed,
      int triesRun,
      String where,
      int shrinkSteps,
      Object smallestCase,
      Object firstCase,
      Throwable cause) {
    super(
        "Property \""
            + propertyName
            + "\" failed on "
            + where
            + "\n  smallest case (after "
            + shrinkSteps
            + (shrinkSteps == 1 ? " shrink step): " : " shrink steps): ")
            + smallestCase
            + "\n  first failing case: "
            + firstCase,
        cause);
    this.propertyName = propertyName;
    this.seed = seed;
    this.triesRun = triesRun;
    this.shrinkSteps = shrinkSteps;
    this.smallestCase = smallestCase;
    this.firstCase = firstCase;
  }

  /**
   * The name of the property that failed.
   *
   * @return the name
   */
  public String propertyName() {
    return propertyName;
  }

  /**
   * The seed of the run; {@code -Dcqui.seed=} with it replays the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * How many cases were tried, the failing one included.
   *
   * @return the tries run, {@code >= 1}
   */
  public int triesRun() {
    return triesRun;
  }

  /**
   * How many smaller failing cases shrinking accepted on the way to the smallest one.
   *
   * @return the shrink steps, {@code >= 0}
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * The smallest failing case shrinking found; its failure is the {@linkplain #getCause() cause}.
   *
   * @return the case
   */
  public Object smallestCase() {
    return smallestCase;
  }

  /**
   * The first failing case, before shrinking.
   *
   * @return the case
   */
  public Object firstCase() {
    return firstCase;
  }
}
