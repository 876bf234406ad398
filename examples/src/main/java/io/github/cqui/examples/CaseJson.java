package io.github.cqui.examples;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case files and case results as JSON, with Jackson 3 and the library's module ({@link
 * CquiJackson3Module}), which reads and writes the library's own JSON forms.
 *
 * <p>Reading is strict: an unknown property at any depth, a missing or {@code null} required part
 * (an optional section, such as {@code premium}, may be absent), a value in any but its one JSON
 * form (a number for an enum or an amount, a fraction for a count, an empty string for a time), and
 * anything after the top-level object are refused. A refusal names where it happened, as a path
 * into the case file ({@code claim.verifications[0].verifiedOn}), and why. Stateless and
 * thread-safe.
 */
public final class CaseJson {

  /** Reads case files and writes results, pretty-printed. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new CquiJackson3Module())
          .enable(
              DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private CaseJson() {}

  /**
   * Reads a case file.
   *
   * @param json the file's bytes (UTF-8)
   * @param source the file's name, for the message
   * @throws CaseFileException naming the property and the reason, if the file cannot be read
   */
  static CaseFile read(byte[] json, String source) {
    try {
      return MAPPER.readValue(json, CaseFile.class);
    } catch (JacksonException e) {
      throw new CaseFileException(source + ": " + describe(e), e);
    }
  }

  /** The result as pretty-printed JSON, ending with a line break. */
  static String write(CaseResult result) {
    return MAPPER.writeValueAsString(result) + System.lineSeparator();
  }

  /**
   * Why Jackson refused, starting with the path of the property in the case file: {@code
   * claim.verifications[0].verifiedOn = 2025-10-01: must fall in the month it verifies, 2025-09}.
   */
  static String describe(JacksonException e) {
    String path = path(e.getPath());
    InvalidInputException invalid = invalidInput(e);
    if (invalid != null) {
      // the library's module names the whole path into the case file, e.g. claim.tier
      return invalid.field() + " = " + invalid.value() + ": " + invalid.rule();
    }
    if (e instanceof StreamReadException) {
      // not JSON: where in the text, and the reason without Jackson's redacted source description
      return "malformed JSON"
          + location(e.getLocation())
          + (path.isEmpty() ? "" : " in " + path)
          + ": "
          + e.getOriginalMessage().replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "");
    }
    String where = path.isEmpty() ? "the case file" : path;
    if (e instanceof InvalidFormatException format) {
      Throwable cause = format.getCause();
      return where
          + " = \""
          + format.getValue()
          + "\": "
          + (cause != null
              ? "not a " + format.getTargetType().getSimpleName() + " (" + cause.getMessage() + ")"
              : format.getOriginalMessage());
    }
    if (e.getOriginalMessage().startsWith("Null value for creator property")) {
      // a required part of the case file (or of one of its sections) absent or null
      return where + ": is required (absent or null)";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return where + ": " + e.getCause().getMessage();
    }
    return where + ": " + e.getOriginalMessage();
  }

  private static @Nullable InvalidInputException invalidInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /**
   * The property path of Jackson's reference chain, as the library's refusals name fields: {@code
   * claim.verifications[0].verifiedOn}. Shared with the service's problem details.
   *
   * @param references Jackson's reference chain, outermost first
   * @return the path, empty for the root
   */
  public static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      String name = reference.getPropertyName();
      if (name != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String location(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
