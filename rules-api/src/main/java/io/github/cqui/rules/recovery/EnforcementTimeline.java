package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The enforcement timeline of a 责令退回决定书 (渝人社办〔2025〕112号 三(四); INTERPRETATIONS I-17): the 复议
 * deadline (60 days, 《行政复议法》第二十条), the 诉讼 deadline (6 months, 《行政诉讼法》第四十六条, or 1 year when the
 * rights were not stated, 法释〔2018〕1号 第六十四条), and the window to apply to the court: from the later
 * of the day after the 诉讼 deadline and 10 working days after the 催告书 was served
 * (《行政强制法》第五十三条、第五十四条、第六十九条) to 3 months after the 诉讼 deadline (法释〔2018〕1号 第一百五十六条). Month periods
 * follow 民法典 art 202; a last day on a rest day rolls forward (art 203).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EnforcementTimeline {

  /** For the generated implementation only. */
  protected EnforcementTimeline() {}

  /** {@return the service dates} */
  public abstract EnforcementRequest request();

  /** {@return the last day to apply for 行政复议} */
  public abstract LocalDate reconsiderationDeadline();

  /** {@return the last day to file an administrative suit} */
  public abstract LocalDate litigationDeadline();

  /** {@return the first day the agency may apply to the court; empty until the 催告书 is served} */
  public abstract Optional<LocalDate> earliestCourtApplication();

  /** {@return the last day the agency may apply to the court} */
  public abstract LocalDate latestCourtApplication();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
