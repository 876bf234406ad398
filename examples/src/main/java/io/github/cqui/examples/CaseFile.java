package io.github.cqui.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.OtherBenefitPeriod;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.premium.PremiumReceipt;
import io.github.cqui.rules.premium.PremiumStandard;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RepaymentHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case, as a case file holds it: the receipt of the benefit application (失业保险金申领), the history
 * of the claim, and optionally the medical-premium reimbursement applied for, the recovery of what
 * was overpaid, and the records the fund-risk controls check.
 *
 * <p>JSON, in the library's own forms of every part:
 *
 * <pre>{@code
 * {
 *   "application": {"receivedOn": "2025-09-25", "receivedAt": "10:30"},
 *   "claim": {"registrationDate": "2025-09-22", "entitlementMonths": 12, ...},
 *   "premium": {"applicationDate": "2026-01-20", "receipts": [...], "standards": [...]},
 *   "recovery": {"establishedOn": "2026-04-10", "plan": {...}, "repayments": {...}},
 *   "controls": {"contributions": {...}, "otherBenefits": [...]}
 * }
 * }</pre>
 *
 * <p>{@code application} and {@code claim} are required; {@code premium}, {@code recovery} and
 * {@code controls} are optional sections. An unknown property, at any depth, is refused naming it
 * (see {@link CaseJson}). The samples are under {@code cases/} on the class path ({@code
 * examples/src/main/resources/cases/}).
 *
 * @param application the benefit application as received, for its review deadline
 * @param claim the history of the claim, for its monthly ledger
 * @param premium the medical-premium reimbursement applied for (一(三)), if any
 * @param recovery the recovery of the claim's overpayment (三(四)), if any
 * @param controls the records for the fund-risk controls (三(一), 一(五)), if any
 */
@JsonPropertyOrder({"application", "claim", "premium", "recovery", "controls"})
public record CaseFile(
    ReviewRequest application,
    ClaimHistory claim,
    Optional<Premium> premium,
    Optional<Recovery> recovery,
    Optional<Controls> controls) {

  /** Checks that the two required parts are present. */
  public CaseFile {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(premium, "premium");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(controls, "controls");
  }

  /**
   * A case of the application and the claim only.
   *
   * @param application the benefit application as received
   * @param claim the history of the claim
   */
  public CaseFile(ReviewRequest application, ClaimHistory claim) {
    this(application, claim, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The {@code premium} section: an application for the reimbursement of the 职工医保 premium the
   * person paid as an individual while benefit was paid (渝人社办〔2025〕112号 一(三); I-12, I-13). The
   * claim is the case's.
   *
   * @param applicationDate the date of the application
   * @param receipts the receipts, in the library's form
   * @param standards the dated 代缴标准 table, in the library's form (none is bundled)
   */
  @JsonPropertyOrder({"applicationDate", "receipts", "standards"})
  public record Premium(
      LocalDate applicationDate, List<PremiumReceipt> receipts, List<PremiumStandard> standards) {

    /** Checks that every part is present. */
    public Premium {
      Objects.requireNonNull(applicationDate, "applicationDate");
      receipts = List.copyOf(receipts);
      standards = List.copyOf(standards);
    }
  }

  /**
   * The {@code recovery} section: the recovery of what the case's ledger shows as overpaid
   * (渝人社办〔2025〕112号 三(四); I-16, I-17).
   *
   * @param establishedOn the date the debt was established (its months are the ledger's overpaid
   *     months up to then)
   * @param plan the recovery plan, in the library's form
   * @param repayments the repayments received up to a date, for the state of the recovery; empty
   *     for the schedule alone
   */
  @JsonPropertyOrder({"establishedOn", "plan", "repayments"})
  public record Recovery(
      LocalDate establishedOn, RecoveryPlan plan, Optional<RepaymentHistory> repayments) {

    /** Checks that every part is present. */
    public Recovery {
      Objects.requireNonNull(establishedOn, "establishedOn");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(repayments, "repayments");
    }
  }

  /**
   * The {@code controls} section: the contribution record for the short-contribution risk
   * (渝人社办〔2025〕112号 三(一); I-19) and the periods of other benefits for the concurrent-benefits check
   * (一(五); I-14, I-15), which also reads the claim's own stop events and subsidy periods.
   *
   * @param contributions the contribution record; empty for no risk assessment
   * @param otherBenefits the periods of other benefits (none if absent)
   */
  @JsonPropertyOrder({"contributions", "otherBenefits"})
  public record Controls(
      Optional<ContributionRecord> contributions,
      Optional<List<OtherBenefitPeriod>> otherBenefits) {

    /** Checks that every part is present. */
    public Controls {
      Objects.requireNonNull(contributions, "contributions");
      Objects.requireNonNull(otherBenefits, "otherBenefits");
      otherBenefits = otherBenefits.map(List::copyOf);
    }
  }
}
