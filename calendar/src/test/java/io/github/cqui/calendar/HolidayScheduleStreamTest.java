package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a schedule from bytes: strict UTF-8, the byte order mark, the size limit (issue 12). */
class HolidayScheduleStreamTest {

  private static final String VALID =
      "{\"about\":\"test\",\"festivals\":{\"国庆节\":\"National Day\"},\"years\":[{\"year\":2025,"
          + "\"notices\":[{\"number\":\"国办发明电〔2024〕12号\",\"issuer\":\"国务院办公厅\","
          + "\"dated\":\"2024-11-12\",\"published\":\"2024-11-12\",\"url\":\"https://www.gov.cn/x\"}],"
          + "\"restDays\":[{\"date\":\"2025-10-01\",\"festival\":\"国庆节\"}],\"makeUpWorkdays\":[]}]}";

  private static final byte[] BYTES = VALID.getBytes(StandardCharsets.UTF_8);

  /** Where {@code "test"} of the about text starts, in bytes: the text is ASCII up to there. */
  private static final int TEST = VALID.indexOf("test");

  @Test
  void aValidStreamReadsAsItsText() {
    assertThat(HolidaySchedule.fromJson(new ByteArrayInputStream(BYTES)))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
  }

  // ---- issue 12, defect 3: malformed UTF-8 is refused, never replaced with U+FFFD -------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a byte that is never UTF-8|FF|0xFF",
        "a continuation byte with no lead byte|80|0x80",
        "an overlong encoding of '/'|C0 AF|0xC0",
        "a UTF-8-encoded surrogate (CESU-8)|ED A0 80|0xED 0xA0 0x80",
        "a lead byte of three with one continuation byte|E5 85|0xE5 0x85",
        "a code point past U+10FFFF|F4 90 80 80|0xF4",
      })
  void malformedUtf8IsRefusedNamingTheByteOffset(String what, String hex, String shown) {
    byte[] bytes = withBytesAt(TEST + 2, hex);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(new ByteArrayInputStream(bytes)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed UTF-8 at byte offset "
                + (TEST + 2)
                + ": "
                + shown
                + " is not UTF-8 there; the holiday data is read as strict UTF-8, with nothing"
                + " replaced");
  }

  @Test
  void aStreamCutInTheMiddleOfACharacterIsRefused() {
    int at = VALID.indexOf("国庆节");
    byte[] cut = Arrays.copyOf(BYTES, at + 2); // the first two of the three bytes of 国
    assertThatThrownBy(() -> HolidaySchedule.fromJson(new ByteArrayInputStream(cut)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed UTF-8 at byte offset "
                + at
                + ": 0xE5 0x9B is not UTF-8 there; the holiday data is read as strict UTF-8, with"
                + " nothing replaced");
  }

  // ---- the byte order mark: one leading BOM is skipped (RFC 8259 §8.1), any other refused -----

  @Test
  void aLeadingByteOrderMarkIsSkipped() {
    byte[] bom = withBytesAt(0, "EF BB BF");
    assertThat(HolidaySchedule.fromJson(new ByteArrayInputStream(bom)))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
    assertThat(HolidaySchedule.fromJson("\uFEFF" + VALID))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
  }

  @Test
  void aSecondByteOrderMarkIsRefused() {
    byte[] twice = withBytesAt(0, "EF BB BF EF BB BF");
    assertThatThrownBy(() -> HolidaySchedule.fromJson(new ByteArrayInputStream(twice)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "malformed JSON at line 1, column 2, in the document: unexpected character '\\ufeff'");
  }

  // ---- issue 12, defect 4: the size of the stream is bounded before it is read ---------------

  @Test
  void aStreamLongerThanTheLimitIsRefusedWithoutReadingItAll() {
    int limit = 4 * 1024 * 1024;
    CountingStream in = new CountingStream(limit + 1_000_000);
    assertThatThrownBy(() -> HolidaySchedule.fromJson(in))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "the document: more than 4194304 bytes (4 MiB), the limit of a holiday schedule");
    assertThat(in.read).isEqualTo(limit + 1);
    assertThat(HolidaySchedule.fromJson(new CountingStream(limit)))
        .isEqualTo(HolidaySchedule.fromJson(VALID));
  }

  /** {@link #BYTES} with {@code hex} (bytes separated by spaces) put in at {@code at}. */
  private static byte[] withBytesAt(int at, String hex) {
    String[] parts = hex.split(" ");
    byte[] out = new byte[BYTES.length + parts.length];
    System.arraycopy(BYTES, 0, out, 0, at);
    for (int i = 0; i < parts.length; i++) {
      out[at + i] = (byte) Integer.parseInt(parts[i], 16);
    }
    System.arraycopy(BYTES, at, out, at + parts.length, BYTES.length - at);
    return out;
  }

  /** {@link #VALID} followed by spaces up to {@code length} bytes, counting the bytes read. */
  private static final class CountingStream extends InputStream {
    private final int length;
    private int read;

    CountingStream(int length) {
      this.length = length;
    }

    @Override
    public int read() {
      if (read >= length) {
        return -1;
      }
      int b = read < BYTES.length ? BYTES[read] & 0xFF : ' ';
      read++;
      return b;
    }
  }
}
