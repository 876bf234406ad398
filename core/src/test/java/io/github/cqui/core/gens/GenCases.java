package io.github.cqui.core.gens;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.edition.PolicyEdition;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.PropertyFailedError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The cases of a generator that the tests of its promises look at, drawn through the testing
 * package's public API only: the two bound cases every {@link Property} run starts with (try 1
 * takes every draw at its lower bound, try 2 at its upper bound), a fixed sample, and the simplest
 * case with a feature (what {@link Property}'s shrinking finds).
 */
public final class GenCases {

  private GenCases() {}

  /**
   * The real rules with every bundled edition passed through {@code change}: rules whose editions
   * set a parameter otherwise, for a generator's promise that depends on it.
   *
   * @param change the change of one edition ({@code e -> e} for none)
   * @return the rules, on the bundled calendar and the default switches
   */
  public static CquiRules rulesWithEditions(UnaryOperator<PolicyEdition> change) {
    return Chongqing.rules(
        WorkingDayCalendar.chongqing(),
        PolicyEditions.of(Chongqing.bundledEditions().editions().stream().map(change).toList()),
        InterpretationSwitches.defaults());
  }

  /**
   * The all-low case: every draw at its lower bound, the simplest value the generator makes.
   *
   * @param gen the generator
   * @param <T> the type of its values
   * @return the case try 1 of a property run checks
   */
  public static <T> T allLow(Gen<T> gen) {
    return boundCases(gen).get(0);
  }

  /**
   * The all-high case: every draw at its upper bound, the most extreme value the generator makes.
   *
   * @param gen the generator
   * @param <T> the type of its values
   * @return the case try 2 of a property run checks
   */
  public static <T> T allHigh(Gen<T> gen) {
    return boundCases(gen).get(1);
  }

  /**
   * {@code count} values drawn with {@code seed}, then the all-low and the all-high case: every
   * case a property run may check, so a promise about every value holds of them all.
   *
   * @param gen the generator
   * @param seed the seed
   * @param count how many uniform draws
   * @param <T> the type of its values
   * @return the values
   */
  public static <T> List<T> withBounds(Gen<T> gen, long seed, int count) {
    List<T> all = new ArrayList<>(gen.samples(seed, count));
    all.addAll(boundCases(gen));
    return all;
  }

  /**
   * The simplest value with {@code feature}: a property that fails on every value with it, shrunk.
   * Shrinking prefers fewer draws, then smaller ones; so where two branches make as many draws, the
   * branch drawn low is the one the simplest value takes.
   *
   * @param gen the generator
   * @param feature the feature
   * @param <T> the type of its values
   * @return the smallest failing case
   * @throws AssertionError if none of 500 tries has the feature
   */
  @SuppressWarnings("unchecked")
  public static <T> T simplestWith(Gen<T> gen, Predicate<? super T> feature) {
    try {
      Property.forAll("a value with the feature", gen)
          .withSeed(1)
          .check(
              500,
              value -> {
                if (feature.test(value)) {
                  throw new AssertionError("has the feature");
                }
              });
    } catch (PropertyFailedError e) {
      return (T) e.smallestCase();
    }
    throw new AssertionError("no value with the feature in 500 tries");
  }

  private static <T> List<T> boundCases(Gen<T> gen) {
    List<T> seen = new ArrayList<>();
    Property.forAll("the bound cases", gen).withSeed(0).check(2, seen::add);
    return seen;
  }
}
