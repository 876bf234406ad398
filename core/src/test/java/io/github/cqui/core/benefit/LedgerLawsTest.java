package io.github.cqui.core.benefit;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.LedgerLaws;
import io.github.cqui.rules.testing.Property;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The ledger laws over generated histories, with the default switches and with others. */
class LedgerLawsTest {

  private static final CquiRules DEFAULTS = Chongqing.rules();
  private static final CquiRules OTHERS =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder()
              .retirementMonth(RetirementMonth.EXCLUDED)
              .nearRetirementExtension(false)
              .addStopInEventMonth(StopEventType.RE_EMPLOYMENT, StopEventType.DEATH)
              .build());

  /** The maximum suspension (I-8 switch): the claim lapses after two suspended months. */
  private static final CquiRules LAPSING =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().maximumSuspensionMonths(2).build());

  /** 条例 art 20(6) applied (I-6 switch): two missed months stop payment instead. */
  private static final CquiRules ARTICLE_20_6 =
      Chongqing.rules(
          WorkingDayCalendar.chongqing(),
          Chongqing.bundledEditions(),
          InterpretationSwitches.builder().applyRegulationArticle20Item6(true).build());

  private static final Gen<ClaimHistory> HISTORIES = LedgerGens.claimHistories();

  @Test
  void monthsUsedAndLeftAddUp() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, OTHERS}) {
      Property.forAll("months used and left add up", HISTORIES)
          .check(h -> LedgerLaws.monthsUsedAndLeftAddUp(rules, h));
    }
  }

  @Test
  void nothingIsPaidWhenItMayNotBe() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, OTHERS}) {
      Property.forAll("nothing is paid when it may not be", HISTORIES)
          .check(h -> LedgerLaws.nothingIsPaidWhenItMayNotBe(rules, h));
    }
  }

  @Test
  void resumptionIsTheMonthAfterReVerification() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, OTHERS, LAPSING, ARTICLE_20_6}) {
      Property.forAll("resumption is the month after re-verification", HISTORIES)
          .check(h -> LedgerLaws.resumptionIsTheMonthAfterReVerification(rules, h));
    }
  }

  @Test
  void theEndMovesByTheDeferredMonths() {
    for (CquiRules rules : new CquiRules[] {DEFAULTS, OTHERS}) {
      Property.forAll("the end moves by the deferred months", HISTORIES)
          .check(h -> LedgerLaws.theEndMovesByTheDeferredMonths(rules, h));
    }
  }

  /** A history and a month of its record to cut it at. */
  record Cut(ClaimHistory history, YearMonth month) {}

  @Test
  void aLaterMonthNeverChangesAnEarlierLine() {
    Gen<Cut> cuts =
        HISTORIES.flatMap(
            h ->
                Gen.ints(0, 30)
                    .map(
                        k ->
                            new Cut(
                                h,
                                YearMonth.from(h.registrationDate())
                                    .plusMonths(k)
                                    .minusMonths(1))));
    Property.forAll("a later month never changes an earlier line", cuts)
        .check(
            c -> LedgerLaws.aLaterMonthNeverChangesAnEarlierLine(DEFAULTS, c.history(), c.month()));
  }
}
