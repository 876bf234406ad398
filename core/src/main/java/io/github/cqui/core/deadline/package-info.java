/**
 * The Chongqing deadline rules: the review clock, resubmission, the stop-event report deadline. Not
 * exported; reached through {@code io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.deadline;

import org.jspecify.annotations.NullMarked;
