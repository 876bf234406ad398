package io.github.cqui.rules.control;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.control.internal.ImmutableStaffRoster;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The post assignments of an office's staff, past and present, in any order: what the
 * segregation-of-duties check of 渝人社办〔2025〕112号 四 looks at (I-21). A person may have several
 * assignments, overlapping or not; each counts.
 *
 * <p>Properties, in order: {@code assignments}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class StaffRoster {

  /** For the generated implementation only. */
  protected StaffRoster() {}

  /**
   * The assignments, in any order.
   *
   * @return the assignments, possibly empty
   */
  public abstract List<PostAssignment> assignments();

  /**
   * A roster of assignments.
   *
   * @param assignments the assignments, in any order
   * @return the roster
   */
  public static StaffRoster of(List<PostAssignment> assignments) {
    Checks.requireNonNull("assignments", assignments);
    return builder().assignments(assignments).build();
  }

  /**
   * A builder for a roster.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a roster: the generated setters ({@code addAssignments}, …), {@code from} and {@code
   * build()}, which throws {@link InvalidInputException} naming a missing or invalid attribute. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableStaffRoster.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }
}
