package io.github.cqui.rules.control;

/**
 * Whether a post is held substantively or in an acting role. Both count for the segregation of
 * duties (渝人社办〔2025〕112号 四: 「人员不得相互兼任」; I-21: acting roles included).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum AssignmentKind {
  /** 实任: the person holds the post. */
  SUBSTANTIVE("实任"),
  /** 代理: the person acts in the post (a temporary delegation or an acting role). */
  ACTING("代理");

  private final String chineseName;

  AssignmentKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The kind in Chinese.
   *
   * @return {@code 实任} or {@code 代理}
   */
  public String chineseName() {
    return chineseName;
  }
}
