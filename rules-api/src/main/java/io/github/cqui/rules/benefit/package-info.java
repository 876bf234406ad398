/**
 * Benefit entitlement and the monthly ledger (渝人社办〔2025〕112号 一(四), 一(五); 《重庆市失业保险条例》 arts 18–24;
 * 《中华人民共和国社会保险法》 arts 45–51).
 *
 * <ul>
 *   <li>{@link io.github.cqui.rules.benefit.EntitlementRules}: months of entitlement from whole
 *       years of cumulative contribution, with an earlier claim's unused months added up to 24
 *       (I-23).
 *   <li>{@link io.github.cqui.rules.benefit.BenefitRules}: statutory retirement age under the 2025
 *       reform, and the month-by-month {@link io.github.cqui.rules.benefit.BenefitLedger} of a
 *       {@link io.github.cqui.rules.benefit.ClaimHistory} through verifications, suspensions, stop
 *       events ({@link io.github.cqui.rules.deadline.StopEventType}), retirement and 灵活就业社保补贴 (I-6
 *       … I-11, I-14, I-15, I-18, I-22).
 * </ul>
 *
 * <p>No official benefit standard is bundled: the caller supplies the dated standards of each tier
 * ({@link io.github.cqui.rules.benefit.BenefitStandard}). Every type is immutable, thread-safe and
 * round-trips through Jackson 2 and Jackson 3 with the library's modules (see {@link
 * io.github.cqui.rules}).
 */
@NullMarked
package io.github.cqui.rules.benefit;

import org.jspecify.annotations.NullMarked;
