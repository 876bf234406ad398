package io.github.cqui.examples.bench;

import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.BenefitRules;
import io.github.cqui.rules.benefit.BenefitStandard;
import io.github.cqui.rules.benefit.BenefitTier;
import io.github.cqui.rules.benefit.ClaimEndReason;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.LedgerStatus;
import io.github.cqui.rules.benefit.RetirementCategory;
import io.github.cqui.rules.benefit.Verification;
import io.github.cqui.rules.benefit.internal.ImmutableClaimHistory;
import java.time.YearMonth;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The claims the ledger benchmarks compute: {@value #VARIANTS} histories of a 24-month claim with
 * two suspensions, one per registration month from 2025-08 on (the first month whose missed
 * verifications count, I-18), built once per trial and cycled so that the JIT cannot fold a
 * constant answer.
 *
 * <p>Each claim, counted in months from its registration month (offset 0): verified every month
 * except offsets 3, 4, 12 and 13. The misses at 3 and 4 are paid and suspend payment from 5 (渝人社办
 * 〔2025〕112号 一(四), I-8); the verification at 5 resumes it from 6; likewise 12 and 13 suspend 14,
 * and 15 resumes. So 24 months are paid over 26 months (offsets 0 to 25), 2 months suspended, and
 * the claim ends with its entitlement exhausted. The explanation is always built: 7 steps (start,
 * retirement age, suspended, resumed, suspended, resumed, exhausted). The standards are
 * illustrative (2,000.00 and 1,800.00 a month, no official figure exists); the birth months keep
 * retirement age far away.
 *
 * <p>{@link #setUp()} computes every ledger once and throws unless each has 24 paid months and 2
 * suspensions.
 */
@State(Scope.Benchmark)
public class LedgerClaims {

  /** The number of claims; a power of two, so {@code i & MASK} cycles through them. */
  static final int VARIANTS = 64;

  static final int MASK = VARIANTS - 1;

  /** Months of entitlement of every claim. */
  static final int MONTHS = 24;

  /** The first registration month. */
  static final YearMonth FIRST = YearMonth.of(2025, 8);

  BenefitRules rules;
  final ClaimHistory[] histories = new ClaimHistory[VARIANTS];

  /** Builds the claims and checks each ledger's paid months and suspensions. */
  @Setup(Level.Trial)
  public void setUp() {
    rules = Chongqing.rules().benefits();
    for (int i = 0; i < VARIANTS; i++) {
      histories[i] = claim(FIRST.plusMonths(i), i);
      check(rules.ledger(histories[i]), i);
    }
  }

  /** The claim registered in {@code month}, on a day and with a birth month varied by {@code i}. */
  static ClaimHistory claim(YearMonth month, int i) {
    ImmutableClaimHistory.Builder claim =
        ClaimHistory.builder()
            .registrationDate(month.atDay(1 + i % 28))
            .entitlementMonths(MONTHS)
            .tier(BenefitTier.TIER_1)
            .addStandards(
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_1, Money.ofYuan("2000.00")),
                BenefitStandard.of(
                    YearMonth.of(2025, 1), BenefitTier.TIER_2, Money.ofYuan("1800.00")))
            .recordedThrough(month.plusMonths(25))
            .birthMonth(YearMonth.of(1980, 1).plusMonths(i))
            .category(RetirementCategory.MALE);
    for (int offset = 0; offset <= 25; offset++) {
      if (offset == 3 || offset == 4 || offset == 12 || offset == 13) {
        continue;
      }
      YearMonth verified = month.plusMonths(offset);
      claim.addVerifications(Verification.on(verified.atDay(1 + (offset + i) % 28)));
    }
    return claim.build();
  }

  /** Throws unless the ledger has 24 paid months and 2 suspensions, as the class describes. */
  static void check(BenefitLedger ledger, int i) {
    long paid = ledger.lines().stream().filter(l -> l.status() == LedgerStatus.PAID).count();
    long suspensions =
        ledger.explanation().steps().stream()
            .map(ExplanationStep::code)
            .filter(c -> c == StepCode.BENEFIT_SUSPENDED)
            .count();
    if (paid != MONTHS
        || ledger.monthsUsed() != MONTHS
        || suspensions != 2
        || ledger.suspendedMonths() != 2
        || ledger.lines().size() != MONTHS + 2
        || ledger.endReason() != ClaimEndReason.ENTITLEMENT_EXHAUSTED
        || ledger.explanation().steps().size() != 7) {
      throw new IllegalStateException(
          "claim "
              + i
              + ": expected 24 paid months and 2 suspensions over 26 lines, 7 steps, exhausted;"
              + " got "
              + paid
              + " paid, "
              + suspensions
              + " suspensions ("
              + ledger.suspendedMonths()
              + " months), "
              + ledger.lines().size()
              + " lines, "
              + ledger.explanation().steps().size()
              + " steps, "
              + ledger.endReason());
    }
  }
}
