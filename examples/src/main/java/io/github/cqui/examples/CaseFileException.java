package io.github.cqui.examples;

/**
 * A case file that cannot be read: missing, unreadable, not JSON, or JSON that the library refuses.
 * The message names the file and, where there is one, the property (e.g. {@code cases/bad.json:
 * claim.verifications[0].verifiedOn = 2025-10-01: must fall in the month it verifies, 2025-09}).
 */
final class CaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CaseFileException(String message) {
    super(message);
  }

  CaseFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
