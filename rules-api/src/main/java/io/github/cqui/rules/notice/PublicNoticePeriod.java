package io.github.cqui.rules.notice;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.notice.internal.ImmutablePublicNoticePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The 稳岗返还 public notice of an enterprise that did not confirm its refund:
 * 「在区县政府网站公示不少于30日，公示期满仍未确认的，视为放弃」 (渝人社办〔2025〕112号 二(一)). Per INTERPRETATIONS I-20: day 30 after
 * publication (the publication day not counted, 民法典 art 201); if it is a rest day it rolls to the
 * next working day (art 203, a switch); an unconfirmed entry is deemed waived from the day after.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({
  "publishedOn",
  "days",
  "nominalLastDay",
  "lastDay",
  "waivedFrom",
  "restDaysPassed",
  "editionFrom",
  "switches",
  "explanation"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicNoticePeriod.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicNoticePeriod.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicNoticePeriod.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicNoticePeriod.class)
public abstract class PublicNoticePeriod {

  /** For the generated implementation only. */
  protected PublicNoticePeriod() {}

  /** The publication date. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate publishedOn();

  /** The notice period in calendar days (30). */
  public abstract int days();

  /** Day {@link #days()} after publication. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate nominalLastDay();

  /** The last day of the notice, after any roll-forward (I-20). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate lastDay();

  /** The first day on which an unconfirmed entry is deemed waived. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate waivedFrom();

  /** The rest days rolled past at the end. */
  public abstract List<RestDay> restDaysPassed();

  /** The {@code effectiveFrom} date of the policy edition applied. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate editionFrom();

  /** The interpretation switches that shaped the result, by id (e.g. {@code I-1 -> off}). */
  public abstract Map<Interpretation, String> switches();

  /** The explanation: each step with its clause and the I-… it applies. */
  public abstract Explanation explanation();

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of PublicNoticePeriod");
  }
}
