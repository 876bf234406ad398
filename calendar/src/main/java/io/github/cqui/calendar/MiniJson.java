package io.github.cqui.calendar;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict JSON (RFC 8259) reader for the holiday data, so the calendar needs no JSON library.
 * Objects become insertion-ordered maps, arrays lists, strings strings, numbers {@link BigDecimal},
 * {@code true}/{@code false} booleans and {@code null} {@link #NULL}; all of them unmodifiable.
 *
 * <p>Stricter than RFC 8259 where the holiday data allows it, and bounded: every size that drives
 * the reader's work is checked before the work is done, so any refusal is quick. Refused: a key
 * that appears twice in one object; a <code>&#92;u</code> escape that is not exactly four hex
 * digits; a lone surrogate, escaped or not (a high one not followed by a low one, a low one alone);
 * a number with a fraction or an exponent (the holiday data's numbers are years); and input beyond
 * the limits {@link #MAX_CHARS}, {@link #MAX_DEPTH}, {@link #MAX_STRING_CHARS}, {@link
 * #MAX_NUMBER_CHARS} and {@link #MAX_ELEMENTS}. A single leading byte order mark (U+FEFF) is
 * skipped, as RFC 8259 §8.1 allows; one anywhere else is refused.
 *
 * <p>Errors are {@link CalendarDataException}s that name the line, the column and the JSON path of
 * the value being read ({@code years[0].restDays[3]}), quote at most the first {@value
 * #EXCERPT_CHARS} characters of any text, and say which rule is broken.
 *
 * <p>No lambdas, regular expressions or {@code String.format} here: this is on the calendar's load
 * path, where each of them costs milliseconds the first time.
 */
final class MiniJson {

  /** The most characters of a JSON text: 4 MiB, over a hundred times the bundled data. */
  static final int MAX_CHARS = 4 * 1024 * 1024;

  /** The most bytes of a UTF-8 JSON text: 4 MiB. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting of arrays and objects: the holiday data needs 5. */
  static final int MAX_DEPTH = 16;

  /** The most characters of one string, key or value, after unescaping. */
  static final int MAX_STRING_CHARS = 4096;

  /** The most characters of one number, its sign included. */
  static final int MAX_NUMBER_CHARS = 20;

  /** The most elements of one array, or members of one object. */
  static final int MAX_ELEMENTS = 4096;

  /** The most characters of a text quoted in an error message. */
  static final int EXCERPT_CHARS = 32;

  /** The JSON {@code null}. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String HEX = "0123456789abcdef";
  private static final String HEX_UPPER = "0123456789ABCDEF";

  private final String text;
  private int pos;
  // the JSON path of the value being read: one level per open array or object (level 0 unused)
  private final @Nullable String[] keys = new String[MAX_DEPTH + 1];
  private final int[] indexes = new int[MAX_DEPTH + 1];
  private final boolean[] isArray = new boolean[MAX_DEPTH + 1];
  private int depth;

  private MiniJson(String text) {
    this.text = text;
  }

  /**
   * Reads a JSON text.
   *
   * @param text the text, at most {@link #MAX_CHARS} characters; one leading byte order mark is
   *     skipped
   * @return the value
   * @throws CalendarDataException if the text is not JSON, is beyond a limit, or has content after
   *     the value
   */
  static Object parse(String text) {
    if (text.length() > MAX_CHARS) {
      throw new CalendarDataException(
          "the document: "
              + text.length()
              + " characters, more than "
              + MAX_CHARS
              + " (4 MiB), the limit of a holiday schedule");
    }
    MiniJson p = new MiniJson(text);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      p.pos = 1;
    }
    p.skipWhitespace();
    Object value = p.value();
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("unexpected content after the JSON value");
    }
    return value;
  }

  /**
   * Decodes UTF-8 strictly: a malformed or truncated sequence, an overlong form or an encoded
   * surrogate is refused, never replaced with U+FFFD.
   *
   * @param bytes the bytes, at most {@link #MAX_BYTES}
   * @return the text
   * @throws CalendarDataException naming the byte offset of the first malformed sequence, or if
   *     there are more than {@link #MAX_BYTES} bytes
   */
  static String decodeUtf8(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new CalendarDataException(
          "the document: more than "
              + MAX_BYTES
              + " bytes (4 MiB), the limit of a holiday schedule");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never has more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder shown = new StringBuilder();
      for (int i = at; i < at + result.length(); i++) { // the decoder reports bytes it has
        if (i > at) {
          shown.append(' ');
        }
        int b = bytes[i] & 0xFF;
        shown.append("0x").append(HEX_UPPER.charAt(b >> 4)).append(HEX_UPPER.charAt(b & 0xF));
      }
      throw new CalendarDataException(
          "malformed UTF-8 at byte offset "
              + at
              + ": "
              + shown
              + " is not UTF-8 there; the holiday data is read as strict UTF-8, with nothing"
              + " replaced");
    }
    out.flip();
    return out.toString();
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of the JSON text");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> {
        return object();
      }
      case '[' -> {
        return array();
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        return literal("true", true);
      }
      case 'f' -> {
        return literal("false", false);
      }
      case 'n' -> {
        return literal("null", NULL);
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + excerpt(String.valueOf(c)) + "'");
      }
    }
  }

  private Map<String, Object> object() {
    open(false);
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    char c = peek() == '}' ? next() : ',';
    while (c == ',') {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a field name in double quotes");
      }
      keys[depth] = null; // until the key is read, the path is the object's
      if (map.size() == MAX_ELEMENTS) {
        throw limit("an object of more than " + MAX_ELEMENTS + " members");
      }
      int keyPos = pos;
      String key = string();
      keys[depth] = key;
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object value = value();
      if (map.put(key, value) != null) {
        pos = keyPos;
        throw error("the field '" + excerpt(key) + "' appears twice in one object");
      }
      skipWhitespace();
      c = next();
      if (c != ',' && c != '}') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
    depth--;
    return Collections.unmodifiableMap(map);
  }

  private List<Object> array() {
    open(true);
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    char c = peek() == ']' ? next() : ',';
    while (c == ',') {
      skipWhitespace();
      indexes[depth] = list.size();
      if (list.size() == MAX_ELEMENTS) {
        throw limit("an array of more than " + MAX_ELEMENTS + " elements");
      }
      list.add(value());
      skipWhitespace();
      c = next();
      if (c != ',' && c != ']') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
    depth--;
    return Collections.unmodifiableList(list);
  }

  /** Opens one more level of nesting, refusing one past {@link #MAX_DEPTH}. */
  private void open(boolean array) {
    if (depth == MAX_DEPTH) {
      throw limit(
          "nested deeper than "
              + MAX_DEPTH
              + " arrays and objects, the limit (the holiday data needs 5)");
    }
    depth++;
    isArray[depth] = array;
    keys[depth] = null;
    indexes[depth] = 0;
  }

  private String string() {
    int start = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      if (sb.length() > MAX_STRING_CHARS) {
        pos = start;
        throw limit(
            "a string of more than "
                + MAX_STRING_CHARS
                + " characters ('"
                + excerpt(sb.toString())
                + "')");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("the control character U+" + hex4(c, HEX_UPPER) + " in a string; escape it");
      }
      if (c == '\\') {
        escape(sb);
      } else if (Character.isHighSurrogate(c)) {
        if (pos + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(pos + 1))) {
          throw error(
              "the high surrogate \\u"
                  + hex4(c, HEX)
                  + " is not followed by a low surrogate; a lone surrogate is no character");
        }
        sb.append(c).append(text.charAt(pos + 1));
        pos += 2;
      } else if (Character.isLowSurrogate(c)) {
        throw error(
            "the low surrogate \\u"
                + hex4(c, HEX)
                + " follows no high surrogate; a lone surrogate is no character");
      } else {
        sb.append(c);
        pos++;
      }
    }
  }

  /** Reads the escape at {@code pos} (a backslash) into {@code sb}. */
  private void escape(StringBuilder sb) {
    int start = pos;
    pos++;
    char e = next();
    switch (e) {
      case '"', '\\', '/' -> sb.append(e);
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'u' -> unicodeEscape(start, sb);
      default -> {
        pos = start;
        throw error("unknown escape '\\" + excerpt(String.valueOf(e)) + "'");
      }
    }
  }

  /**
   * Reads a <code>&#92;u</code> escape, the backslash at {@code start}, into {@code sb}: a high
   * surrogate must be followed by an escaped low one, and a low one must follow a high one.
   */
  private void unicodeEscape(int start, StringBuilder sb) {
    char u = hexEscape(start);
    if (Character.isHighSurrogate(u)) {
      if (!text.startsWith("\\u", pos)) {
        pos = start;
        throw loneEscapedHigh(u);
      }
      int low = pos;
      pos += 2;
      char l = hexEscape(low);
      if (!Character.isLowSurrogate(l)) {
        pos = start;
        throw loneEscapedHigh(u);
      }
      sb.append(u).append(l);
    } else if (Character.isLowSurrogate(u)) {
      pos = start;
      throw error(
          "the escaped low surrogate \\u"
              + hex4(u, HEX)
              + " follows no high surrogate; a lone surrogate is no character");
    } else {
      sb.append(u);
    }
  }

  private CalendarDataException loneEscapedHigh(char high) {
    return error(
        "the escaped high surrogate \\u"
            + hex4(high, HEX)
            + " is not followed by an escaped low surrogate; a lone surrogate is no character");
  }

  /**
   * The character of the four hex digits at {@code pos}, the escape having started at {@code
   * start}: exactly four of {@code 0-9a-fA-F}, no sign, no space.
   */
  private char hexEscape(int start) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = pos + i < text.length() ? hexDigit(text.charAt(pos + i)) : -1;
      if (digit < 0) {
        int end = Math.min(text.length(), pos + 4);
        pos = start;
        throw error(
            "the \\u escape '"
                + excerpt(text.substring(start, end))
                + "': a \\u escape is exactly four hex digits");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return (char) value;
  }

  /** The value of an ASCII hex digit, or -1: {@link Character#digit} takes other scripts' too. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private BigDecimal number() {
    int start = pos;
    int end = Math.min(text.length(), start + MAX_NUMBER_CHARS + 1);
    while (pos < end && isNumberChar(text.charAt(pos))) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (n.length() > MAX_NUMBER_CHARS) {
      int shown = Math.min(text.length(), start + EXCERPT_CHARS + 1);
      while (pos < shown && isNumberChar(text.charAt(pos))) {
        pos++;
      }
      String quoted = text.substring(start, pos);
      pos = start;
      throw limit(
          "a number of more than "
              + MAX_NUMBER_CHARS
              + " characters ('"
              + excerpt(quoted)
              + "'); the numbers of the holiday data are years");
    }
    if (!isJsonNumber(n)) {
      pos = start;
      throw error("malformed number '" + n + "'");
    }
    if (!isInteger(n)) {
      pos = start;
      throw error(
          "the number "
              + n
              + " is not an integer; the numbers of the holiday data are whole, with no fraction"
              + " or exponent");
    }
    return new BigDecimal(n);
  }

  /** Whether a JSON number is an integer: it has no fraction and no exponent. */
  private static boolean isInteger(String jsonNumber) {
    for (int i = 0; i < jsonNumber.length(); i++) {
      char c = jsonNumber.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
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
      throw error("unexpected token; expected '" + word + "'");
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
    return located("malformed JSON", what);
  }

  private CalendarDataException limit(String what) {
    return located("JSON beyond a limit", what);
  }

  /** An error naming the line, the column and the path of the value being read. */
  private CalendarDataException located(String kind, String what) {
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
        kind + " at line " + line + ", column " + column + ", in " + path() + ": " + what);
  }

  /** The JSON path of the value being read, for example {@code years[0].restDays[3]}. */
  private String path() {
    StringBuilder sb = new StringBuilder();
    for (int level = 1; level <= depth; level++) {
      if (isArray[level]) {
        sb.append('[').append(indexes[level]).append(']');
      } else {
        String key = keys[level];
        if (key == null) {
          break; // the key of this level is not read yet: the path is the object's
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(excerpt(key));
      }
    }
    return sb.length() == 0 ? "the document" : sb.toString();
  }

  /**
   * A text as an error message quotes it: at most its first {@value #EXCERPT_CHARS} characters,
   * then {@code …} if it is longer; control characters, lone surrogates and U+FEFF written as
   * <code>&#92;uXXXX</code> escapes (line feed, tab and carriage return as <code>&#92;n</code>,
   * <code>&#92;t</code>, <code>&#92;r</code>), so a message is always one line of printable text.
   */
  static String excerpt(String text) {
    int end = Math.min(text.length(), EXCERPT_CHARS);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // do not cut a surrogate pair in two
    }
    StringBuilder sb = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (Character.isISOControl(c) || c == BYTE_ORDER_MARK || isLoneSurrogate(text, i)) {
        sb.append("\\u").append(hex4(c, HEX));
      } else {
        sb.append(c);
      }
    }
    if (end < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  /**
   * Why {@code text} cannot be a text of the holiday data, or {@code null} when it can: no control
   * character (U+0000 to U+001F, U+007F to U+009F) and no lone surrogate.
   */
  static @Nullable String unprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return "contains the control character U+"
            + hex4(c, HEX_UPPER)
            + " at index "
            + i
            + "; a text of the holiday data is printable";
      }
      if (isLoneSurrogate(text, i)) {
        return "contains the lone surrogate U+"
            + hex4(c, HEX_UPPER)
            + " at index "
            + i
            + "; a text of the holiday data is printable";
      }
    }
    return null;
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /** The four hex digits of {@code c}, written with {@code digits} ({@link #HEX} or upper case). */
  private static String hex4(char c, String digits) {
    return new String(
        new char[] {
          digits.charAt(c >> 12),
          digits.charAt((c >> 8) & 0xF),
          digits.charAt((c >> 4) & 0xF),
          digits.charAt(c & 0xF)
        });
  }
}
