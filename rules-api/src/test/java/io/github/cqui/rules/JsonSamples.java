package io.github.cqui.rules;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.benefit.DurationTable;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.edition.PolicyParameter;
import io.github.cqui.rules.edition.SampleEditions;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

/**
 * The shared JSON fixture: one sample of every public JSON type of rules-api with the exact JSON
 * both Jackson lines must write, and malformed inputs both must reject naming the property. {@link
 * Jackson2JsonTest} and {@link Jackson3JsonTest} run the same samples, so equal golden strings mean
 * identical output; {@link JsonSamplesTest} checks that every public JSON type has a sample. The
 * hostile JSON suite ({@code io.github.cqui.rules.hostile}) mutates every sample.
 */
public final class JsonSamples {

  private JsonSamples() {}

  /** A value, the type to read it back as, and its JSON. */
  public record Sample(String name, Object value, Class<?> type, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Input that must be rejected with a message containing every fragment. */
  record Malformed(String name, Class<?> type, String json, List<String> fragments) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A test-only holder, to show a malformed {@link Money} named by its property. */
  record Payment(Money amount) {}

  private static final Citation ONE_TWO = LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)");

  static ExplanationStep restDaySkipped() {
    return ExplanationStep.of(
        StepCode.CALENDAR_REST_DAY_SKIPPED,
        List.of(Citation.ofDocument("国办发明电〔2024〕12号")),
        List.of(Interpretation.I_2),
        "date",
        LocalDate.of(2025, 10, 1),
        "festival",
        "国庆节、中秋节",
        "notice",
        "国办发明电〔2024〕12号");
  }

  static Explanation explanation() {
    return Explanation.builder()
        .step(
            StepCode.DEADLINE_REVIEW_EDITION,
            List.of(ONE_TWO),
            List.of(Interpretation.I_18),
            "receiptDate",
            LocalDate.of(2025, 9, 25),
            "workingDays",
            7,
            "editionFrom",
            LocalDate.of(2025, 8, 1))
        .step(
            StepCode.DEADLINE_REVIEW_CLOCK_START,
            List.of(ONE_TWO, LegalDocument.CIVIL_CODE.cite("第二百零一条")),
            List.of(Interpretation.I_1),
            "receiptDate",
            LocalDate.of(2025, 9, 25),
            "clockStart",
            LocalDate.of(2025, 9, 26))
        .build();
  }

  static InterpretationSwitches switches() {
    return InterpretationSwitches.builder()
        .officeHoursCutoff(LocalTime.of(17, 30))
        .coverageMode(CoverageMode.PROVISIONAL)
        .applyRegulationArticle20Item6(true)
        .maximumSuspensionMonths(6)
        .entitlementStart(EntitlementStart.APPLICATION_DATE)
        .retirementMonth(RetirementMonth.EXCLUDED)
        .nearRetirementExtension(false)
        .premiumInSuspendedMonths(true)
        .addStopInEventMonth(StopEventType.DEATH, StopEventType.RE_EMPLOYMENT)
        .deductionCapPercent(50)
        .countBackPaidMonths(true)
        .noticeRollForward(false)
        .addExtraForbiddenPairs(DutyPostPair.of(DutyPost.FUND_FINANCE, DutyPost.BUSINESS_OPERATION))
        .coolingOffPeriod(Period.ofMonths(6))
        .durationTable(DurationTable.NATIONAL_MAXIMA)
        .segregationReading(SegregationReading.AUDIT_ONLY)
        .build();
  }

