package io.github.cqui.examples;

import io.github.cqui.core.Chongqing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The case report run as from the command line with given rules, its standard output and error
 * captured, each run starting from empty ones.
 */
final class CaseReportConsole {

  private final Chongqing rules;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  CaseReportConsole(Chongqing rules) {
    this.rules = rules;
  }

  /** Runs the report with these arguments: its exit status. */
  int run(String... args) {
    out.reset();
    err.reset();
    return CaseReport.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        rules);
  }

  /** What the last run printed to standard output. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the last run printed to standard error. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
