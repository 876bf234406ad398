package io.github.cqui.rules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cqui.calendar.CalendarDataException;
import io.github.cqui.calendar.Festival;
import io.github.cqui.calendar.HolidayNotice;
import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.NoticeYear;
import io.github.cqui.calendar.ScheduledDay;
import io.github.cqui.rules.testing.Draws;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the calendar's data reader, {@link HolidaySchedule#fromJson(String)} and {@link
 * HolidaySchedule#fromJson(InputStream)} (issue 12; TESTING.md, kind 5), in the normal test run.
 *
 * <p>Inputs are made with the engine-neutral generators of {@code io.github.cqui.rules.testing}
 * from the bundled {@code cn-holidays.json} and from small valid schedules built in code, then
 * mutated: character, token and byte edits; a value of another type at any path; members and
 * elements deleted, duplicated, swapped or added; extreme dates, numbers and texts; deep nesting
 * and documents past every limit; and schedules that are well-formed but inconsistent.
 *
 * <p>The law, for every input: the outcome is either a valid {@link HolidaySchedule} or a {@link
 * CalendarDataException} whose message starts with where (a JSON path, or the line, column and path
 * of malformed JSON, or a byte offset), is one printable line and quotes no long value; never
 * another exception and never a hang (each input must finish within {@link #HANG_GUARD_NANOS}, a
 * guard measured with {@link System#nanoTime()}, not a speed test); an accepted document read again
 * and the accepted schedule written back and read give an equal schedule; the text and its UTF-8
 * bytes give the same outcome. Valid schedules are accepted as built; inconsistent ones are
 * refused.
 *
 * <p>The number of inputs follows {@code -Dcqui.tries} (300 in the build): 34 per try, 10,200 by
 * default, split among the three properties below; {@code -Dcqui.seed} replays a run.
 */
class CalendarDataHostileTest {

  /** The number of tries the build passes ({@code -Dcqui.tries}), as other suites read it. */
  private static final int TRIES = Integer.getInteger(Property.TRIES_PROPERTY, 300);

  /**
   * A hang guard per input, far above what any input takes (milliseconds; the largest, a few
   * megabytes, a few hundred on a loaded machine): it catches a hang or a blow-up, such as the 21 s
   * a million-digit year once took, without making the suite a speed test.
   */
  private static final long HANG_GUARD_NANOS = 5_000_000_000L;

  /** A hang guard per property, for an input that never returns. */
  private static final Duration PROPERTY_GUARD = Duration.ofSeconds(180);

  /** The limits documented on {@link HolidaySchedule#fromJson(String)}. */
  private static final int MAX_CHARS = 4 * 1024 * 1024;

  private static final int MAX_ELEMENTS = 4096;
  private static final int MAX_STRING = 4096;

  /** The most characters an error message may have: where, the rule, and short quotes. */
  private static final int MAX_MESSAGE = 1_500;

  /** How every refusal starts: a JSON path of the shape, or a position in the text. */
  private static final List<String> WHERE =
      List.of(
          "malformed JSON at line ",
          "JSON beyond a limit at line ",
          "malformed UTF-8 at byte offset ",
          "the document",
          "about",
          "festivals",
          "years");

  private static final String BUNDLED_TEXT = bundledText();
  private static final List<int[]> BUNDLED_TOKENS = tokens(BUNDLED_TEXT);
  private static final JObj BUNDLED_TREE = tree(HolidaySchedule.fromJson(BUNDLED_TEXT), "about");

  /** How many inputs of each class were checked, across the properties of one run. */
  private static final Map<String, Integer> COUNTS = new TreeMap<>();

  // ---- the properties ---------------------------------------------------------------------

  @Test
  void editsOfTheTextAndItsBytesAreAcceptedOrRefusedNamingWhere() {
    check("text, token and byte edits", TRIES * 12, TEXT_EDITS, CHAR_EDIT, TOKEN_EDIT, BYTE_EDIT);
  }

  @Test
  void valuesOfEveryTypeAndSizeAtEveryPathAreAcceptedOrRefusedNamingWhere() {
    check(
        "type swaps, structure edits, extreme values, bombs",
        TRIES * 12,
        TREE_EDITS,
        TYPE_SWAP,
        STRUCTURE,
        EXTREME_DATE,
        EXTREME_NUMBER,
        EXTREME_TEXT,
        NESTING,
        WHOLE_DOCUMENT);
  }

  @Test
  void validSchedulesAreAcceptedAndInconsistentOnesRefused() {
    check("valid and inconsistent schedules", TRIES * 10, SCHEDULES, VALID, INCONSISTENT);
  }

  /** Checks the law over {@code tries} cases of {@code gen}, which must include every kind. */
  private static void check(String name, int tries, Gen<Case> gen, String... kinds) {
    Map<String, Integer> before = counts();
    assertTimeoutPreemptively(
        PROPERTY_GUARD, () -> Property.forAll(name, gen).check(tries, c -> law(c)));
    Map<String, Integer> after = counts();
    for (String kind : kinds) {
      assertThat(after.getOrDefault(kind, 0) - before.getOrDefault(kind, 0))
          .as("inputs of the class %s", kind)
          .isPositive();
    }
  }

  private static Map<String, Integer> counts() {
    synchronized (COUNTS) {
      return new TreeMap<>(COUNTS);
    }
  }

  // ---- the law ----------------------------------------------------------------------------

  private static void law(Case c) {
    synchronized (COUNTS) {
      COUNTS.merge(c.kind(), 1, Integer::sum);
    }
    Outcome outcome = c.text() != null ? read(c.text()) : read(Objects.requireNonNull(c.bytes()));
    if (c.expected() != null) {
      if (!c.expected().equals(outcome.schedule())) {
        throw new AssertionError(
            "a valid schedule was not read as built: " + outcome.describe(), outcome.failure());
      }
    }
    if (c.mustBeRefused() && outcome.schedule() != null) {
      throw new AssertionError("an inconsistent schedule was accepted");
    }
    // read again: a text as its UTF-8 bytes where it has them, which must also refuse alike
    byte[] utf8 = c.text() != null ? utf8(c.text()) : null;
    Outcome again =
        utf8 != null
            ? read(utf8)
            : outcome.schedule() == null
                ? outcome
                : c.text() != null ? read(c.text()) : read(Objects.requireNonNull(c.bytes()));
    if (!Objects.equals(outcome.schedule(), again.schedule())
        || !Objects.equals(outcome.message(), again.message())) {
      throw new AssertionError(
          "read once: " + outcome.describe() + "; read again: " + again.describe());
    }
    HolidaySchedule accepted = outcome.schedule();
    if (accepted != null) {
      Outcome written = read(write(tree(accepted, null), false));
      if (!accepted.equals(written.schedule())) {
        throw new AssertionError(
            "written back and read, it gave " + written.describe(), written.failure());
      }
    }
  }

  /**
   * The UTF-8 bytes of a text, when they are the same document: no lone surrogate (UTF-8 cannot
   * encode one) and within both limits of size.
   */
  private static byte @Nullable [] utf8(String text) {
    if (text.length() > MAX_CHARS || !isWellFormedUtf16(text)) {
      return null;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return utf8.length <= MAX_CHARS ? utf8 : null;
  }

  /** The outcome of reading: a schedule, or the message of a {@link CalendarDataException}. */
  private record Outcome(
      @Nullable HolidaySchedule schedule,
      @Nullable String message,
      @Nullable CalendarDataException failure) {

    String describe() {
      return schedule != null ? "a schedule of " + schedule.years().size() + " years" : message;
    }
  }

  private static Outcome read(String text) {
    return timed(() -> HolidaySchedule.fromJson(text));
  }

  private static Outcome read(byte[] bytes) {
    return timed(() -> HolidaySchedule.fromJson(new ByteArrayInputStream(bytes)));
  }

  private static Outcome timed(Supplier<HolidaySchedule> reading) {
    long start = System.nanoTime();
    HolidaySchedule schedule = null;
    CalendarDataException refusal = null;
    try {
      schedule = reading.get();
    } catch (CalendarDataException e) {
      refusal = e;
    } catch (Throwable e) { // any other throwable, StackOverflowError included, breaks the law
      throw new AssertionError("not a CalendarDataException: " + e, e);
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > HANG_GUARD_NANOS) {
      throw new AssertionError("took " + elapsed / 1_000_000 + " ms (the hang guard is 5 s)");
    }
    if (refusal == null) {
      return new Outcome(schedule, null, null);
    }
    String message = String.valueOf(refusal.getMessage());
    checkMessage(message, refusal);
    return new Outcome(null, message, refusal);
  }

  private static void checkMessage(String message, CalendarDataException e) {
    boolean where = false;
    for (String start : WHERE) {
      where |= message.startsWith(start);
    }
    if (!where) {
      throw new AssertionError("the message does not start with where: " + shown(message), e);
    }
    if (message.length() > MAX_MESSAGE) {
      throw new AssertionError(
          "a message of " + message.length() + " characters: " + shown(message), e);
    }
    for (int i = 0; i < message.length(); i++) {
      char ch = message.charAt(i);
      if (Character.isISOControl(ch) || isLoneSurrogate(message, i)) {
        throw new AssertionError(
            "the message has U+" + Integer.toHexString(ch) + " at " + i + ": " + shown(message), e);
      }
    }
  }

  private static String shown(String message) {
    return message.length() <= 300 ? message : message.substring(0, 300) + "…";
  }

  private static boolean isWellFormedUtf16(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isLoneSurrogate(text, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char ch = text.charAt(i);
    if (Character.isHighSurrogate(ch)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(ch)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  // ---- the cases --------------------------------------------------------------------------

  /**
   * One input: its class, what was done, the text or the bytes, and what must come of it (a
   * schedule equal to {@code expected}, or a refusal), if that is known.
   */
  private record Case(
      String kind,
      String detail,
      @Nullable String text,
      byte @Nullable [] bytes,
      @Nullable HolidaySchedule expected,
      boolean mustBeRefused) {

    static Case of(String kind, String detail, String text) {
      return new Case(kind, detail, text, null, null, false);
    }

    @Override
    public String toString() {
      int size = text != null ? text.length() : Objects.requireNonNull(bytes).length;
      return kind + ": " + detail + " (" + size + (text != null ? " chars)" : " bytes)");
    }
  }

  private static final String CHAR_EDIT = "character edit";
  private static final String TOKEN_EDIT = "token edit";
  private static final String BYTE_EDIT = "UTF-8 byte edit";
  private static final String TYPE_SWAP = "type swap at a path";
  private static final String STRUCTURE = "member or element deleted, duplicated, swapped, added";
  private static final String EXTREME_DATE = "extreme date";
  private static final String EXTREME_NUMBER = "extreme or huge number";
  private static final String EXTREME_TEXT = "extreme, huge or malformed string";
  private static final String NESTING = "deep nesting";
  private static final String WHOLE_DOCUMENT = "whole-document bomb";
  private static final String VALID = "valid schedule";
  private static final String INCONSISTENT = "valid shape, inconsistent schedule";

  // ---- small valid schedules, built in code -----------------------------------------------

  private static final List<Festival> FESTIVALS =
      List.of(
          Festival.of("元旦", "New Year's Day"),
          Festival.of("春节", "Spring Festival"),
          Festival.of("国庆节", "National Day"),
          Festival.of("中秋节", "Mid-Autumn Festival"));

  /**
   * A valid schedule of 1 to 3 consecutive notice years from 2000 on, by construction: each year
   * has an original notice from the autumn before and maybe an amending one of the year itself; its
   * dates are distinct, increasing and inside the year (the first year's may start in the previous
   * December, so no two years share a date); a make-up day is always a weekend day.
   */
  private static final Gen<HolidaySchedule> SMALL_SCHEDULES =
      draws -> {
        int first = 2000 + draws.draw(0, 40);
        int years = draws.draw(1, 3);
        int festivals = draws.draw(1, FESTIVALS.size());
        HolidaySchedule.Builder schedule = HolidaySchedule.builder();
        for (int y = first; y < first + years; y++) {
          schedule.addYears(smallYear(draws, y, y == first, festivals));
        }
        return schedule.build();
      };

  private static NoticeYear smallYear(Draws draws, int year, boolean first, int festivals) {
    LocalDate dated = LocalDate.of(year - 1, 10, 1).plusDays(draws.draw(0, 80));
    NoticeYear.Builder b =
        NoticeYear.builder()
            .year(year)
            .addNotices(
                notice(
                    "国办发明电〔" + (year - 1) + "〕" + draws.draw(1, 30) + "号",
                    dated,
                    dated.plusDays(draws.draw(0, 3)),
                    null));
    if (draws.draw(0, 3) == 3) {
      LocalDate amended = LocalDate.of(year, 1, 1).plusDays(draws.draw(0, 200));
      b.addNotices(
          notice(
              "国办发明电〔" + year + "〕" + draws.draw(1, 30) + "号",
              amended,
              amended.plusDays(draws.draw(0, 3)),
              "moves a block"));
    }
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate date = (first ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, 1, 1));
    date = date.plusDays(draws.draw(0, 20));
    int days = draws.draw(0, 12);
    for (int i = 0; i < days && !date.isAfter(end); i++) {
      Festival festival = FESTIVALS.get(draws.draw(0, festivals - 1));
      boolean weekend =
          date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (weekend && draws.draw(0, 2) == 2) {
        b.addMakeUpWorkdays(ScheduledDay.of(date, festival));
      } else {
        b.addRestDays(ScheduledDay.of(date, festival));
      }
      date = date.plusDays(1 + draws.draw(0, 30));
    }
    return b.build();
  }

  private static HolidayNotice notice(
      String number, LocalDate dated, LocalDate published, @Nullable String amends) {
    HolidayNotice.Builder b =
        HolidayNotice.builder()
            .number(number)
            .issuer("国务院办公厅")
            .dated(dated)
            .published(published)
            .url("https://www.gov.cn/zhengce/content/" + number.length() + ".htm");
    if (amends != null) {
      b.amends(amends);
    }
    return b.build();
  }

  /** A document: the bundled tree (a copy), or the tree of a small valid schedule. */
  private static final Gen<JObj> DOCUMENTS =
      Gen.frequency(
          Gen.weighted(5, SMALL_SCHEDULES.map(s -> tree(s, null))),
          Gen.weighted(1, draws -> (JObj) copy(BUNDLED_TREE)));

  /** A text: the bundled text as shipped, or a small valid schedule written compact or pretty. */
  private static final Gen<String> TEXTS =
      Gen.frequency(
          Gen.weighted(5, Gen.zip(DOCUMENTS, Gen.booleans(), CalendarDataHostileTest::write)),
          Gen.weighted(1, Gen.constant(BUNDLED_TEXT)));

  // ---- text, token and byte edits ---------------------------------------------------------

  /** What a character edit puts in: structure, digits, escapes, surrogates, controls, a BOM. */
  private static final List<String> SPECIALS =
      List.of(
          "\"",
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "0",
          "9",
          "-",
          "\\",
          ".",
          "e",
          " ",
          "\n",
          "\u0000",
          "\u001f",
          "\u007f",
          String.valueOf((char) 0xD800),
          String.valueOf((char) 0xDC00),
          "\uFEFF",
          "\u2028",
          "国",
          "\\u",
          "\\u+041",
          "\\uD800",
          "null",
          "1e999");

  private static final Gen<Case> CHAR_EDITS =
      draws -> {
        String text = TEXTS.generate(draws);
        int op = draws.draw(0, 4);
        int at = draws.draw(0, text.length() - 1);
        String special = SPECIALS.get(draws.draw(0, SPECIALS.size() - 1));
        String edited;
        String detail;
        switch (op) {
          case 0 -> {
            edited = text.substring(0, at) + text.substring(at + 1);
            detail = "deleted the character at " + at;
          }
          case 1 -> {
            edited = text.substring(0, at + 1) + text.substring(at);
            detail = "duplicated the character at " + at;
          }
          case 2 -> {
            int next = Math.min(at + 1, text.length() - 1);
            // the last character has nothing after it to swap with: it stays as it is
            edited =
                next == at
                    ? text
                    : text.substring(0, at)
                        + text.charAt(next)
                        + text.substring(at + 1, next)
                        + text.charAt(at)
                        + text.substring(next + 1);
            detail = "swapped the characters at " + at + " and " + next;
          }
          case 3 -> {
            edited = text.substring(0, at) + special + text.substring(at + 1);
            detail = "replaced the character at " + at + " with " + escaped(special);
          }
          default -> {
            edited = text.substring(0, at) + special + text.substring(at);
            detail = "inserted " + escaped(special) + " at " + at;
          }
        }
        return Case.of(CHAR_EDIT, detail, edited);
      };

  /** Tokens that replace a token: other types, bad numbers, bad escapes, bad literals. */
  private static final List<String> TOKENS =
      List.of(
          "null",
          "true",
          "false",
          "[]",
          "{}",
          "\"\"",
          "0",
          "-1",
          "2025",
          "1e3",
          "2025.0",
          "-0",
          "01",
          "+1",
          ".5",
          "\"\\u+041\"",
          "\"\\uD83D\"",
          "\"\\uDE00\\uD83D\"",
          "\"\\u12\"",
          "\"\\x\"",
          "nul",
          "tru",
          "NaN",
          "Infinity",
          "'x'",
          "\"2026-02-30\"",
          "99999999999999999999");

  private static final Gen<Case> TOKEN_EDITS =
      draws -> {
        String text = TEXTS.generate(draws);
        List<int[]> tokens = BUNDLED_TEXT.equals(text) ? BUNDLED_TOKENS : tokens(text);
        int op = draws.draw(0, 3);
        int i = draws.draw(0, tokens.size() - 1);
        int[] t = tokens.get(i);
        String token = text.substring(t[0], t[1]);
        String other = TOKENS.get(draws.draw(0, TOKENS.size() - 1));
        String edited;
        String detail;
        switch (op) {
          case 0 -> {
            edited = text.substring(0, t[0]) + text.substring(t[1]);
            detail = "deleted token " + i + " " + escaped(token);
          }
          case 1 -> {
            edited = text.substring(0, t[1]) + token + text.substring(t[1]);
            detail = "duplicated token " + i + " " + escaped(token);
          }
          case 2 -> {
            edited = text.substring(0, t[0]) + other + text.substring(t[1]);
            detail = "replaced token " + i + " " + escaped(token) + " with " + escaped(other);
          }
          default -> {
            int[] u = tokens.get(Math.min(i + 1, tokens.size() - 1));
            edited =
                u == t
                    ? text.substring(0, t[0]) + text.substring(t[1]) + token
                    : text.substring(0, t[0])
                        + text.substring(u[0], u[1])
                        + text.substring(t[1], u[0])
                        + token
                        + text.substring(u[1]);
            detail = "swapped token " + i + " " + escaped(token) + " with the next";
          }
        }
        return Case.of(TOKEN_EDIT, detail, edited);
      };

  /** Byte sequences that are not UTF-8 where they are put, and byte order marks. */
  private static final List<byte[]> BAD_BYTES =
      List.of(
          bytes(0x80),
          bytes(0xBF),
          bytes(0xC0, 0xAF),
          bytes(0xC1, 0x81),
          bytes(0xE5),
          bytes(0xE5, 0x9B),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xBF, 0xBF),
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF5),
          bytes(0xFE),
          bytes(0xFF),
          bytes(0xEF, 0xBB, 0xBF));

  private static final Gen<Case> BYTE_EDITS =
      draws -> {
        byte[] utf8 = TEXTS.generate(draws).getBytes(StandardCharsets.UTF_8);
        int op = draws.draw(0, 3);
        int at = draws.draw(0, utf8.length - 1);
        byte[] bad = BAD_BYTES.get(draws.draw(0, BAD_BYTES.size() - 1));
        byte[] edited;
        String detail;
        switch (op) {
          case 0 -> {
            edited = utf8.clone();
            edited[at] = bad[0];
            detail = "replaced the byte at " + at + " with " + hex(bad[0]);
          }
          case 1 -> {
            edited = new byte[utf8.length + bad.length];
            System.arraycopy(utf8, 0, edited, 0, at);
            System.arraycopy(bad, 0, edited, at, bad.length);
            System.arraycopy(utf8, at, edited, at + bad.length, utf8.length - at);
            detail = "inserted " + bad.length + " bytes from " + hex(bad[0]) + " at " + at;
          }
          case 2 -> {
            edited = Arrays.copyOf(utf8, at);
            detail = "cut after " + at + " bytes";
          }
          default -> {
            byte[] bom = bytes(0xEF, 0xBB, 0xBF);
            int boms = draws.draw(1, 2);
            edited = new byte[utf8.length + boms * 3];
            for (int i = 0; i < boms; i++) {
              System.arraycopy(bom, 0, edited, i * 3, 3);
            }
            System.arraycopy(utf8, 0, edited, boms * 3, utf8.length);
            detail = boms + " byte order marks in front";
          }
        }
        return new Case(BYTE_EDIT, detail, null, edited, null, false);
      };

  private static final Gen<Case> TEXT_EDITS =
      Gen.frequency(
          Gen.weighted(2, CHAR_EDITS), Gen.weighted(1, TOKEN_EDITS), Gen.weighted(1, BYTE_EDITS));

  // ---- values of every type and size at every path ----------------------------------------

  /** A value of each JSON type, and some of the wrong shape within a type. */
  private static final List<Object> OTHER_TYPES =
      List.of(
          JNull.NULL,
          Boolean.TRUE,
          Boolean.FALSE,
          new JNum("0"),
          new JNum("2025"),
          new JNum("-7"),
          "",
          " ",
          "x",
          "2025",
          "2025-10-01",
          "国庆节",
          List.of(),
          List.of(new JNum("1")),
          List.of("2025-10-01"),
          new JObj(),
          new JObj().put("date", "2025-10-01").put("festival", "国庆节"));

  private static final Gen<Case> TYPE_SWAPS =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> slots = slots(doc);
        Slot slot = slots.get(draws.draw(0, slots.size() - 1));
        Object other = OTHER_TYPES.get(draws.draw(0, OTHER_TYPES.size() - 1));
        String detail = "at " + slot.path() + ", " + describe(slot.get()) + " → " + describe(other);
        slot.set(copy(other));
        return Case.of(TYPE_SWAP, detail, write(doc, draws.draw(0, 1) == 1));
      };

  private static final Gen<Case> STRUCTURE_EDITS =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> containers = new ArrayList<>();
        containers.add(Slot.root(doc));
        for (Slot slot : slots(doc)) {
          if (slot.get() instanceof JObj || slot.get() instanceof List) {
            containers.add(slot);
          }
        }
        Slot slot = containers.get(draws.draw(0, containers.size() - 1));
        int op = draws.draw(0, 4);
        String detail;
        if (slot.get() instanceof JObj o) {
          int k = o.keys.isEmpty() ? -1 : draws.draw(0, o.keys.size() - 1);
          String key = k < 0 ? "-" : o.keys.get(k);
          if (op == 0 && k >= 0) {
            o.keys.remove(k);
            o.values.remove(k);
            detail = "deleted member '" + key + "' of " + slot.path();
          } else if (op == 1 && k >= 0) {
            o.put(key, copy(o.values.get(draws.draw(0, o.values.size() - 1))));
            detail = "member '" + key + "' of " + slot.path() + " twice";
          } else if (op == 2 && k >= 0) {
            // "dаte" has a Cyrillic а
            String[] nearMisses = {"Date", "date ", "dаte", "year\u0000", "", "__proto__"};
            String miss = nearMisses[draws.draw(0, nearMisses.length - 1)];
            o.keys.set(k, miss);
            detail = "renamed member '" + key + "' of " + slot.path() + " to " + escaped(miss);
          } else {
            o.put("unknown", new JNum("1"));
            detail = "added an unknown member to " + slot.path();
          }
        } else {
          List<Object> a = cast(slot.get());
          int i = a.isEmpty() ? -1 : draws.draw(0, a.size() - 1);
          if (op == 0 && i >= 0) {
            a.remove(i);
            detail = "deleted element " + i + " of " + slot.path();
          } else if (op == 1 && i >= 0) {
            a.add(draws.draw(0, a.size()), copy(a.get(i)));
            detail = "duplicated element " + i + " of " + slot.path();
          } else if (op == 2 && i >= 0) {
            int j = draws.draw(0, a.size() - 1);
            Object t = a.get(i);
            a.set(i, a.get(j));
            a.set(j, t);
            detail = "swapped elements " + i + " and " + j + " of " + slot.path();
          } else if (op == 3 && i >= 0) {
            a.clear();
            detail = "emptied " + slot.path();
          } else {
            a.add(copy(OTHER_TYPES.get(draws.draw(0, OTHER_TYPES.size() - 1))));
            detail = "appended a value to " + slot.path();
          }
        }
        return Case.of(STRUCTURE, detail, write(doc, false));
      };

  private static final List<String> DATES =
      List.of(
          "0000-01-01",
          "+999999999-12-31",
          "-999999999-01-01",
          "9999-12-31",
          "2026-02-30",
          "2025-02-29",
          "2024-02-29",
          "2025-13-01",
          "2025-00-10",
          "2025-10-00",
          "2025-10-32",
          "2025-1-01",
          "2025/10/01",
          "２０２５-10-01",
          "2025-10-01T00:00",
          " 2025-10-01",
          "",
          "99999-01-01",
          "2025-10-0\u0000",
          "1948-12-31",
          "2099-11-04");

  private static final Gen<Case> EXTREME_DATES =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> dates = new ArrayList<>();
        for (Slot slot : slots(doc)) {
          if (slot.key().equals("date") || slot.key().equals("dated")) {
            dates.add(slot);
          } else if (slot.key().equals("published")) {
            dates.add(slot);
          }
        }
        Slot slot = dates.get(draws.draw(0, dates.size() - 1));
        String date = DATES.get(draws.draw(0, DATES.size() - 1));
        slot.set(date);
        return Case.of(EXTREME_DATE, slot.path() + " = " + escaped(date), write(doc, false));
      };

  private static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "-1",
          "1948",
          "1949",
          "9998",
          "9999",
          "2147483647",
          "2147483648",
          "-2147483649",
          "2025.0",
          "2.025e3",
          "2025E0",
          "1e400",
          "99999999999999999999",
          "999999999999999999999",
          "-9223372036854775808",
          "01",
          "+1",
          "0x7E9",
          "2025 2026");

  private static final Gen<Case> EXTREME_NUMBERS =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> years = new ArrayList<>();
        for (Slot slot : slots(doc)) {
          if (slot.key().equals("year")) {
            years.add(slot);
          }
        }
        Slot slot = years.get(draws.draw(0, years.size() - 1));
        String number;
        if (draws.draw(0, 3) < 3) {
          number = NUMBERS.get(draws.draw(0, NUMBERS.size() - 1));
        } else {
          number = "7".repeat(draws.draw(21, 1_000_000)); // past the limit, up to a million
        }
        slot.set(new JRaw(number));
        return Case.of(EXTREME_NUMBER, slot.path() + " = " + escaped(number), write(doc, false));
      };

  private static final Gen<Object> EXTREME_STRINGS =
      draws -> {
        int which = draws.draw(0, 17);
        return switch (which) {
          case 0 -> "";
          case 1 -> "   ";
          case 2 -> "x".repeat(MAX_STRING);
          case 3 -> "x".repeat(MAX_STRING + 1);
          case 4 -> "国".repeat(draws.draw(MAX_STRING + 1, 200_000));
          case 5 -> "a\u0000b";
          case 6 -> "tab\there";
          case 7 -> "del\u007f";
          case 8 -> "c1\u0085";
          case 9 -> new JRaw("\"" + (char) 0xD800 + "\"");
          case 10 -> new JRaw("\"\\u+041\"");
          case 11 -> new JRaw("\"\\uD83D\"");
          case 12 -> new JRaw("\"\\uD83D\\u0041\"");
          case 13 -> new JRaw("\"\\uDE00\"");
          case 14 -> new JRaw("\"\\u12\"");
          case 15 -> new JRaw("\"\\x\"");
          case 16 -> new JRaw("\"unterminated");
          default -> new JRaw("\"\\ud83d\\ude00 \\u00e9\"");
        };
      };

  private static final Gen<Case> EXTREME_TEXTS =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> strings = new ArrayList<>();
        for (Slot slot : slots(doc)) {
          if (slot.get() instanceof String) {
            strings.add(slot);
          }
        }
        Slot slot = strings.get(draws.draw(0, strings.size() - 1));
        Object value = EXTREME_STRINGS.generate(draws);
        String detail = slot.path() + " = " + describe(value);
        if (draws.draw(0, 3) == 3 && slot.parent() instanceof JObj o) {
          o.keys.set(slot.index(), value instanceof String s ? s : "k");
          detail = "the key of " + detail;
        } else {
          slot.set(value);
        }
        return Case.of(EXTREME_TEXT, detail, write(doc, false));
      };

  private static final Gen<Case> NESTINGS =
      draws -> {
        JObj doc = DOCUMENTS.generate(draws);
        List<Slot> slots = slots(doc);
        Slot slot = slots.get(draws.draw(0, slots.size() - 1));
        int[] depths = {1, 10, 11, 12, 15, 16, 17, 1_000, 200_000};
        int n = depths[draws.draw(0, depths.length - 1)];
        boolean closed = draws.draw(0, 1) == 0;
        String nested =
            draws.draw(0, 1) == 0
                ? "[".repeat(n) + (closed ? "]".repeat(n) : "")
                : "{\"a\":".repeat(n) + "0" + (closed ? "}".repeat(n) : "");
        slot.set(new JRaw(nested));
        return Case.of(
            NESTING,
            slot.path() + " = " + n + " levels" + (closed ? "" : ", unclosed"),
            write(doc, false));
      };

  private static final Gen<Case> WHOLE_DOCUMENTS =
      draws -> {
        int which = draws.draw(0, 11);
        String text =
            switch (which) {
              case 0 -> "";
              case 1 -> "   \n\t ";
              case 2 -> "[".repeat(200_000);
              case 3 -> "{\"a\":".repeat(200_000);
              case 4 -> "[" + "0,".repeat(MAX_ELEMENTS - 1 + draws.draw(0, 2)) + "0]";
              case 5 -> "{\"festivals\":{},\"years\":[" + "{},".repeat(MAX_ELEMENTS) + "{}]}";
              case 6 -> "\uFEFF\uFEFF{}";
              case 7 -> write(BUNDLED_TREE, false) + " ".repeat(MAX_CHARS);
              case 8 -> "nul";
              case 9 -> BUNDLED_TEXT + BUNDLED_TEXT;
              case 10 -> "\"" + "x".repeat(draws.draw(0, 10_000)) + "\"";
              default -> " ".repeat(draws.draw(0, 1) == 0 ? draws.draw(0, 1000) : MAX_CHARS + 1);
            };
        return Case.of(WHOLE_DOCUMENT, "document " + which, text);
      };

  private static final Gen<Case> TREE_EDITS =
      Gen.frequency(
          Gen.weighted(4, TYPE_SWAPS),
          Gen.weighted(3, STRUCTURE_EDITS),
          Gen.weighted(2, EXTREME_DATES),
          Gen.weighted(2, EXTREME_TEXTS),
          Gen.weighted(1, EXTREME_NUMBERS),
          Gen.weighted(1, NESTINGS),
          Gen.weighted(1, draws -> WHOLE_DOCUMENTS.generate(draws)));

  // ---- valid and inconsistent schedules ----------------------------------------------------

  private static final Gen<Case> VALID_SCHEDULES =
      draws -> {
        HolidaySchedule schedule = SMALL_SCHEDULES.generate(draws);
        JObj doc = tree(schedule, draws.draw(0, 1) == 1 ? "a schedule built in code" : null);
        int extra = draws.draw(0, 2);
        JObj festivals = (JObj) doc.get("festivals");
        for (int i = 0; i < extra; i++) {
          festivals.put("unused " + i, "Unused " + i); // declared and never used: no harm
        }
        List<Object> years = cast(doc.get("years"));
        if (draws.draw(0, 1) == 1) {
          Collections.reverse(years); // the order of the years does not matter
        }
        return new Case(
            VALID,
            schedule.years().size() + " years from " + schedule.firstYear(),
            write(doc, draws.draw(0, 1) == 1),
            null,
            schedule,
            false);
      };

  /** Each makes a valid document inconsistent in one way that the rules must refuse. */
  private static final int INCONSISTENCIES = 14;

  private static final Gen<Case> INCONSISTENT_SCHEDULES =
      draws -> {
        HolidaySchedule schedule = SMALL_SCHEDULES.generate(draws);
        JObj doc = tree(schedule, null);
        int which = draws.draw(0, INCONSISTENCIES - 1);
        List<Object> years = cast(doc.get("years"));
        int y = draws.draw(0, years.size() - 1);
        JObj year = (JObj) years.get(y);
        int number = Integer.parseInt(((JNum) year.get("year")).token());
        JObj notice = (JObj) ((List<?>) year.get("notices")).get(0);
        List<Object> rest = cast(year.get("restDays"));
        List<Object> makeUp = cast(year.get("makeUpWorkdays"));
        JObj declared = (JObj) doc.get("festivals");
        String festival = FESTIVALS.get(0).name();
        if (!declared.keys.contains(festival)) {
          declared.put(festival, FESTIVALS.get(0).englishName());
        }
        String detail;
        switch (which) {
          case 0 -> {
            LocalDate monday = LocalDate.of(number, 3, 1);
            while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
              monday = monday.plusDays(1);
            }
            makeUp.add(day(monday.plusDays(draws.draw(0, 4)).toString(), festival));
            detail = "a make-up day on a weekday";
          }
          case 1 -> {
            LocalDate sunday = LocalDate.of(number, 6, 1);
            while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
              sunday = sunday.plusDays(1);
            }
            rest.add(day(sunday.toString(), festival));
            makeUp.add(day(sunday.toString(), festival));
            detail = "a date both rest day and make-up day";
          }
          case 2 -> {
            rest.add(day(LocalDate.of(number + 1, 1, 1 + draws.draw(0, 30)).toString(), festival));
            detail = "a day of January of the next year";
          }
          case 3 -> {
            rest.add(day(LocalDate.of(number - 1, 11, 30).toString(), festival));
            detail = "a day before December of the previous year";
          }
          case 4 -> {
            JObj last = (JObj) copy(years.get(years.size() - 1));
            int lastYear = Integer.parseInt(((JNum) last.get("year")).token());
            last.set("year", new JNum(String.valueOf(lastYear + 2)));
            shiftNotices(last, 2);
            ((List<?>) last.get("restDays")).clear();
            ((List<?>) last.get("makeUpWorkdays")).clear();
            years.add(last);
            detail = "a gap between the years";
          }
          case 5 -> {
            years.add(copy(year));
            detail = "a year listed twice";
          }
          case 6 -> {
            rest.add(day(LocalDate.of(number, 4, 5).toString(), "清明节 (not declared)"));
            detail = "a festival that is not declared";
          }
          case 7 -> {
            notice.set(
                "published",
                ((String) notice.get("dated")).replace(number - 1 + "-", number - 2 + "-"));
            detail = "published before it is dated";
          }
          case 8 -> {
            notice.set("published", "2099-11-04");
            detail = "published in 2099";
          }
          case 9 -> {
            notice.set("dated", (number - 2) + "-06-01");
            notice.set("published", (number - 2) + "-06-01");
            detail = "dated and published two years before";
          }
          case 10 -> {
            notice.put("amends", "everything");
            detail = "an original notice that says it amends";
          }
          case 11 -> {
            JObj second = (JObj) copy(notice);
            second.set("number", "国办发明电〔" + number + "〕99号");
            second.set("dated", number + "-03-01");
            second.set("published", number + "-03-01");
            cast(year.get("notices")).add(second);
            detail = "an amending notice that does not say what it amends";
          }
          case 12 -> {
            rest.add(day(LocalDate.of(number, 5, 1).toString(), festival));
            rest.add(day(LocalDate.of(number, 5, 1).toString(), festival));
            detail = "a date listed twice";
          }
          default -> {
            if (years.size() > 1 && y > 0) {
              String dec = (number - 1) + "-12-31";
              cast(((JObj) years.get(y - 1)).get("restDays")).add(day(dec, festival));
              rest.add(day(dec, festival));
              detail = "a date listed by two years";
            } else {
              years.add(0, copy(year));
              detail = "a year listed twice, first";
            }
          }
        }
        return new Case(INCONSISTENT, detail, write(doc, false), null, null, true);
      };

  private static final Gen<Case> SCHEDULES =
      Gen.frequency(Gen.weighted(1, VALID_SCHEDULES), Gen.weighted(2, INCONSISTENT_SCHEDULES));

  private static void shiftNotices(JObj year, int by) {
    for (Object n : (List<?>) year.get("notices")) {
      JObj notice = (JObj) n;
      for (String field : List.of("dated", "published")) {
        LocalDate d = LocalDate.parse((String) notice.get(field));
        notice.set(field, d.plusYears(by).toString());
      }
    }
  }

  /** A list of the tree, to change. */
  @SuppressWarnings("unchecked")
  private static List<Object> cast(Object list) {
    return (List<Object>) list;
  }

  private static JObj day(String date, String festival) {
    return new JObj().put("date", date).put("festival", festival);
  }

  // ---- a JSON tree that can hold what a parser would refuse --------------------------------

  /** An object as written: its members in order, a key possibly twice. */
  private static final class JObj {
    final List<String> keys = new ArrayList<>();
    final List<Object> values = new ArrayList<>();

    JObj put(String key, Object value) {
      keys.add(key);
      values.add(value);
      return this;
    }

    Object get(String key) {
      return values.get(keys.indexOf(key));
    }

    void set(String key, Object value) {
      values.set(keys.indexOf(key), value);
    }
  }

  /** A number token as written. */
  private record JNum(String token) {}

  /** Text written as it is, in place of a value: malformed on purpose. */
  private record JRaw(String text) {}

  private enum JNull {
    NULL
  }

  /** Where a value sits: in an object (its member index) or an array (its index). */
  private record Slot(Object parent, int index, String path) {

    static Slot root(JObj doc) {
      List<Object> holder = new ArrayList<>(List.of(doc));
      return new Slot(holder, 0, "the document");
    }

    @SuppressWarnings("unchecked")
    Object get() {
      return parent instanceof JObj o ? o.values.get(index) : ((List<Object>) parent).get(index);
    }

    @SuppressWarnings("unchecked")
    void set(Object value) {
      if (parent instanceof JObj o) {
        o.values.set(index, value);
      } else {
        ((List<Object>) parent).set(index, value);
      }
    }

    String key() {
      return parent instanceof JObj o ? o.keys.get(index) : "";
    }
  }

  /** Every value of the document but the document itself, in document order. */
  private static List<Slot> slots(JObj doc) {
    List<Slot> out = new ArrayList<>();
    collect(doc, "", out);
    return out;
  }

  private static void collect(Object value, String path, List<Slot> out) {
    if (value instanceof JObj o) {
      for (int i = 0; i < o.keys.size(); i++) {
        String p = path.isEmpty() ? o.keys.get(i) : path + "." + o.keys.get(i);
        out.add(new Slot(o, i, p));
        collect(o.values.get(i), p, out);
      }
    } else if (value instanceof List<?> a) {
      for (int i = 0; i < a.size(); i++) {
        String p = path + "[" + i + "]";
        out.add(new Slot(a, i, p));
        collect(a.get(i), p, out);
      }
    }
  }

  private static Object copy(Object value) {
    if (value instanceof JObj o) {
      JObj c = new JObj();
      for (int i = 0; i < o.keys.size(); i++) {
        c.put(o.keys.get(i), copy(o.values.get(i)));
      }
      return c;
    }
    if (value instanceof List<?> a) {
      List<Object> c = new ArrayList<>(a.size());
      for (Object e : a) {
        c.add(copy(e));
      }
      return c;
    }
    return value;
  }

  /** The document of a schedule, in the shape of {@code cn-holidays.json}. */
  private static JObj tree(HolidaySchedule schedule, @Nullable String about) {
    Map<String, String> festivals = new LinkedHashMap<>();
    List<Object> years = new ArrayList<>();
    for (NoticeYear y : schedule.years()) {
      List<Object> notices = new ArrayList<>();
      for (HolidayNotice n : y.notices()) {
        JObj notice =
            new JObj()
                .put("number", n.number())
                .put("issuer", n.issuer())
                .put("dated", n.dated().toString())
                .put("published", n.published().toString())
                .put("url", n.url());
        n.amends().ifPresent(a -> notice.put("amends", a));
        notices.add(notice);
      }
      years.add(
          new JObj()
              .put("year", new JNum(String.valueOf(y.year())))
              .put("notices", notices)
              .put("restDays", days(y.restDays(), festivals))
              .put("makeUpWorkdays", days(y.makeUpWorkdays(), festivals)));
    }
    JObj declared = new JObj();
    festivals.forEach(declared::put);
    JObj doc = new JObj();
    if (about != null) {
      doc.put("about", about);
    }
    return doc.put("festivals", declared).put("years", years);
  }

  private static List<Object> days(List<ScheduledDay> days, Map<String, String> festivals) {
    List<Object> out = new ArrayList<>();
    for (ScheduledDay d : days) {
      festivals.putIfAbsent(d.festival().name(), d.festival().englishName());
      out.add(day(d.date().toString(), d.festival().name()));
    }
    return out;
  }

  /** JSON text of a tree: compact, or pretty with newlines and indents. */
  private static String write(Object value, boolean pretty) {
    StringBuilder sb = new StringBuilder();
    write(value, pretty, 0, sb);
    return sb.toString();
  }

  private static void write(Object value, boolean pretty, int indent, StringBuilder sb) {
    if (value instanceof JObj o) {
      sb.append('{');
      for (int i = 0; i < o.keys.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        newline(pretty, indent + 1, sb);
        quote(o.keys.get(i), sb);
        sb.append(pretty ? ": " : ":");
        write(o.values.get(i), pretty, indent + 1, sb);
      }
      newline(pretty && !o.keys.isEmpty(), indent, sb);
      sb.append('}');
    } else if (value instanceof List<?> a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        newline(pretty, indent + 1, sb);
        write(a.get(i), pretty, indent + 1, sb);
      }
      newline(pretty && !a.isEmpty(), indent, sb);
      sb.append(']');
    } else if (value instanceof String s) {
      quote(s, sb);
    } else if (value instanceof JNum n) {
      sb.append(n.token());
    } else if (value instanceof JRaw r) {
      sb.append(r.text());
    } else if (value instanceof Boolean b) {
      sb.append(b);
    } else if (value == JNull.NULL) {
      sb.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void newline(boolean pretty, int indent, StringBuilder sb) {
    if (pretty) {
      sb.append('\n').append(" ".repeat(indent));
    }
  }

  /** A JSON string: quotes, backslashes, controls and lone surrogates escaped, the rest as is. */
  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20 || isLoneSurrogate(s, i)) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    sb.append('"');
  }

  /**
   * The tokens of a valid JSON text, as {@code [start, end)}: strings, numbers, literals and
   * punctuation.
   */
  private static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      int start = i;
      if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
        i++;
        continue;
      }
      if (ch == '"') {
        i++;
        while (text.charAt(i) != '"') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (ch == '-' || Character.isDigit(ch) || Character.isLetter(ch)) {
        while (i < text.length() && "{}[]:, \n\t\r\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
      } else {
        i++;
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return s.length() > 40 ? "a string of " + s.length() + " characters" : escaped(s);
    }
    if (value instanceof JRaw r) {
      return r.text().length() > 40 ? "raw text of " + r.text().length() : escaped(r.text());
    }
    if (value instanceof JObj) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return String.valueOf(value);
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    quote(s.length() > 40 ? s.substring(0, 40) + "…" : s, sb);
    return sb.toString();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static String hex(byte b) {
    return String.format("0x%02X", b & 0xFF);
  }

  private static String bundledText() {
    try (InputStream in = HolidaySchedule.class.getResourceAsStream("cn-holidays.json")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
