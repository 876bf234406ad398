/**
 * The Chongqing deadline rules: the review clock ({@code ReviewClock}), where a review stands
 * ({@code ReviewProgress}), resubmission, the stop-event report deadline ({@code ReportClock}). Not
 * exported; reached through {@code io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.deadline;

import org.jspecify.annotations.NullMarked;
