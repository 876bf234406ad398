package io.github.cqui.rules.premium;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.premium.internal.ImmutableReimbursementRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An application for reimbursement of the medical premium a benefit recipient paid as an individual
 * (渝人社办〔2025〕112号 一(三); 人社厅发〔2024〕60号: 「经本人申请」): the claim, the date of the application, the
 * receipts, and the dated 代缴标准 table the caller supplies (no official standard is bundled,
 * POLICY-FACTS §9.2).
 *
 * <p>The claim is the {@link ClaimHistory}, not a ledger: the rule derives the ledger itself, so no
 * ledger passed in is trusted.
 *
 * <p>Validated when built; a violation throws {@link InvalidInputException} naming the field:
 *
 * <ul>
 *   <li>{@code applicationDate} before the claim's registration date;
 *   <li>{@code receipts[i].lastMonth} after the month of the application (a premium not yet due
 *       cannot be claimed back);
 *   <li>{@code receipts[i].reference} the same as an earlier receipt's (receipts are named by their
 *       reference in the result);
 *   <li>{@code standards[j].from} the same month as an earlier standard's: two standards from one
 *       month are refused naming both, never one picked;
 *   <li>more than {@value #MAX_RECEIPTS} receipts or {@value #MAX_STANDARDS} standards (a bound on
 *       the work).
 * </ul>
 *
 * A receipt month before the claim's first month is refused by the rule, which knows that month
 * (I-9).
 *
 * <p>Properties, in order: {@code claim}, {@code applicationDate}, {@code receipts}, {@code
 * standards}. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class ReimbursementRequest {

  /** The most receipts one application may carry. */
  public static final int MAX_RECEIPTS = 240;

  /** The most rows the 代缴标准 table may have. */
  public static final int MAX_STANDARDS = 240;

  /** For the generated implementation only. */
  protected ReimbursementRequest() {}

  /**
   * The benefit claim whose months are reimbursed.
   *
   * @return the claim history
   */
  public abstract ClaimHistory claim();

  /**
   * The day the person applied for the reimbursement (not the benefit application of {@link
   * ClaimHistory#applicationDate()}).
   *
   * @return the date, not before the claim's registration
   */
  public abstract LocalDate applicationDate();

  /**
   * The receipts applied with, in the order given.
   *
   * @return the receipts, possibly empty
   */
  public abstract List<PremiumReceipt> receipts();

  /**
   * The 代缴标准 table: each row applies from its month until the next row's month. Any order; no two
   * rows from the same month.
   *
   * @return the rows, possibly empty (then every month that needs a standard is pending)
   */
  public abstract List<PremiumStandard> standards();

  /**
   * A builder for a request.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a request: the generated setters and {@code build()}, which checks the value and throws
   * {@link InvalidInputException} naming a missing or invalid attribute. Not thread-safe.
   */
  public static final class Builder extends ImmutableReimbursementRequest.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks the application date, the receipts and the standards against each other; called by the
   * generated implementation when the request is built.
   *
   * @throws InvalidInputException if the application is before the claim's registration, there are
   *     more than {@value #MAX_RECEIPTS} receipts or {@value #MAX_STANDARDS} standards, a receipt
   *     covers a month after the month of the application, two receipts have the same reference, or
   *     two standards apply from the same month
   */
  @Value.Check
  protected void check() {
    LocalDate registered = claim().registrationDate();
    if (applicationDate().isBefore(registered)) {
      throw InvalidInputException.of(
          "applicationDate",
          applicationDate(),
          "must not be before the claim's registration on " + registered);
    }
    if (receipts().size() > MAX_RECEIPTS) {
      throw InvalidInputException.of(
          "receipts", receipts().size() + " receipts", "at most " + MAX_RECEIPTS + " are accepted");
    }
    if (standards().size() > MAX_STANDARDS) {
      throw InvalidInputException.of(
          "standards",
          standards().size() + " standards",
          "at most " + MAX_STANDARDS + " are accepted");
    }
    YearMonth applied = YearMonth.from(applicationDate());
    Map<String, Integer> references = new HashMap<>();
    for (int i = 0; i < receipts().size(); i++) {
      PremiumReceipt receipt = receipts().get(i);
      if (receipt.lastMonth().isAfter(applied)) {
        throw InvalidInputException.of(
            "receipts[" + i + "].lastMonth",
            receipt.lastMonth(),
            "a receipt month must not be after the month of the application, " + applied);
      }
      Integer earlier = references.putIfAbsent(receipt.reference(), i);
      if (earlier != null) {
        throw InvalidInputException.of(
            "receipts[" + i + "].reference",
            receipt.reference(),
            "receipts[" + earlier + "] has the same reference; each receipt needs its own");
      }
    }
    Map<YearMonth, Integer> froms = new HashMap<>();
    for (int j = 0; j < standards().size(); j++) {
      PremiumStandard standard = standards().get(j);
      Integer earlier = froms.putIfAbsent(standard.from(), j);
      if (earlier != null) {
        throw InvalidInputException.of(
            "standards[" + j + "].from",
            standard.from(),
            "two standards from the same month: standards["
                + earlier
                + "] ("
                + standards().get(earlier).amount()
                + ") and standards["
                + j
                + "] ("
                + standard.amount()
                + "); the table must say which applies");
      }
    }
  }
}
