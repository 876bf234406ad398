package io.github.cqui.examples.service;

import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.examples.CaseJson;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The service's RFC 9457 problem details, one {@code type} URI each, documented in {@code
 * docs/SERVICE.md} under the same names:
 *
 * <ul>
 *   <li>{@link #MALFORMED_JSON} (400): the body is not JSON, or is empty; {@code line}, {@code
 *       column};
 *   <li>{@link #INVALID_INPUT} (400): JSON that the library or the service's request wrapper
 *       refuses; {@code field} (the property path), {@code pointer} (the same as a JSON Pointer),
 *       {@code value}, {@code rule};
 *   <li>{@link #REQUEST_TOO_LARGE} (413): {@code limit} in bytes;
 *   <li>{@link #NO_EDITION_IN_FORCE} (422): {@code date}, {@code earliest};
 *   <li>{@link #DATE_NOT_COVERED} (422): {@code year}, {@code date}, {@code firstCoveredDay},
 *       {@code lastCoveredDay}, {@code latestNotice}, {@code coverageMode}, {@code remedies};
 *   <li>{@link #RULES_CANNOT_ANSWER} (422): another refusal of the library;
 *   <li>{@link #INTERNAL_ERROR} (500): nothing of the failure but that it happened.
 * </ul>
 */
final class Problems {

  /** Where the problem types are documented; each type is this with its name as the fragment. */
  static final String BASE = "https://github.com/cqui/cqui/blob/main/docs/SERVICE.md#";

  static final URI MALFORMED_JSON = URI.create(BASE + "malformed-json");
  static final URI INVALID_INPUT = URI.create(BASE + "invalid-input");
  static final URI REQUEST_TOO_LARGE = URI.create(BASE + "request-too-large");
  static final URI NO_EDITION_IN_FORCE = URI.create(BASE + "no-edition-in-force");
  static final URI DATE_NOT_COVERED = URI.create(BASE + "date-not-covered");
  static final URI RULES_CANNOT_ANSWER = URI.create(BASE + "rules-cannot-answer");
  static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

  /** Jackson's creator-property refusals, for the property they name. */
  private static final Pattern CREATOR_PROPERTY =
      Pattern.compile("(Missing|Null value for) (?:required )?creator property '([^']+)'");

  /** A property name, as a record's null check names it. */
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /** Jackson's note on where a start marker was, which names its redacted source. */
  private static final Pattern START_MARKER = Pattern.compile(" ?\\(start marker at [^)]*\\)");

  private Problems() {}

  /** The body is not JSON: where, and why. */
  static ProblemDetail malformed(StreamReadException e) {
    TokenStreamLocation location = e.getLocation();
    String where = location(location);
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON, "Malformed JSON", "");
    if (location != null && location.getLineNr() > 0) {
      problem.setProperty("line", location.getLineNr());
      problem.setProperty("column", location.getColumnNr());
    }
    String path = path(e.getPath());
    if (!path.isEmpty()) {
      problem.setProperty("field", path);
      problem.setProperty("pointer", pointer(path));
    }
    problem.setDetail(
        "the request body is not JSON"
            + where
            + (path.isEmpty() ? "" : " in " + path)
            + ": "
            + START_MARKER.matcher(e.getOriginalMessage()).replaceAll(""));
    return problem;
  }

  /** No body at all, where a JSON document is expected. */
  static ProblemDetail emptyBody() {
    return problem(
        HttpStatus.BAD_REQUEST,
        MALFORMED_JSON,
        "Malformed JSON",
        "the request body is empty; a JSON object is expected");
  }

  /** A refusal of the library: the field, the value and the rule. */
  static ProblemDetail invalidInput(InvalidInputException e) {
    return invalidInput(e.field(), e.value(), e.rule());
  }

  /**
   * JSON that Jackson refuses for the service's own types (an unknown or missing property, a date
   * in another form): the property path, the value where Jackson has it, and why.
   */
  static ProblemDetail invalidInput(JacksonException e) {
    String path = path(e.getPath());
    String message = START_MARKER.matcher(e.getOriginalMessage()).replaceAll("");
    if (message.startsWith("Trailing token")) {
      ProblemDetail problem =
          problem(
              HttpStatus.BAD_REQUEST,
              MALFORMED_JSON,
              "Malformed JSON",
              "the request body goes on after its JSON value" + location(e.getLocation()));
      TokenStreamLocation location = e.getLocation();
      if (location != null && location.getLineNr() > 0) {
        problem.setProperty("line", location.getLineNr());
        problem.setProperty("column", location.getColumnNr());
      }
      return problem;
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = new ArrayList<>();
      for (Object id : unknown.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      known.sort(null);
      String field = path.isEmpty() ? unknown.getPropertyName() : path;
      return invalidInput(field, "", "is not a property here; expected one of " + known);
    }
    if (e instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() == String.class
        && message.startsWith("Cannot coerce")) {
      // a number or a boolean for a string (Jackson's bad coercion, an InvalidFormatException)
      return invalidInput(path, "", "must be a JSON string");
    }
    if (e instanceof InvalidFormatException format) {
      return invalidInput(path, String.valueOf(format.getValue()), message);
    }
    Matcher creator = CREATOR_PROPERTY.matcher(message);
    if (creator.find()) {
      String name = creator.group(2);
      boolean missing = creator.group(1).equals("Missing");
      return invalidInput(
          path.isEmpty() || !path.endsWith(name) ? join(path, name) : path,
          missing ? "(missing)" : "null",
          // Jackson reports a property left out as null too
          missing ? "is required" : "is required and must not be null");
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException
        && cause instanceof NullPointerException
        && cause.getMessage() != null
        && PROPERTY_NAME.matcher(cause.getMessage()).matches()) {
      // a record of the examples checks its parts with Objects.requireNonNull(part, "part")
      return invalidInput(join(path, cause.getMessage()), "(missing)", "is required");
    }
    return invalidInput(path.isEmpty() ? "(body)" : path, "", message);
  }

  private static String location(@Nullable TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static ProblemDetail invalidInput(String field, String value, String rule) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            INVALID_INPUT,
            "Invalid input",
            field + (value.isEmpty() ? "" : " = " + value) + ": " + rule);
    problem.setProperty("field", field);
    problem.setProperty("pointer", pointer(field));
    problem.setProperty("value", value);
    problem.setProperty("rule", rule);
    return problem;
  }

  /** A body over the limit. */
  static ProblemDetail tooLarge(RequestTooLargeException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONTENT_TOO_LARGE,
            REQUEST_TOO_LARGE,
            "Request body too large",
            e.getMessage() + " (cqui.max-request-size)");
    problem.setProperty("limit", e.limit());
    return problem;
  }

  /** A date before the earliest policy edition (I-18). */
  static ProblemDetail noEdition(NoEditionInForceException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            NO_EDITION_IN_FORCE,
            "No policy edition in force",
            message(e));
    problem.setProperty("date", e.date().toString());
    e.earliest().ifPresent(earliest -> problem.setProperty("earliest", earliest.toString()));
    return problem;
  }

  /**
   * A date in a year the calendar does not cover (I-5): the year, the coverage, and the remedies as
   * this service's settings.
   */
  static ProblemDetail notCovered(CalendarCoverageException coverage, Throwable thrown) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            DATE_NOT_COVERED,
            "Date outside the working-day calendar",
            message(thrown));
    problem.setProperty("year", coverage.year());
    problem.setProperty("date", coverage.date().toString());
    problem.setProperty("firstCoveredDay", coverage.firstCoveredDay().toString());
    problem.setProperty("lastCoveredDay", coverage.lastCoveredDay().toString());
    problem.setProperty("latestNotice", coverage.latestNotice());
    problem.setProperty("coverageMode", coverage.coverageMode().name());
    List<String> remedies = new ArrayList<>();
    remedies.add(
        "load the State Council holiday notice for "
            + coverage.year()
            + " as a schedule file: cqui.holidays=FILE (or on the class path as"
            + " META-INF/cqui/holiday-schedule.json)");
    if (coverage.date().isAfter(coverage.lastCoveredDay())
        && coverage.coverageMode() == CoverageMode.STRICT) {
      remedies.add(
          "until it is published, answer provisionally from the statutory holidays of"
              + " 《全国年节及纪念日放假办法》: cqui.coverage-mode=PROVISIONAL (I-5)");
    }
    problem.setProperty("remedies", remedies);
    return problem;
  }

  /** Another refusal of the library, with its message. */
  static ProblemDetail cannotAnswer(Throwable e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        RULES_CANNOT_ANSWER,
        "The rules cannot answer",
        message(e));
  }

  /** A failure of the service: nothing of it but that it happened. */
  static ProblemDetail internal() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        INTERNAL_ERROR,
        "Internal error",
        "the service failed to answer; the failure is logged");
  }

  /** The library's refusal in a chain of causes, if there is one. */
  static @Nullable InvalidInputException refusal(Throwable e) {
    return find(e, InvalidInputException.class);
  }

  /** The first throwable of a type in a chain of causes. */
  static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** {@code claim.verifications[0].verifiedOn} for Jackson's reference chain: the case file's. */
  static String path(List<JacksonException.Reference> references) {
    return CaseJson.path(references);
  }

  /**
   * The JSON Pointer (RFC 6901) of a property path: {@code claim.verifications[0].verifiedOn} is
   * {@code /claim/verifications/0/verifiedOn}.
   */
  static String pointer(String field) {
    if (field.startsWith("(")) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String part : field.replace("[", ".").replace("]", "").split("\\.", -1)) {
      if (!part.isEmpty()) {
        pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }
}
