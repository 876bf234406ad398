package io.github.cqui.core.benefit;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monthly benefit standards of the claim's tier, the tier of the 领金地 (I-22), supplied by the
 * caller: no official standard is bundled (《重庆市失业保险条例》第二十五条; POLICY-FACTS §9.1).
 */
final class BenefitStandards {

  private final BenefitTier tier;
  private final List<BenefitStandard> byStart;

  BenefitStandards(BenefitTier tier, List<BenefitStandard> standards) {
    this.tier = tier;
    // stable: of two standards from the same month, the one listed later is in force
    this.byStart =
        standards.stream()
            .filter(s -> s.tier() == tier)
            .sorted(Comparator.comparing(BenefitStandard::from))
            .toList();
  }

  /**
   * The standard in force in a month that is paid: the latest to start on or before it.
   *
   * @throws InvalidInputException naming {@code standards} if none of the tier is in force
   */
  Money dueIn(YearMonth month) {
    @Nullable Money amount = null;
    for (BenefitStandard standard : byStart) {
      if (standard.from().isAfter(month)) {
        break;
      }
      amount = standard.amount();
    }
    if (amount == null) {
      throw InvalidInputException.of(
          "standards",
          tier + " " + month,
          "no benefit standard of the claim's tier is in force in a month that is paid");
    }
    return amount;
  }
}
