package io.github.cqui.core.kernel;

import com.google.common.collect.ImmutableMap;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.util.Map;

/**
 * The record of the interpretation switches that shaped a result, keyed by {@link Interpretation}
 * as {@link InterpretationSwitches#switchValues()} is ({@code I-1 -> officeHoursCutoff=off}; JSON
 * writes the key as its id, {@code "I-1"}), as every result carries it. Built once per rule set:
 * the switches are immutable.
 */
public final class SwitchRecord {

  private SwitchRecord() {}

  /** The values of the {@code relevant} switches, in that order. */
  public static ImmutableMap<Interpretation, String> of(
      InterpretationSwitches switches, Interpretation... relevant) {
    Map<Interpretation, String> all = switches.switchValues();
    ImmutableMap.Builder<Interpretation, String> values = ImmutableMap.builder();
    for (Interpretation id : relevant) {
      values.put(id, all.getOrDefault(id, "—"));
    }
    return values.buildOrThrow();
  }
}
