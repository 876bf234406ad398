package io.github.cqui.examples;

import io.github.cqui.calendar.CalendarException;
import io.github.cqui.calendar.LastDayRule;
import io.github.cqui.calendar.WorkingDayCalendar;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The main job: answers questions on the Chongqing working-day calendar in Chinese and English.
 *
 * <pre>
 * CaseReport                              the demonstration questions below
 * CaseReport plus    2025-09-25 7         7 working days after a date (the date not counted)
 * CaseReport minus   2025-10-11 7         7 working days before a date
 * CaseReport between 2025-01-01 2026-01-01  working days of [start, end)
 * CaseReport day     2025-10-11           what kind of day a date is
 * CaseReport days    2025-09-08 30 [roll|keep]   30 calendar days after (民法典 arts 201, 203)
 * CaseReport months  2025-04-05 6  [roll|keep]   6 months after (民法典 arts 202, 203)
 * </pre>
 *
 * <p>Exit status 0 on success, 2 on a usage error or a question the calendar cannot answer (for
 * example a date in a year whose holiday notice is not published), with the reason on standard
 * error.
 */
public final class CaseReport {

  private static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: CaseReport [plus DATE N | minus DATE N | between START END | day DATE"
              + " | days DATE N [roll|keep] | months DATE N [roll|keep]]",
          "  DATE is yyyy-MM-dd; N is at least 1; without arguments, the demonstration questions.");

  private CaseReport() {}

  /**
   * Runs the main job.
   *
   * @param args the question, see the class documentation
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(List.of(args), out, err, WorkingDayCalendar.chongqing());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Answers one question, or the demonstration questions when {@code args} is empty.
   *
   * @return the exit status: 0 answered, 2 refused (the reason is on {@code err})
   */
  static int run(List<String> args, PrintStream out, PrintStream err, WorkingDayCalendar calendar) {
    CalendarAnswers answers = new CalendarAnswers(calendar);
    try {
      out.print(args.isEmpty() ? demonstration(answers) : answer(args, answers));
      return 0;
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

  private static String answer(List<String> args, CalendarAnswers answers) {
    String question = args.get(0);
    switch (question) {
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
