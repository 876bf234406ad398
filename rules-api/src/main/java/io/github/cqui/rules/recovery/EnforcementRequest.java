package io.github.cqui.rules.recovery;

import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableEnforcementRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The service dates that drive the enforcement of a 责令退回决定书 (渝人社办〔2025〕112号 三(四)): the decision's
 * service, whether it stated the rights of appeal, and the 催告书's service when served.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EnforcementRequest {

  /** For the generated implementation only. */
  protected EnforcementRequest() {}

  /** {@return the day the 责令退回决定书 was served} */
  public abstract LocalDate decisionServedOn();

  /**
   * {@return whether the decision told the person of the 复议 and 诉讼 rights and time limits
   * (法释〔2018〕1号 第六十四条)}
   */
  public abstract boolean rightsStated();

  /** {@return the day the 催告书 was served, once served (《行政强制法》第五十四条)} */
  public abstract Optional<LocalDate> reminderServedOn();

  /**
   * A builder for an enforcement request.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an enforcement request: the generated setters, {@code from} and {@code build()}, which
   * checks the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing
   * or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableEnforcementRequest.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }
}
