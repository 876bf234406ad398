/**
 * Policy editions and interpretation switches: the dated parameters the rules read, with the
 * documents they come from, and the typed options for the open questions of INTERPRETATIONS.md.
 *
 * <p>A {@link io.github.cqui.rules.edition.PolicyEdition} is the set of parameters in force from
 * one date (review working days, report working days, notice days, the short-contribution
 * threshold, the combined-months cap), each a {@link io.github.cqui.rules.edition.PolicyParameter}
 * carrying its value, the date it took effect and its source {@link
 * io.github.cqui.rules.Citation}s. {@link io.github.cqui.rules.edition.PolicyEditions} orders
 * editions and answers which one is in force on a date; the bundled Chongqing set is {@code
 * io.github.cqui.core.Chongqing.bundledEditions()}, in cqui-core. The rule names the date that
 * chooses the edition (the receipt date for the review clock, I-18); a date before the earliest
 * edition is a {@link io.github.cqui.rules.NoEditionInForceException}.
 *
 * <p>{@link io.github.cqui.rules.ruleset.InterpretationSwitches} holds the reader's choices where
 * INTERPRETATIONS.md has a switch; they are independent of the edition and are passed to the rules
 * beside it. Results record the switch values ({@link
 * io.github.cqui.rules.ruleset.InterpretationSwitches#switchValues()}).
 *
 * <p>Everything here is immutable and thread-safe, and round-trips through JSON with both Jackson
 * lines.
 */
@NullMarked
package io.github.cqui.rules.edition;

import org.jspecify.annotations.NullMarked;
