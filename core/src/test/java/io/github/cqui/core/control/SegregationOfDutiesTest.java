package io.github.cqui.core.control;

import static io.github.cqui.rules.control.DutyPost.AUDIT;
import static io.github.cqui.rules.control.DutyPost.BUSINESS_OPERATION;
import static io.github.cqui.rules.control.DutyPost.DATA_MANAGEMENT;
import static io.github.cqui.rules.control.DutyPost.FUND_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.control.AssignmentKind;
import io.github.cqui.rules.control.ControlRules;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the segregation of duties (渝人社办〔2025〕112号 四:
 * 「失业保险稽核岗与业务运行岗位、基金财务岗位、数据管理岗位的人员不得相互兼任」 等规定; I-21, changed December 2026) on one district
 * office's roster, checked as of 2026-06-30.
 */
class SegregationOfDutiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static PostAssignment acting(String person, DutyPost post, LocalDate from, LocalDate to) {
    return PostAssignment.builder()
        .person(person)
        .post(post)
        .from(from)
        .to(to)
        .kind(AssignmentKind.ACTING)
        .build();
  }

  /** A district office: past and present assignments, one not yet started. */
  private static final StaffRoster DISTRICT_OFFICE =
      StaffRoster.of(
          List.of(
              // audit throughout, business operation for three months: substantive violation
              PostAssignment.openFrom("zhang.san", AUDIT, d(2025, 1, 1)),
              PostAssignment.of("zhang.san", BUSINESS_OPERATION, d(2025, 3, 1), d(2025, 5, 31)),
              // fund finance, acting as auditor for half a month: acting violation
              PostAssignment.openFrom("li.si", FUND_FINANCE, d(2024, 7, 1)),
              acting("li.si", AUDIT, d(2026, 6, 1), d(2026, 6, 15)),
              // business operation, acting in fund finance since March: six-pair default only
              PostAssignment.openFrom("wang.wu", BUSINESS_OPERATION, d(2025, 1, 1)),
              PostAssignment.builder()
                  .person("wang.wu")
                  .post(FUND_FINANCE)
                  .from(d(2026, 3, 1))
                  .kind(AssignmentKind.ACTING)
                  .build(),
              // data management to the end of 2025, audit from the next day: back to back
              PostAssignment.of("zhao.liu", DATA_MANAGEMENT, d(2025, 1, 1), d(2025, 12, 31)),
              PostAssignment.openFrom("zhao.liu", AUDIT, d(2026, 1, 1)),
              // audit to 2025-06-30, data management from that same day: a one-day handover overlap
              PostAssignment.of("qian.qi", AUDIT, d(2025, 1, 1), d(2025, 6, 30)),
              PostAssignment.openFrom("qian.qi", DATA_MANAGEMENT, d(2025, 6, 30)),
              // the same post twice, overlapping: no pair
              PostAssignment.of("sun.ba", BUSINESS_OPERATION, d(2025, 1, 1), d(2025, 6, 30)),
              acting("sun.ba", BUSINESS_OPERATION, d(2025, 6, 1), d(2026, 12, 31)),
              // appointed from next month: not examined
              PostAssignment.openFrom("zhou.jiu", AUDIT, d(2026, 7, 1))));

  private static ControlRules rules(InterpretationSwitches switches) {
    return Chongqing.rules(WorkingDayCalendar.chongqing(), Chongqing.bundledEditions(), switches)
        .controls();
  }

  /** The violations as lines "person FIRST(kind)+SECOND(kind) from..to grounds [ongoing]". */
  private static String lines(SegregationCheck check) {
    return check.violations().stream()
        .map(
            v ->
                v.person()
                    + " "
                    + v.firstAssignment().post()
                    + "("
                    + v.firstAssignment().kind()
                    + ")+"
                    + v.secondAssignment().post()
                    + "("
                    + v.secondAssignment().kind()
                    + ") "
                    + v.from()
                    + ".."
                    + v.to()
                    + " "
                    + v.grounds()
                    + (v.ongoing() ? " ongoing" : ""))
        .collect(Collectors.joining("\n"));
  }

  @Test
  @DisplayName(
      "四, I-21: the six-pair default finds a substantive, an acting and a business × finance violation")
  void theDefaultReading() {
    SegregationCheck check =
        Chongqing.rules().controls().segregationOfDuties(DISTRICT_OFFICE, AS_OF);
    assertThat(lines(check))
        .isEqualTo(
            String.join(
                "\n",
                "li.si AUDIT(ACTING)+FUND_FINANCE(SUBSTANTIVE) 2026-06-01..2026-06-15 [SIX_PAIRS]",
                "qian.qi AUDIT(SUBSTANTIVE)+DATA_MANAGEMENT(SUBSTANTIVE) 2025-06-30..2025-06-30"
                    + " [SIX_PAIRS]",
                "wang.wu BUSINESS_OPERATION(SUBSTANTIVE)+FUND_FINANCE(ACTING) 2026-03-01..2026-06-30"
                    + " [SIX_PAIRS] ongoing",
                "zhang.san AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE)"
                    + " 2025-03-01..2025-05-31 [SIX_PAIRS]"));
    assertThat(check.reading()).isEqualTo(SegregationReading.SIX_PAIRS);
    assertThat(check.forbiddenPairs()).hasSize(6);
    assertThat(check.coolingOffPeriod()).isEmpty();
    assertThat(check.notYetStarted())
        .extracting(PostAssignment::person)
        .containsExactly("zhou.jiu");
    assertThat(check.switches())
        .containsExactly(
            Map.entry(
                Interpretation.I_21,
                "extraForbiddenPairs=[]; coolingOffPeriod=off; segregationReading=SIX_PAIRS"));
    String zh = check.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains(
            "按默认解读，稽核岗、业务运行岗位、基金财务岗位、数据管理岗位中任意两岗不得由同一人同时担任（含代理）：稽核岗/业务运行岗位、稽核岗/基金财务岗位、"
                + "稽核岗/数据管理岗位、业务运行岗位/基金财务岗位、业务运行岗位/数据管理岗位、基金财务岗位/数据管理岗位。"
                + " [渝人社办〔2025〕112号 四; 人社厅发〔2021〕64号; 《社会保险经办条例》第三十六条; 《社会保险经办条例》第三十七条; I-21]")
        .contains("li.si于2026-06-01至2026-06-15同时担任稽核岗（代理）和基金财务岗位（实任），属于不得相互兼任的情形。")
        .contains("1条岗位记录自2026-06-30之后开始，未予核查。");
    assertThat(check.explanation().steps())
        .allSatisfy(s -> assertThat(s.interpretations()).containsExactly(Interpretation.I_21));
    assertThat(check.explanation().steps())
        .filteredOn(s -> s.code() == StepCode.CONTROL_SEGREGATION_VIOLATION)
        .hasSize(4)
        .allSatisfy(
            s ->
                assertThat(s.citations())
                    .containsExactly(
                        LegalDocument.CHONGQING_NOTICE_2025_112.cite("四"),
                        Citation.ofDocument("人社厅发〔2021〕64号")));
  }

  @Test
  @DisplayName("四, I-21 switch: the audit-only reading allows business × finance")
  void theAuditOnlyReading() {
    SegregationCheck check =
        rules(
                InterpretationSwitches.builder()
                    .segregationReading(SegregationReading.AUDIT_ONLY)
                    .build())
            .segregationOfDuties(DISTRICT_OFFICE, AS_OF);
    assertThat(lines(check))
        .isEqualTo(
            String.join(
                "\n",
                "li.si AUDIT(ACTING)+FUND_FINANCE(SUBSTANTIVE) 2026-06-01..2026-06-15 [AUDIT_ONLY]",
                "qian.qi AUDIT(SUBSTANTIVE)+DATA_MANAGEMENT(SUBSTANTIVE) 2025-06-30..2025-06-30"
                    + " [AUDIT_ONLY]",
                "zhang.san AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE)"
                    + " 2025-03-01..2025-05-31 [AUDIT_ONLY]"));
    assertThat(check.forbiddenPairs())
        .containsExactly(
            DutyPostPair.of(AUDIT, BUSINESS_OPERATION),
            DutyPostPair.of(AUDIT, FUND_FINANCE),
            DutyPostPair.of(AUDIT, DATA_MANAGEMENT));
    assertThat(check.explanation().render(Locale.ENGLISH))
        .contains("Under the audit-only reading (the I-21 switch)");
    assertThat(check.explanation().steps())
        .filteredOn(s -> s.code() == StepCode.CONTROL_SEGREGATION_VIOLATION)
        .hasSize(3)
        .allSatisfy(
            s ->
                assertThat(s.citations())
                    .containsExactly(LegalDocument.CHONGQING_NOTICE_2025_112.cite("四")));
  }

  @Test
  @DisplayName(
      "四, I-21 switch: an extra pair forbids business × finance under the audit-only reading")
  void anExtraPair() {
    DutyPostPair businessFinance = DutyPostPair.of(FUND_FINANCE, BUSINESS_OPERATION);
    SegregationCheck auditOnly =
        rules(
                InterpretationSwitches.builder()
                    .segregationReading(SegregationReading.AUDIT_ONLY)
                    .addExtraForbiddenPairs(businessFinance)
                    .build())
            .segregationOfDuties(DISTRICT_OFFICE, AS_OF);
    assertThat(lines(auditOnly))
        .contains(
            "wang.wu BUSINESS_OPERATION(SUBSTANTIVE)+FUND_FINANCE(ACTING) 2026-03-01..2026-06-30"
                + " [EXTRA_PAIR] ongoing");
    SegregationCheck sixPairs =
        rules(InterpretationSwitches.builder().addExtraForbiddenPairs(businessFinance).build())
            .segregationOfDuties(DISTRICT_OFFICE, AS_OF);
    assertThat(lines(sixPairs))
        .contains(
            "wang.wu BUSINESS_OPERATION(SUBSTANTIVE)+FUND_FINANCE(ACTING) 2026-03-01..2026-06-30"
                + " [SIX_PAIRS, EXTRA_PAIR] ongoing");
    assertThat(auditOnly.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("另行规定不得兼任的岗位（I-21选项）：业务运行岗位/基金财务岗位。");
  }

  @Test
  @DisplayName("四, I-21 switch: a cooling-off period of six months finds what was held soon after")
  void aCoolingOffPeriod() {
    SegregationCheck check =
        rules(InterpretationSwitches.builder().coolingOffPeriod(Period.ofMonths(6)).build())
            .segregationOfDuties(DISTRICT_OFFICE, AS_OF);
    assertThat(lines(check))
        .isEqualTo(
            String.join(
                "\n",
                "li.si AUDIT(ACTING)+FUND_FINANCE(SUBSTANTIVE) 2026-06-01..2026-06-15 [SIX_PAIRS]",
                "li.si AUDIT(ACTING)+FUND_FINANCE(SUBSTANTIVE) 2026-06-16..2026-06-30"
                    + " [SIX_PAIRS, COOLING_OFF] ongoing",
                "qian.qi AUDIT(SUBSTANTIVE)+DATA_MANAGEMENT(SUBSTANTIVE) 2025-06-30..2025-06-30"
                    + " [SIX_PAIRS]",
                "qian.qi AUDIT(SUBSTANTIVE)+DATA_MANAGEMENT(SUBSTANTIVE) 2025-07-01..2025-12-30"
                    + " [SIX_PAIRS, COOLING_OFF]",
                "wang.wu BUSINESS_OPERATION(SUBSTANTIVE)+FUND_FINANCE(ACTING) 2026-03-01..2026-06-30"
                    + " [SIX_PAIRS] ongoing",
                "zhang.san AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE)"
                    + " 2025-03-01..2025-05-31 [SIX_PAIRS]",
                "zhang.san AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE)"
                    + " 2025-06-01..2025-11-30 [SIX_PAIRS, COOLING_OFF]",
                "zhao.liu AUDIT(SUBSTANTIVE)+DATA_MANAGEMENT(SUBSTANTIVE) 2026-01-01..2026-06-30"
                    + " [SIX_PAIRS, COOLING_OFF] ongoing"));
    assertThat(check.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("冷却期（I-21选项）：离开岗位后P6M内仍视为担任该岗位。")
        .contains("zhao.liu于2025-12-31离开数据管理岗位，在P6M冷却期内于2026-01-01至2026-06-30担任稽核岗，属于不得相互兼任的情形。")
        .contains("li.si于2026-06-15离开稽核岗，在P6M冷却期内于2026-06-16至2026-06-30担任基金财务岗位，属于不得相互兼任的情形。");
  }

  @Test
  @DisplayName("四, I-21 switch: the post left is named, whichever of the pair it is")
  void theCoolingOffStepNamesThePostLeft() {
    // audit held all year; business operation left on 2025-03-31, so audit is held within the
    // three months after it
    StaffRoster roster =
        StaffRoster.of(
            List.of(
                PostAssignment.of("p", AUDIT, d(2025, 1, 1), d(2025, 12, 31)),
                PostAssignment.of("p", BUSINESS_OPERATION, d(2025, 1, 1), d(2025, 3, 31))));
    SegregationCheck check =
        rules(InterpretationSwitches.builder().coolingOffPeriod(Period.ofMonths(3)).build())
            .segregationOfDuties(roster, AS_OF);
    assertThat(lines(check))
        .isEqualTo(
            String.join(
                "\n",
                "p AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE) 2025-01-01..2025-03-31"
                    + " [SIX_PAIRS]",
                "p AUDIT(SUBSTANTIVE)+BUSINESS_OPERATION(SUBSTANTIVE) 2025-04-01..2025-06-30"
                    + " [SIX_PAIRS, COOLING_OFF]"));
    assertThat(check.explanation().render(Locale.ENGLISH))
        .contains(
            "p left 业务运行岗位 on 2025-03-31 and held 稽核岗 from 2025-04-01 to 2025-06-30, within"
                + " the cooling-off period of P3M: forbidden.");
  }

  @Test
  @DisplayName("四, I-21: days are inclusive — a one-day handover overlaps, back to back does not")
  void bothEdgesOfAnAssignment() {
    ControlRules rules = Chongqing.rules().controls();
    PostAssignment audit = PostAssignment.of("p", AUDIT, d(2025, 1, 1), d(2025, 6, 30));
    StaffRoster handover =
        StaffRoster.of(List.of(audit, PostAssignment.openFrom("p", FUND_FINANCE, d(2025, 6, 30))));
    assertThat(rules.segregationOfDuties(handover, AS_OF).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.from()).isEqualTo(d(2025, 6, 30));
              assertThat(v.to()).isEqualTo(d(2025, 6, 30));
              assertThat(v.ongoing()).isFalse();
            });
    StaffRoster backToBack =
        StaffRoster.of(List.of(audit, PostAssignment.openFrom("p", FUND_FINANCE, d(2025, 7, 1))));
    assertThat(rules.segregationOfDuties(backToBack, AS_OF).violations()).isEmpty();
    // the other edge: the second assignment ends the day the first begins
    StaffRoster before =
        StaffRoster.of(
            List.of(audit, PostAssignment.of("p", FUND_FINANCE, d(2024, 1, 1), d(2025, 1, 1))));
    assertThat(rules.segregationOfDuties(before, AS_OF).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.from()).isEqualTo(v.to()).isEqualTo(d(2025, 1, 1)));
    StaffRoster beforeBackToBack =
        StaffRoster.of(
            List.of(audit, PostAssignment.of("p", FUND_FINANCE, d(2024, 1, 1), d(2024, 12, 31))));
    assertThat(rules.segregationOfDuties(beforeBackToBack, AS_OF).violations()).isEmpty();
  }

  @Test
  @DisplayName("四, I-21: an open assignment runs to the date asked; a later end is cut there")
  void openAssignmentsRunToTheDateAsked() {
    StaffRoster roster =
        StaffRoster.of(
            List.of(
                PostAssignment.openFrom("p", AUDIT, d(2026, 1, 1)),
                PostAssignment.of("p", DATA_MANAGEMENT, d(2026, 2, 1), d(2026, 12, 31))));
    SegregationCheck check =
        Chongqing.rules().controls().segregationOfDuties(roster, d(2026, 3, 15));
    assertThat(check.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.from()).isEqualTo(d(2026, 2, 1));
              assertThat(v.to()).isEqualTo(d(2026, 3, 15));
              assertThat(v.ongoing()).isTrue();
            });
    // asked for the day before the second begins: nothing yet, and it is listed as not started
    SegregationCheck earlier =
        Chongqing.rules().controls().segregationOfDuties(roster, d(2026, 1, 31));
    assertThat(earlier.violations()).isEmpty();
    assertThat(earlier.notYetStarted()).hasSize(1);
    assertThat(earlier.explanation().render(Locale.ENGLISH))
        .contains(
            "No forbidden combination of posts among the 1 assignments examined, up to 2026-01-31.");
    // asked for its first day: one day
    assertThat(Chongqing.rules().controls().segregationOfDuties(roster, d(2026, 2, 1)).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.from()).isEqualTo(v.to()).isEqualTo(d(2026, 2, 1)));
  }

  @Test
  @DisplayName("四, I-21: an assignment ending before it starts is refused, naming the field")
  void anAssignmentEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> PostAssignment.of("p", AUDIT, d(2026, 1, 2), d(2026, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("to");
              assertThat(e.value()).isEqualTo("2026-01-01");
              assertThat(e.rule()).contains("2026-01-02");
            });
    assertThat(PostAssignment.of("p", AUDIT, d(2026, 1, 1), d(2026, 1, 1)).to())
        .contains(d(2026, 1, 1));
  }

  @Test
  @DisplayName("四, I-21: a blank or padded person is refused, naming the field")
  void aBlankPersonIsRefused() {
    assertThatThrownBy(() -> PostAssignment.openFrom(" ", AUDIT, d(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("person = \" \": must not be blank");
    assertThatThrownBy(() -> PostAssignment.openFrom("zhang.san ", AUDIT, d(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "person = \"zhang.san \": must not begin or end with white space: people are compared"
                + " exactly");
    assertThatThrownBy(() -> PostAssignment.builder().person("p").from(d(2026, 1, 1)).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("post"));
  }
}
