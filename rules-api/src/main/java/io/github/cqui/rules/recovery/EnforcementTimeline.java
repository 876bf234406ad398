package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.internal.ProvisionalChecks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
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
 * <p><b>Pending court window</b> (INTERPRETATIONS I-5). The 复议 and 诉讼 deadlines are answered
 * whenever they can be; when the court window needs a year whose holiday notice is not loaded (a
 * decision served 2026-06-01: its 诉讼 deadline is 2026-12-01, and 3 months later falls in 2027), the
 * window is {@link #courtWindowPending() pending}: {@link #earliestCourtApplication()} and {@link
 * #latestCourtApplication()} are empty, and the pending state names the year, the last notice and
 * the remedies. Exactly one of {@link #latestCourtApplication()} and {@link #courtWindowPending()}
 * is present.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EnforcementTimeline {

  /** For the generated implementation only. */
  protected EnforcementTimeline() {}

  /** {@return the service dates the timeline was derived from} */
  public abstract EnforcementRequest request();

  /**
   * {@return the last day to apply for 行政复议: 60 days after the decision was served, a last day on a
   * rest day rolled to the next working day}
   */
  public abstract LocalDate reconsiderationDeadline();

  /**
   * {@return the last day to file an administrative suit: 6 months after the decision was served,
   * or 1 year when the rights were not stated, a last day on a rest day rolled to the next working
   * day}
   */
  public abstract LocalDate litigationDeadline();

  /**
   * {@return the first day the agency may apply to the court; empty until the 催告书 is served, and
   * while the court window is {@link #courtWindowPending() pending}}
   */
  public abstract Optional<LocalDate> earliestCourtApplication();

  /**
   * {@return the last day the agency may apply to the court; empty only while the court window is
   * {@link #courtWindowPending() pending}}
   */
  public abstract Optional<LocalDate> latestCourtApplication();

  /**
   * Why the court window cannot be answered yet (I-5): the year its days need, the notice it waits
   * for and the remedies. JSON: omitted when the window is answered.
   *
   * @return the pending state; empty when the window is answered
   */
  public abstract Optional<Pending> courtWindowPending();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, its deadlines and court window
   * may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》 gives those years, with no 补假
   * (第六条) or 调休 (第七条) projected. Ascending; empty when every day it depends on is published. JSON:
   * omitted when empty.
   *
   * @return the provisional years
   */
  public abstract List<ProvisionalYear> provisionalYears();

  /**
   * Whether the result is provisional: it depends on a year whose notice was not yet published
   * ({@link #provisionalYears()} is not empty). Published beats provisional: once the year's notice
   * is loaded, the rules' answer may differ.
   *
   * @return {@code true} when provisional
   */
  public boolean isProvisional() {
    return !provisionalYears().isEmpty();
  }

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();

  /**
   * Checks the provisional years and the court window; called by the generated implementation when
   * the timeline is built.
   *
   * @throws InvalidInputException if the provisional years are not in ascending order of year, each
   *     once; unless exactly one of {@link #latestCourtApplication()} and {@link
   *     #courtWindowPending()} is present; or if an earliest court application is given while the
   *     window is pending
   */
  @Value.Check
  protected void checkProvisionalYears() {
    ProvisionalChecks.requireAscending("provisionalYears", provisionalYears());
    if (latestCourtApplication().isPresent() == courtWindowPending().isPresent()) {
      throw InvalidInputException.of(
          "courtWindowPending",
          courtWindowPending().map(Pending::reason).orElse("absent"),
          "exactly one of latestCourtApplication and courtWindowPending is present");
    }
    if (courtWindowPending().isPresent() && earliestCourtApplication().isPresent()) {
      throw InvalidInputException.of(
          "earliestCourtApplication",
          earliestCourtApplication().get(),
          "is absent while the court window is pending");
    }
  }
}
