package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict JSON reader: the number check against the grammar of RFC 8259, {@code \\u} escapes and
 * surrogates, and the limits on the sizes that drive its work (issue 12).
 */
class MiniJsonTest {

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** A high and a low surrogate, each alone (U+1F600 is the two together). */
  private static final String HIGH = String.valueOf((char) 0xD83D);

  private static final String LOW = String.valueOf((char) 0xDE00);

  /** A valid schedule of one year, to grow past the limits. */
  private static final String VALID =
      "{\"about\":\"test\",\"festivals\":{\"国庆节\":\"National Day\"},\"years\":[{\"year\":2025,"
          + "\"notices\":[{\"number\":\"国办发明电〔2024〕12号\",\"issuer\":\"国务院办公厅\","
          + "\"dated\":\"2024-11-12\",\"published\":\"2024-11-12\",\"url\":\"https://www.gov.cn/x\"}],"
          + "\"restDays\":[{\"date\":\"2025-10-01\",\"festival\":\"国庆节\"}],\"makeUpWorkdays\":[]}]}";

  @ParameterizedTest(name = "RFC 8259 number grammar: \"{0}\"")
  @ValueSource(
      strings = {
        "0", "-0", "7", "2025", "-12", "0.5", "10.25", "1e5", "1E+5", "2e-3", "-0.0e0", "", "-",
        "01", "-01", "1.", ".5", "1e", "1e+", "+1", "1.2.3", "1ee5", "0x10", "1-", "--1", "00",
        "1.e5"
      })
  void agreesWithTheGrammar(String n) {
    assertThat(MiniJson.isJsonNumber(n)).isEqualTo(NUMBER.matcher(n).matches());
  }

  // ---- issue 12, defect 3: \\u escapes are four hex digits; no lone surrogate ---------------

