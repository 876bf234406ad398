package io.github.cqui.rules.recovery;

import io.github.cqui.rules.benefit.ClaimHistory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The recovery rules of 渝人社办〔2025〕112号 三(四) for benefits paid in excess: the debt of a claim, the
 * schedule of a recovery plan (lump sum, instalments, deduction from later benefit, pension offset,
 * or deduction with instalments for the rest), the state of the recovery on a date with its place
 * on the ladder, the enforcement timeline of a 责令退回决定书 and the next step on a date. Obtain the
 * Chongqing implementation from {@code io.github.cqui.core.Chongqing.rules().recovery()}.
 *
 * <p>Every method is a pure function of its arguments, the working-day calendar, the policy
 * editions and the interpretation switches the implementation was built with. Implementations are
 * immutable and thread-safe. Errors: {@link io.github.cqui.rules.InvalidInputException} for input
 * that breaks a rule (naming the field); {@link io.github.cqui.rules.NoEditionInForceException} for
 * a date before the earliest policy edition; {@link io.github.cqui.rules.RuleContextException}
 * wrapping the calendar's coverage error for a date in a year whose holiday notice is not loaded
 * (I-5), whose message names the year, the last notice loaded and the remedies (the year's notice
 * as a schedule file; the provisional coverage mode).
 *
 * <p><b>Provisional results</b> (I-5). In the {@code PROVISIONAL} coverage mode of the
 * interpretation switches, a result whose dates or counts depend on a year after the last notice is
 * answered from the statutory holidays of 《全国年节及纪念日放假办法》 in force (第二条) and weekends, and says so:
 * its {@code provisionalYears()} name the years, the decree and the articles not projected (补假 第六条,
 * 调休 第七条), and its explanation has a step for each. Published beats provisional: the same question
 * on a calendar with the year's notice is answered from the notice.
 */
public interface RecoveryRules {

  /**
   * The enforcement timeline of a 责令退回决定书 (渝人社办〔2025〕112号 三(四); I-17). A court window that needs a
   * year whose holiday notice is not loaded is pending ({@link
   * EnforcementTimeline#courtWindowPending()}) and the 复议 and 诉讼 deadlines are answered (I-5); in
   * the provisional coverage mode the timeline answers it and is marked provisional ({@link
   * EnforcementTimeline#provisionalYears()}).
   *
   * @param request the service of the decision and, once served, of the 催告书, both within the dates
   *     the rules take ({@link io.github.cqui.rules.Limits}), and whether the decision stated the
   *     rights of appeal
   * @return the timeline: the 复议 and 诉讼 deadlines and the court window, or why the window is
   *     pending, with an explanation citing each step's clause
   * @throws io.github.cqui.rules.InvalidInputException if the 催告书 was served before the decision
   * @throws io.github.cqui.rules.RuleContextException wrapping the calendar's coverage error when
   *     the 复议 or 诉讼 deadline itself needs such a year
   */
  EnforcementTimeline enforcementTimeline(EnforcementRequest request);

  /**
   * What may be done next on {@code asOf} (I-16, I-17).
   *
   * <p>The timeline is not trusted: it must be the one {@link #enforcementTimeline} gives for its
   * {@code request} under these rules (e.g. a timeline read from JSON with a 催告书 served but no
   * earliest court application is refused). The step is as provisional as the timeline (I-5).
   *
   * @param timeline an enforcement timeline these rules gave, unchanged
   * @param asOf the day asked about, within the dates the rules take, not before the decision was
   *     served
   * @return the stage on {@code asOf} and until when it lasts, with an explanation
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} is before the decision was
   *     served, or naming {@code timeline.<property>} for the first property of {@code timeline}
   *     that does not follow from its request
   * @throws io.github.cqui.rules.RuleContextException wrapping the calendar's coverage error (I-5)
   *     when the timeline's court window is pending and the stage on {@code asOf} needs it: every
   *     day but those on which the 复议 and 诉讼 periods run with no 催告书 served
   */
  EnforcementStep enforcementStep(EnforcementTimeline timeline, LocalDate asOf);

  /**
   * The debt a claim's overpayments make (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条): every month of the
   * claim's ledger with an overpayment, with its amount and reason — paid after a stop event that
   * was not reported ({@link OverpaymentReason#STOP_EVENT_NOT_REPORTED}, or {@link
   * OverpaymentReason#DUPLICATE_WITH_PENSION} when the event is a pension; I-14), for a month of
   * 灵活就业社保补贴 ({@link OverpaymentReason#FLEXIBLE_EMPLOYMENT_SUBSIDY_OVERLAP}; I-15), or otherwise
   * above what was due ({@link OverpaymentReason#OTHER}). The rule derives the ledger itself. No
   * interest, no fees (I-16).
   *
   * @param claim the claim, with what was actually paid
   * @param establishedOn the day the debt is established
   * @return the debt; empty when the claim has no overpayment
   * @throws io.github.cqui.rules.InvalidInputException naming {@code establishedOn} if it is before
   *     the month of an overpayment, or the field of the claim that the ledger refuses
   */
  Optional<OverpaymentDebt> overpaymentDebt(ClaimHistory claim, LocalDate establishedOn);

