package io.github.cqui.core.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementStart;
import io.github.cqui.rules.benefit.RetirementMonth;
import io.github.cqui.rules.benefit.StatutoryRetirement;
import io.github.cqui.rules.benefit.StopEvent;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the ledger knows of a claim before its walk: the first month (I-9), the retirement month and
 * the last month payable by age (I-10), what ends or interrupts payment ({@link PayableMonths}),
 * the standards (I-22), the verifications and the actual payments by month. Checked when made: an
 * actual payment before the first month, a claim whose first month is after statutory retirement
 * age, and a RETIREMENT_AGE stop event outside the month of retirement age are refused, naming the
 * field.
 */
final class ClaimFacts {

  private final ClaimHistory history;
  private final YearMonth start;
  private final StatutoryRetirement retirement;
  private final YearMonth lastPayableByAge;
  private final PayableMonths concurrent;
  private final Map<YearMonth, LocalDate> verified = new HashMap<>();
  private final Map<YearMonth, Money> actual = new HashMap<>();
  private final Optional<YearMonth> lastActual;
  private final BenefitStandards standards;
  private final PolicyEditions editions;

  ClaimFacts(ClaimHistory history, InterpretationSwitches switches, PolicyEditions editions) {
    this.history = history;
    this.editions = editions;
    this.start = startMonth(history, switches.entitlementStart());
    this.retirement = RetirementAge.of(history.birthMonth(), history.category());
    requireConsistentWithRetirement(history, start, retirement);
    // I-10: the month retirement age is reached is paid, unless the switch excludes it
    this.lastPayableByAge =
        switches.retirementMonth() == RetirementMonth.PAID
            ? retirement.retirementMonth()
            : retirement.retirementMonth().minusMonths(1);
    this.concurrent = PayableMonths.of(history, switches);
    for (Verification v : history.verifications()) {
      verified.put(v.month(), v.verifiedOn());
    }
    this.lastActual = indexActualPayments();
    this.standards = new BenefitStandards(history.tier(), history.standards());
  }

  /**
   * I-9: entitlement starts in the month of the 失业登记 date (社会保险法 art 50), or of the application
   * date by switch (条例 art 22).
   */
  private static YearMonth startMonth(ClaimHistory history, EntitlementStart entitlementStart) {
    if (entitlementStart == EntitlementStart.REGISTRATION_DATE) {
      return YearMonth.from(history.registrationDate());
    }
    LocalDate application =
        history
            .applicationDate()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "applicationDate",
                        "absent",
                        "required when entitlement starts at the application date (I-9 switch)"));
    return YearMonth.from(application);
  }

  /**
   * A claim is refused, never given a stopped line, when the person had passed statutory retirement
   * age before its first month (条例 art 20(4); I-10); and a stop event of reaching retirement age
   * must fall in the month the birth month and category give: either would contradict the other.
   */
  static void requireConsistentWithRetirement(
      ClaimHistory history, YearMonth start, StatutoryRetirement retirement) {
    YearMonth retirementMonth = retirement.retirementMonth();
    if (start.isAfter(retirementMonth)) {
      boolean registered = start.equals(YearMonth.from(history.registrationDate()));
      throw InvalidInputException.of(
          registered ? "registrationDate" : "applicationDate",
          registered ? history.registrationDate() : history.applicationDate().orElseThrow(),
          "the person reached statutory retirement age in "
              + retirementMonth
              + " (birthMonth "
              + history.birthMonth()
              + ", "
              + history.category()
              + "), before the claim's first month "
              + start
              + ": no benefit is due after it (《重庆市失业保险条例》第二十条; I-10)");
    }
    for (int i = 0; i < history.stopEvents().size(); i++) {
      StopEvent event = history.stopEvents().get(i);
      if (event.type() == StopEventType.RETIREMENT_AGE
          && !YearMonth.from(event.date()).equals(retirementMonth)) {
        throw InvalidInputException.of(
            "stopEvents[" + i + "].date",
            event.date(),
            "a RETIREMENT_AGE stop event must fall in the month of statutory retirement age, "
                + retirementMonth
                + ", that birthMonth "
                + history.birthMonth()
                + " and category "
                + history.category()
                + " give (I-10)");
      }
    }
  }

  /** The actual payments by month; the latest month paid. */
  private Optional<YearMonth> indexActualPayments() {
    Optional<YearMonth> latest = Optional.empty();
    for (int i = 0; i < history.actualPayments().size(); i++) {
      ActualPayment payment = history.actualPayments().get(i);
      if (payment.month().isBefore(start)) {
        throw InvalidInputException.of(
            "actualPayments[" + i + "].month",
            payment.month(),
            "must not be before the claim's first month, " + start);
      }
      actual.put(payment.month(), payment.amount());
      if (latest.isEmpty() || payment.month().isAfter(latest.get())) {
        latest = Optional.of(payment.month());
      }
    }
    return latest;
  }

  ClaimHistory history() {
    return history;
  }

  YearMonth start() {
    return start;
  }

  StatutoryRetirement retirement() {
    return retirement;
  }

  /** The last month payable by age (I-10). */
  YearMonth lastPayableByAge() {
    return lastPayableByAge;
  }

  PayableMonths concurrent() {
    return concurrent;
  }

  /** The standard due in a month that is paid (I-22). */
  Money standardIn(YearMonth month) {
    return standards.dueIn(month);
  }

  /** What was actually paid for a month, if anything. */
  Optional<Money> actualIn(YearMonth month) {
    return Optional.ofNullable(actual.get(month));
  }

  /** Whether something was actually paid for {@code month} or a later month. */
  boolean paidFrom(YearMonth month) {
    return lastActual.isPresent() && !month.isAfter(lastActual.get());
  }

  /**
   * The verification record of a month (I-7): months after the record are projected as verified; a
   * month counts as missed only under an edition that suspends after missed months (I-18).
   */
  MonthVerification verificationIn(YearMonth month) {
    OptionalInt suspendAfter =
        editions
            .findParameterOn(month.atDay(1), ParameterKey.SUSPENSION_AFTER_MISSED_MONTHS)
            .map(parameter -> OptionalInt.of(parameter.value()))
            .orElse(OptionalInt.empty());
    return new MonthVerification(
        month,
        month.isAfter(history.recordedThrough()),
        Optional.ofNullable(verified.get(month)),
        suspendAfter);
  }
}
