package io.github.cqui.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code CaseReport case FILE}: each bundled sample gives the months, statuses, end of the claim
 * and overpayment worked out by hand below; {@code --json} reads back into the rules' own results;
 * bad case files are refused with exit status 2, naming the property.
 *
 * <p>The samples use illustrative benefit standards (tier 1 2,000.00 and tier 2 1,800.00 a month;
 * no official figure exists, see {@code cases/README.md}).
 */
class CaseFileReportTest {

  private static final Chongqing RULES = Chongqing.rules();

  private final CaseReportConsole console = new CaseReportConsole(RULES);

  @TempDir Path dir;

  /** The path of a bundled sample, as the build copied it. */
  private static String sample(String name) {
    URL url = Objects.requireNonNull(CaseReport.class.getResource("/cases/" + name), name);
    try {
      return Paths.get(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ledger table's rows, each cell separated by one space. */
  private List<String> rows() {
    List<String> rows = new ArrayList<>();
    for (String line : console.out().split("\\R")) {
      if (line.matches(" {2}\\d{4}-\\d{2} {2}.*")) {
        rows.add(line.strip().replaceAll(" +", " "));
      }
    }
    return rows;
  }

  @Test
  void suspensionTwoMissesSuspendAndAReVerificationResumes() {
    // received Thursday 2025-09-25: 7 working days from 09-26, skipping 09-27 and the National Day
    // and Mid-Autumn holidays 10-01..10-08, counting the make-up days 09-28 and 10-11 → 2025-10-11.
    // Claim: 12 months from 2025-09 at 2,000.00 (tier 1). Verified 2025-09 and 2025-10; 2025-11 and
    // 2025-12 missed → both paid, suspended from 2026-01 (一(四), I-8); 2026-01 missed again →
    // still suspended; verified 2026-02-09 → 2026-02 suspended, resumed from 2026-03. The record
    // runs to 2026-04; later months are projected as verified. 12 paid months, the 12th in 2026-10
    // (2025-09 + 11 months + 2 suspended). Every paid recorded month paid 2,000.00: no overpayment.
    assertThat(console.run("case", sample("suspension.json"), "--lang", "en")).isZero();
    assertThat(rows())
        .containsExactly(
            "2025-09 PAID 2000.00 2000.00 0.00 1/11",
            "2025-10 PAID 2000.00 2000.00 0.00 2/10",
            "2025-11 PAID 2000.00 2000.00 0.00 3/9",
            "2025-12 PAID 2000.00 2000.00 0.00 4/8",
            "2026-01 SUSPENDED 0.00 - 0.00 4/8",
            "2026-02 SUSPENDED 0.00 - 0.00 4/8",
            "2026-03 PAID 2000.00 2000.00 0.00 5/7",
            "2026-04 PAID 2000.00 2000.00 0.00 6/6",
            "2026-05 PAID 2000.00 - 0.00 7/5 projected",
            "2026-06 PAID 2000.00 - 0.00 8/4 projected",
            "2026-07 PAID 2000.00 - 0.00 9/3 projected",
            "2026-08 PAID 2000.00 - 0.00 10/2 projected",
            "2026-09 PAID 2000.00 - 0.00 11/1 projected",
            "2026-10 PAID 2000.00 - 0.00 12/0 projected");
    assertThat(console.out())
        .contains("  received: 2025-09-25 10:30")
        .contains("  review deadline: 2025-10-11 (7 working days counted from 2025-09-26)")
        .contains("  reason: ENTITLEMENT_EXHAUSTED — every month of entitlement is paid")
        .contains("  last paid month: 2026-10")
        .contains("  months used: 12", "  months left: 0", "  months suspended: 2")
        .contains("Stop events and their report deadlines\n  none".replace("\n", NL))
        .contains("  due: 24000.00", "  overpayment: 0.00")
        .contains(
            "Verification was missed two months running from 2025-11; both months are paid and"
                + " payment is suspended from 2026-01")
        .contains("Verified again on 2026-02-09; payment resumes from 2026-03.")
        .doesNotContain("中文");
    assertThat(console.err()).isEmpty();
  }

  @Test
  void reEmploymentMidClaimStopsPaymentAndWhatWasPaidAfterwardsIsOverpaid() {
    // received Friday 2025-10-10: day 1 is the make-up Saturday 10-11, then 10-13..10-17 and 10-20
    // → 2025-10-20. Claim: 9 months from 2025-10 at 1,800.00 (tier 2), verified every month to
    // 2026-01. Re-employed 2026-01-12: the event month is paid (I-14), payment stops from 2026-02;
    // 4 months used, 5 left. 1,800.00 was still paid for 2026-02 and 2026-03: 2 × 1,800.00 =
    // 3,600.00 overpaid (三(四)). Report within 20 working days (一(五)): 01-13..01-30 is 14, then
    // 02-02..02-06 is 19, and 02-09 the 20th → 2026-02-09.
    assertThat(console.run("case", sample("re-employment.json"), "--lang", "en")).isZero();
    assertThat(rows())
        .containsExactly(
            "2025-10 PAID 1800.00 1800.00 0.00 1/8",
            "2025-11 PAID 1800.00 1800.00 0.00 2/7",
            "2025-12 PAID 1800.00 1800.00 0.00 3/6",
            "2026-01 PAID 1800.00 1800.00 0.00 4/5",
            "2026-02 STOPPED 0.00 1800.00 1800.00 4/5",
            "2026-03 STOPPED 0.00 1800.00 1800.00 4/5");
    assertThat(console.out())
        .contains("  review deadline: 2025-10-20 (7 working days counted from 2025-10-11)")
        .contains("  reason: STOP_EVENT — stop event RE_EMPLOYMENT on 2026-01-12")
        .contains("  last paid month: 2026-01", "  months used: 4", "  months left: 5")
        .contains("  2026-01-12 RE_EMPLOYMENT: report by 2026-02-09 (20 working days)")
        .contains("  due: 7200.00", "  overpayment: 3600.00")
        .contains("2026-02: 1800.00 paid where 0.00 was due; 1800.00 was overpaid.");
  }

  @Test
  void nearRetirementTheExtensionPaysOnToRetirementAge() {
    // received Tuesday 2025-12-30 (16:20; no office-hours cut-off by default, I-1): 12-31 is day
    // 1, 01-01..01-03 New Year holidays, the make-up Sunday 01-04 is day 2, 01-05..01-09 days 3–7
    // → 2026-01-09. A woman originally retiring at 50, born 1976-01: 12 birth months after 1975-01
    // → 12 / 2 + 1 = 7 months' delay → retirement age in 1976-01 + 50 years + 7 months = 2026-08.
    // 6 months from 2025-12 run out in 2026-05, 3 months before it: paid on under the extension
    // (I-11) for 2026-06, 07 and 08 (the retirement month is paid, I-10); 2026-09 stopped.
    // 9 × 2,000.00 = 18,000.00 due.
    assertThat(console.run("case", sample("near-retirement.json"), "--lang", "en")).isZero();
    assertThat(rows())
        .containsExactly(
            "2025-12 PAID 2000.00 - 0.00 1/5",
            "2026-01 PAID 2000.00 - 0.00 2/4",
            "2026-02 PAID 2000.00 - 0.00 3/3",
            "2026-03 PAID 2000.00 - 0.00 4/2 projected",
            "2026-04 PAID 2000.00 - 0.00 5/1 projected",
            "2026-05 PAID 2000.00 - 0.00 6/0 projected",
            "2026-06 PAID 2000.00 - 0.00 6/0 projected, extension",
            "2026-07 PAID 2000.00 - 0.00 6/0 projected, extension",
            "2026-08 PAID 2000.00 - 0.00 6/0 projected, extension",
            "2026-09 STOPPED 0.00 - 0.00 6/0");
    assertThat(console.out())
        .contains("  review deadline: 2026-01-09 (7 working days counted from 2025-12-31)")
        .contains("  statutory retirement age reached: 2026-08")
        .contains("  reason: RETIREMENT_AGE — statutory retirement age reached in 2026-08")
        .contains("  last paid month: 2026-08", "  months of extension: 3")
        .contains("  due: 18000.00", "  overpayment: 0.00");
  }

  @Test
  void theReportIsInBothLanguagesByDefaultWithEveryStepOfBothExplanations() throws IOException {
    String file = sample("suspension.json");
    assertThat(console.run("case", file)).isZero();
    CaseResult expected = expected(file);
    assertThat(console.out())
        .contains("Review of the benefit application / 失业保险金申领审核")
        .contains("  2026-01  SUSPENDED 暂停发放")
        .contains(
            "  reason / 终止原因: ENTITLEMENT_EXHAUSTED — every month of entitlement is paid / 应享受待遇月数已全部发放")
        .contains("自2025-11起连续两个月未进行资格核验，该两个月照发，自2026-01起暂停发放")
        .contains("English:", "中文：");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (String step : expected.ledger().explanation().render(locale).split("\n")) {
        assertThat(console.out()).contains(step);
      }
      for (String step : expected.review().orElseThrow().explanation().render(locale).split("\n")) {
        assertThat(console.out()).contains(step);
      }
    }
  }

  @Test
  void theReportInChineseAlone() {
    assertThat(console.run("case", sample("re-employment.json"), "--lang=zh")).isZero();
    assertThat(console.out())
        .contains("  2026-02  停止发放")
        .contains("  终止原因: STOP_EVENT — 2026-01-12发生停止领取情形（重新就业）")
        .contains("  2026-01-12 重新就业：应于2026-02-09前告知经办机构（20个工作日）")
        .contains("  多发: 3600.00")
        .contains("2026-01-12发生停止领取情形（重新就业），最后发放月份为2026-01。")
        .doesNotContain("STOPPED", "English:", "overpaid");
  }

  @Test
  void everyColumnLinesUpWhateverTheLanguage() {
    for (String lang : List.of("zh", "en", "both")) {
      assertThat(console.run("case", sample("near-retirement.json"), "--lang", lang)).isZero();
      List<Integer> widths = new ArrayList<>();
      for (String line : console.out().split("\\R")) {
        if (line.matches(" {2}\\d{4}-\\d{2} {2}.*")) {
          // the used/left column ends at the same display column on every row
          widths.add(CaseText.displayWidth(line.substring(0, line.indexOf('/') + 2)));
        }
      }
      assertThat(widths).as(lang).hasSize(10).containsOnly(widths.get(0));
    }
  }

  @Test
  void jsonReadsBackIntoTheRulesOwnResults() throws IOException {
    for (String name : List.of("suspension.json", "re-employment.json", "near-retirement.json")) {
      String file = sample(name);
      assertThat(console.run("case", file, "--json")).as(name).isZero();
      CaseResult expected = expected(file);
      // a Jackson 3 mapper with the library's module and no feature: the library's own JSON
      JsonMapper plain = JsonMapper.builder().addModule(new CquiJackson3Module()).build();
      assertThat(plain.readValue(console.out(), CaseResult.class)).isEqualTo(expected);
      JsonNode tree = plain.readTree(console.out());
      assertThat(tree.propertyNames()).containsExactly("review", "ledger");
      assertThat(plain.treeToValue(tree.get("review"), ReviewDeadline.class))
          .isEqualTo(expected.review().orElseThrow());
      assertThat(plain.treeToValue(tree.get("ledger"), BenefitLedger.class))
          .isEqualTo(expected.ledger());
    }
    assertThat(console.out()).startsWith("{" + NL + "  \"review\" : {");
  }

  @Test
  void theJsonOfTheReEmploymentSampleHasTheOverpaymentAndTheStopEvent() {
    assertThat(console.run("case", sample("re-employment.json"), "--json")).isZero();
    BenefitLedger ledger =
        JsonMapper.builder()
            .addModule(new CquiJackson3Module())
            .build()
            .readValue(console.out(), CaseResult.class)
            .ledger();
    assertThat(ledger.endReason()).isEqualTo(ClaimEndReason.STOP_EVENT);
    assertThat(ledger.lastPaidMonth()).contains(YearMonth.of(2026, 1));
    assertThat(ledger.totalOverpayment()).isEqualTo(Money.ofYuan("3600.00"));
    assertThat(ledger.reportDeadlines())
        .singleElement()
        .satisfies(r -> assertThat(r.lastDay()).isEqualTo(LocalDate.of(2026, 2, 9)));
  }

  // ---- bad case files: exit status 2, the property named on standard error, nothing on out ----

  private static final String CLAIM =
      "{\"registrationDate\":\"2025-09-01\",\"entitlementMonths\":6,\"tier\":\"TIER_1\","
          + "\"standards\":[{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"2000.00\"}],"
          + "\"recordedThrough\":\"2025-10\",\"verifications\":[%s],"
          + "\"birthMonth\":\"1985-05\",\"category\":\"MALE\"%s}";

  private static String caseJson(String verifications, String more) {
    return "{\"application\":{\"receivedOn\":\"2025-09-25\"},\"claim\":"
        + String.format(CLAIM, verifications, more)
        + "}";
  }

  private String refused(String json) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json);
    assertThat(console.run("case", file.toString())).as(json).isEqualTo(2);
    assertThat(console.out()).isEmpty();
    assertThat(console.err()).startsWith(file.toString() + ": ");
    return console.err();
  }

