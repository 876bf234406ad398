package io.github.cqui.rules.testing;

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
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of valid inputs for the control rules (渝人社办〔2025〕112号 三(一), 一(五), 四), valid by
 * construction. Smaller draws give simpler values: shorter records and runs, fewer employers, fewer
 * periods, fewer and shorter assignments, earlier dates.
 *
 * <p>Stateless and thread-safe.
 */
public final class ControlGens {

  /** The employers of generated contribution records, in the order they are taken. */
  static final List<String> EMPLOYERS = List.of("A公司", "B公司", "C公司", "D公司");

  /**
   * The first separation date generated: a year before 渝人社办〔2025〕112号, so some are not assessed.
   */
  static final LocalDate FIRST_SEPARATION = LocalDate.of(2024, 8, 1);

  /** The posts, in declaration order. */
  private static final List<DutyPost> POSTS = List.of(DutyPost.values());

  /** The first day of a generated assignment or asked-for date. */
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

  private ControlGens() {}

  /**
   * A contribution record with the length of its last run known by construction: the last run is
   * {@code lastRunMonths} months, every one paid on or before the separation, ending at most three
   * months before the separation month; before it lie one to three months without a record, then up
   * to 24 earlier months, some paid after the separation (补缴). So the last run is the same whether
   * 补缴 months count or not (I-19). A month not paid after the separation is paid in time: from the
   * first day of the month to at most 40 days later, not after the separation; a 补缴 month is paid
   * from the day after the separation to the application day.
   *
   * @param record the record
   * @param lastRunMonths the months of its last run, 0 for an empty record
   */
  public record ContributionCase(ContributionRecord record, int lastRunMonths) {

    /**
     * The month the last run ends in.
     *
     * @return the latest month of the record; empty for an empty record
     */
    public Optional<YearMonth> lastRunEnd() {
      return record.months().stream().map(ContributionMonth::month).max(YearMonth::compareTo);
    }
  }

  /**
   * Contribution cases: a last run of 0 to 8 months (drawn first: the threshold in force is 4), a
   * separation from 2024-08-01 to 2026-06-30 (so applications before 2025-08-01 are generated too),
   * an application 0 to 60 days later. Within the run the employer changes now and then (about one
   * month in four); the earlier months change employer freely, and about one in four of them is 补缴
   * when the application leaves a day for it.
   *
   * @return the generator
   */
  public static Gen<ContributionCase> contributionCases() {
    return draws -> {
      int run = draws.draw(0, 8);
      LocalDate separation = FIRST_SEPARATION.plusDays(draws.draw(0, 698));
      LocalDate application = separation.plusDays(draws.draw(0, 60));
      List<ContributionMonth> months = new ArrayList<>();
      if (run > 0) {
        YearMonth end = YearMonth.from(separation).minusMonths(draws.draw(0, 3));
        int employer = 0;
        for (YearMonth m = end.minusMonths(run - 1L); !m.isAfter(end); m = m.plusMonths(1)) {
          // a change of employer is drawn as 3
          if (draws.draw(0, 3) == 3) {
            employer = (employer + 1) % EMPLOYERS.size();
          }
          months.add(
              ContributionMonth.of(m, EMPLOYERS.get(employer), inTime(draws, m, separation)));
        }
        YearMonth earlierEnd = end.minusMonths(run).minusMonths(draws.draw(1, 3));
        int earlier = draws.draw(0, 24);
        long backPayDays = ChronoUnit.DAYS.between(separation, application);
        for (int i = 0; i < earlier; i++) {
          YearMonth m = earlierEnd.minusMonths(i);
          String who = EMPLOYERS.get(draws.draw(0, EMPLOYERS.size() - 1));
          // 补缴 is drawn as 1, and needs a day after the separation and not after the application
          boolean backPaid = draws.draw(0, 3) == 1 && backPayDays > 0;
          LocalDate paidOn =
              backPaid
                  ? separation.plusDays(1 + draws.draw(0, (int) backPayDays - 1))
                  : inTime(draws, m, separation);
          months.add(ContributionMonth.of(m, who, paidOn));
        }
      }
      return new ContributionCase(ContributionRecord.of(separation, application, months), run);
    };
  }

  /** A day from the start of {@code month} to at most 40 days later, not after the separation. */
  private static LocalDate inTime(Draws draws, YearMonth month, LocalDate separation) {
    long room = Math.min(40, ChronoUnit.DAYS.between(month.atDay(1), separation));
    return month.atDay(1).plusDays(draws.draw(0, (int) room));
  }

