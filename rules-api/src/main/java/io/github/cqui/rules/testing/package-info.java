/**
 * Engine-neutral property testing for cqui: generators of valid inputs, a small shrinking runner,
 * and the convention for laws.
 *
 * <ul>
 *   <li>{@link io.github.cqui.rules.testing.Draws} is the one source of randomness: "an int between
 *       lo and hi, inclusive". Smaller draws mean simpler values.
 *   <li>{@link io.github.cqui.rules.testing.Gen} is a function of {@code Draws} with the usual
 *       combinators. Generators build valid values by construction (no filter-and-retry), and draw
 *       the simplest-making choices first (draw <i>n</i> before the date; a date is an offset from
 *       the first covered day), so shrinking the draws shrinks the value with no per-type shrinker.
 *       {@link io.github.cqui.rules.testing.Gen#samples(long, int)} gives seeded samples for any
 *       engine (e.g. a JUnit {@code @ParameterizedTest @MethodSource}).
 *   <li>{@link io.github.cqui.rules.testing.CalendarGens} generates dates valid for a given
 *       working-day calendar: covered dates, working days, rest days, make-up working days, and a
 *       count of working days with room for it inside coverage. {@link
 *       io.github.cqui.rules.testing.DeadlineGens}, {@link
 *       io.github.cqui.rules.testing.BenefitGens} and {@link
 *       io.github.cqui.rules.testing.LedgerGens} generate valid requests of the rules.
 *   <li>{@link io.github.cqui.rules.testing.Property} runs a law over generated cases: bound cases
 *       first, then random ones; on failure it shrinks the recorded draws and throws a {@link
 *       io.github.cqui.rules.testing.PropertyFailedError} naming the seed and the system property
 *       that replays it ({@code -Dcqui.seed=…}); {@code -Dcqui.tries=…} sets the number of cases.
 *   <li>Laws are plain static methods ({@code …Laws.someLaw(…)}) that throw {@link AssertionError},
 *       so an integrator can run them with any engine, or with none: {@link
 *       io.github.cqui.rules.testing.CalendarLaws}, {@link
 *       io.github.cqui.rules.testing.DeadlineLaws}, {@link
 *       io.github.cqui.rules.testing.EntitlementLaws}, {@link
 *       io.github.cqui.rules.testing.LedgerLaws}.
 * </ul>
 *
 * <p>What a tester of the rules uses, and only that: the laws of cqui's own {@code Money} kernel
 * (its splits and arithmetic) are tested in the library's own test sources, not shipped here.
 *
 * <p>This package depends on no test engine. See {@code TESTING.md} for the design.
 */
@NullMarked
package io.github.cqui.rules.testing;

import org.jspecify.annotations.NullMarked;
