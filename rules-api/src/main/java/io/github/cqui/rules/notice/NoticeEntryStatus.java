package io.github.cqui.rules.notice;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
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

  /** {@return the day the enterprise confirmed, if it did by {@link #asOf()}} */
  public abstract Optional<LocalDate> confirmedOn();

  /** {@return the status} */
  public abstract NoticeEntryState status();

  /** {@return the explanation: each step with its clause and the I-… it applies} */
  public abstract Explanation explanation();
}