  @ParameterizedTest(name = "\\u escape \"{0}\"")
  @ValueSource(strings = {"\\u+041", "\\u-041", "\\u 041", "\\u00G1", "\\u0x41", "\\u004"})
  void aUnicodeEscapeThatIsNotFourHexDigitsIsRefused(String escape) {
    assertThatThrownBy(() -> MiniJson.parse("[\"a" + escape + "\"]"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("malformed JSON at line 1, column 4, in [0]: the \\u escape '")
        .hasMessageEndingWith("': a \\u escape is exactly four hex digits");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an escaped high surrogate alone|\\uD83D|column 3|the escaped high surrogate \\ud83d is"
            + " not followed by an escaped low surrogate; a lone surrogate is no character",
        "an escaped high surrogate before a letter|\\uD83Dx|column 3|the escaped high surrogate"
            + " \\ud83d is not followed by an escaped low surrogate; a lone surrogate is no"
            + " character",
        "an escaped high surrogate before another escape|\\uD83D\\u0041|column 3|the escaped high"
            + " surrogate \\ud83d is not followed by an escaped low surrogate; a lone surrogate is"
            + " no character",
        "two escaped high surrogates|\\uD83D\\uD83D|column 3|the escaped high surrogate \\ud83d is"
            + " not followed by an escaped low surrogate; a lone surrogate is no character",
        "an escaped low surrogate alone|\\uDE00|column 3|the escaped low surrogate \\ude00 follows"
            + " no high surrogate; a lone surrogate is no character",
        "a raw high surrogate alone|{high}|column 3|the high surrogate \\ud83d is not followed by"
            + " a low surrogate; a lone surrogate is no character",
        "a raw low surrogate alone|{low}|column 3|the low surrogate \\ude00 follows no high"
            + " surrogate; a lone surrogate is no character",
        "a raw high surrogate and an escaped low one|{high}\\uDE00|column 3|the high surrogate"
            + " \\ud83d is not followed by a low surrogate; a lone surrogate is no character",
        "an escaped high surrogate and a raw low one|\\uD83D{low}|column 3|the escaped high"
            + " surrogate \\ud83d is not followed by an escaped low surrogate; a lone surrogate is"
            + " no character",
      })
  void aLoneSurrogateIsRefused(String what, String inside, String column, String message) {
    String raw = inside.replace("{high}", HIGH).replace("{low}", LOW);
    assertThatThrownBy(() -> MiniJson.parse("[\"" + raw + "\"]"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("malformed JSON at line 1, " + column + ", in [0]: " + message);
  }

  @Test
  void aSurrogatePairReadsAsOneCharacterEscapedOrNot() {
    String pair = HIGH + LOW;
    assertThat(MiniJson.parse("[\"\\uD83D\\uDE00\", \"" + pair + "\", \"\\u00e9\\u00C9\"]"))
        .isEqualTo(List.of(pair, pair, "éÉ"));
  }

  @Test
  void aLoneSurrogateOutsideAStringIsRefusedAndShownEscaped() {
    assertThatThrownBy(() -> MiniJson.parse("[1," + HIGH + "]"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("malformed JSON at line 1, column 4, in [1]: unexpected character '\\ud83d'");
  }

  // ---- issue 12, defect 4: every size that drives work is bounded, checked up front ----------

  @Test
  void nestingDeeperThanTheLimitIsRefusedWithoutAStackOverflow() {
    Throwable thrown = catchThrowable(() -> MiniJson.parse("[".repeat(200_000)));
    assertThat(thrown)
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "JSON beyond a limit at line 1, column 17, in "
                + "[0]".repeat(16)
                + ": nested deeper than 16 arrays and objects, the limit (the holiday data needs"
                + " 5)");
    assertThat(MiniJson.parse("[".repeat(16) + "]".repeat(16))).isInstanceOf(List.class);
    assertThatThrownBy(() -> HolidaySchedule.fromJson("{\"a\":".repeat(200_000)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("nested deeper than 16 arrays and objects");
  }

  @Test
  void aMillionDigitYearIsRefusedAtOnceQuotingOnlyItsStart() {
    String json = VALID.replace("\"year\":2025", "\"year\":" + "1".repeat(1_000_000));
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> HolidaySchedule.fromJson(json));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(thrown)
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "JSON beyond a limit at line 1, column "
                + (json.indexOf("\"year\":") + 8)
                + ", in years[0].year: a number of more than 20 characters ('"
                + "1".repeat(32)
                + "…'); the numbers of the holiday data are years");
    // a hang guard, not a speed test: the refusal reads 21 digits, not a million
    assertThat(millis).isLessThan(1_000);
  }

  @Test
  void aNumberOfTwentyCharactersIsReadAndOneOfTwentyOneIsNot() {
    assertThat(MiniJson.parse("[-1234567890123456789]")).isInstanceOf(List.class);
    assertThatThrownBy(() -> MiniJson.parse("[-12345678901234567890]"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("a number of more than 20 characters ('-12345678901234567890');");
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    String about = "关".repeat(4096);
    assertThat(HolidaySchedule.fromJson(VALID.replace("\"test\"", "\"" + about + "\"")))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
    String longer = VALID.replace("\"test\"", "\"" + about + "x\"");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(longer))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "JSON beyond a limit at line 1, column 10, in about: a string of more than 4096"
                + " characters ('"
                + "关".repeat(32)
                + "…')");
  }

  @Test
  void anObjectOrArrayOfMoreThanTheLimitIsRefused() {
    StringBuilder festivals = new StringBuilder("{\"国庆节\":\"National Day\"");
    for (int i = 1; i < 4096; i++) {
      festivals.append(",\"f").append(i).append("\":\"x\"");
    }
    String full = VALID.replace("{\"国庆节\":\"National Day\"", festivals);
    assertThat(HolidaySchedule.fromJson(full)).isEqualTo(HolidaySchedule.fromJson(VALID));
    String over = VALID.replace("{\"国庆节\":\"National Day\"", festivals + ",\"f4096\":\"x\"");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(over))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("JSON beyond a limit at line 1, column ")
        .hasMessageEndingWith(", in festivals: an object of more than 4096 members");
    assertThatThrownBy(() -> MiniJson.parse("[" + "0,".repeat(4096) + "0]"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "JSON beyond a limit at line 1, column 8194, in [4096]: an array of more than 4096"
                + " elements");
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedBeforeItIsRead() {
    String json = VALID + " ".repeat(4 * 1024 * 1024 - VALID.length() + 1);
    assertThat(json).hasSize(4 * 1024 * 1024 + 1);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "the document: 4194305 characters, more than 4194304 (4 MiB), the limit of a holiday"
                + " schedule");
    assertThat(HolidaySchedule.fromJson(json.substring(0, json.length() - 1)))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
  }

  // ---- the reader's edges: where an input ends, whitespace, positions, digits ---------------

  @ParameterizedTest(name = "the text \"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "[",
        "[1,",
        "[1",
        "{",
        "{ ",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "\"abc",
        "[\"\\u00",
        "[\"\\",
        "[\"\\uD83D",
        "[\"\\uD83D\\u",
        "[tru",
        "[-",
        "[{\"a\":["
      })
  void aTextThatEndsEarlyIsRefusedAsMalformed(String text) {
    assertThatThrownBy(() -> MiniJson.parse(text))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("malformed JSON at line 1, column ");
  }

  @Test
  void aRawHighSurrogateAtTheEndOfTheTextIsRefused() {
    assertThatThrownBy(() -> MiniJson.parse("[\"" + HIGH))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed JSON at line 1, column 3, in [0]: the high surrogate \\ud83d is not"
                + " followed by a low surrogate; a lone surrogate is no character");
  }

  @Test
  void whitespaceIsAllowedBetweenEveryToken() {
    assertThat(
            MiniJson.parse(
                " \t\n\r{ \"a\" \t: \n[ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] ,\"d\":{ \"e\" : 0 } }"
                    + " \r\n"))
        .hasToString("{a=[1, 2], b={}, c=[], d={e=0}}");
  }

  @Test
  void anEmptyObjectOrArrayDoesNotDisturbThePathOfWhatFollows() {
    assertThatThrownBy(() -> MiniJson.parse("{\"a\":{},\"b\":[],\"c\":[{},[],x]}"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("malformed JSON at line 1, column 27, in c[2]: unexpected character 'x'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\":1 \"b\":2}|malformed JSON at line 1, column 8, in a: expected ',' or '}'",
        "[1 2]|malformed JSON at line 1, column 4, in [0]: expected ',' or ']'",
        "{\"a\" 1}|malformed JSON at line 1, column 6, in a: expected ':'",
        "{1:2}|malformed JSON at line 1, column 2, in the document: expected a field name in"
            + " double quotes",
        "[\"\\q\"]|malformed JSON at line 1, column 3, in [0]: unknown escape '\\q'",
        "[\"a\tb\"]|malformed JSON at line 1, column 4, in [0]: the control character U+0009 in a"
            + " string; escape it",
        "[01]|malformed JSON at line 1, column 2, in [0]: malformed number '01'",
        "[nul]|malformed JSON at line 1, column 2, in [0]: unexpected token; expected 'null'",
      })
  void anErrorPointsAtTheOffendingCharacter(String text, String message) {
    assertThatThrownBy(() -> MiniJson.parse(text))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void aValueMayStartWithAnyDigitOrAMinus() {
    assertThat(MiniJson.parse("[0, 1, 9, -9, true, false, null]"))
        .hasToString("[0, 1, 9, -9, true, false, null]");
    assertThat(MiniJson.parse("7")).hasToString("7");
    assertThat(MiniJson.parse("\"\\u0039\\u00af\\u00AF\\u00fA\\u00Fa\\/\\b\\f\\r\""))
        .isEqualTo("9¯¯úú/\b\f\r");
  }

  @Test
  void aNumberPastTheLimitAtTheEndOfTheTextIsRefused() {
    assertThatThrownBy(() -> MiniJson.parse("1".repeat(25)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "JSON beyond a limit at line 1, column 1, in the document: a number of more than 20"
                + " characters ('"
                + "1".repeat(25)
                + "'); the numbers of the holiday data are years");
  }

  @Test
  void anExcerptIsShortPrintableAndKeepsSurrogatePairsWhole() {
    String pair = HIGH + LOW;
    assertThat(MiniJson.excerpt("x".repeat(31) + pair + "yz")).isEqualTo("x".repeat(31) + "…");
    assertThat(MiniJson.excerpt("x".repeat(30) + pair + "yz"))
        .isEqualTo("x".repeat(30) + pair + "…");
    assertThat(MiniJson.excerpt(pair)).isEqualTo(pair);
    assertThat(MiniJson.excerpt(HIGH + "a" + LOW + HIGH)).isEqualTo("\\ud83da\\ude00\\ud83d");
    assertThat(MiniJson.excerpt(LOW + HIGH)).isEqualTo("\\ude00\\ud83d");
    assertThat(MiniJson.excerpt("\n\t\r\u0001\u007f\u0085\uFEFF."))
        .isEqualTo("\\n\\t\\r\\u0001\\u007f\\u0085\\ufeff.");
    assertThat(MiniJson.unprintable("ok " + pair)).isNull();
    assertThat(MiniJson.unprintable("a" + LOW))
        .isEqualTo(
            "contains the lone surrogate U+DE00 at index 1; a text of the holiday data is"
                + " printable");
    assertThat(MiniJson.unprintable("ab" + HIGH)).startsWith("contains the lone surrogate U+D83D");
  }

  @Test
  void theParsedValuesAreImmutable() {
    Object value = MiniJson.parse("{\"a\":[1]}");
    assertThat(value).isInstanceOf(Map.class);
    assertThatThrownBy(() -> ((Map<?, ?>) value).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
