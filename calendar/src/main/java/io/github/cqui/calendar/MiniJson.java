package io.github.cqui.calendar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) reader for the holiday data, so the calendar needs no JSON library.
 * Objects become insertion-ordered maps (a duplicate key is an error), arrays lists, strings
 * strings, numbers {@link BigDecimal}, {@code true}/{@code false} booleans and {@code null} {@link
 * #NULL}. Errors name the line and column.
 */
final class MiniJson {

  /** The JSON {@code null}. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private final String text;
  private int pos;

  private MiniJson(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    MiniJson p = new MiniJson(text);
    p.skipWhitespace();
    Object value = p.value();
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("unexpected content after the JSON value");
    }
    return value;
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of the JSON text");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a field name in double quotes");
      }
      int keyPos = pos;
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object value = value();
      if (map.put(key, value) != null) {
        pos = keyPos;
        throw error("field '" + key + "' appears twice in one object");
      }
      skipWhitespace();
      char c = next();
      if (c == '}') {
        return Collections.unmodifiableMap(map);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      char c = next();
      if (c == ']') {
        return Collections.unmodifiableList(list);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"':
        case '\\':
        case '/':
          sb.append(e);
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("malformed \\u escape");
          }
          pos += 4;
          break;
        default:
          pos--;
          throw error("unknown escape '\\" + e + "'");
      }
    }
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (!isJsonNumber(n)) {
      pos = start;
      throw error("malformed number '" + n + "'");
    }
    return new BigDecimal(n);
  }

  /**
   * Whether {@code n} is a JSON number, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?},
   * checked by hand: a regular expression would bring the lambda machinery onto the load path.
   */
  static boolean isJsonNumber(String n) {
    int i = 0;
    int length = n.length();
    if (i < length && n.charAt(i) == '-') {
      i++;
    }
    if (i < length && n.charAt(i) == '0') {
      i++;
    } else {
      int digits = skipDigits(n, i);
      if (digits == i || n.charAt(i) == '0') {
        return false;
      }
      i = digits;
    }
    if (i < length && n.charAt(i) == '.') {
      int digits = skipDigits(n, i + 1);
      if (digits == i + 1) {
        return false;
      }
      i = digits;
    }
    if (i < length && (n.charAt(i) == 'e' || n.charAt(i) == 'E')) {
      i++;
      if (i < length && (n.charAt(i) == '+' || n.charAt(i) == '-')) {
        i++;
      }
      int digits = skipDigits(n, i);
      if (digits == i) {
        return false;
      }
      i = digits;
    }
    return i == length;
  }

  private static int skipDigits(String n, int from) {
    int i = from;
    while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (next() != c) {
      pos--;
      throw error("expected '" + c + "'");
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of the JSON text");
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private CalendarDataException error(String what) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new CalendarDataException(
        "malformed JSON at line " + line + ", column " + column + ": " + what);
  }
}
