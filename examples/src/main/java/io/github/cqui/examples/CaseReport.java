package io.github.cqui.examples;

import io.github.cqui.CquiException;
import io.github.cqui.calendar.CalendarException;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The main job: the report of a benefit case read from a JSON case file, and answers to questions
 * on the Chongqing working-day calendar, in Chinese and English.
 *
 * <pre>
 * CaseReport                              the report of the bundled sample case
 *                                         cases/suspension.json, then the calendar demonstration
 * CaseReport case FILE [--json] [--lang zh|en|both]
 *                                         the report of a case file (see {@link CaseFile}): the
 *                                         review deadline, the monthly ledger, the end of the
 *                                         claim, stop events, the overpayment, with explanations;
 *                                         --json writes {"review": ..., "ledger": ...} instead
 * CaseReport calendar                     the calendar demonstration questions
 * CaseReport plus    2025-09-25 7         7 working days after a date (the date not counted)
 * CaseReport minus   2025-10-11 7         7 working days before a date
 * CaseReport between 2025-01-01 2026-01-01  working days of [start, end)
 * CaseReport day     2025-10-11           what kind of day a date is
 * CaseReport days    2025-09-08 30 [roll|keep]   30 calendar days after (民法典 arts 201, 203)
 * CaseReport months  2025-04-05 6  [roll|keep]   6 months after (民法典 arts 202, 203)
 * </pre>
 *
 * <p>Exit status 0 on success, 2 on a usage error, a case file that cannot be read or that the
 * rules refuse (the message names the property, e.g. {@code claim.verifications[0].verifiedOn}), or
 * a question the calendar cannot answer (for example a date in a year whose holiday notice is not
 * published), with the reason on standard error.
 */
public final class CaseReport {

  /** The sample case reported when the main job is run without arguments. */
  static final String SAMPLE = "suspension.json";

  private static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: CaseReport [case FILE [--json] [--lang zh|en|both] | calendar"
              + " | plus DATE N | minus DATE N | between START END | day DATE"
              + " | days DATE N [roll|keep] | months DATE N [roll|keep]]",
          "  FILE is a JSON case file (samples: examples/src/main/resources/cases/);"
              + " DATE is yyyy-MM-dd; N is at least 1;",
          "  without arguments, the report of the sample case "
              + SAMPLE
              + " and the calendar demonstration.");

  private CaseReport() {}

  /**
   * Runs the main job.
   *
   * @param args the question, see the class documentation
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(List.of(args), out, err, Chongqing.rules());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the main job on the Chongqing rules of a calendar, the bundled policy editions and the
   * default interpretation switches.
   *
   * @return the exit status: 0 answered, 2 refused (the reason is on {@code err})
   */
  static int run(List<String> args, PrintStream out, PrintStream err, WorkingDayCalendar calendar) {
    return run(
        args,
        out,
        err,
        Chongqing.rules(calendar, Chongqing.bundledEditions(), InterpretationSwitches.defaults()));
  }

  /**
   * Reports a case or answers one question; without arguments, reports the sample case and the
   * demonstration questions.
   *
   * @return the exit status: 0 answered, 2 refused (the reason is on {@code err})
   */
  static int run(List<String> args, PrintStream out, PrintStream err, Chongqing rules) {
    CalendarAnswers answers = new CalendarAnswers(rules.calendar());
    try {
      String text;
      if (args.isEmpty()) {
        String source = "cases/" + SAMPLE;
        CaseFile sample = sample(SAMPLE);
        text =
            CaseText.render(source, sample, report(sample, rules, source), Language.BOTH)
                + System.lineSeparator()
                + "-".repeat(100)
                + System.lineSeparator()
                + demonstration(answers);
      } else if (args.get(0).equals("case")) {
        text = caseReport(args, rules);
      } else {
        text = answer(args, answers);
      }
      out.print(text);
      return 0;
    } catch (CaseFileException e) {
      err.println(e.getMessage());
      return 2;
    } catch (UsageException | CalendarException | IllegalArgumentException e) {
      err.println(e.getMessage());
      if (e instanceof UsageException) {
        err.println(USAGE);
      }
      return 2;
    }
  }

