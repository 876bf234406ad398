package io.github.cqui.core.control;

import static io.github.cqui.core.gens.GenCases.allLow;
import static io.github.cqui.core.gens.GenCases.withBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.control.AssignmentKind;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionMonth;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.DutyPost;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.ControlGens.AssignmentPair;
import io.github.cqui.rules.testing.ControlGens.ContributionCase;
import io.github.cqui.rules.testing.ControlGens.RosterCase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ControlGens} keeps what its javadoc promises (渝人社办〔2025〕112号 三(一), 一(五), 四): over a fixed
 * sample and the two bound cases, every value lies in the documented ranges and reaches both ends,
 * every documented kind of case occurs, and the mix is the documented one; the simplest values are
 * the documented simplest.
 */
class ControlGensPromisesTest {

  /** The first separation date generated ({@code ControlGens.FIRST_SEPARATION}). */
  private static final LocalDate FIRST_SEPARATION = LocalDate.of(2024, 8, 1);

  /** The last separation date generated: 698 days later. */
  private static final LocalDate LAST_SEPARATION = LocalDate.of(2026, 6, 30);

  /** The first day of a generated assignment or asked-for date ({@code ControlGens.FIRST_DAY}). */
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

  /** The last day a generated stop event may fall on ({@code LedgerGens.LAST_EVENT_DATE}). */
  private static final LocalDate LAST_EVENT_DATE = LocalDate.of(2026, 11, 20);

  private static final Set<String> EMPLOYERS = Set.of("A公司", "B公司", "C公司", "D公司");

  // ---------------------------------------------------------------- contribution cases (三(一))

  /** The months of a case's record, in order. */
  private static List<ContributionMonth> sorted(ContributionCase c) {
    return c.record().months().stream()
        .sorted(Comparator.comparing(ContributionMonth::month))
        .collect(Collectors.toList());
  }

  /**
   * Paid in time: from the first day of its month to at most 40 days later, not after separation.
   */
  private static boolean paidInTime(ContributionMonth m, LocalDate separation) {
    LocalDate first = m.month().atDay(1);
    return !m.paidOn().isBefore(first)
        && !m.paidOn().isAfter(first.plusDays(40))
        && !m.paidOn().isAfter(separation);
  }

  @Test
  void contributionCasesKeepTheirRangesAndReachBothEnds() {
    List<ContributionCase> cases = withBounds(ControlGens.contributionCases(), 11, 2000);
    Set<Integer> runs = new TreeSet<>();
    Set<Long> applicationDelays = new TreeSet<>();
    Set<Long> endsBeforeSeparation = new TreeSet<>();
    Set<Long> gaps = new TreeSet<>();
    Set<Integer> earlierCounts = new TreeSet<>();
    List<LocalDate> separations = new ArrayList<>();
    for (ContributionCase c : cases) {
      ContributionRecord record = c.record();
      LocalDate separation = record.separationDate();
      separations.add(separation);
      assertThat(separation).isBetween(FIRST_SEPARATION, LAST_SEPARATION);
      long delay = ChronoUnit.DAYS.between(separation, record.applicationDate());
      applicationDelays.add(delay);
      runs.add(c.lastRunMonths());
      List<ContributionMonth> months = sorted(c);
      assertThat(months.stream().map(ContributionMonth::employer)).allMatch(EMPLOYERS::contains);
      if (c.lastRunMonths() == 0) {
        assertThat(months).isEmpty();
        assertThat(c.lastRunEnd()).isEmpty();
        continue;
      }
      // the last run: lastRunMonths consecutive months, each paid in time, ending 0 to 3 months
      // before the separation month
      int run = c.lastRunMonths();
      int earlier = months.size() - run;
      earlierCounts.add(earlier);
      List<ContributionMonth> lastRun = months.subList(earlier, months.size());
      YearMonth end = c.lastRunEnd().orElseThrow();
      assertThat(lastRun.get(run - 1).month()).isEqualTo(end);
      assertThat(lastRun.get(0).month()).isEqualTo(end.minusMonths(run - 1L));
      assertThat(lastRun).allMatch(m -> paidInTime(m, separation));
      endsBeforeSeparation.add(end.until(YearMonth.from(separation), ChronoUnit.MONTHS));
      // before it: one to three months without a record, then consecutive earlier months
      if (earlier > 0) {
        YearMonth earlierEnd = months.get(earlier - 1).month();
        gaps.add(earlierEnd.until(lastRun.get(0).month(), ChronoUnit.MONTHS) - 1);
        for (int i = 0; i < earlier; i++) {
          assertThat(months.get(i).month()).isEqualTo(earlierEnd.minusMonths(earlier - 1L - i));
        }
      }
    }
    assertThat(runs).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(separations).contains(FIRST_SEPARATION, LAST_SEPARATION);
    assertThat(applicationDelays).first().isEqualTo(0L);
    assertThat(applicationDelays).last().isEqualTo(60L);
    assertThat(endsBeforeSeparation).containsExactly(0L, 1L, 2L, 3L);
    assertThat(gaps).containsExactly(1L, 2L, 3L);
    // up to 24 earlier months, none at all too
    assertThat(earlierCounts).first().isEqualTo(0);
    assertThat(earlierCounts).last().isEqualTo(24);
  }

