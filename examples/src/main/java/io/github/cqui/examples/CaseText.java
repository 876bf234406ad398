package io.github.cqui.examples;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.control.BenefitOverlap;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.OtherBenefitStop;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.premium.PendingMonth;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.RefusedMonth;
import io.github.cqui.rules.premium.ReimbursedMonth;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import io.github.cqui.rules.recovery.ScheduleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A case as a readable text report: the review deadline with its explanation, the ledger as a
 * table, the end of the claim, the report deadline of each stop event, the totals, and the ledger's
 * explanation, in Chinese, English or both. Stateless and thread-safe.
 *
 * <p>Columns are padded by display width, a Chinese character counting as two columns, so the table
 * lines up in a terminal with a monospaced font.
 */
final class CaseText {

  private static final String NL = System.lineSeparator();
  private static final String RULE = "=".repeat(100) + NL;

  /** Column widths of the ledger table, in display columns. */
  private static final int[] WIDTHS = {8, 18, 10, 10, 10, 10};

  private final Language lang;
  private final StringBuilder out = new StringBuilder();

  private CaseText(Language lang) {
    this.lang = lang;
  }

  /**
   * The report of one case.
   *
   * @param source the case file's name, for the title
   * @param file the case as read
   * @param result what the rules made of it
   * @param lang the language of the labels and explanations
   * @return the report, ending with a line break
   */
  static String render(String source, CaseFile file, CaseResult result, Language lang) {
    CaseText text = new CaseText(lang);
    text.title(source);
    if (result.review().isPresent()) {
      text.review(result.review().get());
    } else {
      text.reviewPending(file.application(), result.reviewPending().orElseThrow());
    }
    text.ledger(file.claim(), result.ledger());
    text.end(result.ledger());
    text.stopEvents(result.ledger());
    text.totals(result.ledger());
    text.heading(text.t("Explanation of the ledger", "台账说明"));
    text.explanation(result.ledger().explanation());
    result.premium().ifPresent(text::premium);
    result.recovery().ifPresent(schedule -> text.recovery(schedule, result.recoveryStatus()));
    result.risk().ifPresent(text::risk);
    result.concurrentBenefits().ifPresent(text::concurrent);
    return text.out.toString();
  }

  private void title(String source) {
    out.append(t("Case report", "案件报告"))
        .append(": ")
        .append(source)
        .append(NL)
        .append(
            t(
                "Chongqing unemployment insurance, 渝人社办〔2025〕112号 (in force 2025-08-01)",
                "重庆市失业保险，渝人社办〔2025〕112号（2025-08-01起施行）"))
        .append(NL)
        .append(RULE);
  }

  private void review(ReviewDeadline review) {
    heading(t("Review of the benefit application", "失业保险金申领审核"));
    ReviewRequest request = review.request();
    field(
        t("received", "收到申请"),
        request.receiptDate() + request.receiptTime().map(at -> " " + at).orElse(""));
    if (!review.deemedReceipt().equals(request.receiptDate())) {
      field(t("deemed received", "视为收到"), review.deemedReceipt().toString());
    }
    field(
        t("review deadline", "审核期限届满"),
        review.lastDay()
            + " ("
            + t(
                review.workingDays() + " working days counted from " + review.clockStart(),
                "自" + review.clockStart() + "起算" + review.workingDays() + "个工作日")
            + ")");
    field(t("rest days skipped", "跳过的休息日"), Integer.toString(review.restDaysPassed().size()));
    heading(t("Explanation of the review deadline", "审核期限说明"));
    explanation(review.explanation());
  }

  /** I-5: the review deadline needs a year whose holiday notice is not loaded. */
  private void reviewPending(ReviewRequest request, Pending pending) {
    heading(t("Review of the benefit application", "失业保险金申领审核"));
    field(
        t("received", "收到申请"),
        request.receiptDate() + request.receiptTime().map(at -> " " + at).orElse(""));
    field(t("review deadline", "审核期限届满"), t("pending", "待定"));
    pending(pending);
    out.append("    ").append(pending.reason()).append(NL);
  }

