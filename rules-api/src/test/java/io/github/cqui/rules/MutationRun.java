package io.github.cqui.rules;

import java.util.Map;
import java.util.Objects;

/**
 * Whether the tests run in PIT's minions ({@code -Dcqui.mutation=true}, set by the pom's PIT
 * configuration), and what the JSON sample tests narrow to there.
 *
 * <p>Why: PIT runs a test invocation of a parameterized test by selecting it, and JUnit builds the
 * whole argument list again for each selected invocation; the sample tests cross every sample with
 * every mapper, so a mutant no test kills (each is run against all of them) costs the square of
 * that list. In the minions the samples are crossed with the {@code lenient features} mapper alone
 * (the mapper that asks the most of cqui's own strictness); the normal build runs every mapper, and
 * the strict-JSON tests run every mapper in both.
 */
final class MutationRun {

  private MutationRun() {}

  /**
   * Whether this is a mutation run.
   *
   * @return {@code true} in PIT's minions
   */
  static boolean active() {
    return Boolean.getBoolean("cqui.mutation");
  }

  /**
   * The mappers the sample tests cross the samples with.
   *
   * @param all every mapper of a Jackson line, by name
   * @param <M> the line's mapper type
   * @return {@code all}, or in a mutation run its {@code lenient features} mapper alone
   */
  static <M> Map<String, M> sampleMappers(Map<String, M> all) {
    if (!active()) {
      return all;
    }
    String lenient = "lenient features";
    return Map.of(lenient, Objects.requireNonNull(all.get(lenient), lenient));
  }
}