  /**
   * The months before the gap are paid in time or are 补缴: paid after the separation, on or before
   * the application; the 补缴 days reach from the day after the separation to the application day.
   */
  @Test
  void earlierMonthsArePaidInTimeOrBackPaidBetweenTheSeparationAndTheApplication() {
    boolean backPaidTheDayAfter = false;
    boolean backPaidOnTheApplicationDayLater = false;
    for (ContributionCase c : withBounds(ControlGens.contributionCases(), 12, 2000)) {
      LocalDate separation = c.record().separationDate();
      LocalDate application = c.record().applicationDate();
      List<ContributionMonth> months = sorted(c);
      for (ContributionMonth m : months.subList(0, months.size() - c.lastRunMonths())) {
        if (paidInTime(m, separation)) {
          continue;
        }
        assertThat(m.paidOn()).isAfter(separation).isBeforeOrEqualTo(application);
        backPaidTheDayAfter |= m.paidOn().equals(separation.plusDays(1));
        backPaidOnTheApplicationDayLater |=
            m.paidOn().equals(application) && application.isAfter(separation.plusDays(1));
      }
    }
    assertThat(backPaidTheDayAfter).isTrue();
    assertThat(backPaidOnTheApplicationDayLater).isTrue();
  }

  /**
   * "Within the run the employer changes now and then": about one month in four; and "some paid
   * after the separation (补缴)": about one earlier month in four, when the application leaves a day
   * for it.
   */
  @Test
  void theEmployerChangesAndMonthsAreBackPaidAboutOneMonthInFour() {
    int runMonths = 0;
    int changes = 0;
    int earlierMonths = 0;
    int backPaid = 0;
    for (ContributionCase c : ControlGens.contributionCases().samples(13, 2000)) {
      List<ContributionMonth> months = sorted(c);
      int earlier = months.size() - c.lastRunMonths();
      for (int i = earlier + 1; i < months.size(); i++) {
        runMonths++;
        if (!months.get(i).employer().equals(months.get(i - 1).employer())) {
          changes++;
        }
      }
      LocalDate separation = c.record().separationDate();
      if (c.record().applicationDate().isAfter(separation)) {
        for (ContributionMonth m : months.subList(0, earlier)) {
          earlierMonths++;
          if (m.paidOn().isAfter(separation)) {
            backPaid++;
          }
        }
      }
    }
    assertThat((double) changes / runMonths).isBetween(0.15, 0.35);
    assertThat((double) backPaid / earlierMonths).isBetween(0.15, 0.35);
  }

  // ------------------------------------------------------- concurrent-benefit requests (一(五))

  private static long recorded(ClaimHistory claim, StopEventType type) {
    return claim.stopEvents().stream().filter(e -> e.type() == type).count();
  }

