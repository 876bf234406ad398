/**
 * The Chongqing recovery rules: the enforcement clock of a 责令退回决定书 ({@code EnforcementClock}, I-17)
 * and the ladder's next step on a date ({@code EnforcementLadder}, I-16). Not exported; reached
 * through {@code io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.recovery;

import org.jspecify.annotations.NullMarked;
