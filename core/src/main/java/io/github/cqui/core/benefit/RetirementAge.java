package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.NPCSC_RETIREMENT_AGE_DECISION;
import static io.github.cqui.rules.LegalDocument.STATE_COUNCIL_RETIREMENT_AGE_MEASURES;

import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.internal.ImmutableStatutoryRetirement;
import java.time.YearMonth;
import java.util.List;

/**
 * Statutory retirement age under the gradual reform (《国务院关于渐进式延迟法定退休年龄的办法》第一条; POLICY-FACTS §4):
 * the original age of the category, delayed one month per so many birth months from the first
 * affected one, up to the category's maximum delay (I-10).
 */
final class RetirementAge {

  private RetirementAge() {}

  static StatutoryRetirement of(YearMonth birthMonth, RetirementCategory category) {
    int offset = monthsBetween(category.firstAffectedBirthMonth(), birthMonth);
    int delay =
        offset < 0
            ? 0
            : Math.min(
                category.maximumDelayMonths(), offset / category.birthMonthsPerDelayMonth() + 1);
    YearMonth retirement = birthMonth.plusYears(category.originalAge()).plusMonths(delay);
    return ImmutableStatutoryRetirement.builder()
        .birthMonth(birthMonth)
        .category(category)
        .delayMonths(delay)
        .ageYears(category.originalAge() + delay / 12)
        .ageMonths(delay % 12)
        .retirementMonth(retirement)
        .explanation(
            Explanation.builder()
                .step(
                    StepCode.BENEFIT_RETIREMENT_AGE,
                    List.of(
                        NPCSC_RETIREMENT_AGE_DECISION.cite(),
                        STATE_COUNCIL_RETIREMENT_AGE_MEASURES.cite("第一条")),
                    List.of(Interpretation.I_10),
                    "birthMonth",
                    birthMonth,
                    "category",
                    category.chineseName(),
                    "delayMonths",
                    delay,
                    "retirementMonth",
                    retirement)
                .build())
        .build();
  }

  /** Calendar months from {@code from} to {@code to}; negative when {@code to} is earlier. */
  static int monthsBetween(YearMonth from, YearMonth to) {
    return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
  }
}
