package io.github.cqui.examples.service;

import io.github.cqui.CquiException;
import io.github.cqui.calendar.CalendarCoverageException;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.NoEditionInForceException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error as an RFC 9457 {@code application/problem+json} response, with Spring's own {@link
 * ProblemDetail} support: Spring MVC's exceptions (404, 405, 415, ...) as {@link
 * ResponseEntityExceptionHandler} answers them, the body's refusals and the library's as {@link
 * Problems} describes. A failure that is none of these is logged and answered 500 without its
 * message or stack.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  /** For Spring. */
  ProblemHandler() {}

  /**
   * A body that cannot be read: over the limit (413), not JSON (400), or JSON that the library or a
   * request wrapper refuses (400, naming the property).
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return respond(ex, unreadable(ex), headers, request);
  }

  private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
    RequestTooLargeException tooLarge = Problems.find(ex, RequestTooLargeException.class);
    if (tooLarge != null) {
      return Problems.tooLarge(tooLarge);
    }
    InvalidInputException invalid = Problems.refusal(ex);
    if (invalid != null) {
      return Problems.invalidInput(invalid);
    }
    StreamReadException malformed = Problems.find(ex, StreamReadException.class);
    if (malformed != null) {
      return Problems.malformed(malformed);
    }
    JacksonException refused = Problems.find(ex, JacksonException.class);
    if (refused != null) {
      return Problems.invalidInput(refused);
    }
    return Problems.emptyBody();
  }

  /** The library refuses an input (400), naming the field, the value and the rule. */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
    return respond(ex, Problems.invalidInput(ex), new HttpHeaders(), request);
  }

  /** A date before the earliest policy edition (422, I-18). */
  @ExceptionHandler(NoEditionInForceException.class)
  ResponseEntity<Object> noEdition(NoEditionInForceException ex, WebRequest request) {
    return respond(ex, Problems.noEdition(ex), new HttpHeaders(), request);
  }

  /**
   * Any other refusal of the library (422): a date the calendar does not cover (I-5), as a rule
   * reports it ({@code RuleContextException}) or as the calendar does, or another.
   */
  @ExceptionHandler(CquiException.class)
  ResponseEntity<Object> refused(CquiException ex, WebRequest request) {
    CalendarCoverageException coverage = Problems.find(ex, CalendarCoverageException.class);
    NoEditionInForceException edition = Problems.find(ex, NoEditionInForceException.class);
    ProblemDetail problem;
    if (coverage != null) {
      problem = Problems.notCovered(coverage, ex);
    } else if (edition != null) {
      problem = Problems.noEdition(edition);
    } else {
      problem = Problems.cannotAnswer(ex);
    }
    return respond(ex, problem, new HttpHeaders(), request);
  }

  /** Anything else (500): logged here, answered without its message. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> failed(Exception ex, WebRequest request) {
    LOG.error("unanswered {}", request.getDescription(false), ex);
    return respond(ex, Problems.internal(), new HttpHeaders(), request);
  }

  private ResponseEntity<Object> respond(
      Exception ex, ProblemDetail problem, HttpHeaders headers, WebRequest request) {
    ResponseEntity<Object> response =
        handleExceptionInternal(
            ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    if (response == null) {
      // the response is already committed: nothing more can be said
      return ResponseEntity.status(problem.getStatus()).build();
    }
    return response;
  }
}