  private void ledger(ClaimHistory claim, BenefitLedger ledger) {
    heading(t("Benefit ledger", "失业保险金发放台账"));
    field(t("registered as unemployed", "失业登记"), claim.registrationDate().toString());
    field(
        t("entitlement", "应享受待遇"),
        t(
            ledger.entitlementMonths() + " months from " + ledger.startMonth(),
            "自" + ledger.startMonth() + "起" + ledger.entitlementMonths() + "个月"));
    field(t("tier of the place of claim", "领金地类别"), claim.tier().name());
    field(t("verification record through", "资格核验记录截至"), claim.recordedThrough().toString());
    field(t("statutory retirement age reached", "达到法定退休年龄"), ledger.retirementMonth().toString());
    out.append(NL);
    if (lang != Language.ZH) {
      row("month", "status", "due", "actual", "overpaid", "used/left", "notes");
    }
    if (lang != Language.EN) {
      row("月份", "状态", "应发", "实发", "多发", "已用/剩余", "备注");
    }
    boolean projected = false;
    boolean extension = false;
    for (LedgerLine line : ledger.lines()) {
      List<String> notes = new ArrayList<>();
      if (line.projected()) {
        notes.add(t("projected", "预计"));
        projected = true;
      }
      if (line.extension()) {
        notes.add(t("extension", "延长发放"));
        extension = true;
      }
      row(
          line.month().toString(),
          status(line.status()),
          line.due().toString(),
          line.actual().map(Money::toString).orElse("-"),
          line.overpayment().toString(),
          line.monthsUsed() + "/" + line.monthsLeft(),
          String.join(", ", notes));
    }
    if (projected) {
      out.append("  ")
          .append(
              t(
                  "projected: after the verification record (through "
                      + claim.recordedThrough()
                      + "), assumed verified",
                  "预计：资格核验记录（截至" + claim.recordedThrough() + "）之后的月份，按已核验推算"))
          .append(NL);
    }
    if (extension) {
      out.append("  ")
          .append(
              t(
                  "extension: paid beyond the entitlement up to retirement age (I-11)",
                  "延长发放：待遇期满后继续发放至法定退休年龄（I-11）"))
          .append(NL);
    }
  }

  private void end(BenefitLedger ledger) {
    heading(t("End of the claim", "待遇终止"));
    field(t("reason", "终止原因"), ledger.endReason().name() + " — " + reason(ledger));
    field(
        t("last paid month", "最后发放月份"),
        ledger.lastPaidMonth().map(Object::toString).orElse(t("none", "无")));
    field(t("months used", "已享受月数"), Integer.toString(ledger.monthsUsed()));
    field(t("months left", "剩余月数"), Integer.toString(ledger.monthsLeft()));
    field(t("months suspended", "暂停发放月数"), Integer.toString(ledger.suspendedMonths()));
    if (ledger.notPayableMonths() > 0) {
      field(t("months not payable", "不予发放月数"), Integer.toString(ledger.notPayableMonths()));
    }
    if (ledger.extensionMonths() > 0) {
      field(t("months of extension", "延长发放月数"), Integer.toString(ledger.extensionMonths()));
    }
  }

  private String reason(BenefitLedger ledger) {
    return switch (ledger.endReason()) {
      case ENTITLEMENT_EXHAUSTED -> t("every month of entitlement is paid", "应享受待遇月数已全部发放");
      case STOP_EVENT -> {
        StopEvent event = ledger.endEvent().orElseThrow();
        yield t(
            "stop event " + event.type().name() + " on " + event.date(),
            event.date() + "发生停止领取情形（" + event.type().chineseName() + "）");
      }
      case RETIREMENT_AGE ->
          t(
              "statutory retirement age reached in " + ledger.retirementMonth(),
              ledger.retirementMonth() + "达到法定退休年龄");
      case SUSPENSION_LAPSED -> t("suspended longer than the maximum (I-8)", "暂停发放超过最长期限（I-8）");
      case NOT_REPORTING ->
          t(
              "verification missed two months running, regulation art 20(6) applied (I-6)",
              "连续两个月未进行资格核验，适用条例第二十条第（六）项（I-6）");
    };
  }

