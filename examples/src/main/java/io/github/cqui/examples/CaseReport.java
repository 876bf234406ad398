package io.github.cqui.examples;

import io.github.cqui.CquiException;
import io.github.cqui.calendar.CalendarException;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.benefit.BenefitLedger;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.control.ConcurrentBenefits;
import io.github.cqui.rules.control.ConcurrentBenefitsRequest;
import io.github.cqui.rules.control.ShortContributionRisk;
import io.github.cqui.rules.premium.PremiumReimbursement;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RecoveryStatus;
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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The main job: the report of a benefit case read from a JSON case file, and answers to questions
 * on the Chongqing working-day calendar, in Chinese and English.
 *
 * <pre>
 * CaseReport [OPTIONS]                    the report of the bundled sample case
 *                                         cases/suspension.json, then the calendar demonstration
 * CaseReport case FILE [--json] [OPTIONS] the report of a case file (see {@link CaseFile}): the
 *                                         review deadline, the monthly ledger, the end of the
 *                                         claim, stop events, the overpayment, and for the
 *                                         optional sections the premium reimbursement, the
 *                                         recovery schedule and its state, the short-contribution
 *                                         risk and concurrent benefits, with explanations;
 *                                         --json writes {"review": ..., "ledger": ..., ...} instead
 * CaseReport calendar                     the calendar demonstration questions
 * CaseReport plus    2025-09-25 7         7 working days after a date (the date not counted)
 * CaseReport minus   2025-10-11 7         7 working days before a date
 * CaseReport between 2025-01-01 2026-01-01  working days of [start, end)
 * CaseReport day     2025-10-11           what kind of day a date is
 * CaseReport days    2025-09-08 30 [roll|keep]   30 calendar days after (民法典 arts 201, 203)
 * CaseReport months  2025-04-05 6  [roll|keep]   6 months after (民法典 arts 202, 203)
 * CaseReport --help                       the usage, on standard output
 *
 * OPTIONS, for every command:
 *   --lang zh|en|both             the language (default both)
 *   --holidays FILE               a holiday schedule file (repeatable), e.g. a year's notice
 *   --provisional                 the same as --coverage provisional (I-5)
 *   --coverage strict|provisional years without a notice: refused / pending (strict, the default)
 *                                 or projected from the 放假办法 and marked provisional
 *   --office-hours-cutoff HH:mm   a receipt at or after this time counts as received on the next
 *                                 working day (I-1; default none)
 * </pre>
 *
 * <p>Exit status 0 on success, 2 on a usage error (an unknown option or a bad value, named), a case
 * file that cannot be read or that the rules refuse (the message names the property, e.g. {@code
 * claim.verifications[0].verifiedOn}), a holiday file that cannot be read, or a question the
 * calendar cannot answer (for example a date in a year whose holiday notice is not loaded, in the
 * strict mode), with the reason on standard error.
 */
public final class CaseReport {

  /** The sample case reported when the main job is run without arguments. */
  static final String SAMPLE = "suspension.json";

  private static final String NL = System.lineSeparator();