  /**
   * Every sample: the value, its type and its golden JSON.
   *
   * @return the samples, distinctly named
   */
  public static List<Sample> all() {
    PolicyEdition edition2025 = SampleEditions.twoEditions().latest();
    return com.google.common.collect.ImmutableList.<Sample>builder()
        .addAll(DeadlineJsonSamples.all())
        .addAll(LedgerJsonSamples.all())
        .addAll(BenefitJsonSamples.all())
        .addAll(ControlJsonSamples.all())
        .addAll(PremiumRecoveryJsonSamples.all())
        .addAll(
            List.of(
                new Sample("Money", Money.ofYuan("-1234.56"), Money.class, "\"-1234.56\""),
                new Sample(
                    "Citation with clause",
                    ONE_TWO,
                    Citation.class,
                    "{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}"),
                new Sample(
                    "Citation without clause",
                    Citation.ofDocument("国办发明电〔2024〕12号"),
                    Citation.class,
                    "{\"document\":\"国办发明电〔2024〕12号\"}"),
                new Sample(
                    "LegalDocument",
                    LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS,
                    LegalDocument.class,
                    "\"SOCIAL_INSURANCE_HANDLING_REGULATIONS\""),
                new Sample("Interpretation", Interpretation.I_20, Interpretation.class, "\"I-20\""),
                new Sample(
                    "StepCode",
                    StepCode.NOTICE_PERIOD_END,
                    StepCode.class,
                    "\"notice.period.end\""),
                new Sample(
                    "ExplanationStep",
                    restDaySkipped(),
                    ExplanationStep.class,
                    "{\"code\":\"calendar.restday.skipped\","
                        + "\"citations\":[{\"document\":\"国办发明电〔2024〕12号\"}],"
                        + "\"interpretations\":[\"I-2\"],\"values\":{\"date\":\"2025-10-01\","
                        + "\"festival\":\"国庆节、中秋节\",\"notice\":\"国办发明电〔2024〕12号\"}}"),
                new Sample(
                    "Explanation",
                    explanation(),
                    Explanation.class,
                    "{\"steps\":[{\"code\":\"deadline.review.edition\","
                        + "\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}],"
                        + "\"interpretations\":[\"I-18\"],\"values\":{\"receiptDate\":\"2025-09-25\","
                        + "\"workingDays\":\"7\",\"editionFrom\":\"2025-08-01\"}},"
                        + "{\"code\":\"deadline.review.start\","
                        + "\"citations\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"},"
                        + "{\"document\":\"《中华人民共和国民法典》\",\"clause\":\"第二百零一条\"}],"
                        + "\"interpretations\":[\"I-1\"],\"values\":{\"receiptDate\":\"2025-09-25\","
                        + "\"clockStart\":\"2025-09-26\"}}]}"),
                new Sample(
                    "Explanation empty", Explanation.empty(), Explanation.class, "{\"steps\":[]}"),
                new Sample(
                    "PolicyParameter",
                    edition2025.reportWorkingDays(),
                    PolicyParameter.class,
                    "{\"value\":20,\"since\":\"2023-12-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(五)\"},"
                        + "{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十五条\"}]}"),
                new Sample(
                    "PolicyEdition",
                    edition2025,
                    PolicyEdition.class,
                    "{\"effectiveFrom\":\"2025-08-01\","
                        + "\"source\":{\"document\":\"渝人社办〔2025〕112号\"},"
                        + "\"reviewWorkingDays\":{\"value\":7,\"since\":\"2025-08-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}]},"
                        + "\"reportWorkingDays\":{\"value\":20,\"since\":\"2023-12-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(五)\"},"
                        + "{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十五条\"}]},"
                        + "\"noticeCalendarDays\":{\"value\":30,\"since\":\"2025-08-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"二(一)\"}]},"
                        + "\"shortContributionThresholdMonths\":{\"value\":4,"
                        + "\"since\":\"2025-08-01\",\"sources\":[{\"document\":\"渝人社办〔2025〕112号\","
                        + "\"clause\":\"三(一)\"},{\"document\":\"《关于切实防范短期参保骗领失业保险金风险的通知》\"}]},"
                        + "\"combinedMonthsCap\":{\"value\":24,\"since\":\"2011-11-25\","
                        + "\"sources\":[{\"document\":\"《重庆市失业保险条例》\",\"clause\":\"第二十四条\"},"
                        + "{\"document\":\"《中华人民共和国社会保险法》\",\"clause\":\"第四十六条\"}]}}"),
                new Sample(
                    "PolicyEditions",
                    SampleEditions.twoEditions(),
                    PolicyEditions.class,
                    "{\"editions\":[{\"effectiveFrom\":\"2023-12-01\","
                        + "\"source\":{\"document\":\"《社会保险经办条例》\",\"clause\":\"第六十三条\"},"
                        + "\"reviewWorkingDays\":{\"value\":10,\"since\":\"2023-12-01\","
                        + "\"sources\":[{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十四条\"}]},"
                        + "\"reportWorkingDays\":{\"value\":20,\"since\":\"2023-12-01\","
                        + "\"sources\":[{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十五条\"}]},"
                        + "\"combinedMonthsCap\":{\"value\":24,\"since\":\"2011-11-25\","
                        + "\"sources\":[{\"document\":\"《重庆市失业保险条例》\",\"clause\":\"第二十四条\"},"
                        + "{\"document\":\"《中华人民共和国社会保险法》\",\"clause\":\"第四十六条\"}]}},"
                        + "{\"effectiveFrom\":\"2025-08-01\","
                        + "\"source\":{\"document\":\"渝人社办〔2025〕112号\"},"
                        + "\"reviewWorkingDays\":{\"value\":7,\"since\":\"2025-08-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(二)\"}]},"
                        + "\"reportWorkingDays\":{\"value\":20,\"since\":\"2023-12-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"一(五)\"},"
                        + "{\"document\":\"《社会保险经办条例》\",\"clause\":\"第二十五条\"}]},"
                        + "\"noticeCalendarDays\":{\"value\":30,\"since\":\"2025-08-01\","
                        + "\"sources\":[{\"document\":\"渝人社办〔2025〕112号\",\"clause\":\"二(一)\"}]},"
                        + "\"shortContributionThresholdMonths\":{\"value\":4,"
                        + "\"since\":\"2025-08-01\",\"sources\":[{\"document\":\"渝人社办〔2025〕112号\","
                        + "\"clause\":\"三(一)\"},{\"document\":\"《关于切实防范短期参保骗领失业保险金风险的通知》\"}]},"
                        + "\"combinedMonthsCap\":{\"value\":24,\"since\":\"2011-11-25\","
                        + "\"sources\":[{\"document\":\"《重庆市失业保险条例》\",\"clause\":\"第二十四条\"},"
                        + "{\"document\":\"《中华人民共和国社会保险法》\",\"clause\":\"第四十六条\"}]}}]}"),
                new Sample(
                    "InterpretationSwitches",
                    switches(),
                    InterpretationSwitches.class,
                    "{\"officeHoursCutoff\":\"17:30\",\"coverageMode\":\"PROVISIONAL\","
                        + "\"applyRegulationArticle20Item6\":true,"
                        + "\"maximumSuspensionMonths\":6,"
                        + "\"entitlementStart\":\"APPLICATION_DATE\","
                        + "\"retirementMonth\":\"EXCLUDED\",\"nearRetirementExtension\":false,"
                        + "\"premiumInSuspendedMonths\":true,"
                        + "\"stopInEventMonth\":[\"RE_EMPLOYMENT\",\"DEATH\"],"
                        + "\"deductionCapPercent\":50,\"countBackPaidMonths\":true,"
                        + "\"noticeRollForward\":false,"
                        + "\"extraForbiddenPairs\":[{\"first\":\"BUSINESS_OPERATION\","
                        + "\"second\":\"FUND_FINANCE\"}],\"coolingOffPeriod\":\"P6M\","
                        + "\"durationTable\":\"NATIONAL_MAXIMA\","
                        + "\"segregationReading\":\"AUDIT_ONLY\"}"),
                new Sample(
                    "InterpretationSwitches defaults",
                    InterpretationSwitches.defaults(),
                    InterpretationSwitches.class,
                    "{\"coverageMode\":\"STRICT\",\"applyRegulationArticle20Item6\":false,"
                        + "\"entitlementStart\":\"REGISTRATION_DATE\",\"retirementMonth\":\"PAID\","
                        + "\"nearRetirementExtension\":true,\"premiumInSuspendedMonths\":false,"
                        + "\"stopInEventMonth\":[],\"deductionCapPercent\":100,"
                        + "\"countBackPaidMonths\":false,\"noticeRollForward\":true,"
                        + "\"extraForbiddenPairs\":[],\"durationTable\":\"CHONGQING_REGULATION\","
                        + "\"segregationReading\":\"SIX_PAIRS\"}"),
                new Sample(
                    "DurationTable",
                    DurationTable.NATIONAL_MAXIMA,
                    DurationTable.class,
                    "\"NATIONAL_MAXIMA\""),
                new Sample("DayKind", DayKind.HOLIDAY, DayKind.class, "\"HOLIDAY\""),
                new Sample(
                    "CoverageMode",
                    CoverageMode.PROVISIONAL,
                    CoverageMode.class,
                    "\"PROVISIONAL\""),
                new Sample(
                    "EntitlementStart",
                    EntitlementStart.APPLICATION_DATE,
                    EntitlementStart.class,
                    "\"APPLICATION_DATE\""),
                new Sample(
                    "RetirementMonth",
                    RetirementMonth.EXCLUDED,
                    RetirementMonth.class,
                    "\"EXCLUDED\""),
                new Sample(
                    "StopEventType",
                    StopEventType.DISABILITY_ALLOWANCE,
                    StopEventType.class,
                    "\"DISABILITY_ALLOWANCE\""),
                new Sample(
                    "DutyPost", DutyPost.DATA_MANAGEMENT, DutyPost.class, "\"DATA_MANAGEMENT\""),
                new Sample(
                    "DutyPostPair",
                    DutyPostPair.of(DutyPost.FUND_FINANCE, DutyPost.AUDIT),
                    DutyPostPair.class,
                    "{\"first\":\"AUDIT\",\"second\":\"FUND_FINANCE\"}")))
        .build();
  }

  /**
   * The object samples with an unknown property {@code "unexpected"} added first: both lines must
   * reject each, naming the property (Jackson 3 ignores unknown properties by default; the types
   * refuse them themselves).
   */
  static List<Malformed> unknownProperties() {
    List<Malformed> result = new java.util.ArrayList<>();
    for (Sample sample : all()) {
      if (sample.json().startsWith("{")) {
        String json = "{\"unexpected\":true," + sample.json().substring(1);
        result.add(
            new Malformed(
                sample.name() + " + unknown property",
                sample.type(),
                json.replace(",}", "}"),
                List.of("unexpected")));
      }
    }
    result.add(
        new Malformed(
            "nested unknown property",
            Explanation.class,
            "{\"steps\":[{\"code\":\"deadline.status.left\",\"extra\":1}]}",
            List.of("extra")));
    return result;
  }

  /** Malformed values: the message must name the property (and the value where it is ours). */
  static List<Malformed> malformedValues() {
    List<Malformed> malformed = new java.util.ArrayList<>(kernelAndBenefitMalformed());
    malformed.addAll(ControlJsonSamples.malformed());
    malformed.addAll(PremiumRecoveryJsonSamples.malformed());
    return malformed;
  }

  private static List<Malformed> kernelAndBenefitMalformed() {
    return List.of(
        BenefitJsonSamples.negativeContributionMonths(),
        new Malformed(
            "Money with 3 decimals in an object",
            Payment.class,
            "{\"amount\":\"12.345\"}",
            List.of("amount", "12.345", "more than 2 decimals")),
        new Malformed("Money malformed", Money.class, "\"12,00\"", List.of("12,00")),
        new Malformed(
            "ReviewRequest malformed date",
            io.github.cqui.rules.deadline.ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-31\"}",
            List.of("receivedOn")),
        new Malformed(
            "ClaimHistory verification outside its month",
            io.github.cqui.rules.benefit.Verification.class,
            "{\"month\":\"2025-09\",\"verifiedOn\":\"2025-10-01\"}",
            List.of("verifiedOn", "2025-10-01", "must fall in the month it verifies")),
        new Malformed(
            "ClaimHistory unknown category",
            io.github.cqui.rules.benefit.RetirementCategory.class,
            "\"FEMALE_ORIGINALLY_60\"",
            List.of("FEMALE_ORIGINALLY_60")),
        new Malformed(
            "BenefitStandard negative amount",
            io.github.cqui.rules.benefit.BenefitStandard.class,
            "{\"from\":\"2025-01\",\"tier\":\"TIER_1\",\"amount\":\"-5.00\"}",
            List.of("amount", "-5.00", "must not be negative")),
        new Malformed(
            "EnforcementStep unknown stage",
            io.github.cqui.rules.recovery.EnforcementStep.class,
            "{\"asOf\":\"2025-10-01\",\"stage\":\"SUE\",\"explanation\":{\"steps\":[]}}",
            List.of("stage", "SUE")),
        new Malformed(
            "Citation document not a string",
            Citation.class,
            "{\"document\":[\"x\"]}",
            List.of("document")),
        new Malformed("Citation document missing", Citation.class, "{}", List.of("document")),
        new Malformed(
            "Citation blank clause",
            Citation.class,
            "{\"document\":\"x\",\"clause\":\" \"}",
            List.of("clause")),
        new Malformed("Interpretation unknown", Interpretation.class, "\"I-99\"", List.of("I-99")),
        new Malformed(
            "ExplanationStep unknown code",
            ExplanationStep.class,
            "{\"code\":\"deadline.nope\",\"values\":{}}",
            List.of("code", "deadline.nope")),
        new Malformed(
            "ExplanationStep unknown interpretation",
            ExplanationStep.class,
            "{\"code\":\"deadline.status.left\",\"interpretations\":[\"I-99\"],"
                + "\"values\":{\"asOf\":\"2025-09-30\",\"workingDaysLeft\":\"5\"}}",
            List.of("interpretations", "I-99")),
        new Malformed(
            "ExplanationStep values not those of the code",
            ExplanationStep.class,
            "{\"code\":\"deadline.status.left\",\"values\":{\"asOf\":\"2025-09-30\"}}",
            List.of("values", "asOf, workingDaysLeft")),
        new Malformed(
            "Explanation steps not a list", Explanation.class, "{\"steps\":{}}", List.of("steps")),
        new Malformed(
            "PolicyParameter bad date",
            PolicyParameter.class,
            "{\"value\":7,\"since\":\"2025-02-30\",\"sources\":[{\"document\":\"x\"}]}",
            List.of("since", "2025-02-30")),
        new Malformed(
            "PolicyParameter without sources",
            PolicyParameter.class,
            "{\"value\":7,\"since\":\"2025-08-01\",\"sources\":[]}",
            List.of("sources")),
        new Malformed(
            "PolicyEdition bad effectiveFrom",
            PolicyEdition.class,
            "{\"effectiveFrom\":\"1 August 2025\"}",
            List.of("effectiveFrom")),
        new Malformed(
            "PolicyEdition review days zero",
            PolicyEditions.class,
            "{\"editions\":[{\"effectiveFrom\":\"2025-08-01\",\"source\":{\"document\":\"x\"},"
                + "\"reviewWorkingDays\":{\"value\":0,\"since\":\"2025-08-01\","
                + "\"sources\":[{\"document\":\"x\"}]},"
                + "\"reportWorkingDays\":{\"value\":20,\"since\":\"2025-08-01\","
                + "\"sources\":[{\"document\":\"x\"}]},"
                + "\"combinedMonthsCap\":{\"value\":24,\"since\":\"2025-08-01\","
                + "\"sources\":[{\"document\":\"x\"}]}}]}",
            List.of("reviewWorkingDays.value", "must be positive")),
        new Malformed(
            "PolicyEditions empty", PolicyEditions.class, "{\"editions\":[]}", List.of("editions")),
        new Malformed(
            "InterpretationSwitches cap out of range",
            InterpretationSwitches.class,
            "{\"deductionCapPercent\":101}",
            List.of("deductionCapPercent", "101")),
        new Malformed(
            "InterpretationSwitches unknown enum",
            InterpretationSwitches.class,
            "{\"coverageMode\":\"LOOSE\"}",
            List.of("coverageMode", "LOOSE")),
        new Malformed(
            "InterpretationSwitches bad time",
            InterpretationSwitches.class,
            "{\"officeHoursCutoff\":\"25:00\"}",
            List.of("officeHoursCutoff", "25:00")),
        new Malformed(
            "InterpretationSwitches boolean as object",
            InterpretationSwitches.class,
            "{\"noticeRollForward\":{}}",
            List.of("noticeRollForward")),
        new Malformed(
            "InterpretationSwitches unknown stop event",
            InterpretationSwitches.class,
            "{\"stopInEventMonth\":[\"HOLIDAY\"]}",
            List.of("stopInEventMonth", "HOLIDAY")),
        new Malformed(
            "DutyPostPair same post",
            DutyPostPair.class,
            "{\"first\":\"AUDIT\",\"second\":\"AUDIT\"}",
            List.of("second", "AUDIT")));
  }
}
