package io.github.cqui.rules;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.rules.JsonDefects.Defect;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.internal.ImmutableStatutoryRetirement;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import io.github.cqui.rules.internal.ImmutableRestDay;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The edges of cqui's JSON, shared by {@link Jackson2JsonTest} and {@link Jackson3JsonTest}: the
 * bounds (an int's range, 10,000 characters, 100,000 elements, years 0000–9999), what a refusal
 * says (what to write, a case-sensitive name, the one form of a period, a value cut to 40
 * characters) and the values that have no JSON form, refused when written.
 */
final class JsonEdges {

  private JsonEdges() {}

  /** Inputs at the edge that are accepted: the value read must write back the same JSON. */
  static List<Accepted> accepted() {
    return List.of(
        new Accepted(
            "the largest int",
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":2147483647,"
                + "\"unusedMonthsOfEarlierClaim\":0}"),
        new Accepted(
            "a document of 10,000 characters",
            Citation.class,
            "{\"document\":\"" + "x".repeat(10_000) + "\"}"),
        new Accepted(
            "100,000 notices",
            RestDay.class,
            "{\"date\":\"2025-10-01\",\"kind\":\"WEEKEND\",\"notices\":["
                + String.join(",", java.util.Collections.nCopies(100_000, "\"n\""))
                + "]}"),
        new Accepted(
            "the year 0000 and the year 9999",
            ReviewRequest.class,
            "{\"receivedOn\":\"0000-01-01\"}"),
        new Accepted(
            "the last day of 9999", ReviewRequest.class, "{\"receivedOn\":\"9999-12-31\"}"),
        new Accepted(
            "a leap day",
            ReviewRequest.class,
            "{\"receivedOn\":\"2024-02-29\",\"receivedAt\":\"23:59\"}"));
  }

  /** An input that is accepted. */
  record Accepted(String name, Class<?> type, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Inputs at the edge that are refused. */
  static List<Defect> refused() {
    return List.of(
        new Defect(
            "one less than the smallest int",
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":-2147483649}",
            "contributionMonths",
            List.of("contributionMonths = -2147483649", "from -2147483648 to 2147483647")),
        new Defect(
            "the smallest int, refused by the type's own check",
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":-2147483648}",
            "contributionMonths",
            List.of("contributionMonths = -2147483648: must not be negative")),
        new Defect(
            "a check of a value read at the root names the property alone",
            io.github.cqui.rules.benefit.Verification.class,
            "{\"month\":\"2025-09\",\"verifiedOn\":\"2025-10-01\"}",
            "verifiedOn",
            List.of("verifiedOn = 2025-10-01: must fall in the month it verifies")),
        new Defect(
            "an unknown property, with the type's properties",
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\",\"at\":{\"h\":9}}",
            "at",
            List.of("at = {…}: is not a property of ReviewRequest (receivedOn, receivedAt)")),
        new Defect(
            "an empty object for a time",
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":{}}",
            "receivedAt",
            List.of("receivedAt = {}: must be a time of day")),
        new Defect(
            "a list for a time",
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":[\"09:30\"]}",
            "receivedAt",
            List.of("receivedAt = […]: must be a time of day")),
        new Defect(
            "the second element of a list",
            RestDay.class,
            "{\"date\":\"2025-10-01\",\"kind\":\"WEEKEND\",\"notices\":[\"a\",1]}",
            "notices[1]",
            List.of("notices[1] = 1: must be a string")),
        new Defect(
            "the second entry of a map",
            io.github.cqui.rules.deadline.ReviewDeadline.class,
            "{\"switches\":{\"I-1\":\"off\",\"I-2\":2}}",
            "switches.I-2",
            List.of("switches.I-2 = 2: must be a string")),
        new Defect(
            "a name given twice in a map",
            io.github.cqui.rules.deadline.ReviewDeadline.class,
            "{\"switches\":{\"I-1\":\"off\",\"I-1\":\"on\"}}",
            "switches.I-1",
            List.of("switches.I-1 = \"on\": is given twice")),
        new Defect(
            "a 25-character number for money",
            ActualPayment.class,
            "{\"month\":\"2025-09\",\"amount\":1234567890123456789012345}",
            "amount",
            List.of("write a decimal string such as \"2100.00\"")),
        new Defect(
            "a 24-character number for money",
            ActualPayment.class,
            "{\"month\":\"2025-09\",\"amount\":123456789012345678901234}",
            "amount",
            List.of("write \"123456789012345678901234.00\"")),
        new Defect(
            "one more than the largest int",
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":2147483648}",
            "contributionMonths",
            List.of("contributionMonths = 2147483648", "from -2147483648 to 2147483647")),
        new Defect(
            "a string for an int",
            EntitlementRequest.class,
            "{\"registrationDate\":\"2025-09-01\",\"contributionMonths\":\"12\"}",
            "contributionMonths",
            List.of("contributionMonths = \"12\"", "must be a whole number such as 12")),
        new Defect(
            "a document of 10,001 characters",
            Citation.class,
            "{\"document\":\"" + "y".repeat(10_001) + "\"}",
            "document",
            List.of(
                "document = \"" + "y".repeat(40) + "…\" (10001 characters)",
                "is longer than 10000 characters")),
        new Defect(
            "100,001 notices",
            RestDay.class,
            "{\"date\":\"2025-10-01\",\"kind\":\"WEEKEND\",\"notices\":["
                + String.join(",", java.util.Collections.nCopies(100_001, "\"n\""))
                + "]}",
            "notices[100000]",
            List.of("is one element more than the 100000 allowed")),
        new Defect(
            "a blank document, its value cut to 40 characters",
            Citation.class,
            "{\"document\":\"" + " ".repeat(300) + "\"}",
            "document",
            List.of("document = \"" + " ".repeat(39) + "… (302 characters)", "must not be blank")),
        new Defect(
            "an amount with three decimals as a number",
            ActualPayment.class,
            "{\"month\":\"2025-09\",\"amount\":2100.555}",
            "amount",
            List.of("amount = 2100.555", "write a decimal string such as \"2100.00\"")),
        new Defect(
            "an exponent for money",
            ActualPayment.class,
            "{\"month\":\"2025-09\",\"amount\":2.1e3}",
            "amount",
            List.of("amount = 2.1e3", "write a decimal string such as \"2100.00\"")),
        new Defect(
            "a legal document that does not exist",
            LegalDocument.class,
            "\"NOPE\"",
            "legalDocument",
            List.of(
                "legalDocument = \"NOPE\"",
                "must be the name of a LegalDocument constant such as CHONGQING_NOTICE_2025_112")),
        new Defect(
            "a name in another case",
            RetirementCategory.class,
            "\"male\"",
            "retirementCategory",
            List.of("names are case-sensitive: write \"MALE\"")),
        new Defect(
            "a period in another of its ISO forms",
            InterpretationSwitches.class,
            "{\"coolingOffPeriod\":\"P2W\"}",
            "coolingOffPeriod",
            List.of("coolingOffPeriod = \"P2W\"", "must be written \"P14D\"")),
        new Defect(
            "a number for an explanation step",
            Explanation.class,
            "{\"steps\":[1]}",
            "steps[0]",
            List.of("steps[0] = 1", "must be an ExplanationStep object")),
        new Defect(
            "a time with seconds",
            ReviewRequest.class,
            "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"09:30:15\"}",
            "receivedAt",
            List.of("must be a time of day \"HH:mm\"")),
        new Defect(
            "a five-digit year",
            ReviewRequest.class,
            "{\"receivedOn\":\"+10000-01-01\"}",
            "receivedOn",
            List.of("must be a date \"yyyy-MM-dd\"")),
        new Defect(
            "a month 13",
            StatutoryRetirement.class,
            "{\"birthMonth\":\"1966-13\"}",
            "birthMonth",
            List.of("birthMonth = \"1966-13\"", "is not a month of the calendar")),
        new Defect(
            "a null explanation",
            StatutoryRetirement.class,
            "{\"birthMonth\":\"1966-03\",\"explanation\":null}",
            "explanation",
            List.of("explanation = null", "must be an Explanation object")));
  }

  /** A value that has no JSON form, and the path and words of its refusal when written. */
  record Unwritable(String name, Object value, String path, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Values that no reading could give back: refused when written, never written cut. */
  static List<Unwritable> unwritable() {
    return List.of(
        new Unwritable(
            "a time with seconds",
            ReviewRequest.of(LocalDate.of(2025, 9, 25), LocalTime.of(9, 30, 15)),
            "receivedAt",
            "receivedAt = 09:30:15: has seconds"),
        new Unwritable(
            "a date in the year 10000",
            ReviewRequest.of(LocalDate.of(10_000, 1, 1)),
            "receivedOn",
            "receivedOn = +10000-01-01: has no JSON form"),
        new Unwritable(
            "a date before the year 0",
            ReviewRequest.of(LocalDate.of(-1, 12, 31)),
            "receivedOn",
            "receivedOn = -0001-12-31: has no JSON form"),
        new Unwritable(
            "a nested month in the year 10000",
            ImmutableStatutoryRetirement.builder()
                .birthMonth(YearMonth.of(1966, 3))
                .category(RetirementCategory.MALE)
                .delayMonths(4)
                .ageYears(60)
                .ageMonths(4)
                .retirementMonth(YearMonth.of(10_000, 7))
                .explanation(Explanation.empty())
                .build(),
            "retirementMonth",
            "retirementMonth = 10000-07: has no JSON form"),
        new Unwritable(
            "a date in the year 10000 in a list of a result",
            ImmutableReviewDeadline.builder()
                .from(DeadlineJsonSamples.review())
                .addRestDaysPassed(
                    ImmutableRestDay.builder()
                        .date(LocalDate.of(10_000, 1, 1))
                        .kind(DayKind.WEEKEND)
                        .build())
                .build(),
            "restDaysSkipped[2].date",
            "restDaysSkipped[2].date = +10000-01-01: has no JSON form"),
        new Unwritable(
            "a time with seconds in a result's request",
            ImmutableReviewDeadline.builder()
                .from(DeadlineJsonSamples.review())
                .request(ReviewRequest.of(LocalDate.of(2025, 9, 25), LocalTime.of(9, 30, 15)))
                .build(),
            "request.receivedAt",
            "request.receivedAt = 09:30:15: has seconds"));
  }
}
