package io.github.cqui.rules.recovery;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.RulesStyle;
import io.github.cqui.rules.recovery.internal.ImmutableRecoveryPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an overpayment is to be recovered, in the order of 渝人社办〔2025〕112号 三(四) (I-16):
 *
 * <ol>
 *   <li>a lump sum by a due date ({@link #lumpSum(LocalDate)}; 「责令退回」);
 *   <li>an instalment agreement ({@link #instalments(InstalmentAgreement)};
 *       「难以一次性退回的，可以签订还款协议分期退回」);
 *   <li>deduction from later unemployment benefit ({@link #deduction(BenefitDeduction)};
 *       「也可以直接从其后续享受的失业保险待遇中予以抵扣」);
 *   <li>a pension offset ({@link #pensionOffset(PensionOffset)}; only with consent and a written
 *       request);
 *   <li>a combination: deduct what the later benefit allows, instalments for the rest ({@link
 *       #deductionThenInstalments(BenefitDeduction, InstalmentAgreement)}).
 * </ol>
 *
 * <p>What comes after a plan that fails — the 责令退回决定书, the 催告 and the court — is the ladder of
 * {@link RecoveryRules#status}, not a plan. No plan adds interest or fees (I-16).
 *
 * <p>Validated when built: exactly one of the parts, or a deduction with instalments; any other
 * combination is refused naming the parts given ({@code plan}).
 *
 * <p>Properties, in order: {@code lumpSumDue}, {@code instalments}, {@code deduction}, {@code
 * pensionOffset}, each absent unless the plan uses it. Immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RecoveryPlan {

  /** For the generated implementation only. */
  protected RecoveryPlan() {}

  /**
   * The due date of a lump-sum repayment.
   *
   * @return the date, when the plan is a lump sum
   */
  public abstract Optional<LocalDate> lumpSumDue();

  /**
   * The instalment agreement.
   *
   * @return the agreement, when the plan has one (alone, or for what a deduction leaves)
   */
  public abstract Optional<InstalmentAgreement> instalments();

  /**
   * The deduction from later benefit.
   *
   * @return the deduction, when the plan has one
   */
  public abstract Optional<BenefitDeduction> deduction();

  /**
   * The pension offset.
   *
   * @return the offset, when the plan is one
   */
  public abstract Optional<PensionOffset> pensionOffset();

  /**
   * The whole debt by a due date.
   *
   * @param due the due date
   * @return the plan
   */
  public static RecoveryPlan lumpSum(LocalDate due) {
    Checks.requireNonNull("due", due);
    return builder().lumpSumDue(due).build();
  }

  /**
   * The debt in instalments.
   *
   * @param agreement the agreement
   * @return the plan
   */
  public static RecoveryPlan instalments(InstalmentAgreement agreement) {
    Checks.requireNonNull("agreement", agreement);
    return builder().instalments(agreement).build();
  }

  /**
   * The debt deducted from later benefit, as far as it allows.
   *
   * @param deduction the deduction
   * @return the plan
   */
  public static RecoveryPlan deduction(BenefitDeduction deduction) {
    return builder().deduction(deduction).build();
  }

  /**
   * The debt offset against the pension.
   *
   * @param offset the offset
   * @return the plan
   */
  public static RecoveryPlan pensionOffset(PensionOffset offset) {
    Checks.requireNonNull("offset", offset);
    return builder().pensionOffset(offset).build();
  }

  /**
   * Deduction from later benefit as far as it allows, and instalments for the rest.
   *
   * @param deduction the deduction
   * @param rest the agreement for what the deduction leaves
   * @return the plan
   */
  public static RecoveryPlan deductionThenInstalments(
      BenefitDeduction deduction, InstalmentAgreement rest) {
    Checks.requireNonNull("deduction", deduction);
    Checks.requireNonNull("rest", rest);
    return builder().deduction(deduction).instalments(rest).build();
  }

  /**
   * A builder for a plan; see the factories for the allowed combinations.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a plan: the generated setters and {@code build()}, which checks the combination and
   * throws {@link InvalidInputException} naming {@code plan} when it is not allowed. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableRecoveryPlan.Builder {
    /** A new builder; the same as {@code builder()}. */
    public Builder() {}
  }

  /**
   * Checks that the plan is one of the allowed forms; called by the generated implementation when
   * the plan is built.
   *
   * @throws InvalidInputException if the lump sum's due date is outside the dates the rules take,
   *     or the plan is not exactly one of a lump sum, instalments, a deduction and a pension
   *     offset, nor a deduction with instalments for the rest
   */
  @Value.Check
  protected void check() {
    lumpSumDue().ifPresent(d -> Checks.requireWithinDates("lumpSumDue", d));
    List<String> parts = new ArrayList<>();
    lumpSumDue().ifPresent(d -> parts.add("lumpSumDue"));
    instalments().ifPresent(i -> parts.add("instalments"));
    deduction().ifPresent(d -> parts.add("deduction"));
    pensionOffset().ifPresent(p -> parts.add("pensionOffset"));
    boolean combination = parts.size() == 2 && deduction().isPresent() && instalments().isPresent();
    if (parts.size() != 1 && !combination) {
      throw InvalidInputException.of(
          "plan",
          parts,
          "a plan is one of lumpSumDue, instalments, deduction, pensionOffset, or a deduction with"
              + " instalments for the rest (渝人社办〔2025〕112号 三(四))");
    }
  }
}