  private void stopEvents(BenefitLedger ledger) {
    heading(t("Stop events and their report deadlines", "停止领取情形及告知期限"));
    if (ledger.reportDeadlines().isEmpty() && ledger.pendingReportDeadlines().isEmpty()) {
      out.append("  ").append(t("none", "无")).append(NL);
    }
    for (ReportDeadline report : ledger.reportDeadlines()) {
      String date = report.event().eventDate().toString();
      // I-5: a deadline in a year whose notice is not yet published says so
      String provisionalEn =
          report.isProvisional()
              ? ", provisional: no " + years(report) + " holiday notice yet"
              : "";
      String provisionalZh = report.isProvisional() ? "，暂定（" + years(report) + "年放假安排通知尚未发布）" : "";
      out.append("  ")
          .append(date)
          .append(' ')
          .append(
              t(
                  report.event().eventType().name()
                      + ": report by "
                      + report.lastDay()
                      + " ("
                      + report.workingDays()
                      + " working days)"
                      + provisionalEn,
                  report.event().eventType().chineseName()
                      + "：应于"
                      + report.lastDay()
                      + "前告知经办机构（"
                      + report.workingDays()
                      + "个工作日）"
                      + provisionalZh))
          .append(NL);
    }
    // I-5: a deadline that needs a year whose holiday notice is not loaded
    for (PendingReportDeadline pending : ledger.pendingReportDeadlines()) {
      out.append("  ")
          .append(pending.event().eventDate().toString())
          .append(' ')
          .append(
              t(
                  pending.event().eventType().name()
                      + ": report deadline pending, no "
                      + pending.pending().year()
                      + " holiday notice loaded",
                  pending.event().eventType().chineseName()
                      + "：告知期限暂未确定（"
                      + pending.pending().year()
                      + "年放假安排通知未载入）"))
          .append(NL);
      pending(pending.pending());
    }
  }

  private static String years(ReportDeadline report) {
    return report.provisionalYears().stream()
        .map(year -> String.valueOf(year.year()))
        .collect(java.util.stream.Collectors.joining("、"));
  }

  private void totals(BenefitLedger ledger) {
    heading(t("Totals", "合计"));
    field(t("due", "应发"), ledger.totalDue().toString());
    field(t("overpayment", "多发"), ledger.totalOverpayment().toString());
  }

  /**
   * The explanation in each language of the report, one numbered step a line; under a "English:"
   * and a "中文：" line when the report is in both.
   */
  private void explanation(Explanation explanation) {
    String indent = lang == Language.BOTH ? "    " : "  ";
    for (Locale locale : lang.locales()) {
      if (lang == Language.BOTH) {
        out.append("  ").append(locale.getLanguage().equals("zh") ? "中文：" : "English:").append(NL);
      }
      int n = 1;
      for (ExplanationStep step : explanation.steps()) {
        out.append(indent).append(n++).append(". ").append(step.render(locale)).append(NL);
      }
    }
  }

  // ---- the optional sections ----

  private void premium(PremiumReimbursement premium) {
    heading(t("Medical-premium reimbursement (一(三))", "职工医保费报销（一(三)）"));
    field(t("applied", "申请日期"), premium.applicationDate().toString());
    out.append(NL);
    plainRow(
        t("month", "月份"),
        t("receipt", "票据"),
        t("actual", "实缴"),
        t("standard", "代缴标准"),
        t("reimbursed", "报销"));
    for (ReimbursedMonth month : premium.reimbursed()) {
      plainRow(
          month.month().toString(),
          month.receipt(),
          month.actual().toString(),
          month.standard() + " (" + t("from ", "自") + month.standardFrom() + ")",
          month.reimbursed() + " " + month.basis().name());
    }
    for (RefusedMonth month : premium.refused()) {
      plainRow(
          month.month().toString(),
          month.receipts().isEmpty()
              ? "-"
              : String.join(", ", month.receipts().stream().map(r -> r.reference()).toList()),
          "-",
          "-",
          t("refused: ", "不予报销：") + month.reason().name());
    }
    for (PendingMonth month : premium.pending()) {
      plainRow(
          month.month().toString(),
          month.receipt(),
          month.actual().toString(),
          "-",
          t("pending: ", "待定：") + month.reason().name());
    }
    field(t("total actually paid", "实缴合计"), premium.totalActual().toString());
    field(t("total at the standard", "代缴标准合计"), premium.totalStandard().toString());
    field(t("total reimbursed", "报销合计"), premium.totalReimbursed().toString());
    heading(t("Explanation of the reimbursement", "报销说明"));
    explanation(premium.explanation());
  }

