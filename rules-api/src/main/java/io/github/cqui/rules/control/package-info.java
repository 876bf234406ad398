/**
 * Internal control (渝人社办〔2025〕112号 三(一), 一(五), 四): the short-contribution risk of an application,
 * the other benefits not received together with unemployment benefit, and the segregation of duties
 * among the agency's staff. The rules are {@link io.github.cqui.rules.control.ControlRules}.
 *
 * <ul>
 *   <li>Short contribution (三(一); I-19, I-4, I-3): {@link
 *       io.github.cqui.rules.control.ContributionRecord} in, {@link
 *       io.github.cqui.rules.control.ShortContributionRisk} out.
 *   <li>Concurrent benefits (一(五); I-14, I-15): {@link
 *       io.github.cqui.rules.control.ConcurrentBenefitsRequest} in, {@link
 *       io.github.cqui.rules.control.ConcurrentBenefits} out.
 *   <li>Segregation of duties (四; I-21): {@link io.github.cqui.rules.control.StaffRoster} of {@link
 *       io.github.cqui.rules.control.PostAssignment}s in, {@link
 *       io.github.cqui.rules.control.SegregationCheck} out; the posts are {@link
 *       io.github.cqui.rules.control.DutyPost} and {@link
 *       io.github.cqui.rules.control.DutyPostPair}, the reading {@link
 *       io.github.cqui.rules.control.SegregationReading}.
 * </ul>
 */
@NullMarked
package io.github.cqui.rules.control;

import org.jspecify.annotations.NullMarked;