  @Test
  void aWellFormedCaseIsAccepted() throws IOException {
    Path file = dir.resolve("good.json");
    Files.writeString(file, caseJson("{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-03\"}", ""));
    assertThat(console.run("case", file.toString(), "--lang", "en")).isZero();
    assertThat(rows()).hasSize(6);
  }

  @Test
  void anUnknownPropertyIsRefusedNamingIt() throws IOException {
    assertThat(refused(caseJson("", ",\"_comment\":\"illustrative\"")))
        .contains("claim._comment = \"illustrative\": is not a property of ClaimHistory");
    assertThat(
            refused(
                caseJson(
                    "{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-03\",\"by\":\"phone\"}", "")))
        .contains("claim.verifications[0].by = \"phone\": is not a property of Verification");
    assertThat(refused(caseJson("", "").replace("{\"application\"", "{\"note\":1,\"application\"")))
        .contains("note: Unrecognized property \"note\"");
    assertThat(refused(caseJson("", "").replace("\"receivedOn\"", "\"receivedDate\"")))
        .contains("application.receivedDate = \"2025-09-25\": is not a property of ReviewRequest");
  }

  @Test
  void aMalformedDateIsRefusedNamingTheProperty() throws IOException {
    assertThat(refused(caseJson("{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-31\"}", "")))
        .contains(
            "claim.verifications[0].verifiedOn = \"2025-09-31\": is not a date of the calendar")
        .contains("Invalid date 'SEPTEMBER 31'");
    assertThat(refused(caseJson("", "").replace("\"2025-09-25\"", "\"25/09/2025\"")))
        .contains("application.receivedOn = \"25/09/2025\": must be a date \"yyyy-MM-dd\"");
    assertThat(refused(caseJson("", "").replace("\"1985-05\"", "\"1985-13\"")))
        .contains("claim.birthMonth = \"1985-13\": is not a month of the calendar");
  }

