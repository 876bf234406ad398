package io.github.cqui.core;

import io.github.cqui.rules.internal.Checks;
import java.util.Objects;
import java.util.function.Function;

/**
 * An earlier answer of the rules and the answer they give now to the same question, and whether the
 * answer changed: how a caller holding answers computed provisionally (INTERPRETATIONS I-5) sees
 * which of them a newly loaded holiday notice moved. Published beats provisional: the rules on a
 * calendar with the year's notice answer from the notice.
 *
 * <p>The idiom: keep the provisional answers; once the year's notice is published, build the rules
 * on a calendar with it ({@link Chongqing#withCalendar}, e.g. {@code
 * rules.withCalendar(rules.calendar().withScheduleFiles(path))}, or the classpath's {@code
 * META-INF/cqui/holiday-schedule.json} through {@code Chongqing.rules()}), and revise each answer
 * ({@link Chongqing#revise(io.github.cqui.rules.deadline.ReviewDeadline)} and its overloads), or
 * any other result with {@link #of(Object, Object, Function)}:
 *
 * <pre>{@code
 * List<ReviewDeadline> moved = earlier.stream()
 *     .map(published::revise)
 *     .filter(Revision::changed)
 *     .map(Revision::now)
 *     .toList();
 * }</pre>
 *
 * <p>{@link #changed()} compares the answer (the dates a caller acts on), not the whole result: a
 * provisional result and the published one always differ in their mark and explanation, and an
 * answer the notice confirmed is unchanged. {@code now} says whether it is still provisional (a
 * year still without its notice).
 *
 * <p>Immutable when {@code R} is; thread-safe.
 *
 * @param <R> the result type
 * @param earlier the earlier answer
 * @param now the answer these rules give now
 * @param changed whether the answer differs
 */
public record Revision<R>(R earlier, R now, boolean changed) {

  /**
   * The earlier and the present result, compared by their answer.
   *
   * @param <R> the result type
   * @param earlier the earlier result
   * @param now the result the rules give now to the same question
   * @param answer what a caller acts on, e.g. {@code ReviewDeadline::lastDay}
   * @return the revision
   */
  public static <R> Revision<R> of(R earlier, R now, Function<? super R, ?> answer) {
    Checks.requireNonNull("earlier", earlier);
    Checks.requireNonNull("now", now);
    Checks.requireNonNull("answer", answer);
    return new Revision<>(earlier, now, !Objects.equals(answer.apply(earlier), answer.apply(now)));
  }
}