  /** The usage, as {@code --help} prints it. */
  static final String USAGE =
      String.join(
          NL,
          "usage: CaseReport [COMMAND] [OPTIONS]",
          "commands:",
          "  (none)                      the report of the sample case "
              + SAMPLE
              + ", then the calendar demonstration",
          "  case FILE [--json]          the report of a JSON case file"
              + " (samples: examples/src/main/resources/cases/);",
          "                              --json writes the results in the library's JSON",
          "  calendar                    the calendar demonstration",
          "  plus DATE N | minus DATE N  N working days after / before DATE",
          "  between START END           the working days of [START, END)",
          "  day DATE                    what kind of day DATE is",
          "  days DATE N [roll|keep]     N calendar days after DATE (民法典 arts 201, 203)",
          "  months DATE N [roll|keep]   N months after DATE (民法典 arts 202, 203)",
          "options, for every command:",
          "  --lang zh|en|both           the language of the answer (default both)",
          "  --holidays FILE             load a holiday schedule file, e.g. a year's State Council"
              + " notice (repeatable)",
          "  --coverage strict|provisional",
          "                              a year whose notice is not loaded: strict (default) refuses"
              + " a date in it and",
          "                              reports the part of a case that needs it as pending;"
              + " provisional projects its",
          "                              statutory holidays (放假办法) and marks the answer"
              + " provisional (I-5)",
          "  --provisional               the same as --coverage provisional",
          "  --office-hours-cutoff HH:mm a receipt at or after HH:mm counts as received on the next"
              + " working day (I-1)",
          "  --help                      this text",
          "DATE is yyyy-MM-dd; N is at least 1. Exit status: 0 answered, 2 refused (the reason on"
              + " standard error).",
          "");

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
   * Reports a case or answers one question; without a command, reports the sample case and the
   * demonstration questions. The options change the rules' calendar and switches first.
   *
   * @return the exit status: 0 answered, 2 refused (the reason is on {@code err})
   */
  static int run(List<String> args, PrintStream out, PrintStream err, Chongqing rules) {
    try {
      Options options = Options.parse(args);
      if (options.help) {
        out.print(USAGE);
        return 0;
      }
      Chongqing used = options.apply(rules);
      CalendarAnswers answers = new CalendarAnswers(used.calendar(), options.lang);
      List<String> words = options.words;
      if (options.json && (words.isEmpty() || !words.get(0).equals("case"))) {
        throw new UsageException("--json is an option of 'case' only");
      }
      String text;
      if (words.isEmpty()) {
        String source = "cases/" + SAMPLE;
        CaseFile sample = sample(SAMPLE);
        text =
            CaseText.render(source, sample, report(sample, used, source), options.lang)
                + NL
                + "-".repeat(100)
                + NL
                + demonstration(answers, options.lang);
      } else if (words.get(0).equals("case")) {
        text = caseReport(words, options, used);
      } else {
        text = answer(words, answers, options.lang);
      }
      out.print(text);
      return 0;
    } catch (CaseFileException e) {
      err.println(e.getMessage());
      return 2;
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (CquiException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /** The command line: the options (anywhere) and the other words, in order. */
  private static final class Options {
    final List<String> words = new ArrayList<>();
    final List<Path> holidays = new ArrayList<>();
    Language lang = Language.BOTH;
    boolean json;
    boolean help;
    @Nullable CoverageMode coverage;
    @Nullable LocalTime cutoff;

    static Options parse(List<String> args) {
      Options options = new Options();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        switch (name) {
          case "--help", "-h" -> options.help = true;
          case "--json" -> options.json = true;
          case "--provisional" -> options.coverage = CoverageMode.PROVISIONAL;
          case "--lang", "--holidays", "--coverage", "--office-hours-cutoff" -> {
            if (value == null) {
              if (i + 1 == args.size()) {
                throw new UsageException(name + " takes a value");
              }
              value = args.get(++i);
            }
            options.set(name, value);
          }
          default -> {
            if (arg.startsWith("--")) {
              throw new UsageException(
                  "unknown option '"
                      + arg
                      + "'"
                      + (options.words.isEmpty() ? "" : " of '" + options.words.get(0) + "'"));
            }
            options.words.add(arg);
          }
        }
      }
      return options;
    }

    private void set(String name, String value) {
      switch (name) {
        case "--lang" ->
            lang =
                Language.of(value)
                    .orElseThrow(
                        () ->
                            new UsageException(
                                "--lang = '" + value + "': expected 'zh', 'en' or 'both'"));
        case "--holidays" -> holidays.add(Paths.get(value));
        case "--coverage" ->
            coverage =
                switch (value) {
                  case "strict" -> CoverageMode.STRICT;
                  case "provisional" -> CoverageMode.PROVISIONAL;
                  default ->
                      throw new UsageException(
                          "--coverage = '" + value + "': expected 'strict' or 'provisional'");
                };
        case "--office-hours-cutoff" -> {
          try {
            cutoff = LocalTime.parse(value);
          } catch (DateTimeParseException e) {
            throw new UsageException(
                "--office-hours-cutoff = '" + value + "': not a time of day (HH:mm)");
          }
        }
        default -> throw new AssertionError(name);
      }
    }

    /** The rules with the holiday files loaded and the switches changed. */
    Chongqing apply(Chongqing rules) {
      Chongqing changed = rules;
      if (!holidays.isEmpty()) {
        WorkingDayCalendar calendar;
        try {
          calendar = rules.calendar().withScheduleFiles(holidays);
        } catch (UncheckedIOException e) {
          throw new UsageException("--holidays: cannot be read: " + e.getMessage());
        } catch (CalendarException e) {
          throw new UsageException("--holidays: " + e.getMessage());
        }
        changed = changed.withCalendar(calendar);
      }
      if (coverage != null) {
        CoverageMode mode = coverage;
        changed = changed.withSwitches(s -> s.coverageMode(mode));
      }
      if (cutoff != null) {
        LocalTime time = cutoff;
        changed = changed.withSwitches(s -> s.officeHoursCutoff(time));
      }
      return changed;
    }
  }

  private static String demonstration(CalendarAnswers answers, Language lang) {
    String rule = "-".repeat(100) + NL;
    return String.join(
        rule,
        title(lang),
        answers.plusWorkingDays(LocalDate.of(2025, 9, 25), 7),
        answers.plusWorkingDays(LocalDate.of(2025, 7, 31), 20),
        answers.day(LocalDate.of(2026, 2, 14)),
        answers.calendarDays(LocalDate.of(2025, 9, 8), 30, LastDayRule.ROLL_FORWARD),
        answers.months(LocalDate.of(2025, 4, 5), 6, LastDayRule.ROLL_FORWARD),
        answers.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
  }

  private static String title(Language lang) {
    String en =
        "cqui — the Chongqing working-day calendar (State Council holiday notices 2015–2026)";
    String zh = "cqui — 重庆工作日历（国务院办公厅节假日安排通知，2015–2026年）";
    return switch (lang) {
      case EN -> en + NL;
      case ZH -> zh + NL;
      case BOTH -> en + NL + zh + NL;
    };
  }

  /** {@code case FILE [--json]}. */
  private static String caseReport(List<String> words, Options options, Chongqing rules) {
    if (words.size() < 2) {
      throw new UsageException("'case' takes a case file");
    }
    if (words.size() > 2) {
      throw new UsageException(
          "'case' takes one case file, not '" + words.get(1) + "' and '" + words.get(2) + "'");
    }
    String file = words.get(1);
    CaseFile read = read(Paths.get(file));
    CaseResult result = report(read, rules, file);
    return options.json
        ? CaseJson.write(result)
        : CaseText.render(file, read, result, options.lang);
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
    CaseReview review;
    try {
      // I-5: a year without its notice leaves the review pending, and the rest of the case answered
      review = CaseReview.of(rules, file.application());
    } catch (CquiException e) {
      throw refused(source, "application", e);
    }
    BenefitLedger ledger;
    try {
      ledger = rules.benefits().ledger(file.claim());
    } catch (CquiException e) {
      throw refused(source, "claim", e);
    }
    Optional<PremiumReimbursement> premium =
        file.premium().map(section -> premium(file.claim(), section, rules, source));
    Optional<RecoverySchedule> schedule = Optional.empty();
    Optional<RecoveryStatus> status = Optional.empty();
    if (file.recovery().isPresent()) {
      CaseFile.Recovery section = file.recovery().get();
      try {
        Optional<OverpaymentDebt> debt =
            rules.recovery().overpaymentDebt(file.claim(), section.establishedOn());
        if (debt.isEmpty()) {
          throw new CaseFileException(
              source
                  + ": recovery.establishedOn = "
                  + section.establishedOn()
                  + ": the claim's ledger shows nothing overpaid up to that day"
                  + " (渝人社办〔2025〕112号 三(四)): there is nothing to recover");
        }
        schedule = Optional.of(rules.recovery().schedule(debt.get(), section.plan()));
      } catch (CquiException e) {
        throw refused(source, "recovery", e);
      }
      if (section.repayments().isPresent()) {
        try {
          status = Optional.of(rules.recovery().status(schedule.get(), section.repayments().get()));
        } catch (CquiException e) {
          throw refused(source, "recovery.repayments", e);
        }
      }
    }
    Optional<ShortContributionRisk> risk = Optional.empty();
    Optional<ConcurrentBenefits> concurrent = Optional.empty();
    if (file.controls().isPresent()) {
      CaseFile.Controls section = file.controls().get();
      if (section.contributions().isPresent()) {
        try {
          risk = Optional.of(rules.controls().shortContributionRisk(section.contributions().get()));
        } catch (CquiException e) {
          throw refused(source, "controls.contributions", e);
        }
      }
      try {
        concurrent =
            Optional.of(
                rules
                    .controls()
                    .concurrentBenefits(
                        ConcurrentBenefitsRequest.of(
                            file.claim(), section.otherBenefits().orElse(List.of()))));
      } catch (CquiException e) {
        throw refused(source, "controls", e);
      }
    }
    return new CaseResult(
        review.deadline(), review.pending(), ledger, premium, schedule, status, risk, concurrent);
  }

  private static PremiumReimbursement premium(
      ClaimHistory claim, CaseFile.Premium section, Chongqing rules, String source) {
    try {
      return rules
          .premium()
          .reimbursement(
              ReimbursementRequest.builder()
                  .claim(claim)
                  .applicationDate(section.applicationDate())
                  .receipts(section.receipts())
                  .standards(section.standards())
                  .build());
    } catch (CquiException e) {
      throw refused(source, "premium", e);
    }
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

  private static String answer(List<String> args, CalendarAnswers answers, Language lang) {
    String question = args.get(0);
    switch (question) {
      case "calendar":
        expect(args, 1, 1);
        return demonstration(answers, lang);
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