  @Test
  void issue12_aNumberWhereTheCaseFileNeedsANameOrAnAmountIsRefusedNamingIt() throws IOException {
    // Jackson alone read "tier": 0 as TIER_1, and (Jackson 2) "amount": 2000 as 20.00
    assertThat(
            refused(
                caseJson("", "")
                    .replace("\"tier\":\"TIER_1\",\"standards\"", "\"tier\":0,\"standards\"")))
        .contains(
            "claim.tier = 0: must be one of TIER_1, TIER_2 (a name as a string, never a position)");
    assertThat(refused(caseJson("", "").replace("\"2000.00\"", "2000")))
        .contains(
            "claim.standards[0].amount = 2000: a JSON number is not an amount; write \"2000.00\"");
    assertThat(
            refused(
                caseJson("", "").replace("\"entitlementMonths\":6", "\"entitlementMonths\":6.5")))
        .contains("claim.entitlementMonths = 6.5: must be a whole number");
    assertThat(
            refused(
                caseJson("", "")
                    .replace(
                        "{\"receivedOn\":\"2025-09-25\"}",
                        "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"\"}")))
        .contains("application.receivedAt = \"\": must be a time of day \"HH:mm\"");
  }

  @Test
  void aVerificationOutsideItsMonthIsRefusedNamingIt() throws IOException {
    assertThat(
            refused(
                caseJson(
                    "{\"month\":\"2025-09\",\"verifiedOn\":\"2025-09-03\"},"
                        + "{\"month\":\"2025-10\",\"verifiedOn\":\"2025-11-01\"}",
                    "")))
        .contains(
            "claim.verifications[1].verifiedOn = 2025-11-01: must fall in the month it verifies,"
                + " 2025-10");
  }

