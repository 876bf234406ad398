package io.github.cqui.rules.premium;

import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;

/**
 * A month not reimbursed, with why and the receipts that cover it (渝人社办〔2025〕112号 一(三); I-12,
 * I-13). Refused months are listed when a receipt covers them, and paid months without a receipt
 * are listed as {@link RefusalReason#NO_RECEIPT}; nothing applied for is dropped.
 *
 * <p>Properties, in order: {@code month}, {@code reason}, {@code receipts}. Built only by the
 * rules; immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RefusedMonth {

  /** For the generated implementation only. */
  protected RefusedMonth() {}

  /**
   * The month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Why it is refused.
   *
   * @return the reason
   */
  public abstract RefusalReason reason();

  /**
   * The receipts covering the month, each with its share for the month, in the order of the
   * request: none for {@link RefusalReason#NO_RECEIPT}, two or more for {@link
   * RefusalReason#TWO_RECEIPTS}, never summed.
   *
   * @return the shares
   */
  public abstract List<ReceiptShare> receipts();
}