  /**
   * Concurrent-benefit requests: a claim of {@link LedgerGens#claimHistories()} and at most one
   * period of each other benefit, each present when drawn. A basic pension or 病残津贴 starts on or
   * after the registration, early enough that its report deadline is inside the bundled calendar —
   * on the day of the claim's own stop event of that type, if the claim records one, and is left
   * out if the claim records two; 灵活就业社保补贴 may start up to two months (61 days) before the
   * registration. No period starts after 2026-11-20, the last day a claim's stop event may fall on.
   * Each benefit is present about one time in three; periods are open (about one in three) or
   * closed (0 to 120 days). The simplest request has no other benefit.
   *
   * @return the generator
   */
  public static Gen<ConcurrentBenefitsRequest> concurrentBenefitsRequests() {
    return LedgerGens.claimHistories()
        .flatMap(
            claim ->
                draws -> {
                  List<OtherBenefitPeriod> periods = new ArrayList<>();
                  for (OtherBenefitKind kind : OtherBenefitKind.values()) {
                    // present is drawn as 1; a benefit whose stop event the claim records twice
                    // has no single start that agrees with both, so it is left out
                    if (draws.draw(0, 2) != 1 || recordedTwice(claim, kind.stopEventType())) {
                      continue;
                    }
                    LocalDate from = start(draws, claim, kind.stopEventType());
                    periods.add(
                        draws.draw(0, 2) == 2
                            ? OtherBenefitPeriod.openFrom(kind, from)
                            : OtherBenefitPeriod.of(kind, from, from.plusDays(draws.draw(0, 120))));
                  }
                  return ConcurrentBenefitsRequest.of(claim, periods);
                });
  }

  private static boolean recordedTwice(ClaimHistory claim, Optional<StopEventType> type) {
    return type.isPresent()
        && claim.stopEvents().stream().filter(e -> e.type() == type.get()).count() > 1;
  }

  private static LocalDate start(
      Draws draws, ClaimHistory claim, Optional<StopEventType> stopEventType) {
    LocalDate registered = claim.registrationDate();
    int room = (int) ChronoUnit.DAYS.between(registered, LedgerGens.LAST_EVENT_DATE);
    if (stopEventType.isEmpty()) {
      return registered.minusDays(61).plusDays(draws.draw(0, room + 61));
    }
    for (StopEvent event : claim.stopEvents()) {
      if (event.type() == stopEventType.get()) {
        return event.date();
      }
    }
    return registered.plusDays(draws.draw(0, room));
  }

  /**
   * A staff roster and the date the check is asked for.
   *
   * @param roster the roster
   * @param asOf the date asked for
   */
  public record RosterCase(StaffRoster roster, LocalDate asOf) {}

  /**
   * Roster cases: the date asked for from 2025-01-01 to 2026-12-31 (drawn first), then 0 to 10
   * assignments among one to three people ({@code p1} …), each of a drawn post, starting from
   * 2025-01-01 to 2026-06-30 (some after the date asked), closed after 0 to 365 days or open (about
   * one in four), now and then (about one in four) acting.
   *
   * @return the generator
   */
  public static Gen<RosterCase> rosterCases() {
    return draws -> {
      LocalDate asOf = FIRST_DAY.plusDays(draws.draw(0, 729));
      int people = draws.draw(1, 3);
      int count = draws.draw(0, 10);
      List<PostAssignment> assignments = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        assignments.add(assignment(draws, "p" + (1 + draws.draw(0, people - 1))));
      }
      return new RosterCase(StaffRoster.of(assignments), asOf);
    };
  }

  /**
   * Two assignments of one person, to two different posts, and the date asked for: the smallest
   * roster on which the forbidden pairs and the cooling-off period act.
   *
   * @param one an assignment
   * @param other another assignment of the same person, to another post
   * @param asOf the date asked for
   */
  public record AssignmentPair(PostAssignment one, PostAssignment other, LocalDate asOf) {}

  /**
   * Assignment pairs, drawn as in {@link #rosterCases()}; the second post is drawn among the three
   * others. The simplest pair holds the first post and the next substantively, each for the one day
   * 2025-01-01, asked about that day.
   *
   * @return the generator
   */
  public static Gen<AssignmentPair> assignmentPairs() {
    return draws -> {
      LocalDate asOf = FIRST_DAY.plusDays(draws.draw(0, 729));
      PostAssignment one = assignment(draws, "p1");
      List<DutyPost> others = new ArrayList<>(POSTS);
      others.remove(one.post());
      DutyPost otherPost = others.get(draws.draw(0, others.size() - 1));
      PostAssignment drawn = assignment(draws, "p1");
      PostAssignment other = ControlLaws.withPost(drawn, otherPost);
      return new AssignmentPair(one, other, asOf);
    };
  }

  private static PostAssignment assignment(Draws draws, String person) {
    DutyPost post = POSTS.get(draws.draw(0, POSTS.size() - 1));
    LocalDate from = FIRST_DAY.plusDays(draws.draw(0, 545));
    // open is drawn as 3, acting as 3
    boolean open = draws.draw(0, 3) == 3;
    PostAssignment.Builder b = PostAssignment.builder().person(person).post(post).from(from);
    if (!open) {
      b.to(from.plusDays(draws.draw(0, 365)));
    }
    if (draws.draw(0, 3) == 3) {
      b.kind(AssignmentKind.ACTING);
    }
    return b.build();
  }
}