  @Test
  void otherInputTheLibraryRefusesIsNamedToo() throws IOException {
    // ClaimHistory's own check: a verification after the record
    assertThat(refused(caseJson("{\"month\":\"2025-11\",\"verifiedOn\":\"2025-11-03\"}", "")))
        .contains("claim.verifications[0].month = 2025-11: must not be after recordedThrough");
    // an amount with a third decimal
    assertThat(refused(caseJson("", "").replace("\"2000.00\"", "\"2000.001\"")))
        .contains("claim.standards[0].amount")
        .contains("2000.001");
    // an unknown enum constant
    assertThat(refused(caseJson("", "").replace("\"MALE\"", "\"MAN\"")))
        .contains("claim.category = \"MAN\"");
    // a required property missing
    assertThat(
            refused(caseJson("", "").replace("\"tier\":\"TIER_1\",\"standards\"", "\"standards\"")))
        .contains("claim.tier = absent: is required to build ClaimHistory");
    assertThat(refused("{\"claim\":" + String.format(CLAIM, "", "") + "}"))
        .contains("application: is required (absent or null)");
    // the ledger rule: no standard of the claim's tier in force
    assertThat(
            refused(
                caseJson("", "")
                    .replace("\"tier\":\"TIER_1\",\"amount\"", "\"tier\":\"TIER_2\",\"amount\"")))
        .contains(
            "claim.standards = TIER_1 2025-09: no benefit standard of the claim's tier is in force");
  }