  private void recovery(RecoverySchedule schedule, Optional<RecoveryStatus> status) {
    heading(t("Recovery of the overpayment (三(四))", "多发待遇追回（三(四)）"));
    field(t("debt established", "债务确定日"), schedule.debt().establishedOn().toString());
    field(
        t("months overpaid", "多发月份"),
        String.join(
            ", ",
            schedule.debt().months().stream().map(m -> m.month() + " " + m.amount()).toList()));
    field(t("debt", "应追回"), schedule.debt().total().toString());
    field(t("outcome", "计划结果"), schedule.outcome().name());
    out.append(NL);
    plainRow(
        t("no.", "序号"), t("source", "方式"), t("due", "到期日"), t("amount", "金额"), t("balance", "余额"));
    for (ScheduleLine line : schedule.lines()) {
      plainRow(
          Integer.toString(line.sequence()),
          line.source().name(),
          line.dueDate().toString(),
          line.amount().toString(),
          line.balanceAfter().toString());
    }
    field(t("scheduled", "已安排"), schedule.scheduled().toString());
    if (!schedule.shortfall().isZero()) {
      field(t("shortfall", "无法追回"), schedule.shortfall().toString());
    }
    schedule.nextStep().ifPresent(next -> field(t("next step", "下一步"), next.name()));
    heading(t("Explanation of the recovery schedule", "追回计划说明"));
    explanation(schedule.explanation());
    if (status.isPresent()) {
      RecoveryStatus state = status.get();
      heading(t("State of the recovery on ", "追回情况，截至") + state.asOf());
      field(t("state", "状态"), state.state().name());
      field(t("due to date", "截至应还"), state.dueToDate().toString());
      field(t("recovered", "已追回"), state.recovered().toString());
      field(t("balance", "余额"), state.balance().toString());
      field(
          t("arrears", "欠还"),
          state.arrears()
              + state.arrearsSince().map(d -> " (" + t("since ", "自") + d + ")").orElse(""));
      state
          .ladder()
          .ifPresent(
              ladder ->
                  field(
                      t("ladder", "追回阶梯"),
                      ladder.trigger().name()
                          + ", "
                          + t("since ", "自")
                          + ladder.since()
                          + ", "
                          + t("outstanding ", "未还 ")
                          + ladder.outstanding()
                          + ladder.nextStep().map(n -> ", " + t("next: ", "下一步：") + n).orElse("")));
      heading(t("Explanation of the state of the recovery", "追回情况说明"));
      explanation(state.explanation());
    }
  }

  private void risk(ShortContributionRisk risk) {
    heading(t("Short-contribution risk (三(一))", "短期缴费风险（三(一)）"));
    field(t("assessment", "评估结果"), risk.assessment().name());
    field(
        t("last unbroken run", "最近连续缴费"),
        t(risk.lastRunMonths() + " months", risk.lastRunMonths() + "个月")
            + (risk.lastRun().isEmpty()
                ? ""
                : " ("
                    + risk.lastRun().get(0).month()
                    + ".."
                    + risk.lastRun().get(risk.lastRun().size() - 1).month()
                    + ")")
            + risk.thresholdMonths()
                .map(m -> t(", threshold " + m + " months", "，阈值" + m + "个月"))
                .orElse(""));
    if (!risk.requestedEvidence().isEmpty()) {
      field(
          t("evidence requested", "需补充材料"),
          String.join(", ", risk.requestedEvidence().stream().map(Enum::name).toList()));
    }
    heading(t("Explanation of the risk assessment", "风险评估说明"));
    explanation(risk.explanation());
  }

  private void concurrent(ConcurrentBenefits concurrent) {
    heading(t("Concurrent benefits (一(五))", "待遇重复享受（一(五)）"));
    if (concurrent.overlaps().isEmpty()) {
      out.append("  ").append(t("no overlap", "无重叠")).append(NL);
    }
    for (BenefitOverlap overlap : concurrent.overlaps()) {
      out.append("  ")
          .append(overlap.month())
          .append(' ')
          .append(
              String.join(
                  ", ", overlap.periods().stream().map(p -> p.kind().name()).distinct().toList()))
          .append(": ")
          .append(overlap.consequence().name())
          .append(", ")
          .append(t("overpaid ", "多发 "))
          .append(overlap.overpayment())
          .append(NL);
    }
    for (OtherBenefitStop stop : concurrent.stops()) {
      out.append("  ")
          .append(stop.event().date())
          .append(' ')
          .append(stop.period().kind().name())
          .append(": ")
          .append(t("last payable month ", "最后可发放月份 "))
          .append(stop.lastPayableMonth());
      stop.reportDeadline()
          .ifPresent(r -> out.append(", ").append(t("report by ", "告知期限 ")).append(r.lastDay()));
      out.append(NL);
      stop.reportDeadlinePending().ifPresent(p -> pending(p));
    }
    field(t("total overpaid", "多发合计"), concurrent.totalOverpayment().toString());
    heading(t("Explanation of the concurrent-benefits check", "待遇重复享受核查说明"));
    explanation(concurrent.explanation());
  }

