package io.github.cqui.examples.service;

import java.io.IOException;

/**
 * A request body longer than {@code cqui.max-request-size}: thrown by the body's stream as soon as
 * the limit is passed (or at the first read, when the declared length is over it), answered 413.
 */
final class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The limit, in bytes. */
  private final int limit;

  RequestTooLargeException(int limit) {
    super("the request body is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit, in bytes. */
  int limit() {
    return limit;
  }
}
