package io.github.cqui.examples;

import io.github.cqui.CquiException;
import io.github.cqui.rules.Pending;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.ruleset.CquiRules;
import java.util.Objects;
import java.util.Optional;

/**
 * The review part of a case (渝人社办〔2025〕112号 一(二)): the review deadline of the application, or, when
 * it needs a year whose holiday notice is not loaded (in the strict coverage mode, an application
 * received late in the last notice year), why it is pending (INTERPRETATIONS I-5: "where a result
 * has other parts, only the part that needs the year is pending and the rest is answered"). Exactly
 * one of the two is present.
 *
 * @param deadline the review deadline; empty when it is pending
 * @param pending why the review deadline cannot be answered yet; empty when it is answered
 */
public record CaseReview(Optional<ReviewDeadline> deadline, Optional<Pending> pending) {

  /**
   * Checks that the review is either answered or pending.
   *
   * @throws IllegalArgumentException if it is both, or neither
   */
  public CaseReview {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(pending, "pending");
    if (deadline.isPresent() == pending.isPresent()) {
      throw new IllegalArgumentException(
          "review and reviewPending: exactly one is given, the review answered or pending (I-5);"
              + " given "
              + (deadline.isPresent() ? "both" : "neither"));
    }
  }

  /**
   * An answered review.
   *
   * @param deadline the review deadline
   * @return the review part
   */
  public static CaseReview answered(ReviewDeadline deadline) {
    return new CaseReview(Optional.of(deadline), Optional.empty());
  }

  /**
   * The review part of a case: the rules' review deadline of the application, or pending when the
   * rules refuse it for a year without its notice or a date before every policy edition ({@link
   * Pending#ofRefusal}).
   *
   * @param rules the rules
   * @param application the application
   * @return the review part
   * @throws CquiException any other refusal of the rules, unchanged (bad input stays refused)
   */
  public static CaseReview of(CquiRules rules, ReviewRequest application) {
    try {
      return answered(rules.deadlines().reviewDeadline(application));
    } catch (CquiException e) {
      Optional<Pending> pending = Pending.ofRefusal(e, "review deadline");
      if (pending.isEmpty()) {
        throw e;
      }
      return new CaseReview(Optional.empty(), pending);
    }
  }
}