  /**
   * I-5: a part that waits for a year's holiday notice, as such: the year, the notice it waits for,
   * the remedies.
   */
  private void pending(Pending pending) {
    String remediesEn =
        String.join(
            "; or ",
            pending.remedies().stream()
                .map(
                    r ->
                        switch (r) {
                          case LOAD_HOLIDAY_NOTICE ->
                              "load the " + pending.year() + " notice with --holidays FILE";
                          case PROVISIONAL_COVERAGE_MODE ->
                              "answer provisionally with --provisional";
                          case ADD_POLICY_EDITION -> "add the policy edition in force";
                        })
                .toList());
    String remediesZh =
        String.join(
            "；或",
            pending.remedies().stream()
                .map(
                    r ->
                        switch (r) {
                          case LOAD_HOLIDAY_NOTICE ->
                              "以 --holidays FILE 载入" + pending.year() + "年通知";
                          case PROVISIONAL_COVERAGE_MODE -> "以 --provisional 暂定作答";
                          case ADD_POLICY_EDITION -> "补充有效的政策版本";
                        })
                .toList());
    String waits =
        pending.cause() == PendingCause.HOLIDAY_NOTICE_NOT_LOADED
            ? t(
                "PENDING: waits for the "
                    + pending.year()
                    + " holiday notice (latest loaded: "
                    + pending.latestNotice().orElse("")
                    + ")",
                "待定：等待"
                    + pending.year()
                    + "年放假安排通知（已载入的最新通知："
                    + pending.latestNotice().orElse("")
                    + "）")
            : t(
                "PENDING: no policy edition in force on " + pending.date(),
                "待定：" + pending.date() + "无有效政策版本");
    out.append("    ").append(waits).append(NL);
    out.append("    ").append(t("remedies: " + remediesEn, "办法：" + remediesZh)).append(NL);
  }

  /** A row of a small table, cells separated by two spaces, padded by display width. */
  private void plainRow(String... cells) {
    int[] widths = {8, 14, 10, 26, 0};
    StringBuilder row = new StringBuilder("  ");
    for (int i = 0; i < cells.length; i++) {
      row.append(padRight(cells[i], i < widths.length ? widths[i] : 0)).append("  ");
    }
    out.append(row.toString().stripTrailing()).append(NL);
  }

  private String status(LedgerStatus status) {
    String zh =
        switch (status) {
          case PAID -> "发放";
          case SUSPENDED -> "暂停发放";
          case NOT_PAYABLE -> "不予发放";
          case STOPPED -> "停止发放";
        };
    return switch (lang) {
      case ZH -> zh;
      case EN -> status.name();
      case BOTH -> status.name() + " " + zh;
    };
  }

  private void heading(String heading) {
    out.append(NL).append(heading).append(NL);
  }

  private void field(String label, String value) {
    out.append("  ").append(label).append(": ").append(value).append(NL);
  }

  /** One table row: month and status left-aligned, amounts and counts right-aligned. */
  private void row(String... cells) {
    StringBuilder row = new StringBuilder("  ");
    row.append(padRight(cells[0], WIDTHS[0])).append(' ');
    row.append(padRight(cells[1], WIDTHS[1])).append(' ');
    for (int i = 2; i < 6; i++) {
      row.append(padLeft(cells[i], WIDTHS[i])).append(' ');
    }
    row.append(' ').append(cells[6]);
    out.append(row.toString().stripTrailing()).append(NL);
  }

  private String t(String en, String zh) {
    return lang.text(en, zh);
  }

  private static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - displayWidth(text)));
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
  }

  /** Columns a monospaced terminal gives the text: two for a CJK or full-width character. */
  static int displayWidth(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
