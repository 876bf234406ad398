package io.github.cqui.rules;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.internal.Checks;

/**
 * The stable codes of explanation steps: what kind of step it is, which values it records, and (by
 * its {@link #key()}) which text renders it.
 *
 * <p>Each constant declares the names of the values a step of its kind carries, in order ({@link
 * #valueNames()}); an {@link ExplanationStep} must carry exactly those. Its texts live in two UTF-8
 * resource files beside this class, {@code explanations.properties} (English, the base) and {@code
 * explanations_zh_CN.properties} (Simplified Chinese), under the key {@link #key()}, with named
 * placeholders such as {@code {receiptDate}} filled from the step's values.
 *
 * <p><b>Adding a code</b>: add the constant with its key and value names, and a text under the key
 * in both files using only the declared names as placeholders. A test fails if any code lacks a
 * text, a file has a key that is no code, or a text uses an undeclared placeholder. Keys are part
 * of the audit format: once released, a key is never renamed or reused.
 *
 * <p>JSON: the key string, e.g. {@code "deadline.review.start"}. Immutable and thread-safe.
 */
public enum StepCode {
  /**
   * A rest day (holiday or weekend) skipped in a count of working days. Values: date, festival,
   * notice.
   */
  CALENDAR_REST_DAY_SKIPPED("calendar.restday.skipped", "date", "festival", "notice"),
  /** A weekend day (not a make-up working day) skipped in a count of working days. Values: date. */
  CALENDAR_WEEKEND_SKIPPED("calendar.weekend.skipped", "date"),
  /**
   * A make-up working day (调休上班) counted as a working day (I-2). Values: date, festival, notice.
   */
  CALENDAR_MAKE_UP_DAY_COUNTED("calendar.makeupday.counted", "date", "festival", "notice"),
  /**
   * A local rest day (a closure by a local authority) skipped in a count of working days. Values:
   * date, reason, authority.
   */
  CALENDAR_LOCAL_REST_DAY_SKIPPED("calendar.localrestday.skipped", "date", "reason", "authority"),
  /**
   * The policy edition chosen by the receipt date (I-18). Values: receiptDate, workingDays,
   * editionFrom.
   */
  DEADLINE_REVIEW_EDITION("deadline.review.edition", "receiptDate", "workingDays", "editionFrom"),
  /** Where the review clock starts (I-1). Values: receiptDate, clockStart. */
  DEADLINE_REVIEW_CLOCK_START("deadline.review.start", "receiptDate", "clockStart"),
  /**
   * A receipt after the office-hours cut-off, deemed received later (I-1). Values: receiptTime,
   * cutoff, deemedReceipt.
   */
  DEADLINE_REVIEW_OFFICE_HOURS(
      "deadline.review.officehours", "receiptTime", "cutoff", "deemedReceipt"),
  /** The last day of the review period. Values: deadline, workingDays. */
  DEADLINE_REVIEW_END("deadline.review.end", "deadline", "workingDays"),
  /** Working days left before a deadline. Values: asOf, workingDaysLeft. */
  DEADLINE_STATUS_LEFT("deadline.status.left", "asOf", "workingDaysLeft"),
  /** Working days by which a deadline was missed. Values: asOf, workingDaysOverdue. */
  DEADLINE_STATUS_OVERDUE("deadline.status.overdue", "asOf", "workingDaysOverdue"),
  /** The deadline falls on the day asked about. Values: asOf. */
  DEADLINE_STATUS_DUE_TODAY("deadline.status.duetoday", "asOf"),
  /** A supplement starts a new review (I-3). Values: firstReceipt, supplementReceipt. */
  DEADLINE_RESUBMISSION("deadline.resubmission", "firstReceipt", "supplementReceipt"),
  /** The stop-event report deadline. Values: eventDate, deadline, workingDays. */
  DEADLINE_REPORT_END("deadline.report.end", "eventDate", "deadline", "workingDays"),
  /** The end of the 稳岗返还 notice period (I-20). Values: published, nominalEnd, end, days. */
  NOTICE_PERIOD_END("notice.period.end", "published", "nominalEnd", "end", "days"),
  /** The first day an unconfirmed notice entry is deemed waived (I-20). Values: waivedFrom. */
  NOTICE_WAIVED_FROM("notice.waived.from", "waivedFrom"),
  /** The status of a notice entry on a date (I-20). Values: asOf, status. */
  NOTICE_ENTRY_STATUS("notice.entry.status", "asOf", "status"),
  /** The 复议 window (I-17). Values: served, deadline. */
  ENFORCEMENT_RECONSIDERATION("enforcement.reconsideration", "served", "deadline"),
  /** The 诉讼 window (I-17). Values: served, rightsStated, deadline. */
  ENFORCEMENT_LITIGATION("enforcement.litigation", "served", "rightsStated", "deadline"),
  /** The window for applying to the court (I-17). Values: earliest, latest. */
  ENFORCEMENT_COURT_WINDOW("enforcement.court.window", "earliest", "latest"),
  /**
   * No 催告书 served yet: the court window opens 10 working days after it is served (I-17). Values:
   * latest.
   */
  ENFORCEMENT_REMINDER_PENDING("enforcement.reminder.pending", "latest"),
  /** The next enforcement step on a date (I-16, I-17). Values: asOf, step. */
  ENFORCEMENT_NEXT_STEP("enforcement.next.step", "asOf", "step"),
  /**
   * The month statutory retirement age is reached (2025 reform). Values: birthMonth, category,
   * delayMonths, retirementMonth.
   */
  BENEFIT_RETIREMENT_AGE(
      "benefit.retirement.age", "birthMonth", "category", "delayMonths", "retirementMonth"),
  /**
   * The month entitlement starts (I-9). Values: registrationDate, startMonth, entitlementMonths.
   */
  BENEFIT_LEDGER_START(
      "benefit.ledger.start", "registrationDate", "startMonth", "entitlementMonths"),
  /**
   * Two consecutive missed verifications suspend payment (I-8). Values: missedFrom, suspendedFrom.
   */
  BENEFIT_SUSPENDED("benefit.ledger.suspended", "missedFrom", "suspendedFrom"),
  /** A re-verification resumes payment the next month (I-8). Values: verifiedOn, resumedFrom. */
  BENEFIT_RESUMED("benefit.ledger.resumed", "verifiedOn", "resumedFrom"),
  /** A month of 灵活就业社保补贴 is not payable and keeps its entitlement (I-15). Values: month. */
  BENEFIT_NOT_PAYABLE("benefit.ledger.notpayable", "month"),
  /** A stop event ends payment (I-14). Values: event, eventDate, lastPaidMonth. */
  BENEFIT_STOPPED("benefit.ledger.stopped", "event", "eventDate", "lastPaidMonth"),
  /** Retirement age ends payment (I-10). Values: retirementMonth, lastPaidMonth. */
  BENEFIT_RETIREMENT_STOP("benefit.ledger.retirement", "retirementMonth", "lastPaidMonth"),
  /** The near-retirement extension (I-11). Values: exhaustedIn, retirementMonth. */
  BENEFIT_EXTENSION("benefit.ledger.extension", "exhaustedIn", "retirementMonth"),
  /** Every month of entitlement paid. Values: lastPaidMonth, monthsUsed. */
  BENEFIT_EXHAUSTED("benefit.ledger.exhausted", "lastPaidMonth", "monthsUsed"),
  /** More paid than due for a month. Values: month, due, actual, overpayment. */
  BENEFIT_OVERPAID("benefit.ledger.overpaid", "month", "due", "actual", "overpayment"),
  /** A suspension longer than the configured maximum (I-8 switch). Values: month, maximumMonths. */
  BENEFIT_LAPSED("benefit.ledger.lapsed", "month", "maximumMonths"),
  /**
   * 条例 art 20(6) applied: two missed months stop payment (I-6 switch). Values: missedFrom,
   * stoppedFrom.
   */
  BENEFIT_NOT_REPORTING("benefit.ledger.notreporting", "missedFrom", "stoppedFrom"),
  /**
   * The whole years of cumulative contribution; a part year does not count (I-23). Values:
   * contributionMonths, wholeYears.
   */
  BENEFIT_ENTITLEMENT_YEARS("benefit.entitlement.years", "contributionMonths", "wholeYears"),
  /** Less than one year of contribution: not eligible (I-23). Values: contributionMonths. */
  BENEFIT_ENTITLEMENT_INELIGIBLE("benefit.entitlement.ineligible", "contributionMonths"),
  /**
   * Not eligible for a new claim: the earlier claim's unused months are not carried into it and may
   * be claimed under the earlier claim (《失业保险金申领发放办法》 art 15; I-23). Values: unusedMonths.
   */
  BENEFIT_ENTITLEMENT_EARLIER_CLAIM("benefit.entitlement.earlier", "unusedMonths"),
  /** The row of the 《重庆市失业保险条例》 art 24 table applied (I-23). Values: wholeYears, tableMonths. */
  BENEFIT_ENTITLEMENT_TABLE_CHONGQING(
      "benefit.entitlement.table.chongqing", "wholeYears", "tableMonths"),
  /**
   * The row of the national maxima of 《中华人民共和国社会保险法》 art 46 applied (the I-23 switch). Values:
   * wholeYears, tableMonths.
   */
  BENEFIT_ENTITLEMENT_TABLE_NATIONAL(
      "benefit.entitlement.table.national", "wholeYears", "tableMonths"),
  /**
   * The table months and the earlier claim's unused months combined, capped (I-23). Values:
   * tableMonths, carriedOverMonths, cap, totalMonths.
   */
  BENEFIT_ENTITLEMENT_COMBINED(
      "benefit.entitlement.combined", "tableMonths", "carriedOverMonths", "cap", "totalMonths"),
  /**
   * A month paid after the separation (补缴) does not count toward the last contribution run
   * (渝人社办〔2025〕112号 三(一); I-19). Values: month, paidOn, separationDate.
   */
  CONTROL_CONTRIBUTION_BACK_PAID_EXCLUDED(
      "control.contribution.backpaid.excluded", "month", "paidOn", "separationDate"),
  /**
   * A month paid after the separation (补缴) counts under the I-19 switch. Values: month, paidOn,
   * separationDate.
   */
  CONTROL_CONTRIBUTION_BACK_PAID_COUNTED(
      "control.contribution.backpaid.counted", "month", "paidOn", "separationDate"),
  /**
   * The last unbroken run of paid contribution months before the separation, whatever the employer
   * (I-19). Values: separationDate, from, to, months, employers.
   */
  CONTROL_CONTRIBUTION_RUN(
      "control.contribution.run", "separationDate", "from", "to", "months", "employers"),
  /** A month without a contribution before the last run (I-19). Values: month. */
  CONTROL_CONTRIBUTION_GAP("control.contribution.gap", "month"),
  /** No contribution month counts before the separation (I-19). Values: separationDate. */
  CONTROL_CONTRIBUTION_NO_RUN("control.contribution.none", "separationDate"),
  /**
   * The last run is shorter than the threshold: high-risk (三(一); I-19). Values: months, threshold,
   * applicationDate, editionFrom.
   */
  CONTROL_CONTRIBUTION_HIGH_RISK(
      "control.contribution.highrisk", "months", "threshold", "applicationDate", "editionFrom"),
  /**
   * The last run is not shorter than the threshold (三(一); I-19). Values: months, threshold,
   * applicationDate, editionFrom.
   */
  CONTROL_CONTRIBUTION_NOT_HIGH_RISK(
      "control.contribution.nothighrisk", "months", "threshold", "applicationDate", "editionFrom"),
  /**
   * The edition in force on the application date sets no threshold: not assessed (I-18). Values:
   * applicationDate, editionFrom, thresholdFrom.
   */
  CONTROL_CONTRIBUTION_NOT_ASSESSED(
      "control.contribution.notassessed", "applicationDate", "editionFrom", "thresholdFrom"),
  /**
   * The evidence of a genuine employment relationship to ask for; the application is handled after
   * it is reviewed (三(一)). Values: evidence.
   */
  CONTROL_CONTRIBUTION_EVIDENCE("control.contribution.evidence", "evidence"),
  /**
   * The evidence is requested as a supplement: the review clock is not paused, a new one starts on
   * its receipt (一(二); I-3, I-4). Values: applicationDate.
   */
  CONTROL_CONTRIBUTION_SUPPLEMENT("control.contribution.supplement", "applicationDate"),
  /**
   * A basic pension or 病残津贴 is a stop event (一(五); I-14, I-15). Values: benefit, from,
   * lastPayableMonth.
   */
  CONTROL_CONCURRENT_STOP("control.concurrent.stop", "benefit", "from", "lastPayableMonth"),
  /** 灵活就业社保补贴 is not received together with benefit (一(五); I-15). Values: from, to. */
  CONTROL_CONCURRENT_SUBSIDY("control.concurrent.subsidy", "from", "to"),
  /** The month another benefit began is paid (I-14). Values: month, benefit. */
  CONTROL_CONCURRENT_EVENT_MONTH("control.concurrent.eventmonth", "month", "benefit"),
  /**
   * A month after a stop event is not payable (I-14). Values: month, event, eventDate, due, actual,
   * overpayment.
   */
  CONTROL_CONCURRENT_STOPPED(
      "control.concurrent.stopped", "month", "event", "eventDate", "due", "actual", "overpayment"),
  /**
   * A month of 灵活就业社保补贴 is not payable, its entitlement kept (I-15). Values: month, due, actual,
   * overpayment.
   */
  CONTROL_CONCURRENT_NOT_PAYABLE(
      "control.concurrent.notpayable", "month", "due", "actual", "overpayment"),
  /** No month the claim pays is affected by another benefit. Values: periods. */
  CONTROL_CONCURRENT_NONE("control.concurrent.none", "periods"),
  /** A report deadline that cannot be answered yet (I-5). Values: eventDate, reason. */
  CONTROL_CONCURRENT_REPORT_PENDING("control.concurrent.report.pending", "eventDate", "reason"),
  /** The six forbidden pairs of the default reading (四; I-21). Values: pairs. */
  CONTROL_SEGREGATION_SIX_PAIRS("control.segregation.sixpairs", "pairs"),
  /** The three forbidden pairs of the audit-only reading (四; I-21 switch). Values: pairs. */
  CONTROL_SEGREGATION_AUDIT_ONLY("control.segregation.auditonly", "pairs"),
  /** Extra forbidden pairs (I-21 switch). Values: pairs. */
  CONTROL_SEGREGATION_EXTRA_PAIRS("control.segregation.extra", "pairs"),
  /** The cooling-off period (I-21 switch). Values: period. */
  CONTROL_SEGREGATION_COOLING_OFF("control.segregation.coolingoff", "period"),
  /**
   * Two forbidden posts held by one person at the same time (四; I-21). Values: person, firstPost,
   * firstKind, secondPost, secondKind, from, to.
   */
  CONTROL_SEGREGATION_VIOLATION(
      "control.segregation.violation",
      "person",
      "firstPost",
      "firstKind",
      "secondPost",
      "secondKind",
      "from",
      "to"),
  /**
   * A post of a forbidden pair held within the cooling-off period after leaving the other (I-21
   * switch). Values: person, leftPost, leftOn, otherPost, from, to, period.
   */
  CONTROL_SEGREGATION_COOLING_OFF_VIOLATION(
      "control.segregation.coolingoff.violation",
      "person",
      "leftPost",
      "leftOn",
      "otherPost",
      "from",
      "to",
      "period"),
  /** No violation up to the date asked for (四; I-21). Values: asOf, assignments. */
  CONTROL_SEGREGATION_NONE("control.segregation.none", "asOf", "assignments"),
  /** Assignments that begin after the date asked for, not examined. Values: asOf, assignments. */
  CONTROL_SEGREGATION_NOT_STARTED("control.segregation.notstarted", "asOf", "assignments"),
  /**
   * Receipts covering several months, each split across them exactly (一(三); I-24): the amount
   * divided by the months rounded down to the fen, the odd fen one each to the earliest months.
   * Values: receipts.
   */
  PREMIUM_RECEIPTS_SPLIT("premium.receipts.split", "receipts"),
  /**
   * Months reimbursed at the premium actually paid, below the standard (一(三); I-13). Values:
   * months, count, reimbursed.
   */
  PREMIUM_REIMBURSED_ACTUAL("premium.reimbursed.actual", "months", "count", "reimbursed"),
  /**
   * Months reimbursed at the standard, the premium paid being at or above it (一(三); I-13). Values:
   * months, count, reimbursed.
   */
  PREMIUM_REIMBURSED_STANDARD("premium.reimbursed.standard", "months", "count", "reimbursed"),
  /** Suspended months reimbursed under the I-12 switch. Values: months. */
  PREMIUM_SUSPENDED_INCLUDED("premium.suspended.included", "months"),
  /** Suspended months refused (一(三), 一(四); I-12). Values: months. */
  PREMIUM_REFUSED_SUSPENDED("premium.refused.suspended", "months"),
  /** Months of 灵活就业社保补贴 refused (一(三), 一(五); I-13, I-15). Values: months. */
  PREMIUM_REFUSED_NOT_PAYABLE("premium.refused.notpayable", "months"),
  /** Months after benefit stopped refused (一(三), 一(五); I-13, I-14). Values: months. */
  PREMIUM_REFUSED_STOPPED("premium.refused.stopped", "months"),
  /**
   * Months only projected as paid, refused for now (一(三); I-13). Values: months, recordedThrough.
   */
  PREMIUM_REFUSED_NOT_YET_PAID("premium.refused.notyetpaid", "months", "recordedThrough"),
  /** Months after the claim refused (一(三); I-13). Values: months, lastMonth. */
  PREMIUM_REFUSED_AFTER_CLAIM("premium.refused.afterclaim", "months", "lastMonth"),
  /** Paid months without a receipt (一(三): 「凭个人缴费凭证申请」; I-13). Values: months. */
  PREMIUM_REFUSED_NO_RECEIPT("premium.refused.noreceipt", "months"),
  /**
   * Months covered by two or more receipts, refused naming them, never summed (I-13). Values:
   * months.
   */
  PREMIUM_REFUSED_TWO_RECEIPTS("premium.refused.tworeceipts", "months"),
  /**
   * Months pending: no row of the supplied 代缴标准 table in force (一(三); POLICY-FACTS §9.2). Values:
   * months.
   */
  PREMIUM_PENDING_STANDARD("premium.pending.standard", "months"),
  /**
   * The total reimbursed, and the rows of the caller's 代缴标准 table (一(三); I-13; no official standard
   * is bundled, POLICY-FACTS §9.2). Values: months, actual, standard, reimbursed, pending,
   * standards.
   */
  PREMIUM_TOTAL(
      "premium.total", "months", "actual", "standard", "reimbursed", "pending", "standards"),
  /** Months paid after a stop event not reported (三(四), 一(五); I-14). Values: months, amount. */
  RECOVERY_DEBT_STOP_EVENT("recovery.debt.stopevent", "months", "amount"),
  /** Months paid with 灵活就业社保补贴 (三(四), 一(五); I-15). Values: months, amount. */
  RECOVERY_DEBT_SUBSIDY("recovery.debt.subsidy", "months", "amount"),
  /** Months paid together with a pension (三(四); I-14). Values: months, amount. */
  RECOVERY_DEBT_PENSION("recovery.debt.pension", "months", "amount"),
  /** Months paid above what was due (三(四)). Values: months, amount. */
  RECOVERY_DEBT_OTHER("recovery.debt.other", "months", "amount"),
  /**
   * The debt, without interest or fees (三(四); I-16, I-24). Values: establishedOn, months, total.
   */
  RECOVERY_DEBT_TOTAL("recovery.debt.total", "establishedOn", "months", "total"),
  /** The debt repaid at once (三(四); I-16). Values: dueDate, amount. */
  RECOVERY_LUMP_SUM("recovery.lumpsum", "dueDate", "amount"),
  /**
   * Instalments that divide evenly (三(四); I-16, I-24). Values: amount, count, firstDue, lastDue,
   * intervalMonths, each.
   */
  RECOVERY_INSTALMENTS_EVEN(
      "recovery.instalments.even",
      "amount",
      "count",
      "firstDue",
      "lastDue",
      "intervalMonths",
      "each"),
  /**
   * Instalments with the odd fen on the first ones (三(四); I-16, I-24). Values: amount, count,
   * firstDue, lastDue, intervalMonths, larger, smaller, oddFen.
   */
  RECOVERY_INSTALMENTS_FIRST(
      "recovery.instalments.first",
      "amount",
      "count",
      "firstDue",
      "lastDue",
      "intervalMonths",
      "larger",
      "smaller",
      "oddFen"),
  /**
   * Instalments with the odd fen on the last ones (三(四); I-16, I-24). Values: amount, count,
   * firstDue, lastDue, intervalMonths, larger, smaller, oddFen.
   */
  RECOVERY_INSTALMENTS_LAST(
      "recovery.instalments.last",
      "amount",
      "count",
      "firstDue",
      "lastDue",
      "intervalMonths",
      "larger",
      "smaller",
      "oddFen"),
  /**
   * Deductions from later benefit payments, each capped (三(四); I-16, I-24). Values: capPercent,
   * months, deducted, balance.
   */
  RECOVERY_DEDUCTION("recovery.deduction", "capPercent", "months", "deducted", "balance"),
  /** What the deduction leaves, repaid in instalments (三(四); I-16). Values: deducted, rest. */
  RECOVERY_COMBINATION_REST("recovery.combination.rest", "deducted", "rest"),
  /** The deduction clears the debt; no instalment is needed (三(四); I-16). Values: deducted. */
  RECOVERY_COMBINATION_NO_REST("recovery.combination.norest", "deducted"),
  /**
   * A pension offset with consent and a written request (三(四); I-16). Values: consentOn,
   * writtenRequestOn, firstMonth, monthlyAmount, months.
   */
  RECOVERY_PENSION_OFFSET(
      "recovery.pension.offset",
      "consentOn",
      "writtenRequestOn",
      "firstMonth",
      "monthlyAmount",
      "months"),
  /** A pension offset refused: no consent recorded (三(四); I-16). Values: amount. */
  RECOVERY_PENSION_NO_CONSENT("recovery.pension.noconsent", "amount"),
  /**
   * A pension offset refused: no written request to the pension agency (三(四); I-16). Values:
   * amount.
   */
  RECOVERY_PENSION_NO_REQUEST("recovery.pension.norequest", "amount"),
  /** The plan clears the debt (三(四); I-16). Values: amount, lines, lastDue. */
  RECOVERY_SCHEDULE_CLEARS("recovery.schedule.clears", "amount", "lines", "lastDue"),
  /**
   * The plan cannot clear the debt; the next step is the 责令退回决定书 (三(四); I-16). Values: scheduled,
   * shortfall.
   */
  RECOVERY_SCHEDULE_SHORTFALL("recovery.schedule.shortfall", "scheduled", "shortfall"),
  /** The plan is refused; the next step is the 责令退回决定书 (三(四); I-16). Values: amount. */
  RECOVERY_SCHEDULE_REFUSED("recovery.schedule.refused", "amount"),
  /** The recovery is on track (三(四)). Values: asOf, dueToDate, recovered, balance. */
  RECOVERY_STATE_ON_TRACK("recovery.state.ontrack", "asOf", "dueToDate", "recovered", "balance"),
  /**
   * The recovery is in arrears (三(四)). Values: asOf, dueToDate, recovered, arrears, since, balance.
   */
  RECOVERY_STATE_ARREARS(
      "recovery.state.arrears", "asOf", "dueToDate", "recovered", "arrears", "since", "balance"),
  /** The debt is recovered (三(四)). Values: asOf, recovered. */
  RECOVERY_STATE_CLEARED("recovery.state.cleared", "asOf", "recovered"),
  /** A broken agreement puts the debt on the ladder (三(四); I-16). Values: since, outstanding. */
  RECOVERY_LADDER_BROKEN("recovery.ladder.broken", "since", "outstanding"),
  /**
   * Nothing left to deduct puts the debt on the ladder (三(四); I-16). Values: since, outstanding.
   */
  RECOVERY_LADDER_NO_DEDUCTION("recovery.ladder.nodeduction", "since", "outstanding"),
  /** A refused plan puts the debt on the ladder (三(四); I-16). Values: since, outstanding. */
  RECOVERY_LADDER_REFUSED("recovery.ladder.refused", "since", "outstanding"),
  /**
   * The decision was served; the next step is the 催告 (三(四); I-16, I-17). Values: served, latest.
   */
  RECOVERY_LADDER_REMINDER("recovery.ladder.reminder", "served", "latest"),
  /**
   * The 催告书 was served; the next step is the court (三(四); I-16, I-17). Values: reminder, earliest,
   * latest.
   */
  RECOVERY_LADDER_COURT("recovery.ladder.court", "reminder", "earliest", "latest"),
  /** The court can no longer be applied to (三(四); I-17). Values: asOf, latest. */
  RECOVERY_LADDER_CLOSED("recovery.ladder.closed", "asOf", "latest"),
  /**
   * A statutory holiday of a year whose notice is not yet published, projected from 第二条 of
   * 《全国年节及纪念日放假办法》 and skipped (I-5, I-2). Values: date, festival, decree.
   */
  CALENDAR_PROVISIONAL_HOLIDAY_SKIPPED(
      "calendar.provisional.holiday.skipped", "date", "festival", "decree"),
  /**
   * The result is provisional: a year it depends on has no published holiday notice, so its days
   * are the statutory holidays of the 放假办法 in force (第二条) and weekends, with no 补假 (第六条) or 调休
   * (第七条) projected (I-5). Values: year, decree, article, notProjected, latestNotice,
   * lastNoticeYear.
   */
  CALENDAR_PROVISIONAL_YEAR(
      "calendar.provisional.year",
      "year",
      "decree",
      "article",
      "notProjected",
      "latestNotice",
      "lastNoticeYear"),
  /**
   * A stop event's report deadline that cannot be answered yet; the ledger's months are answered
   * (一(五); I-5). Values: eventDate, reason.
   */
  BENEFIT_REPORT_PENDING("benefit.ledger.report.pending", "eventDate", "reason"),
  /**
   * The window to apply to the court cannot be answered yet; the 复议 and 诉讼 deadlines are answered
   * (I-17, I-5). Values: litigationDeadline, reason.
   */
  ENFORCEMENT_COURT_WINDOW_PENDING("enforcement.court.pending", "litigationDeadline", "reason"),
  /**
   * The decision was served; the next step is the 催告; the last day to apply to the court is pending
   * (三(四); I-16, I-17, I-5). Values: served, litigationDeadline.
   */
  RECOVERY_LADDER_REMINDER_WINDOW_PENDING(
      "recovery.ladder.reminder.pending", "served", "litigationDeadline");

  private final String key;
  private final ImmutableList<String> valueNames;

  StepCode(String key, String... valueNames) {
    this.key = key;
    this.valueNames = ImmutableList.copyOf(valueNames);
  }

  /**
   * The stable key: the JSON form and the resource-bundle key of the step's text.
   *
   * @return e.g. {@code "deadline.review.start"}
   */
  public String key() {
    return key;
  }

  /**
   * The names of the values a step of this kind carries, in the order they are recorded.
   *
   * @return the value names, e.g. {@code [receiptDate, clockStart]}
   */
  public ImmutableList<String> valueNames() {
    return valueNames;
  }

  /**
   * The code with the given key.
   *
   * @param key a key such as {@code "deadline.review.start"}
   * @return the code
   * @throws InvalidInputException if no code has that key
   */
  public static StepCode ofKey(String key) {
    Checks.requireNonNull("key", key);
    for (StepCode code : values()) {
      if (code.key.equals(key)) {
        return code;
      }
    }
    throw InvalidInputException.of("code", '"' + key + '"', "is not a known explanation step code");
  }
}
