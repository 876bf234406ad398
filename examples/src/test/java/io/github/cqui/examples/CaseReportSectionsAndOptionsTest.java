package io.github.cqui.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.PendingCause;
import io.github.cqui.rules.PendingRemedy;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import io.github.cqui.rules.recovery.RecoveryState;
import io.github.cqui.rules.recovery.ScheduleLine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case report's optional sections (premium 一(三), recovery 三(四), controls 三(一) and 一(五)) and its
 * command-line options (--holidays and --coverage, I-5; --office-hours-cutoff, I-1; --lang for
 * every command; --help). Expected values are worked out by hand in the comments from the sample
 * files; the samples' standards are illustrative (cases/README.md).
 */
class CaseReportSectionsAndOptionsTest {

  private static final Chongqing RULES = Chongqing.rules();
  private static final String NL = System.lineSeparator();
  private static final JsonMapper PLAIN =
      JsonMapper.builder().addModule(new CquiJackson3Module()).build();

  private final CaseReportConsole console = new CaseReportConsole(RULES);

  @TempDir Path dir;

  /** The output with runs of spaces collapsed, so table rows compare cell by cell. */
  private String squeezed() {
    return console.out().replaceAll(" {2,}", " ");
  }

  private static String resource(String name) {
    URL url = Objects.requireNonNull(CaseReport.class.getResource(name), name);
    try {
      return Paths.get(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String SECTIONS = resource("/cases/recovery-and-controls.json");
  private static final String NEW_YEAR = resource("/cases/new-year-2027.json");
  private static final String HOLIDAYS_2027 = resource("/holidays/illustrative-2027.json");

  private CaseResult json(String... args) {
    assertThat(console.run(args)).as(console.err()).isZero();
    return PLAIN.readValue(console.out(), CaseResult.class);
  }

  // ---- issue 8: premium reimbursement and recovery schedule ----

  @Test
  void premium一三_eachMonthIsTheLowerOfActualAndStandardAndANotPayableMonthIsRefused() {
    // Receipt YB-2025-Q4, 1,500.00 for 2025-10..12, splits 500.00 a month (I-24). Standard 520.00
    // from 2025-01: 2025-10 and 2025-11 get 500.00 as paid. 2025-12 is a 灵活就业社保补贴 month
    // (claim.subsidyPeriods, I-15): NOT_PAYABLE, so no premium (I-12). YB-2026-01, 480.00, over the
    // 2026 standard 450.00: 450.00. Total 500 + 500 + 450 = 1,450.00.
    assertThat(console.run("case", SECTIONS, "--lang", "en")).as(console.err()).isZero();
    assertThat(squeezed())
        .contains("Medical-premium reimbursement (一(三))")
        .contains(" 2025-10 YB-2025-Q4 500.00 520.00 (from 2025-01) 500.00 ACTUAL_PAID")
        .contains(" 2025-11 YB-2025-Q4 500.00 520.00 (from 2025-01) 500.00 ACTUAL_PAID")
        .contains(" 2026-01 YB-2026-01 480.00 450.00 (from 2026-01) 450.00 STANDARD")
        .contains(" 2025-12 YB-2025-Q4 - - refused: NOT_PAYABLE")
        .contains("total reimbursed: 1450.00");
    CaseResult result = json("case", SECTIONS, "--json");
    assertThat(result.premium().orElseThrow().totalReimbursed()).isEqualTo(Money.ofYuan("1450.00"));
  }

  @Test
  void recovery三四_sevenInstalmentsOfADebtThatDoesNotDivideBySevenAndTheArrears() {
    // Overpaid: 2025-12 (subsidy month, I-15), 2026-02 and 2026-03 (after re-employment on
    // 2026-01-12, I-14), 1,800.00 each: 5,400.00 = 540,000 fen; / 7 = 77,142 rest 6, the odd fen
    // on the first instalments: 6 × 771.43 + 771.42. Two paid by 2026-07-15; the third, due
    // 2026-07-10, is not: 771.43 in arrears since 2026-07-11, a broken agreement (三(四)).
    assertThat(console.run("case", SECTIONS, "--lang", "en")).as(console.err()).isZero();
    assertThat(squeezed())
        .contains("debt: 5400.00")
        .contains(" 1 INSTALMENT 2026-05-10 771.43 4628.57")
        .contains(" 6 INSTALMENT 2026-10-10 771.43 771.42")
        .contains(" 7 INSTALMENT 2026-11-10 771.42 0.00")
        .contains("state: IN_ARREARS")
        .contains("arrears: 771.43 (since 2026-07-11)")
        .contains("ladder: BROKEN_AGREEMENT");
    CaseResult result = json("case", SECTIONS, "--json");
    List<ScheduleLine> lines = result.recovery().orElseThrow().lines();
    assertThat(lines).hasSize(7);
    assertThat(lines.stream().map(ScheduleLine::amount).reduce(Money.zero(), Money::plus))
        .isEqualTo(Money.ofYuan("5400.00"));
    assertThat(result.recoveryStatus().orElseThrow().state()).isEqualTo(RecoveryState.IN_ARREARS);
    assertThat(result.recoveryStatus().orElseThrow().arrears()).isEqualTo(Money.ofYuan("771.43"));
  }

  @Test
  void theJsonOfEverySectionIsTheRulesOwnResult() {
    CaseFile file = CaseReport.sample("recovery-and-controls.json");
    CaseResult expected = CaseReport.report(file, RULES, "x");
    assertThat(json("case", SECTIONS, "--json")).isEqualTo(expected);
    assertThat(PLAIN.readTree(console.out()).propertyNames())
        .containsExactly(
            "review",
            "ledger",
            "premium",
            "recovery",
            "recoveryStatus",
            "risk",
            "concurrentBenefits");
  }

  // ---- issue 9: short-contribution risk and concurrent benefits ----

  @Test
  void risk三一_aLastRunOfThreeMonthsIsHighRiskAndTheSubsidyOverlap一五IsNotPayable() {
    // Contributions 2025-03..05 (A), none for 2025-06, 2025-07..09 (B); separated 2025-09-30,
    // applied 2025-10-10 (edition 2025-08-01: threshold 4 months). Last run 3 < 4: high risk.
    // otherBenefits: 灵活就业社保补贴 2025-11-01..30 overlaps the paid month 2025-11: not payable,
    // the 1,800.00 paid is to be recovered (I-15).
    assertThat(console.run("case", SECTIONS, "--lang", "en")).as(console.err()).isZero();
    assertThat(console.out())
        .contains("  assessment: HIGH_RISK")
        .contains("  last unbroken run: 3 months (2025-07..2025-09), threshold 4 months")
        .contains("LABOUR_CONTRACT")
        .contains("  2025-11 FLEXIBLE_EMPLOYMENT_SUBSIDY: NOT_PAYABLE, overpaid 1800.00")
        .contains("[渝人社办〔2025〕112号 三(一)");
    assertThat(console.run("case", SECTIONS, "--lang", "zh")).isZero();
    assertThat(console.out()).contains("短期缴费风险（三(一)）", "待遇重复享受（一(五)）", "劳动合同、工资流水");
    CaseResult result = json("case", SECTIONS, "--json");
    assertThat(result.risk().orElseThrow().assessment()).isEqualTo(RiskAssessment.HIGH_RISK);
    assertThat(result.concurrentBenefits().orElseThrow().overlaps())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.month()).isEqualTo(YearMonth.of(2025, 11));
              assertThat(o.consequence()).isEqualTo(OverlapConsequence.NOT_PAYABLE);
            });
  }

