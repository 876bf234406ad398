package io.github.cqui.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.deadline.ReviewDeadline;
import java.util.Objects;

/**
 * What the rules make of a {@link CaseFile}: the review deadline of the application and the monthly
 * ledger of the claim, each with its explanation.
 *
 * <p>JSON, the form {@code CaseReport case FILE --json} writes: {@code {"review": {...}, "ledger":
 * {...}}}, each part in the library's own form.
 *
 * @param review the review deadline (渝人社办〔2025〕112号 一(二))
 * @param ledger the monthly ledger (渝人社办〔2025〕112号 一(四), 一(五))
 */
@JsonPropertyOrder({"review", "ledger"})
public record CaseResult(ReviewDeadline review, BenefitLedger ledger) {

  /** Checks that both parts are present. */
  public CaseResult {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(ledger, "ledger");
  }
}
