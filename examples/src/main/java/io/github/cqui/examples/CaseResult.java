package io.github.cqui.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules make of a {@link CaseFile}: the review deadline of the application and the monthly
 * ledger of the claim, and for the case file's optional sections the premium reimbursement, the
 * recovery schedule and its state, the short-contribution risk and the concurrent benefits, each
 * with its explanation.
 *
 * <p>A case is a result of several parts (INTERPRETATIONS I-5): when the review deadline needs a
 * year whose holiday notice is not loaded (in the strict coverage mode, an application late in the
 * last notice year), the review is pending with why and the rest of the case is answered.
 *
 * <p>JSON, the form {@code CaseReport case FILE --json} writes: {@code {"review": {...}, "ledger":
 * {...}}} ({@code "reviewPending": {...}} in place of {@code "review"} when it is pending), then,
 * when the case file has the section that asks for them, {@code "premium"}, {@code "recovery"},
 * {@code "recoveryStatus"}, {@code "risk"} and {@code "concurrentBenefits"}, each part in the
 * library's own form; an absent part is left out.
 *
 * @param review the review deadline (渝人社办〔2025〕112号 一(二)); empty when it is pending
 * @param reviewPending why the review deadline cannot be answered yet (I-5); empty when it is
 *     answered
 * @param ledger the monthly ledger (渝人社办〔2025〕112号 一(四), 一(五))
 * @param premium the medical-premium reimbursement (一(三))
 * @param recovery the recovery schedule of the overpayment (三(四))
 * @param recoveryStatus the state of the recovery on the date of the repayments given (三(四))
 * @param risk the short-contribution risk (三(一))
 * @param concurrentBenefits the overlaps with other benefits (一(五))
 */
@JsonPropertyOrder({
  "review",
  "reviewPending",
  "ledger",
  "premium",
  "recovery",
  "recoveryStatus",
  "risk",
  "concurrentBenefits"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CaseResult(
    Optional<ReviewDeadline> review,
    Optional<Pending> reviewPending,
    BenefitLedger ledger,
    Optional<PremiumReimbursement> premium,
    Optional<RecoverySchedule> recovery,
    Optional<RecoveryStatus> recoveryStatus,
    Optional<ShortContributionRisk> risk,
    Optional<ConcurrentBenefits> concurrentBenefits) {

  /**
   * Checks that every part is present (an optional one as empty) and the review is either answered
   * or pending.
   *
   * @throws IllegalArgumentException if the review is both answered and pending, or neither
   */
  public CaseResult {
    new CaseReview(review, reviewPending); // exactly one of the two
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(premium, "premium");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(recoveryStatus, "recoveryStatus");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(concurrentBenefits, "concurrentBenefits");
  }

  /**
   * The result of a case of the application and the claim only.
   *
   * @param review the review part: the deadline, or why it is pending
   * @param ledger the monthly ledger
   */
  public CaseResult(CaseReview review, BenefitLedger ledger) {
    this(
        review.deadline(),
        review.pending(),
        ledger,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The result of a case of the application and the claim only, its review answered.
   *
   * @param review the review deadline
   * @param ledger the monthly ledger
   */
  public CaseResult(ReviewDeadline review, BenefitLedger ledger) {
    this(CaseReview.answered(review), ledger);
  }
}
