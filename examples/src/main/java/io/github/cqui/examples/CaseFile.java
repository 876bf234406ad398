package io.github.cqui.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.deadline.ReviewRequest;
import java.util.Objects;

/**
 * One case, as a case file holds it: the receipt of the benefit application (失业保险金申领) and the
 * history of the claim.
 *
 * <p>JSON, in the library's own forms of both parts:
 *
 * <pre>{@code
 * {
 *   "application": {"receivedOn": "2025-09-25", "receivedAt": "10:30"},
 *   "claim": {"registrationDate": "2025-09-22", "entitlementMonths": 12, ...}
 * }
 * }</pre>
 *
 * <p>Both properties are required; an unknown property, at any depth, is refused naming it (see
 * {@link CaseJson}). The samples are under {@code cases/} on the class path ({@code
 * examples/src/main/resources/cases/}).
 *
 * @param application the benefit application as received, for its review deadline
 * @param claim the history of the claim, for its monthly ledger
 */
@JsonPropertyOrder({"application", "claim"})
public record CaseFile(ReviewRequest application, ClaimHistory claim) {

  /** Checks that both parts are present. */
  public CaseFile {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(claim, "claim");
  }
}