  @Test
  void malformedJsonAndAMissingFileAreRefused() throws IOException {
    String truncated = caseJson("", "");
    assertThat(refused(truncated.substring(0, truncated.length() - 2)))
        .contains("malformed JSON at line 1, column ")
        .contains("Unexpected end-of-input: expected close marker for Object")
        .doesNotContain("REDACTED");
    assertThat(refused("{\n  \"application\": {\"receivedOn\": \"2025-09-25\",}\n}"))
        .contains("malformed JSON at line 2, column ");
    // an unquoted date: the parser has read the number 2025 when the library refuses it
    assertThat(refused("{\n  \"application\": {\"receivedOn\": 2025-09-25}\n}"))
        .contains("application.receivedOn = 2025: must be a date \"yyyy-MM-dd\"");
    assertThat(refused(caseJson("", "") + " {}")).contains("Trailing token");
    Path missing = dir.resolve("missing.json");
    assertThat(console.run("case", missing.toString())).isEqualTo(2);
    assertThat(console.err()).isEqualTo(missing + ": no such case file" + NL);
  }

  @Test
  void aBadCaseCommandLineIsRefusedWithTheUsage() {
    assertThat(console.run("case")).isEqualTo(2);
    assertThat(console.err()).contains("'case' takes a case file", "usage:");
    assertThat(console.run("case", sample("suspension.json"), "--lang", "fr")).isEqualTo(2);
    assertThat(console.err()).contains("--lang = 'fr': expected 'zh', 'en' or 'both'");
    assertThat(console.run("case", sample("suspension.json"), "--yaml")).isEqualTo(2);
    assertThat(console.err()).contains("unknown option '--yaml' of 'case'");
    assertThat(console.run("case", "a.json", "b.json")).isEqualTo(2);
    assertThat(console.err()).contains("'case' takes one case file, not 'a.json' and 'b.json'");
  }

  private static final String NL = System.lineSeparator();

  /** What the rules make of a case file read independently of the main job. */
  private static CaseResult expected(String file) throws IOException {
    CaseFile read =
        JsonMapper.builder()
            .findAndAddModules()
            .build()
            .readValue(Files.readAllBytes(Paths.get(file)), CaseFile.class);
    return new CaseResult(
        RULES.deadlines().reviewDeadline(read.application()),
        RULES.benefits().ledger(read.claim()));
  }
}
