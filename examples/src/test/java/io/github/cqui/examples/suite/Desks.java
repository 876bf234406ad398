package io.github.cqui.examples.suite;

import io.github.cqui.rules.ruleset.CquiRules;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The tester's fixtures: the desk's own rule set, the desk as deployed, the same desk with the
 * planted bug, and each seen as a rule set for the library's laws.
 */
final class Desks {

  /** The illustrative 2027 schedule file of the examples (not a State Council notice). */
  static final Path SCHEDULE_2027 = classpathFile("/holidays/illustrative-2027.json");

  /** The desk's rule set: its calendar (bundled + 2027 file) and its office-hours cut-off. */
  static final CquiRules RULES = CaseDesk.rules(List.of(SCHEDULE_2027));

  /** The desk as deployed: the intake's instants read in Chongqing time. */
  static final CaseDesk DESK = CaseDesk.open(RULES, CaseDesk.CHONGQING_TIME);

  /** The planted bug: the same desk deployed with the server's zone, UTC, eight hours behind. */
  static final CaseDesk UTC_DESK = CaseDesk.open(RULES, ZoneOffset.UTC);

  /** The desk seen as a rule set: what the laws check. */
  static final CquiRules DESK_RULES = new DeskRules(DESK);

  /** The desk with the planted bug, seen as a rule set. */
  static final CquiRules UTC_DESK_RULES = new DeskRules(UTC_DESK);

  private Desks() {}

  private static Path classpathFile(String name) {
    URL url = Desks.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(name + ": " + url, e);
    }
  }
}
