package io.github.cqui.rules.recovery;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.internal.ProvisionalChecks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What may be done next in the enforcement of a 责令退回决定书 on a date (渝人社办〔2025〕112号 三(四);
 * INTERPRETATIONS I-16, I-17).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class EnforcementStep {

  /** For the generated implementation only. */
  protected EnforcementStep() {}

  /** {@return the day asked about} */
  public abstract LocalDate asOf();

  /** {@return the stage reached on {@link #asOf()}} */
  public abstract EnforcementStage stage();

  /**
   * {@return the day the stage ends or the next becomes possible: the 诉讼 deadline while the appeal
   * periods run, the first day of the court window while waiting for it, its last day while a 催告书
   * is required or the court may be applied to; empty once the window is lost ({@link
   * EnforcementStage#REMINDER_TOO_LATE}, {@link
   * EnforcementStage#COURT_APPLICATION_PERIOD_EXPIRED})}
   */
  public abstract Optional<LocalDate> until();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the stage and the day it lasts
   * until, through the timeline may depend on the statutory holidays that 第二条 of 《全国年节及纪念日放假办法》
   * gives those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when every day it
   * depends on is published. JSON: omitted when empty.
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
   * Checks that the provisional years are in ascending order of year, each year once; called by the
   * generated implementation when the result is built.
   *
   * @throws io.github.cqui.rules.InvalidInputException naming the first year out of order
   */
  @Value.Check
  protected void checkProvisionalYears() {
    ProvisionalChecks.requireAscending("provisionalYears", provisionalYears());
  }
}