  @Test
  void theSimplestConcurrentBenefitsRequestHasNoOtherBenefit() {
    assertThat(allLow(ControlGens.concurrentBenefitsRequests()).otherBenefits()).isEmpty();
  }

  /**
   * At most one period of each benefit; a basic pension or 病残津贴 starts on the claim's own stop
   * event of its type if the claim records one, is left out if it records two, and else starts from
   * the registration to the last event date; 灵活就业社保补贴 from two months before the registration; a
   * closed period lasts up to 120 days.
   */
  @Test
  void otherBenefitPeriodsStartWhereTheClaimAllowsAndKeepTheirLengths() {
    Set<OtherBenefitKind> kinds = EnumSet.noneOf(OtherBenefitKind.class);
    Set<OtherBenefitKind> onTheirEvent = EnumSet.noneOf(OtherBenefitKind.class);
    Set<OtherBenefitKind> besideTwoOtherEvents = EnumSet.noneOf(OtherBenefitKind.class);
    Set<Long> lengths = new TreeSet<>();
    boolean flexibleBeforeRegistration = false;
    boolean flexibleNearTheLastEventDate = false;
    boolean open = false;
    for (ConcurrentBenefitsRequest r :
        withBounds(ControlGens.concurrentBenefitsRequests(), 21, 2000)) {
      ClaimHistory claim = r.claim();
      LocalDate registered = claim.registrationDate();
      Set<OtherBenefitKind> seen = EnumSet.noneOf(OtherBenefitKind.class);
      for (OtherBenefitPeriod p : r.otherBenefits()) {
        assertThat(seen.add(p.kind())).as("one period of %s", p.kind()).isTrue();
        kinds.add(p.kind());
        assertThat(p.from()).isBeforeOrEqualTo(LAST_EVENT_DATE);
        if (p.kind().stopEventType().isPresent()) {
          StopEventType type = p.kind().stopEventType().get();
          long times = recorded(claim, type);
          assertThat(times).as("a benefit whose stop event is recorded twice").isLessThan(2);
          assertThat(p.from()).isAfterOrEqualTo(registered);
          if (times == 1) {
            LocalDate eventDay =
                claim.stopEvents().stream()
                    .filter(e -> e.type() == type)
                    .map(StopEvent::date)
                    .findFirst()
                    .orElseThrow();
            assertThat(p.from()).isEqualTo(eventDay);
            onTheirEvent.add(p.kind());
          } else if (claim.stopEvents().size() == 2) {
            besideTwoOtherEvents.add(p.kind());
          }
        } else {
          assertThat(p.from()).isAfterOrEqualTo(registered.minusDays(61));
          flexibleBeforeRegistration |= p.from().isBefore(registered);
          flexibleNearTheLastEventDate |= p.from().isAfter(LAST_EVENT_DATE.minusDays(30));
        }
        if (p.to().isPresent()) {
          lengths.add(ChronoUnit.DAYS.between(p.from(), p.to().get()));
        } else {
          open = true;
        }
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(OtherBenefitKind.values());
    assertThat(onTheirEvent)
        .containsExactlyInAnyOrder(
            OtherBenefitKind.BASIC_PENSION, OtherBenefitKind.DISABILITY_ALLOWANCE);
    // two stop events of other types do not keep a benefit out: only its own, recorded twice
    assertThat(besideTwoOtherEvents)
        .containsExactlyInAnyOrder(
            OtherBenefitKind.BASIC_PENSION, OtherBenefitKind.DISABILITY_ALLOWANCE);
    assertThat(flexibleBeforeRegistration).isTrue();
    assertThat(flexibleNearTheLastEventDate).isTrue();
    assertThat(open).isTrue();
    assertThat(lengths).first().isEqualTo(0L);
    assertThat(lengths).last().isEqualTo(120L);
  }

  /** Each benefit is present about one time in three; about one period in three is open. */
  @Test
  void aboutOnePeriodInThreeIsOpen() {
    int periods = 0;
    int open = 0;
    for (ConcurrentBenefitsRequest r : ControlGens.concurrentBenefitsRequests().samples(22, 2000)) {
      for (OtherBenefitPeriod p : r.otherBenefits()) {
        periods++;
        if (p.to().isEmpty()) {
          open++;
        }
      }
    }
    assertThat((double) periods / (2000 * OtherBenefitKind.values().length)).isBetween(0.2, 0.45);
    assertThat((double) open / periods).isBetween(0.2, 0.45);
  }

  // ------------------------------------------------------------------ roster cases (四)

  @Test
  void rosterCasesKeepTheirRangesAndReachBothEnds() {
    Set<Integer> counts = new TreeSet<>();
    Set<String> people = new TreeSet<>();
    Set<LocalDate> asOfs = new HashSet<>();
    Set<LocalDate> froms = new HashSet<>();
    Set<Long> lengths = new TreeSet<>();
    boolean startsAfterTheDateAsked = false;
    for (RosterCase c : withBounds(ControlGens.rosterCases(), 31, 2000)) {
      assertThat(c.asOf()).isBetween(FIRST_DAY, LocalDate.of(2026, 12, 31));
      asOfs.add(c.asOf());
      List<PostAssignment> assignments = c.roster().assignments();
      counts.add(assignments.size());
      Set<String> inThisRoster = new HashSet<>();
      for (PostAssignment a : assignments) {
        inThisRoster.add(a.person());
        assertThat(a.from()).isBetween(FIRST_DAY, LocalDate.of(2026, 6, 30));
        froms.add(a.from());
        a.to().ifPresent(to -> lengths.add(ChronoUnit.DAYS.between(a.from(), to)));
        startsAfterTheDateAsked |= a.from().isAfter(c.asOf());
      }
      assertThat(inThisRoster).hasSizeLessThanOrEqualTo(3);
      people.addAll(inThisRoster);
    }
    assertThat(counts).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(people).containsExactly("p1", "p2", "p3");
    assertThat(asOfs).contains(FIRST_DAY, LocalDate.of(2026, 12, 31));
    assertThat(froms).contains(FIRST_DAY, LocalDate.of(2026, 6, 30));
    assertThat(lengths).first().isEqualTo(0L);
    assertThat(lengths).last().isEqualTo(365L);
    assertThat(startsAfterTheDateAsked).isTrue();
  }

  /** "Closed after up to a year or open, now and then acting": about one in four each. */
  @Test
  void aboutOneAssignmentInFourIsOpenAndOneInFourActing() {
    int assignments = 0;
    int open = 0;
    int acting = 0;
    for (RosterCase c : ControlGens.rosterCases().samples(32, 1000)) {
      for (PostAssignment a : c.roster().assignments()) {
        assignments++;
        open += a.to().isEmpty() ? 1 : 0;
        acting += a.kind() == AssignmentKind.ACTING ? 1 : 0;
      }
    }
    assertThat((double) open / assignments).isBetween(0.15, 0.35);
    assertThat((double) acting / assignments).isBetween(0.15, 0.35);
  }

  @Test
  void assignmentPairsAreOnePersonOnTwoPostsAndTheSimplestIsClosedOnItsFirstDay() {
    for (AssignmentPair pair : withBounds(ControlGens.assignmentPairs(), 41, 500)) {
      assertThat(pair.one().person()).isEqualTo("p1");
      assertThat(pair.other().person()).isEqualTo("p1");
      assertThat(pair.other().post()).isNotEqualTo(pair.one().post());
    }
    AssignmentPair simplest = allLow(ControlGens.assignmentPairs());
    assertThat(simplest.asOf()).isEqualTo(FIRST_DAY);
    assertThat(simplest.one())
        .isEqualTo(PostAssignment.of("p1", DutyPost.AUDIT, FIRST_DAY, FIRST_DAY));
    assertThat(simplest.other())
        .isEqualTo(PostAssignment.of("p1", DutyPost.BUSINESS_OPERATION, FIRST_DAY, FIRST_DAY));
  }
}
