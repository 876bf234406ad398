/**
 * A configured set of rules: {@link io.github.cqui.rules.ruleset.CquiRules}, the rules of one
 * jurisdiction on a calendar, policy editions and {@link
 * io.github.cqui.rules.ruleset.InterpretationSwitches}, the reader's choice on each open question
 * of INTERPRETATIONS.md that has a switch.
 */
@NullMarked
package io.github.cqui.rules.ruleset;

import org.jspecify.annotations.NullMarked;
