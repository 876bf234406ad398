/**
 * Benefit entitlement: entitlement months, the monthly ledger through verifications, suspensions,
 * stop events and retirement (渝人社办〔2025〕112号 一(四), 一(五); 《重庆市失业保险条例》 arts 20–24).
 *
 * <p>For now this package holds {@link io.github.cqui.rules.benefit.StopEventType}, which the
 * interpretation switches refer to (I-14); the request and result types and the rule interface
 * follow.
 */
@NullMarked
package io.github.cqui.rules.benefit;

import org.jspecify.annotations.NullMarked;
