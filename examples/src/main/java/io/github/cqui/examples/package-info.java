/**
 * Runnable examples of cqui: the main job {@link io.github.cqui.examples.CaseReport}, which reports
 * a benefit case read from a JSON {@link io.github.cqui.examples.CaseFile} (the review deadline,
 * the monthly ledger, the end of the claim, stop events and overpayments, with their explanations,
 * as text or as JSON) and answers questions on the working-day calendar, in Chinese and English.
 * Built and tested, never deployed.
 */
@NullMarked
package io.github.cqui.examples;

import org.jspecify.annotations.NullMarked;
