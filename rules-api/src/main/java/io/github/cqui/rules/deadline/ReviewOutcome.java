package io.github.cqui.rules.deadline;

/** How a review ended other than by a decision. */
public enum ReviewOutcome {
  /**
   * The applicant was asked for supplementary materials; when they arrive a new review starts
   * (渝人社办〔2025〕112号 一(二); INTERPRETATIONS I-3).
   */
  AWAITING_SUPPLEMENT
}
