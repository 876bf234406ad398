package io.github.cqui.rules.json.internal;

import io.github.cqui.rules.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a JSON value: the token stream, where in the document the reader is (the property
 * path, e.g. {@code claim.verifications[1].verifiedOn}), and the refusals that name it.
 *
 * <p>Every refusal is an {@link InvalidInputException} whose field is the path of the offending
 * value, whose value is a short rendering of what the document holds there (a string quoted and cut
 * after {@value #MAX_SHOWN} characters, a number as written, {@code null}, {@code []}, {@code
 * {…}}), and whose rule says what to write instead.
 *
 * <p>Internal to cqui: not exported. Not thread-safe: one reading, one thread.
 */
public final class Reading {

  /** The longest string a value of a cqui type may be, in characters. */
  public static final int MAX_TEXT = 10_000;

  /** The most elements a list or entries a map of a cqui type may have in JSON. */
  public static final int MAX_ELEMENTS = 100_000;

  /** The most characters of a value or a property name shown in a message. */
  static final int MAX_SHOWN = 40;

  /** The mark {@link InvalidInputException} puts after a value it cut. */
  private static final Pattern CUT = Pattern.compile("…\\((\\d+) characters\\)$");

  private final JsonIn in;
  private final String base;
  private final String rootName;
  private final List<Object> segments = new ArrayList<>();

  /**
   * Starts reading at the current token of {@code in}.
   *
   * @param in the tokens, positioned at the first token of the value
   * @param base the path of the value in the caller's document, e.g. {@code claim}; empty at the
   *     root
   * @param rootName the field named by a refusal of the value itself when {@code base} is empty,
   *     e.g. {@code money}
   */
  public Reading(JsonIn in, String base, String rootName) {
    this.in = in;
    this.base = base;
    this.rootName = rootName;
  }

  /**
   * The current token.
   *
   * @return its kind
   */
  public Token token() {
    return in.token();
  }

  /**
   * Moves to the next token.
   *
   * @return its kind
   */
  public Token next() {
    return in.next();
  }

  /**
   * The literal text of the current token.
   *
   * @return the text
   */
  public String text() {
    return in.text();
  }

  /**
   * Descends into a property.
   *
   * @param name the property's name
   */
  void enter(String name) {
    segments.add(name);
  }

  /**
   * Descends into a list element.
   *
   * @param index the element's index
   */
  void enter(int index) {
    segments.add(index);
  }

  /** Returns from the last {@link #enter}. */
  void leave() {
    segments.remove(segments.size() - 1);
  }

  /**
   * The path of the current value, e.g. {@code claim.verifications[1].verifiedOn}; the root name at
   * the root.
   *
   * @return the path
   */
  public String path() {
    StringBuilder path = new StringBuilder(base);
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.length() == 0 ? rootName : path.toString();
  }

  /**
   * The path of a property of the current object, e.g. {@code claim.tier}.
   *
   * @param name the property's name, shown cut after {@value #MAX_SHOWN} characters
   * @return the path
   */
  String pathOf(String name) {
    enter(shorten(name));
    try {
      return path();
    } finally {
      leave();
    }
  }

  /**
   * A refusal of the current value.
   *
   * @param rule what the value breaks and what to write instead
   * @return the exception, for the caller to throw
   */
  public InvalidInputException refuse(String rule) {
    return InvalidInputException.of(path(), shown(), rule);
  }

  /**
   * A refusal at a path with a value rendered by the caller.
   *
   * @param path the path
   * @param value the rendering of the value
   * @param rule what the value breaks
   * @return the exception, for the caller to throw
   */
  static InvalidInputException refuse(String path, String value, String rule) {
    return InvalidInputException.of(path, value, rule);
  }

  /**
   * The library's refusal of a value built from the current one, named by the current path: e.g.
   * {@code Money.ofYuan} names its field {@code amount}, a value check names the property relative
   * to its object. The original is kept as the cause.
   *
   * @param relative the refusal as the library made it
   * @param relativeField whether its field is relative to the current path (a property of the
   *     object read) rather than the value itself
   * @return the refusal naming the whole path
   */
  InvalidInputException renamed(InvalidInputException relative, boolean relativeField) {
    String field;
    if (!relativeField) {
      field = path();
    } else if (base.isEmpty() && segments.isEmpty()) {
      field = relative.field();
    } else {
      field = path() + "." + relative.field();
    }
    InvalidInputException renamed =
        InvalidInputException.of(field, shortenRendered(relative.value()), relative.rule());
    renamed.initCause(relative);
    return renamed;
  }

  /**
   * A value as the library rendered it (cut after 200 characters, marked {@code …(N characters)}),
   * cut again to {@value #MAX_SHOWN} characters with the original length.
   */
  private static String shortenRendered(String value) {
    if (value.length() <= MAX_SHOWN) {
      return value;
    }
    Matcher marked = CUT.matcher(value);
    String length = marked.find() ? marked.group(1) : String.valueOf(value.length());
    return value.substring(0, MAX_SHOWN) + "… (" + length + " characters)";
  }

  /**
   * The current value as a message shows it: a string quoted and cut, a number as written, {@code
   * true}, {@code false}, {@code null}, {@code []}, {@code {}}, {@code […]} or {@code {…}}.
   *
   * @return the rendering
   */
  String shown() {
    return switch (in.token()) {
      case STRING -> quoted(in.text());
      case INTEGER, DECIMAL -> shorten(in.text());
      case TRUE -> "true";
      case FALSE -> "false";
      case NULL -> "null";
      case START_ARRAY -> in.next() == Token.END_ARRAY ? "[]" : "[…]";
      case START_OBJECT -> in.next() == Token.END_OBJECT ? "{}" : "{…}";
      case END -> "(the end of the input)";
      default -> "(not a JSON value)";
    };
  }

  /**
   * A string as JSON writes it, cut after {@value #MAX_SHOWN} characters with its length.
   *
   * @param text the string
   * @return e.g. {@code "2025-09-31"} or {@code "aaaa…" (10000 characters)}
   */
  public static String quoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    int shown = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (shown < text.length()) {
      return quoted.append("…\" (").append(text.length()).append(" characters)").toString();
    }
    return quoted.append('"').toString();
  }

  /**
   * Text cut after {@value #MAX_SHOWN} characters with its length.
   *
   * @param text the text
   * @return the text, or its start, {@code …} and the length
   */
  public static String shorten(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, MAX_SHOWN) + "… (" + text.length() + " characters)";
  }
}
