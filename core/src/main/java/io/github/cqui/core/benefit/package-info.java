/**
 * The Chongqing benefit rules: entitlement, statutory retirement age, the monthly ledger. Not
 * exported; reached through {@code io.github.cqui.core.Chongqing}.
 *
 * <p>The ledger is a state machine: {@code ClaimFacts} (what is known of the claim), {@code
 * LedgerState} (active, extension, suspended, ended), {@code LedgerWalk} (each month's transition),
 * {@code LedgerBook} (lines and totals) and {@code LedgerSteps} (the explanation). {@link
 * io.github.cqui.core.benefit.PayableMonths} decides whether a month may be paid beside a stop
 * event or 灵活就业社保补贴, for the ledger and any other rule that asks; {@link
 * io.github.cqui.core.benefit.StopEventClauses} cites what makes each event a stop event.
 */
@NullMarked
package io.github.cqui.core.benefit;

import org.jspecify.annotations.NullMarked;