  /**
   * The schedule of a recovery plan (渝人社办〔2025〕112号 三(四); 《社会保险经办条例》第四十六条; I-16, I-24):
   *
   * <ul>
   *   <li>lump sum: one line, the whole debt, on its due date;
   *   <li>instalments: {@code count} lines on the agreement's dates (民法典第二百零二条), amounts from
   *       {@link io.github.cqui.rules.Money#allocate(int)} — differing by at most one fen, summing
   *       exactly to the debt — with the odd fen on the first or the last instalments as agreed;
   *   <li>deduction: from each month the claim's ledger pays from the deduction's first month on,
   *       the lesser of what is left and the I-16 cap ({@code deductionCapPercent}, default 100 %)
   *       of the month's payment rounded down to the fen; a month whose cap rounds to nothing gives
   *       no line; what the benefit cannot cover is the shortfall, and the next step the 责令退回决定书;
   *   <li>pension offset: only with the consent and the written request — without either the plan
   *       is {@link ScheduleOutcome#REFUSED} with the reasons and the next step; with both, the
   *       agreed monthly amount from the first month on, the last taking what is left;
   *   <li>deduction with instalments: the deduction as above, then the agreement over what it
   *       leaves.
   * </ul>
   *
   * No interest and no fees are ever added (I-16: 《行政强制法》第四十五条 needs a legal basis for a 滞纳金, and
   * 《社会保险法》第八十六条 concerns employers). The lines are in due-date order (a deduction before an
   * instalment due the same day).
   *
   * @param debt the debt
   * @param plan the plan
   * @return the schedule, with its explanation
   * @throws io.github.cqui.rules.InvalidInputException naming the field under {@code plan} when a
   *     date or month is before the debt was established, when an agreement has more instalments
   *     than fen to share ({@code plan.instalments.count}), when a pension offset would take more
   *     than 600 months ({@code plan.pensionOffset.monthlyAmount}), or the field of the deduction's
   *     claim that the ledger refuses
   */
  RecoverySchedule schedule(OverpaymentDebt debt, RecoveryPlan plan);

  /**
   * The state of a recovery on {@link RepaymentHistory#asOf()} (渝人社办〔2025〕112号 三(四); I-16, I-17):
   * {@link RecoveryState#CLEARED} when the whole debt is recovered; {@link
   * RecoveryState#IN_ARREARS} when less was recovered than the lines due before the day, with the
   * amount and since when; otherwise {@link RecoveryState#ON_TRACK}.
   *
   * <p>The debt is on the ladder when it is not cleared and either an amount is in arrears (a lump
   * sum or an instalment: {@link LadderTrigger#BROKEN_AGREEMENT}; a deduction or offset not
   * received: {@link LadderTrigger#NOTHING_LEFT_TO_DEDUCT}), or the schedule has a shortfall and
   * its last line is past ({@link LadderTrigger#NOTHING_LEFT_TO_DEDUCT}), or the plan was refused
   * ({@link LadderTrigger#PLAN_REFUSED}). The next rung is the 责令退回决定书; once the history gives the
   * decision's service (which must fall on a day the debt was on the ladder; the decision then
   * stands until the debt is cleared, even if the arrears are later made good), the timeline and
   * step are those of {@link #enforcementTimeline(EnforcementRequest)} and {@link
   * #enforcementStep(EnforcementTimeline, LocalDate)}, and the next rung the 催告 or the court.
   *
   * @param schedule a schedule made by {@link #schedule}; checked against the schedule these rules
   *     make of its debt and plan, never trusted
   * @param history what was recovered up to the day, and the decision's service
   * @return the state, with its explanation
   * @throws io.github.cqui.rules.InvalidInputException naming {@code schedule} if it is not the
   *     schedule these rules make of its debt and plan; {@code history.asOf} before the debt was
   *     established; {@code repayments[i].date} before the debt was established; {@code
   *     repayments[i].amount} taking the total recovered past the debt; {@code
   *     decision.decisionServedOn} when the debt was not on the ladder on the day the decision was
   *     served (served while on track)
   * @throws io.github.cqui.rules.RuleContextException wrapping the calendar's coverage error (I-5)
   *     from the enforcement timeline
   */
  RecoveryStatus status(RecoverySchedule schedule, RepaymentHistory history);
}
