package io.github.cqui.rules.notice;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.notice.internal.ImmutableNoticeEntryStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The status of one entry of a 稳岗返还 public notice on a date (渝人社办〔2025〕112号 二(一); I-20).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({"asOf", "confirmedOn", "status", "explanation"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNoticeEntryStatus.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNoticeEntryStatus.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNoticeEntryStatus.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNoticeEntryStatus.class)
public abstract class NoticeEntryStatus {

  /** For the generated implementation only. */
  protected NoticeEntryStatus() {}

  /** The day asked about. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate asOf();

  /** The day the enterprise confirmed, if it did by {@link #asOf()}. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> confirmedOn();

  /** The status. */
  public abstract NoticeEntryState status();

  /** The explanation: each step with its clause and the I-… it applies. */
  public abstract Explanation explanation();

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of NoticeEntryStatus");
  }
}
