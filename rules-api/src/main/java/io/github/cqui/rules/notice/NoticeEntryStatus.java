package io.github.cqui.rules.notice;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.internal.ProvisionalChecks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The status of one entry of a 稳岗返还 public notice on a date (渝人社办〔2025〕112号 二(一); I-20).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class NoticeEntryStatus {

  /** For the generated implementation only. */
  protected NoticeEntryStatus() {}

  /** {@return the day asked about} */
  public abstract LocalDate asOf();

  /**
   * {@return the day the enterprise confirmed, if it did by {@link #asOf()}; empty otherwise, a
   * later confirmation being not yet known}
   */
  public abstract Optional<LocalDate> confirmedOn();

  /** {@return the status on {@link #asOf()}: confirmed, still in notice, or deemed waived} */
  public abstract NoticeEntryState status();

  /**
   * The years whose State Council holiday notice was not yet published that the result depends on
   * (INTERPRETATIONS I-5): in the {@code PROVISIONAL} coverage mode, the status, through the last
   * day of the notice it is decided by may depend on the statutory holidays that 第二条 of
   * 《全国年节及纪念日放假办法》 gives those years, with no 补假 (第六条) or 调休 (第七条) projected. Ascending; empty when
   * every day it depends on is published. JSON: omitted when empty.
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
