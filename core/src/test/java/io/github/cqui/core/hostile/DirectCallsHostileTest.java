package io.github.cqui.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cqui.CquiException;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Limits;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.InstalmentAgreement;
import io.github.cqui.rules.recovery.OddFenPlacement;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.Repayment;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.DeadlineGens;
import io.github.cqui.rules.testing.Draws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.RecoveryGens;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile direct calls (issue 12, TESTING.md kind 5): valid requests from the testing package's
 * generators, mutated through the public API toward the extremes — dates at and beyond {@link
 * Limits} and at {@link LocalDate#MIN} and {@link LocalDate#MAX}, amounts at the {@code long}
 * limits, counts at the {@code int} limits, empty, huge and duplicate lists, periods out of order,
 * {@code null} through the builders — and run through every rule of {@link Chongqing#rules()}, with
 * the default switches and with every switch turned.
 *
 * <p>The laws:
 *
 * <ol>
 *   <li>Every outcome is a result or a {@link CquiException}; an {@link InvalidInputException}
 *       names a field that its message starts with. Never another exception type, and never more
 *       than {@link #HANG_GUARD_NANOS} for one input (a hang guard, not a timing).
 *   <li>An accepted request rebuilt from its own accessors is equal, and gives an equal result.
 *   <li>A refused claim stays refused when a valid field is added to it.
 * </ol>
 *
 * <p>{@code 10 × cqui.tries} inputs (3,000 in the build); the counts by class go to {@code
 * target/hostile-direct-calls.txt}.
 */
class DirectCallsHostileTest {

  /** A bound per input, far above what any takes: it catches a hang or a runaway walk. */
  static final long HANG_GUARD_NANOS = 1_000_000_000L;

  private static final int TRIES = Integer.getInteger(Property.TRIES_PROPERTY, 300);

  private static final Chongqing DEFAULT = Chongqing.rules();

  /** Every switch turned from its default. */
  private static final Chongqing SWITCHED =
      DEFAULT.withSwitches(
          s ->
              s.entitlementStart(EntitlementStart.APPLICATION_DATE)
                  .retirementMonth(RetirementMonth.PAID)
                  .nearRetirementExtension(true)
                  .applyRegulationArticle20Item6(true)
                  .maximumSuspensionMonths(3)
                  .stopInEventMonth(List.of(StopEventType.values()))
                  .noticeRollForward(!DEFAULT.switches().noticeRollForward())
                  .deductionCapPercent(50)
                  .premiumInSuspendedMonths(!DEFAULT.switches().premiumInSuspendedMonths())
                  .countBackPaidMonths(!DEFAULT.switches().countBackPaidMonths()));

  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.MIN,
          LocalDate.MAX,
          LocalDate.of(0, 1, 1),
          LocalDate.of(1, 1, 1),
          LocalDate.of(1899, 12, 31),
          Limits.EARLIEST_DATE,
          LocalDate.of(2014, 12, 31),
          LocalDate.of(2027, 1, 1),
          Limits.LATEST_DATE,
          LocalDate.of(2200, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(-999_999_999, 1, 1),
          LocalDate.of(999_999_999, 12, 31));

  private static final List<YearMonth> MONTHS =
      List.of(
          YearMonth.of(-999_999_999, 1),
          YearMonth.of(999_999_999, 12),
          YearMonth.of(0, 1),
          YearMonth.of(1899, 12),
          YearMonth.of(1900, 1),
          YearMonth.of(2014, 12),
          YearMonth.of(2027, 1),
          YearMonth.of(2100, 12),
          YearMonth.of(2199, 12),
          YearMonth.of(2200, 1),
          YearMonth.of(9999, 12));

  private static final List<Money> AMOUNTS =
      List.of(
          Money.ofFen(Long.MAX_VALUE),
          Money.ofFen(Long.MIN_VALUE),
          Money.ofFen(Long.MAX_VALUE / 2),
          Limits.MAX_AMOUNT,
          Limits.MAX_AMOUNT.plus(Money.ofFen(1)),
          Money.ofFen(-1),
          Money.zero());

  private static final List<Integer> INTS =
      List.of(Integer.MIN_VALUE, -1, 0, 1, 24, 25, 360, 361, Integer.MAX_VALUE);

  /** One hostile input: its class, what was done, the call, and the laws' extra calls. */
  record Probe(
      String kind,
      String detail,
      Supplier<Object> call,
      @Nullable Supplier<Object> rebuilt,
      @Nullable Supplier<Object> withValidAddition) {

    @Override
    public String toString() {
      return kind + ": " + detail;
    }
  }

  private static final Map<String, long[]> COUNTS = new TreeMap<>();

  @Test
  void everyHostileCallGivesAResultOrTheLibrarysRefusalNamingAField() {
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () ->
            Property.forAll("hostile direct calls", probes())
                .check(10 * TRIES, DirectCallsHostileTest::law));
    long nanos = System.nanoTime() - start;
    long total = COUNTS.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    assertThat(total).isGreaterThanOrEqualTo(10L * TRIES);
    assertThat(COUNTS.keySet())
        .contains(
            "extreme date",
            "extreme month",
            "extreme amount",
            "extreme count",
            "empty, huge and duplicate lists",
            "periods out of order",
            "null through a builder",
            "valid, default and switched",
            "money at the limits");
    StringBuilder report =
        new StringBuilder(
            String.format("hostile direct calls: %,d inputs in %.1f s%n", total, nanos / 1e9));
    COUNTS.forEach(
        (kind, c) ->
            report.append(
                String.format(
                    "  %-40s %,7d  (accepted %,d, refused %,d)%n", kind, c[0] + c[1], c[0], c[1])));
    write("hostile-direct-calls.txt", report.toString());
  }

  @AfterAll
  static void counted() {
    assertThat(COUNTS).isNotEmpty();
  }

  static void write(String name, String text) {
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // ---- the laws -----------------------------------------------------------------------------

  static void law(Probe probe) {
    @Nullable Object result = outcome(probe, probe.call());
    COUNTS.computeIfAbsent(probe.kind(), k -> new long[2])[result != null ? 0 : 1]++;
    if (result != null && probe.rebuilt() != null) {
      Object again = outcome(probe, probe.rebuilt());
      if (!result.equals(again)) {
        throw new AssertionError(
            "rebuilt from its own accessors, it gave another result: " + probe);
      }
    }
    if (result == null && probe.withValidAddition() != null) {
      if (outcome(probe, probe.withValidAddition()) != null) {
        throw new AssertionError("refused, but accepted with a valid field added: " + probe);
      }
    }
  }

  /** The result, or null for the library's refusal naming a field; anything else breaks law 1. */
  private static @Nullable Object outcome(Probe probe, Supplier<Object> call) {
    long start = System.nanoTime();
    Object result = null;
    try {
      result = Objects.requireNonNull(call.get(), "a rule returned null");
    } catch (InvalidInputException e) {
      String message = String.valueOf(e.getMessage());
      if (e.field().isBlank() || !message.startsWith(e.field()) || message.length() > 2_000) {
        throw new AssertionError("a refusal that names no field: " + message + " for " + probe, e);
      }
    } catch (CquiException e) {
      if (String.valueOf(e.getMessage()).isBlank()) {
        throw new AssertionError("a refusal with no message for " + probe, e);
      }
    } catch (ArithmeticException e) {
      // documented on Money's exact arithmetic (plus, minus, negated, multipliedBy, dividedBy:
      // "@throws ArithmeticException" on overflow or a zero divisor, as Math.addExact and
      // Joda-Money); nowhere else
      if (!probe.kind().equals("money at the limits") || !probe.detail().startsWith("exact ")) {
        throw new AssertionError("not the library's exception: " + e + " for " + probe, e);
      }
    } catch (Throwable e) { // any other throwable breaks the law, errors included
      throw new AssertionError("not the library's exception: " + e + " for " + probe, e);
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > HANG_GUARD_NANOS) {
      throw new AssertionError("took " + elapsed / 1_000_000 + " ms (the guard is 1 s): " + probe);
    }
    return result;
  }

  // ---- the inputs ---------------------------------------------------------------------------

  static Gen<Probe> probes() {
    return Gen.frequency(
        Gen.weighted(2, valid()),
        Gen.weighted(4, extremeDates()),
        Gen.weighted(2, extremeMonths()),
        Gen.weighted(2, extremeAmounts()),
        Gen.weighted(2, extremeCounts()),
        Gen.weighted(2, lists()),
        Gen.weighted(1, outOfOrder()),
        Gen.weighted(1, nulls()),
        Gen.weighted(1, moneyKernel()));
  }

  private static <T> T pick(Draws draws, List<T> values) {
    return values.get(draws.draw(0, values.size() - 1));
  }

  private static Chongqing rules(Draws draws) {
    return draws.draw(0, 1) == 0 ? DEFAULT : SWITCHED;
  }

  private static ClaimHistory claim(Draws draws) {
    return LedgerGens.claimHistories().generate(draws);
  }

  private static ImmutableClaimHistory.Builder from(ClaimHistory claim) {
    return ClaimHistory.builder().from(claim);
  }

  /** A valid standard of a tier from a month no generated claim uses: a field added validly. */
  private static ClaimHistory withValidStandard(ClaimHistory claim) {
    return from(claim)
        .addStandards(
            BenefitStandard.of(YearMonth.of(2019, 7), BenefitTier.TIER_2, Money.ofYuan("1.00")))
        .build();
  }

  /** A claim's probe: built by {@code build}, run through every rule that takes a claim. */
  private static Probe claimProbe(
      String kind, String detail, Chongqing rules, Supplier<ClaimHistory> build, int rule) {
    Supplier<Object> call = () -> claimRule(rules, build.get(), rule);
    Supplier<Object> rebuilt = () -> claimRule(rules, from(build.get()).build(), rule);
    Supplier<Object> added = () -> claimRule(rules, withValidStandard(build.get()), rule);
    return new Probe(kind, detail + " (rule " + rule + ")", call, rebuilt, added);
  }

  private static Object claimRule(Chongqing rules, ClaimHistory claim, int rule) {
    switch (rule) {
      case 0:
        return rules.benefits().ledger(claim);
      case 1:
        return rules.controls().concurrentBenefits(ConcurrentBenefitsRequest.of(claim, List.of()));
      case 2:
        return rules.recovery().overpaymentDebt(claim, claim.registrationDate().plusMonths(40));
      default:
        return rules
            .premium()
            .reimbursement(
                ReimbursementRequest.builder()
                    .from(PremiumGens.reimbursementRequests().samples(rule, 1).get(0))
                    .claim(claim)
                    .build());
    }
  }

  private static Gen<Probe> valid() {
    return draws -> {
      Chongqing rules = rules(draws);
      int which = draws.draw(0, 5);
      String kind = "valid, default and switched";
      switch (which) {
        case 0:
          {
            ClaimHistory claim = claim(draws);
            return claimProbe(kind, "a generated claim", rules, () -> claim, draws.draw(0, 3));
          }
        case 1:
          {
            ReviewRequest request = DeadlineGens.reviewRequests(rules).generate(draws);
            return new Probe(
                kind,
                request.toString(),
                () -> rules.deadlines().reviewDeadline(request),
                () ->
                    rules.deadlines().reviewDeadline(ReviewRequest.builder().from(request).build()),
                null);
          }
        case 2:
          {
            EntitlementRequest request =
                io.github.cqui.rules.testing.BenefitGens.entitlementRequests(rules).generate(draws);
            return new Probe(
                kind,
                request.toString(),
                () -> rules.entitlements().entitlement(request),
                () ->
                    rules
                        .entitlements()
                        .entitlement(EntitlementRequest.builder().from(request).build()),
                null);
          }
        case 3:
          {
            ContributionRecord record = ControlGens.contributionCases().generate(draws).record();
            return new Probe(
                kind,
                record.toString(),
                () -> rules.controls().shortContributionRisk(record),
                () ->
                    rules
                        .controls()
                        .shortContributionRisk(ContributionRecord.builder().from(record).build()),
                null);
          }
        case 4:
          {
            RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().generate(draws);
            return new Probe(
                kind,
                c.toString(),
                () -> rules.recovery().schedule(c.debt(), c.plan()),
                () ->
                    rules
                        .recovery()
                        .schedule(
                            OverpaymentDebt.of(c.debt().establishedOn(), c.debt().months()),
                            RecoveryPlan.builder().from(c.plan()).build()),
                null);
          }
        default:
          {
            LocalDate published = DeadlineGens.publicationDates(rules).generate(draws);
            return new Probe(
                kind,
                "published " + published,
                () -> rules.notices().publicNotice(published),
                null,
                null);
          }
      }
    };
  }

  private static Gen<Probe> extremeDates() {
    return draws -> {
      Chongqing rules = rules(draws);
      LocalDate date = pick(draws, DATES);
      int where = draws.draw(0, 16);
      String kind = "extreme date";
      String detail = date + " as #" + where;
      switch (where) {
        case 0:
          return probe(
              kind, detail, () -> rules.deadlines().reviewDeadline(ReviewRequest.of(date)));
        case 1:
          return probe(
              kind,
              detail,
              () ->
                  rules.deadlines().reportDeadline(StopEventReport.of(date, StopEventType.DEATH)));
        case 2:
          return probe(
              kind,
              detail,
              () -> rules.entitlements().entitlement(EntitlementRequest.of(date, 50)));
        case 3:
          return probe(kind, detail, () -> rules.notices().publicNotice(date));
        case 4:
          {
            PublicNoticePeriod notice = rules.notices().publicNotice(LocalDate.of(2025, 9, 8));
            boolean confirmed = draws.draw(0, 1) == 1;
            return probe(
                kind,
                detail + (confirmed ? " confirmed" : " asOf"),
                () ->
                    confirmed
                        ? rules
                            .notices()
                            .noticeEntryStatus(notice, Optional.of(date), LocalDate.of(2025, 11, 1))
                        : rules.notices().noticeEntryStatus(notice, Optional.empty(), date));
          }
        case 5:
          {
            ReviewDeadline review =
                rules.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
            boolean status = draws.draw(0, 1) == 1;
            return probe(
                kind,
                detail,
                () ->
                    status
                        ? rules.deadlines().reviewStatus(review, date)
                        : rules.deadlines().resubmission(review, ReviewRequest.of(date)));
          }
        case 6:
          {
            ClaimHistory claim = claim(draws);
            return claimProbe(
                kind,
                detail + " registration",
                rules,
                () -> from(claim).registrationDate(date).build(),
                draws.draw(0, 3));
          }
        case 7:
          {
            ClaimHistory claim = claim(draws);
            return claimProbe(
                kind,
                detail + " application",
                rules,
                () -> from(claim).applicationDate(date).build(),
                draws.draw(0, 3));
          }
        case 8:
          {
            ClaimHistory claim = claim(draws);
            return claimProbe(
                kind,
                detail + " verification",
                rules,
                () -> from(claim).addVerifications(Verification.on(date)).build(),
                draws.draw(0, 3));
          }
        case 9:
          {
            ClaimHistory claim = claim(draws);
            StopEventType type = pick(draws, List.of(StopEventType.values()));
            return claimProbe(
                kind,
                detail + " stop event " + type,
                rules,
                () -> from(claim).addStopEvents(StopEvent.of(type, date)).build(),
                draws.draw(0, 3));
          }
        case 10:
          {
            ContributionRecord record = ControlGens.contributionCases().generate(draws).record();
            boolean separation = draws.draw(0, 1) == 1;
            return probe(
                kind,
                detail + (separation ? " separation" : " application"),
                () ->
                    rules
                        .controls()
                        .shortContributionRisk(
                            separation
                                ? ContributionRecord.builder()
                                    .from(record)
                                    .separationDate(date)
                                    .build()
                                : ContributionRecord.builder()
                                    .from(record)
                                    .applicationDate(date)
                                    .build()));
          }
        case 11:
          {
            ControlGens.RosterCase c = ControlGens.rosterCases().generate(draws);
            return probe(
                kind, detail, () -> rules.controls().segregationOfDuties(c.roster(), date));
          }
        case 12:
          {
            ClaimHistory claim = claim(draws);
            return probe(kind, detail, () -> rules.recovery().overpaymentDebt(claim, date));
          }
        case 13:
          return probe(
              kind,
              detail,
              () ->
                  rules
                      .recovery()
                      .enforcementTimeline(
                          EnforcementRequest.builder()
                              .decisionServedOn(date)
                              .rightsStated(draws.draw(0, 1) == 1)
                              .build()));
        case 14:
          {
            EnforcementRequest request = DeadlineGens.enforcementRequests(rules).generate(draws);
            return probe(
                kind,
                detail,
                () ->
                    rules
                        .recovery()
                        .enforcementStep(rules.recovery().enforcementTimeline(request), date));
          }
        case 15:
          {
            RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().generate(draws);
            boolean lump = draws.draw(0, 1) == 1;
            return probe(
                kind,
                detail + (lump ? " lump sum" : " instalments"),
                () ->
                    rules
                        .recovery()
                        .schedule(
                            c.debt(),
                            lump
                                ? RecoveryPlan.lumpSum(date)
                                : RecoveryPlan.instalments(
                                    InstalmentAgreement.of(
                                        3, date, 1, OddFenPlacement.values()[0]))));
          }
        default:
          {
            RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().generate(draws);
            return probe(
                kind,
                detail + " repayment",
                () -> {
                  RecoverySchedule schedule = rules.recovery().schedule(c.debt(), c.plan());
                  return rules
                      .recovery()
                      .status(
                          schedule,
                          RepaymentHistory.builder()
                              .asOf(date)
                              .addRepayments(Repayment.of(date, Money.ofYuan("10.00")))
                              .build());
                });
          }
      }
    };
  }

  private static final List<String> YUAN_TEXTS =
      List.of(
          "1E+2147483647",
          "-1E+2147483647",
          "1E-2147483647",
          "9.3E+16",
          "92233720368547758.07",
          "92233720368547758.08",
          "-92233720368547758.09",
          "0.001",
          "1".repeat(100_000),
          "",
          " 1.00",
          "NaN",
          "1.00");

  /**
   * Money's own limits (issue 12): {@code allocate(Integer.MAX_VALUE)} ran out of memory, {@code
   * ofYuan} with a huge exponent threw NegativeArraySizeException; every factory and split at the
   * {@code int} and {@code long} limits.
   */
  private static Gen<Probe> moneyKernel() {
    return draws -> {
      String kind = "money at the limits";
      Money amount = pick(draws, AMOUNTS);
      int n = pick(draws, INTS);
      String text = pick(draws, YUAN_TEXTS);
      String shown = text.length() > 30 ? text.substring(0, 30) + "…" : text;
      switch (draws.draw(0, 7)) {
        case 0:
          return probe(kind, amount + ".allocate(" + n + ")", () -> amount.allocate(n));
        case 1:
          return probe(
              kind,
              amount + ".allocate(" + n + ", " + n + ")",
              () -> amount.allocate((long) n, (long) n));
        case 2:
          return probe(kind, "ofYuan(\"" + shown + "\")", () -> Money.ofYuan(text));
        case 3:
          {
            // the caller's own BigDecimal, parsed before the call (a text that is no number, or
            // of 100,000 digits, is the text factory's case 2)
            if (text.isBlank()
                || text.equals("NaN")
                || text.length() > 40
                || text.startsWith(" ")) {
              return probe(kind, "ofYuan(\"" + shown + "\")", () -> Money.ofYuan(text));
            }
            BigDecimal yuan = new BigDecimal(text);
            return probe(
                kind,
                "ofYuan(" + shown + ", HALF_UP)",
                () -> Money.ofYuan(yuan, RoundingMode.HALF_UP));
          }
        case 4:
          return probe(
              kind,
              "exact " + amount + ".dividedBy(" + n + ", HALF_UP)",
              () -> amount.dividedBy(n, RoundingMode.HALF_UP));
        case 5:
          return probe(
              kind, "exact " + amount + ".multipliedBy(" + n + ")", () -> amount.multipliedBy(n));
        case 6:
          Money other = pick(draws, AMOUNTS);
          return probe(kind, "exact " + amount + ".plus(" + other + ")", () -> amount.plus(other));
        default:
          return probe(kind, "exact " + amount + ".negated()", amount::negated);
      }
    };
  }

  private static Probe probe(String kind, String detail, Supplier<Object> call) {
    return new Probe(kind, detail, call, null, null);
  }

  private static Gen<Probe> extremeMonths() {
    return draws -> {
      Chongqing rules = rules(draws);
      YearMonth month = pick(draws, MONTHS);
      int where = draws.draw(0, 7);
      String kind = "extreme month";
      String detail = month + " as #" + where;
      ClaimHistory claim = claim(draws);
      int rule = draws.draw(0, 3);
      switch (where) {
        case 0:
          return probe(
              kind,
              detail,
              () -> rules.benefits().statutoryRetirement(month, RetirementCategory.MALE));
        case 1:
          return claimProbe(
              kind, detail + " birth", rules, () -> from(claim).birthMonth(month).build(), rule);
        case 2:
          return claimProbe(
              kind,
              detail + " record",
              rules,
              () -> from(claim).recordedThrough(month).build(),
              rule);
        case 3:
          return claimProbe(
              kind,
              detail + " payment",
              rules,
              () ->
                  from(claim)
                      .actualPayments(List.of(ActualPayment.of(month, Money.ofYuan("1.00"))))
                      .build(),
              rule);
        case 4:
          return claimProbe(
              kind,
              detail + " subsidy to",
              rules,
              () ->
                  from(claim)
                      .addSubsidyPeriods(
                          SubsidyPeriod.of(YearMonth.from(claim.registrationDate()), month))
                      .build(),
              rule);
        case 5:
          return claimProbe(
              kind,
              detail + " standard",
              rules,
              () ->
                  from(claim)
                      .addStandards(BenefitStandard.of(month, claim.tier(), Money.ofYuan("1.00")))
                      .build(),
              rule);
        case 6:
          return probe(
              kind,
              detail + " receipt",
              () ->
                  rules
                      .premium()
                      .reimbursement(
                          ReimbursementRequest.builder()
                              .from(PremiumGens.reimbursementRequests().generate(draws))
                              .addReceipts(
                                  PremiumReceipt.of(
                                      "r-x", month, month, Money.ofYuan("10.00"), "本人"))
                              .build()));
        default:
          return claimProbe(
              kind,
              detail + " subsidy from",
              rules,
              () ->
                  from(claim)
                      .addSubsidyPeriods(
                          SubsidyPeriod.of(month, YearMonth.from(claim.registrationDate())))
                      .build(),
              rule);
      }
    };
  }

  private static Gen<Probe> extremeAmounts() {
    return draws -> {
      Chongqing rules = rules(draws);
      Money amount = pick(draws, AMOUNTS);
      ClaimHistory claim = claim(draws);
      int where = draws.draw(0, 3);
      String kind = "extreme amount";
      String detail = amount + " as #" + where;
      YearMonth start = YearMonth.from(claim.registrationDate());
      switch (where) {
        case 0:
          return claimProbe(
              kind,
              detail + " standard",
              rules,
              () ->
                  from(claim)
                      .standards(
                          List.of(BenefitStandard.of(YearMonth.of(2020, 1), claim.tier(), amount)))
                      .build(),
              draws.draw(0, 3));
        case 1:
          return claimProbe(
              kind,
              detail + " payments",
              rules,
              () -> {
                List<ActualPayment> payments = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                  payments.add(ActualPayment.of(start.plusMonths(i), amount));
                }
                return from(claim).actualPayments(payments).build();
              },
              draws.draw(0, 3));
        case 2:
          return probe(
              kind,
              detail + " receipt",
              () ->
                  rules
                      .premium()
                      .reimbursement(
                          ReimbursementRequest.builder()
                              .from(PremiumGens.reimbursementRequests().generate(draws))
                              .addReceipts(PremiumReceipt.of("r-x", start, start, amount, "本人"))
                              .build()));
        default:
          {
            RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().generate(draws);
            return probe(
                kind,
                detail + " repayment",
                () ->
                    rules
                        .recovery()
                        .status(
                            rules.recovery().schedule(c.debt(), c.plan()),
                            RepaymentHistory.builder()
                                .asOf(c.debt().establishedOn().plusDays(1))
                                .addRepayments(Repayment.of(c.debt().establishedOn(), amount))
                                .build()));
          }
      }
    };
  }

  private static Gen<Probe> extremeCounts() {
    return draws -> {
      Chongqing rules = rules(draws);
      int n = pick(draws, INTS);
      int where = draws.draw(0, 3);
      String kind = "extreme count";
      String detail = n + " as #" + where;
      switch (where) {
        case 0:
          {
            ClaimHistory claim = claim(draws);
            return claimProbe(
                kind,
                detail + " entitlement months",
                rules,
                () -> from(claim).entitlementMonths(n).build(),
                draws.draw(0, 3));
          }
        case 1:
          return probe(
              kind,
              detail + " contribution months",
              () ->
                  rules
                      .entitlements()
                      .entitlement(
                          EntitlementRequest.of(LocalDate.of(2025, 9, 1), n, draws.draw(0, 30))));
        case 2:
          return probe(
              kind,
              detail + " unused months",
              () ->
                  rules
                      .entitlements()
                      .entitlement(EntitlementRequest.of(LocalDate.of(2025, 9, 1), 50, n)));
        default:
          {
            RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().generate(draws);
            int interval = pick(draws, INTS);
            return probe(
                kind,
                detail + " instalments every " + interval,
                () ->
                    rules
                        .recovery()
                        .schedule(
                            c.debt(),
                            RecoveryPlan.instalments(
                                InstalmentAgreement.of(
                                    n,
                                    c.debt().establishedOn().plusDays(10),
                                    interval,
                                    OddFenPlacement.values()[0]))));
          }
      }
    };
  }

  private static Gen<Probe> lists() {
    return draws -> {
      Chongqing rules = rules(draws);
      ClaimHistory claim = claim(draws);
      YearMonth start = YearMonth.from(claim.registrationDate());
      int where = draws.draw(0, 5);
      int size =
          pick(draws, List.of(0, 1, 2, Limits.MAX_LIST_SIZE, Limits.MAX_LIST_SIZE + 1, 5_000));
      String kind = "empty, huge and duplicate lists";
      String detail = "#" + where + " of " + size;
      int rule = draws.draw(0, 3);
      switch (where) {
        case 0:
          Probe emptied =
              claimProbe(
                  kind,
                  detail + " standards",
                  rules,
                  () -> {
                    List<BenefitStandard> standards = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                      standards.add(
                          BenefitStandard.of(
                              YearMonth.of(2020, 1).minusMonths(i),
                              claim.tier(),
                              Money.ofYuan("2.00")));
                    }
                    return from(claim).standards(standards).build();
                  },
                  rule);
          // no standard at all is refused for want of one, which the standard law 3 adds supplies:
          // law 3 (a valid field added keeps a refusal) holds for the other sizes only
          return size == 0
              ? new Probe(emptied.kind(), emptied.detail(), emptied.call(), emptied.rebuilt(), null)
              : emptied;
        case 1:
          return claimProbe(
              kind,
              detail + " stop events",
              rules,
              () -> {
                List<StopEvent> events = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                  events.add(
                      StopEvent.of(
                          StopEventType.RE_EMPLOYMENT, claim.registrationDate().plusDays(i % 400)));
                }
                return from(claim).stopEvents(events).build();
              },
              rule);
        case 2:
          return claimProbe(
              kind,
              detail + " subsidy periods",
              rules,
              () -> {
                List<SubsidyPeriod> periods = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                  periods.add(SubsidyPeriod.of(start.plusMonths(i % 30), start.plusMonths(i % 30)));
                }
                return from(claim).subsidyPeriods(periods).build();
              },
              rule);
        case 3:
          return claimProbe(
              kind,
              "a duplicate verification",
              rules,
              () ->
                  from(claim)
                      .recordedThrough(start.plusMonths(2))
                      .verifications(
                          List.of(
                              Verification.on(claim.registrationDate()),
                              Verification.on(claim.registrationDate())))
                      .build(),
              rule);
        case 4:
          return claimProbe(
              kind,
              "a duplicate standard",
              rules,
              () ->
                  from(claim)
                      .addStandards(LedgerGens.ILLUSTRATIVE_STANDARDS.get(draws.draw(0, 2)))
                      .build(),
              rule);
        default:
          return claimProbe(
              kind,
              "a duplicate payment",
              rules,
              () ->
                  from(claim)
                      .actualPayments(
                          List.of(
                              ActualPayment.of(start, Money.ofYuan("1.00")),
                              ActualPayment.of(start, Money.ofYuan("2.00"))))
                      .build(),
              rule);
      }
    };
  }

  private static Gen<Probe> outOfOrder() {
    return draws -> {
      Chongqing rules = rules(draws);
      ClaimHistory claim = claim(draws);
      YearMonth start = YearMonth.from(claim.registrationDate());
      int back = draws.draw(1, 30);
      int where = draws.draw(0, 2);
      String kind = "periods out of order";
      switch (where) {
        case 0:
          return claimProbe(
              kind,
              "a subsidy period ending " + back + " months before it starts",
              rules,
              () ->
                  from(claim)
                      .addSubsidyPeriods(SubsidyPeriod.of(start, start.minusMonths(back)))
                      .build(),
              draws.draw(0, 3));
        case 1:
          return claimProbe(
              kind,
              "a birth month " + back + " months after the registration",
              rules,
              () -> from(claim).birthMonth(start.plusMonths(back)).build(),
              draws.draw(0, 3));
        default:
          return probe(
              kind,
              "a supplement received " + back + " days before the first application",
              () -> {
                ReviewDeadline first =
                    rules.deadlines().reviewDeadline(ReviewRequest.of(LocalDate.of(2025, 9, 25)));
                return rules
                    .deadlines()
                    .resubmission(
                        first, ReviewRequest.of(LocalDate.of(2025, 9, 25).minusDays(back)));
              });
      }
    };
  }

  @SuppressWarnings("NullAway") // nulls through the public builders are the point
  private static Gen<Probe> nulls() {
    return draws -> {
      ClaimHistory claim = claim(draws);
      int where = draws.draw(0, 5);
      String kind = "null through a builder";
      switch (where) {
        case 0:
          return probe(
              kind,
              "a null standard",
              () -> from(claim).addStandards((BenefitStandard) null).build());
        case 1:
          return probe(
              kind,
              "a null verification among others",
              () -> from(claim).addVerifications(new Verification[] {null}).build());
        case 2:
          return probe(
              kind, "a null registration date", () -> from(claim).registrationDate(null).build());
        case 3:
          return probe(
              kind,
              "a null stop event list",
              () -> {
                List<StopEvent> events = new ArrayList<>();
                events.add(null);
                return from(claim).addAllStopEvents(events).build();
              });
        case 4:
          return probe(
              kind,
              "a null receipt",
              () ->
                  ReimbursementRequest.builder()
                      .from(PremiumGens.reimbursementRequests().generate(draws))
                      .addReceipts((PremiumReceipt) null)
                      .build());
        default:
          return probe(
              kind,
              "a null optional application date",
              () -> from(claim).applicationDate((LocalDate) null).build());
      }
    };
  }
}
