package io.github.cqui.rules.deadline;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.deadline.internal.ImmutableReportDeadline;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The last day to report a stop event: 「自相关情形发生之日起20个工作日内告知失业保险经办机构」 (渝人社办〔2025〕112号 一(五);
 * 《社会保险经办条例》第二十五条). The event day is not counted (I-1 by analogy, 民法典 art 201).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({
  "event",
  "workingDays",
  "deadline",
  "restDaysSkipped",
  "editionFrom",
  "explanation"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReportDeadline.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportDeadline.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReportDeadline.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportDeadline.class)
public abstract class ReportDeadline {

  /** For the generated implementation only. */
  protected ReportDeadline() {}

  /** The event reported. */
  public abstract StopEventReport event();

  /** The report period in working days, from the edition in force on the event date. */
  public abstract int workingDays();

  /** The last day to report. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate deadline();

  /** The rest days skipped between the event and the deadline. */
  public abstract List<RestDay> restDaysSkipped();

  /** The {@code effectiveFrom} date of the policy edition applied. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate editionFrom();

  /** The explanation: each step with its clause and the I-… it applies. */
  public abstract Explanation explanation();

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of ReportDeadline");
  }
}
