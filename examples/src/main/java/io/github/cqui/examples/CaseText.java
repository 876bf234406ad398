package io.github.cqui.examples;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerLine;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.deadline.PendingReportDeadline;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    text.review(result.review());
    text.ledger(file.claim(), result.ledger());
    text.end(result.ledger());
    text.stopEvents(result.ledger());
    text.totals(result.ledger());
    text.heading(text.t("Explanation of the ledger", "台账说明"));
    text.explanation(result.ledger().explanation());
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