  private static String demonstration(CalendarAnswers answers) {
    String rule = "-".repeat(100) + System.lineSeparator();
    return String.join(
        rule,
        "cqui — the Chongqing working-day calendar (State Council holiday notices 2015–2026)"
            + System.lineSeparator()
            + "cqui — 重庆工作日历（国务院办公厅节假日安排通知，2015–2026年）"
            + System.lineSeparator(),
        answers.plusWorkingDays(LocalDate.of(2025, 9, 25), 7),
        answers.plusWorkingDays(LocalDate.of(2025, 7, 31), 20),
        answers.day(LocalDate.of(2026, 2, 14)),
        answers.calendarDays(LocalDate.of(2025, 9, 8), 30, LastDayRule.ROLL_FORWARD),
        answers.months(LocalDate.of(2025, 4, 5), 6, LastDayRule.ROLL_FORWARD),
        answers.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
  }

  /** {@code case FILE [--json] [--lang zh|en|both]}. */
  private static String caseReport(List<String> args, Chongqing rules) {
    String file = null;
    boolean json = false;
    Language lang = Language.BOTH;
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--json")) {
        json = true;
      } else if (arg.equals("--lang")) {
        if (i + 1 == args.size()) {
          throw new UsageException("--lang takes a value: zh, en or both");
        }
        lang = language(args.get(++i));
      } else if (arg.startsWith("--lang=")) {
        lang = language(arg.substring("--lang=".length()));
      } else if (arg.startsWith("--")) {
        throw new UsageException("unknown option '" + arg + "' of 'case'");
      } else if (file == null) {
        file = arg;
      } else {
        throw new UsageException(
            "'case' takes one case file, not '" + file + "' and '" + arg + "'");
      }
    }
    if (file == null) {
      throw new UsageException("'case' takes a case file");
    }
    CaseFile read = read(Paths.get(file));
    CaseResult result = report(read, rules, file);
    return json ? CaseJson.write(result) : CaseText.render(file, read, result, lang);
  }

  private static Language language(String name) {
    return Language.of(name)
        .orElseThrow(
            () -> new UsageException("--lang = '" + name + "': expected 'zh', 'en' or 'both'"));
  }

  /**
   * Reads a case file.
   *
   * @throws CaseFileException naming the file, and the property where there is one
   */
  static CaseFile read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CaseFileException(path + ": no such case file", e);
    } catch (IOException e) {
      throw new CaseFileException(path + ": cannot be read: " + e.getMessage(), e);
    }
    return CaseJson.read(bytes, path.toString());
  }

  /**
   * A bundled sample case, from {@code cases/} on the class path.
   *
   * @param name the file name, e.g. {@code suspension.json}
   */
  static CaseFile sample(String name) {
    String resource = "/cases/" + name;
    try (InputStream in = CaseReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("sample case " + resource + " is not on the class path");
      }
      return CaseJson.read(in.readAllBytes(), "cases/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The review deadline and the ledger of a case read from {@code source}.
   *
   * @throws CaseFileException naming the file and the part of it that the rules refuse
   */
  static CaseResult report(CaseFile file, Chongqing rules, String source) {
    ReviewDeadline review;
    try {
      review = rules.deadlines().reviewDeadline(file.application());
    } catch (CquiException e) {
      throw refused(source, "application", e);
    }
    BenefitLedger ledger;
    try {
      ledger = rules.benefits().ledger(file.claim());
    } catch (CquiException e) {
      throw refused(source, "claim", e);
    }
    return new CaseResult(review, ledger);
  }

  /** The rules' refusal, with the field named by its path in the case file. */
  private static CaseFileException refused(String source, String part, CquiException e) {
    if (e instanceof InvalidInputException invalid) {
      return new CaseFileException(
          source
              + ": "
              + part
              + "."
              + invalid.field()
              + " = "
              + invalid.value()
              + ": "
              + invalid.rule(),
          e);
    }
    return new CaseFileException(source + ": " + part + ": " + e.getMessage(), e);
  }

  private static String answer(List<String> args, CalendarAnswers answers) {
    String question = args.get(0);
    switch (question) {
      case "calendar":
        expect(args, 1, 1);
        return demonstration(answers);
      case "plus":
        expect(args, 3, 3);
        return answers.plusWorkingDays(date(args, 1), count(args, 2));
      case "minus":
        expect(args, 3, 3);
        return answers.minusWorkingDays(date(args, 1), count(args, 2));
      case "between":
        expect(args, 3, 3);
        return answers.between(date(args, 1), date(args, 2));
      case "day":
        expect(args, 2, 2);
        return answers.day(date(args, 1));
      case "days":
        expect(args, 3, 4);
        return answers.calendarDays(date(args, 1), count(args, 2), rule(args));
      case "months":
        expect(args, 3, 4);
        return answers.months(date(args, 1), count(args, 2), rule(args));
      default:
        throw new UsageException("unknown question '" + question + "'");
    }
  }

  private static void expect(List<String> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw new UsageException(
          "'"
              + args.get(0)
              + "' takes "
              + (min == max ? min - 1 : (min - 1) + " or " + (max - 1))
              + " arguments, not "
              + (args.size() - 1));
    }
  }

  private static LocalDate date(List<String> args, int i) {
    try {
      return LocalDate.parse(args.get(i));
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "argument " + i + " = '" + args.get(i) + "': not a date (yyyy-MM-dd)");
    }
  }

  private static int count(List<String> args, int i) {
    try {
      return Integer.parseInt(args.get(i));
    } catch (NumberFormatException e) {
      throw new UsageException("argument " + i + " = '" + args.get(i) + "': not a whole number");
    }
  }

  private static LastDayRule rule(List<String> args) {
    if (args.size() < 4 || args.get(3).equals("roll")) {
      return LastDayRule.ROLL_FORWARD;
    }
    if (args.get(3).equals("keep")) {
      return LastDayRule.KEEP;
    }
    throw new UsageException("argument 3 = '" + args.get(3) + "': expected 'roll' or 'keep'");
  }

  /** A command line the main job cannot read. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
