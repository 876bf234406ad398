package io.github.cqui.rules.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Limits;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The history of one benefit claim, as the ledger takes it: the claim (失业登记 date, I-9; months of
 * entitlement; the 领金地 tier, I-22), the monthly benefit standards supplied by the caller, the
 * verification record up to a month, stop events, periods of 灵活就业社保补贴, the person's birth month and
 * retirement category, and what was actually paid.
 *
 * <p>The verification record: a month up to {@link #recordedThrough()} without a {@link
 * Verification} was missed; months after it are projected as verified. Misses count from 2025-08
 * only (I-18).
 *
 * <p>Validated when built; a violation throws {@link InvalidInputException} naming the field, the
 * value and the rule. Bounded ({@link Limits}): every date and month from 1900 to 2199; the
 * verification record, the actual payments, the end of each period of 灵活就业社保补贴 and the application
 * date at most {@link Limits#LEDGER_HORIZON_MONTHS} months after the month of registration (the
 * ledger horizon); at most {@link Limits#MAX_LIST_SIZE} elements in each list. Consistent: one
 * standard of a tier from a month; no verification, application or stop event before the
 * registration. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ClaimHistory {

  /** For the generated implementation only. */
  protected ClaimHistory() {}

  /** {@return the 失业登记 date: entitlement starts in its month (社会保险法 art 50; I-9)} */
  public abstract LocalDate registrationDate();

  /** {@return the application date, used instead when the I-9 switch says so (条例 art 22)} */
  public abstract Optional<LocalDate> applicationDate();

  /** {@return months of entitlement, 1 to 24 (see the entitlement rule)} */
  public abstract int entitlementMonths();

  /** {@return the tier of the 领金地 (I-22)} */
  public abstract BenefitTier tier();

  /** {@return the monthly standards by tier and month, supplied by the caller} */
  public abstract List<BenefitStandard> standards();

  /** {@return the last month of the verification record; later months are projected as verified} */
  public abstract YearMonth recordedThrough();

  /** {@return the verifications completed, at most one per month} */
  public abstract List<Verification> verifications();

  /** {@return the stop events, on or after the registration date} */
  public abstract List<StopEvent> stopEvents();

  /** {@return the periods of 灵活就业社保补贴 (I-15)} */
  public abstract List<SubsidyPeriod> subsidyPeriods();

  /** {@return the person's birth month} */
  public abstract YearMonth birthMonth();

  /** {@return the person's statutory-retirement category} */
  public abstract RetirementCategory category();

  /** {@return what was actually paid, at most one entry per month} */
  public abstract List<ActualPayment> actualPayments();

  /**
   * A builder for a claim history.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a claim history: the generated setters, {@code from} and {@code build()}, which checks
   * the value and throws {@link io.github.cqui.rules.InvalidInputException} naming a missing or
   * invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableClaimHistory.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the claim: the counts and dates above, and the documented bounds of {@link Limits} (the
   * dates a rule takes, the ledger horizon, list sizes), so that the ledger's work is bounded
   * before it starts. Inconsistent input is refused, never picked: two standards of one tier from
   * one month, a verification or an application before the registration.
   */
  @Value.Check
  protected void check() {
    if (entitlementMonths() < 1 || entitlementMonths() > 24) {
      throw InvalidInputException.of(
          "entitlementMonths",
          entitlementMonths(),
          "must be 1 to 24 (《重庆市失业保险条例》第二十四条; 《社会保险法》第四十六条)");
    }
    Checks.requireWithinDates("registrationDate", registrationDate());
    Checks.requireWithinDates("birthMonth", birthMonth());
    YearMonth registered = YearMonth.from(registrationDate());
    if (!birthMonth().isBefore(registered)) {
      throw InvalidInputException.of(
          "birthMonth", birthMonth(), "must be before the registration on " + registrationDate());
    }
    if (applicationDate().isPresent()) {
      LocalDate application = applicationDate().get();
      Checks.requireWithinDates("applicationDate", application);
      Checks.requireNotBefore(
          "applicationDate", application, "the registration", registrationDate());
      Checks.requireWithinHorizon("applicationDate", YearMonth.from(application), registered);
    }
    checkStandards();
    Checks.requireWithinDates("recordedThrough", recordedThrough());
    Checks.requireWithinHorizon("recordedThrough", recordedThrough(), registered);
    checkVerifications();
    Checks.requireListSize("stopEvents", stopEvents());
    for (int i = 0; i < stopEvents().size(); i++) {
      LocalDate date = stopEvents().get(i).date();
      if (date.isBefore(registrationDate())) {
        throw InvalidInputException.of(
            "stopEvents[" + i + "].date",
            date,
            "a stop event must not be before the claim's registration on " + registrationDate());
      }
      Checks.requireWithinDates("stopEvents[" + i + "].date", date);
    }
    Checks.requireListSize("subsidyPeriods", subsidyPeriods());
    for (int i = 0; i < subsidyPeriods().size(); i++) {
      SubsidyPeriod period = subsidyPeriods().get(i);
      Checks.requireWithinDates("subsidyPeriods[" + i + "].from", period.from());
      Checks.requireWithinDates("subsidyPeriods[" + i + "].to", period.to());
      Checks.requireWithinHorizon("subsidyPeriods[" + i + "].to", period.to(), registered);
    }
    checkActualPayments(registered);
  }

  /** At most one standard of a tier from a month: two would leave the amount to the list order. */
  private void checkStandards() {
    Checks.requireListSize("standards", standards());
    Map<BenefitTier, Map<YearMonth, Integer>> seen = new EnumMap<>(BenefitTier.class);
    for (int j = 0; j < standards().size(); j++) {
      BenefitStandard standard = standards().get(j);
      Checks.requireWithinDates("standards[" + j + "].from", standard.from());
      Integer i =
          seen.computeIfAbsent(standard.tier(), tier -> new HashMap<>())
              .putIfAbsent(standard.from(), j);
      if (i != null) {
        throw InvalidInputException.of(
            "standards[" + j + "]",
            standard.tier() + " from " + standard.from() + " " + standard.amount(),
            "standards["
                + i
                + "] is of the same tier "
                + standard.tier()
                + " from the same month "
                + standard.from()
                + " ("
                + standards().get(i).amount()
                + "): one standard of a tier from a month, never the last one listed");
      }
    }
  }

  /** At most one a month, within the record, none before the registration. */
  private void checkVerifications() {
    Checks.requireListSize("verifications", verifications());
    Set<YearMonth> verified = new HashSet<>();
    for (int i = 0; i < verifications().size(); i++) {
      Verification verification = verifications().get(i);
      YearMonth month = verification.month();
      if (!verified.add(month)) {
        throw InvalidInputException.of(
            "verifications[" + i + "].month", month, "a month is verified at most once");
      }
      if (month.isAfter(recordedThrough())) {
        throw InvalidInputException.of(
            "verifications[" + i + "].month",
            month,
            "must not be after recordedThrough, " + recordedThrough());
      }
      Checks.requireNotBefore(
          "verifications[" + i + "].verifiedOn",
          verification.verifiedOn(),
          "the claim's registration",
          registrationDate());
    }
  }

  /** At most one a month, within the ledger horizon. */
  private void checkActualPayments(YearMonth registered) {
    Checks.requireListSize("actualPayments", actualPayments());
    Set<YearMonth> paid = new HashSet<>();
    for (int i = 0; i < actualPayments().size(); i++) {
      YearMonth month = actualPayments().get(i).month();
      if (!paid.add(month)) {
        throw InvalidInputException.of(
            "actualPayments[" + i + "].month", month, "a month is listed at most once");
      }
      Checks.requireWithinDates("actualPayments[" + i + "].month", month);
      Checks.requireWithinHorizon("actualPayments[" + i + "].month", month, registered);
    }
  }
}
