package io.github.cqui.examples.service;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules the service answers with, built once at start-up from {@link ServiceProperties}: the
 * Chongqing calendar with the configured schedule files, the bundled policy editions, and the
 * configured interpretation switches with the coverage mode.
 */
final class RulesSetup {

  /** A switches file larger than this is refused unread (the switches' JSON is a few lines). */
  private static final long MAX_SWITCHES_FILE_BYTES = 64 * 1024;

  private RulesSetup() {}

  /**
   * The configured rules.
   *
   * @param properties the {@code cqui.*} settings
   * @param mapper the application's mapper, with the library's module, to read the switches
   * @return the rules
   * @throws IllegalArgumentException naming the property whose value cannot be used, with the
   *     library's reason (a malformed schedule file, an unknown switch, a value out of range)
   */
  static Chongqing rules(ServiceProperties properties, JsonMapper mapper) {
    WorkingDayCalendar calendar = calendar(properties.holidays());
    InterpretationSwitches switches = switches(properties, mapper);
    try {
      return Chongqing.rules(calendar, Chongqing.bundledEditions(), switches);
    } catch (InvalidInputException e) {
      // switches the rules refuse as a whole, named by the switch
      String source =
          e.field().equals("coverageMode") ? "cqui.switches / cqui.coverage-mode" : "cqui.switches";
      throw new IllegalArgumentException(
          source + ": " + e.getMessage() + " (the rules refuse these switches)", e);
    }
  }

  /** The Chongqing calendar with the schedule files merged in. */
  static WorkingDayCalendar calendar(List<String> holidays) {
    WorkingDayCalendar calendar = WorkingDayCalendar.chongqing();
    if (holidays.isEmpty()) {
      return calendar;
    }
    try {
      return calendar.withScheduleFiles(holidays.stream().map(Path::of).toList());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cqui.holidays = " + holidays + ": " + e.getMessage(), e);
    }
  }

  /**
   * The switches of {@code cqui.switches} or {@code cqui.switches-file}, with the coverage mode.
   */
  static InterpretationSwitches switches(ServiceProperties properties, JsonMapper mapper) {
    String inline = properties.switches();
    String file = properties.switchesFile();
    if (inline != null && file != null) {
      throw new IllegalArgumentException(
          "cqui.switches and cqui.switches-file are both set: set one of them");
    }
    InterpretationSwitches switches = InterpretationSwitches.defaults();
    if (inline != null) {
      switches = read("cqui.switches", inline, mapper);
    } else if (file != null) {
      switches = read("cqui.switches-file = " + file, readFile(file), mapper);
    }
    CoverageMode mode = properties.coverageMode();
    if (mode == null || mode == switches.coverageMode()) {
      return switches;
    }
    if (switches.coverageMode() != CoverageMode.STRICT) {
      throw new IllegalArgumentException(
          "cqui.coverage-mode = "
              + mode
              + ": the switches set coverageMode "
              + switches.coverageMode()
              + "; set it in one place");
    }
    return InterpretationSwitches.builder().from(switches).coverageMode(mode).build();
  }

  private static InterpretationSwitches read(String source, String json, JsonMapper mapper) {
    try {
      return mapper.readValue(json, InterpretationSwitches.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": " + reason(e), e);
    }
  }

  private static String reason(JacksonException e) {
    @Nullable InvalidInputException invalid = Problems.refusal(e);
    if (invalid != null) {
      return invalid.field() + " = " + invalid.value() + ": " + invalid.rule();
    }
    return String.valueOf(e.getOriginalMessage());
  }

  private static String readFile(String file) {
    Path path = Path.of(file);
    try {
      if (Files.size(path) > MAX_SWITCHES_FILE_BYTES) {
        throw new IllegalArgumentException(
            "cqui.switches-file = " + file + ": larger than " + MAX_SWITCHES_FILE_BYTES + " bytes");
      }
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cqui.switches-file = " + file + ": cannot be read", e);
    }
  }
}
