package io.github.cqui.rules.benefit;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.internal.ImmutableActualPayment;
import io.github.cqui.rules.internal.RulesStyle;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What was actually paid for a month, when the caller knows it: compared with what was due to find
 * an overpayment (多享受失业保险待遇, 渝人社办〔2025〕112号 三(四)).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
@JsonPropertyOrder({"month", "amount"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableActualPayment.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableActualPayment.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActualPayment.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActualPayment.class)
public abstract class ActualPayment {

  /** For the generated implementation only. */
  protected ActualPayment() {}

  /** The month the payment was for. */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM")
  public abstract YearMonth month();

  /** The amount paid; never negative. */
  public abstract Money amount();

  /** A payment for a month. */
  public static ActualPayment of(YearMonth month, Money amount) {
    return ImmutableActualPayment.builder().month(month).amount(amount).build();
  }

  @Value.Check
  protected void check() {
    if (amount().isNegative()) {
      throw InvalidInputException.of("amount", amount(), "a payment must not be negative");
    }
  }

  @JsonAnySetter
  void rejectUnknownProperty(String property, @Nullable Object value) {
    throw InvalidInputException.of(property, value, "is not a property of ActualPayment");
  }
}