  // ---- issue 10: --holidays, --provisional, pending items ----

  @Test
  void i5_aReportDeadlineAcrossNewYear2027IsPendingWithoutThe2027NoticeAndADateWithIt() {
    // Re-employed 2026-12-10; 20 working days (一(五)): 12-11 is 1, 12-14..18 are 6, 12-21..25
    // 11, 12-28..31 15; 2027-01-01 is 元旦; 01-04..08 are 16..20 → 2027-01-08, once 2027 is known.
    assertThat(console.run("case", NEW_YEAR, "--lang", "en")).as(console.err()).isZero();
    assertThat(console.out())
        .contains(
            "  2026-12-10 RE_EMPLOYMENT: report deadline pending, no 2027 holiday notice loaded")
        .contains("    PENDING: waits for the 2027 holiday notice (latest loaded: 国办发明电〔2025〕7号)")
        .contains(
            "    remedies: load the 2027 notice with --holidays FILE; or answer provisionally with"
                + " --provisional")
        .contains("  last paid month: 2026-12")
        .doesNotContain("report by 2027");
    CaseResult pending = json("case", NEW_YEAR, "--json");
    assertThat(pending.ledger().pendingReportDeadlines())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pending().year()).isEqualTo(2027);
              assertThat(p.pending().remedies())
                  .containsExactly(
                      PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE);
            });

    assertThat(console.run("case", NEW_YEAR, "--lang", "en", "--holidays", HOLIDAYS_2027))
        .as(console.err())
        .isZero();
    assertThat(console.out())
        .contains("  2026-12-10 RE_EMPLOYMENT: report by 2027-01-08 (20 working days)" + NL)
        .doesNotContain("PENDING", "provisional");

    assertThat(console.run("case", NEW_YEAR, "--lang", "en", "--provisional"))
        .as(console.err())
        .isZero();
    assertThat(console.out())
        .contains(
            "  2026-12-10 RE_EMPLOYMENT: report by 2027-01-08 (20 working days), provisional: no"
                + " 2027 holiday notice yet");
    assertThat(console.run("case", NEW_YEAR, "--lang", "en", "--coverage", "provisional")).isZero();
    assertThat(console.out()).contains("provisional: no 2027 holiday notice yet");
  }

  @Test
  void i5_oneTwo_aReviewDeadlineAcrossNewYear2027IsPendingAndTheRestOfTheCaseIsAnswered()
      throws IOException {
    // The new-year case with its application received Thursday 2026-12-24: 7 working days after
    // (一(二)) are 12-25 (1), 12-28..31 (2..5), then 2027, whose notice is not loaded: the review is
    // pending on 2027-01-01, and the ledger is still answered (I-5: only the part that needs the
    // year). With the illustrative 2027 file (元旦 01-01, no 调休): 01-04 (6), 01-05 (7).
    Path file = dir.resolve("late-application.json");
    String json = Files.readString(Path.of(NEW_YEAR), StandardCharsets.UTF_8);
    Files.writeString(
        file,
        json.replace(
            "\"application\": {\"receivedOn\": \"2026-06-01\", \"receivedAt\": \"09:15\"}",
            "\"application\": {\"receivedOn\": \"2026-12-24\"}"),
        StandardCharsets.UTF_8);

    assertThat(console.run("case", file.toString(), "--lang", "en")).as(console.err()).isZero();
    assertThat(console.out())
        .contains("  received: 2026-12-24" + NL + "  review deadline: pending" + NL)
        .contains("    PENDING: waits for the 2027 holiday notice (latest loaded: 国办发明电〔2025〕7号)")
        .contains("  last paid month: 2026-12");
    CaseResult pending = json("case", file.toString(), "--json");
    assertThat(pending.review()).isEmpty();
    assertThat(pending.reviewPending().orElseThrow())
        .satisfies(
            p -> {
              assertThat(p.cause()).isEqualTo(PendingCause.HOLIDAY_NOTICE_NOT_LOADED);
              assertThat(p.date()).isEqualTo(LocalDate.of(2027, 1, 1));
              assertThat(p.remedies())
                  .containsExactly(
                      PendingRemedy.LOAD_HOLIDAY_NOTICE, PendingRemedy.PROVISIONAL_COVERAGE_MODE);
              assertThat(p.reason()).startsWith("review deadline").contains("2027");
            });
    assertThat(PLAIN.readTree(console.out()).propertyNames())
        .containsExactly("reviewPending", "ledger");
    // the same claim's ledger as with the application of 2026-06-01
    assertThat(pending.ledger()).isEqualTo(json("case", NEW_YEAR, "--json").ledger());

    CaseResult known = json("case", file.toString(), "--json", "--holidays", HOLIDAYS_2027);
    assertThat(known.reviewPending()).isEmpty();
    assertThat(known.review().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void i5_calendarQuestionsTakeHolidaysAndTheProvisionalModeToo() {
    // 10 working days after 2026-12-25: 12-28..31 are 4; 2027-01-01 元旦; 01-04..08 are 5..9;
    // 01-11 is 10.
    assertThat(console.run("plus", "2026-12-25", "10")).isEqualTo(2);
    assertThat(console.err()).contains("2027");
    assertThat(console.run("plus", "2026-12-25", "10", "--holidays", HOLIDAYS_2027, "--lang", "en"))
        .as(console.err())
        .isZero();
    assertThat(console.out())
        .startsWith("10 working days after 2026-12-25: 2027-01-11 (Monday, working day)")
        .doesNotContain("PROVISIONAL");
    assertThat(console.run("plus", "2026-12-25", "10", "--provisional", "--lang", "en")).isZero();
    assertThat(console.out())
        .contains("2027-01-11")
        .contains("PROVISIONAL: no 2027 holiday notice is loaded")
        .contains("国务院令第795号 第二条");
  }

  // ---- issue 11 ----

  @Test
  void helpPrintsTheUsageOnStandardOutputAndExitsZero() {
    assertThat(console.run("--help")).isZero();
    assertThat(console.out())
        .startsWith("usage: CaseReport")
        .contains("--holidays FILE", "--office-hours-cutoff HH:mm", "--provisional", "--lang");
    assertThat(console.err()).isEmpty();
  }

  @Test
  void langIsAcceptedForCalendarQuestionsAndDayWritesTheDateOnce() {
    assertThat(console.run("day", "2026-02-14", "--lang", "en")).as(console.err()).isZero();
    assertThat(console.out())
        .isEqualTo(
            "2026-02-14 (Saturday, make-up working day for Spring Festival, 国办发明电〔2025〕7号)" + NL);
    assertThat(console.run("day", "2026-02-14")).isZero();
    assertThat(console.out().split("2026-02-14", -1)).hasSize(3); // once per language
    assertThat(console.run("plus", "2025-09-25", "7", "--lang", "zh")).isZero();
    assertThat(console.out())
        .startsWith("2025-09-25后第7个工作日：2025-10-11（星期六，国庆节调休上班，国办发明电〔2024〕12号）")
        .doesNotContain("working day");
  }

  @Test
  void i1_theOfficeHoursCutoffMakesTheTimeOfReceiptCount() throws IOException {
    // received Friday 2025-10-10 at 17:45. No cut-off (the default): day 1 is the make-up
    // Saturday 10-11, 10-13..17 are 2..6, 10-20 is 7 → 2025-10-20. Cut-off 17:30: deemed received
    // 10-11 (a working day); 10-12 is Sunday; 10-13..17 are 1..5, 10-20 and 10-21 → 2025-10-21.
    assertThat(console.run("case", SECTIONS, "--lang", "en")).isZero();
    assertThat(console.out())
        .contains("  review deadline: 2025-10-20 (7 working days counted from 2025-10-11)");
    assertThat(console.run("case", SECTIONS, "--lang", "en", "--office-hours-cutoff", "17:30"))
        .isZero();
    assertThat(console.out())
        .contains("  deemed received: 2025-10-11")
        .contains("  review deadline: 2025-10-21");
    assertThat(console.run("case", SECTIONS, "--lang", "en", "--office-hours-cutoff=18:00"))
        .isZero();
    assertThat(console.out()).contains("  review deadline: 2025-10-20");
    // subsidyPeriods is in the sample, and the ledger reads it (I-15)
    assertThat(Files.readString(Paths.get(SECTIONS))).contains("\"subsidyPeriods\"");
    assertThat(console.run("case", SECTIONS, "--lang", "en")).isZero();
    assertThat(squeezed()).contains(" 2025-12 NOT_PAYABLE 0.00 1800.00 1800.00 2/7");
  }

  // ---- bad input: exit 2, the option or property and its value named, no stack trace ----

  private void refusedWith(String message, String... args) {
    assertThat(console.run(args)).as(String.join(" ", args)).isEqualTo(2);
    assertThat(console.out()).isEmpty();
    assertThat(console.err()).contains(message).doesNotContain("\tat ", "Exception");
  }

  @Test
  void badOptionsAreRefusedNamingTheOptionAndTheValue() {
    refusedWith(
        "--office-hours-cutoff = '25:00': not a time of day (HH:mm)",
        "day",
        "2026-02-14",
        "--office-hours-cutoff",
        "25:00");
    refusedWith(
        "--coverage = 'lenient': expected 'strict' or 'provisional'",
        "calendar",
        "--coverage",
        "lenient");
    refusedWith("--lang = 'fr'", "day", "2026-02-14", "--lang", "fr");
    refusedWith("unknown option '--yaml'", "case", SECTIONS, "--yaml");
    refusedWith("--holidays takes a value", "calendar", "--holidays");
    String missing = dir.resolve("no-such-2027.json").toString();
    refusedWith("--holidays: cannot be read", "day", "2027-01-01", "--holidays", missing);
    assertThat(console.err()).contains(missing);
  }

  @Test
  void badSectionsAreRefusedNamingTheProperty() throws IOException {
    String good = Files.readString(Paths.get(SECTIONS));
    Path file = dir.resolve("bad.json");
    Files.writeString(file, good.replace("\"amount\": \"480.00\"", "\"amount\": \"-480.00\""));
    refusedWith("premium.receipts[1].amount", "case", file.toString());
    assertThat(console.err()).contains("-480.00");
    Files.writeString(file, good.replace("\"count\": 7", "\"count\": 0"));
    refusedWith("recovery.plan.instalments.count", "case", file.toString());
    Files.writeString(
        file,
        good.replace("\"establishedOn\": \"2026-04-10\"", "\"establishedOn\": \"2025-10-10\""));
    refusedWith(
        "recovery.establishedOn = 2025-10-10: must not be before the month of an overpayment, 2025-12",
        "case",
        file.toString());
    // suspension.json paid every month as due: nothing to recover
    String suspension = Files.readString(Paths.get(resource("/cases/suspension.json")));
    int end = suspension.lastIndexOf('}');
    Files.writeString(
        file,
        suspension.substring(0, end)
            + ", \"recovery\": {\"establishedOn\": \"2026-05-10\", \"plan\": {\"lumpSumDue\":"
            + " \"2026-06-10\"}}}");
    refusedWith(
        "recovery.establishedOn = 2026-05-10: the claim's ledger shows nothing overpaid",
        "case",
        file.toString());
    Files.writeString(file, good.replace("\"applicationDate\": \"2026-01-20\",", ""));
    refusedWith("premium", "case", file.toString());
    assertThat(console.err()).contains("applicationDate");
    Files.writeString(file, good.replace("\"kind\": \"FLEXIBLE", "\"kind\": \"FLEXIBLE_X"));
    refusedWith("controls.otherBenefits[0].kind", "case", file.toString());
  }

  @Test
  void withoutArgumentsTheSampleReportIsStillFirst() {
    assertThat(console.run()).isZero();
    assertThat(console.out()).startsWith("Case report / 案件报告: cases/suspension.json");
    assertThat(LocalDate.parse("2025-10-11")).isNotNull();
  }
}
