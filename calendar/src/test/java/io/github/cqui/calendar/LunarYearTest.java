package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library's Chinese calendar (GB/T 33661-2017 rules over Meeus/VSOP87 instants) against the
 * Hong Kong Observatory's Gregorian–Lunar calendar conversion tables 1901–2100: every month's first
 * day and number, and the festival days and 清明 of every year (test data: {@code
 * hko-month-starts.csv}, {@code hko-festival-dates.csv}, provenance in their headers).
 */
class LunarYearTest {

  /** Reads a test-data file's rows, without its comment lines and header. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LunarYearTest.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Test
  void everyMonthStart1901To2100IsTheHkoTables() {
    List<String> expected = new ArrayList<>();
    for (String[] row : rows("hko-month-starts.csv")) {
      expected.add(row[0] + " " + row[1]);
    }
    List<String> computed = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (int year = 1901; year <= 2101; year++) {
      LunarYear lunar = LunarYear.of(year);
      for (int i = 0; i < lunar.starts.length; i++) {
        long start = lunar.starts[i];
        if (start <= last || start > LocalDate.of(2100, 12, 31).toEpochDay()) {
          continue;
        }
        if (start < LocalDate.of(1901, 1, 1).toEpochDay()) {
          continue;
        }
        last = start;
        computed.add(
            LocalDate.ofEpochDay(start) + " " + (lunar.leap[i] ? "L" : "") + lunar.numbers[i]);
      }
    }
    List<String> onlyComputed = new ArrayList<>(computed);
    onlyComputed.removeAll(expected);
    List<String> onlyHko = new ArrayList<>(expected);
    onlyHko.removeAll(computed);
    // Before 1929 the almanacs were not reckoned on UTC+8 (GB/T 33661-2017 is), and the HKO tables
    // follow the almanacs of the time: three months whose new moon fell a few minutes after Beijing
    // midnight (UTC+8) begin a day earlier there. From 1929 on, every month agrees.
    assertThat(onlyComputed)
        .as("computed, not in the HKO tables")
        .containsExactly("1914-11-18 10", "1916-02-04 1", "1920-11-11 10");
    assertThat(onlyHko)
        .as("in the HKO tables, not computed")
        .containsExactly("1914-11-17 10", "1916-02-03 1", "1920-11-10 10");
    for (String month : onlyComputed) {
      LunarYear lunar = LunarYear.of(LocalDate.parse(month.substring(0, 10)).getYear() + 1);
      long day = LocalDate.parse(month.substring(0, 10)).toEpochDay();
      for (int i = 0; i < lunar.starts.length; i++) {
        if (lunar.starts[i] == day) {
          assertThat(Ephemeris.minutesToBeijingMidnight(lunar.newMoons[i]))
              .as("%s: the new moon is minutes after Beijing midnight", month)
              .isBetween(-6.0, 0.0);
        }
      }
    }
    assertThat(computed).hasSize(2474);
  }

  @Test
  void festivalsAndQingmingOfEveryYear1901To2100AreTheHkoTables() {
    List<String[]> rows = rows("hko-festival-dates.csv");
    assertThat(rows).hasSize(200);
    for (String[] row : rows) {
      if (row[0].equals("1916")) {
        // the pre-1929 month above: 正月 1916 begins 02-04 at UTC+8, 02-03 in the almanac
        assertThat(LunarYear.of(1916).chunjie()).isEqualTo(LocalDate.parse(row[2]).plusDays(1));
        continue;
      }
      LunarYear lunar = LunarYear.of(Integer.parseInt(row[0]));
      assertThat(lunar.chuxi()).as("%s 除夕", row[0]).isEqualTo(LocalDate.parse(row[1]));
      assertThat(lunar.chunjie()).as("%s 正月初一", row[0]).isEqualTo(LocalDate.parse(row[2]));
      assertThat(lunar.qingmingDate()).as("%s 清明", row[0]).isEqualTo(LocalDate.parse(row[3]));
      assertThat(lunar.duanwu()).as("%s 五月初五", row[0]).isEqualTo(LocalDate.parse(row[4]));
      assertThat(lunar.zhongqiu()).as("%s 八月十五", row[0]).isEqualTo(LocalDate.parse(row[5]));
    }
  }

  @ParameterizedTest(name = "POLICY-FACTS §9.6: 正月初一 {0} is {1} (ICU4J 77.1 gives {2})")
  @CsvSource({"2027, 2027-02-06, 2027-02-07", "2030, 2030-02-03, 2030-02-02"})
  void theYearsIcu4jGetsWrong(int year, LocalDate chunjie, LocalDate icu4j) {
    assertThat(LunarYear.of(year).chunjie()).isEqualTo(chunjie).isNotEqualTo(icu4j);
  }

  /**
   * POLICY-FACTS §9.6 names the years whose statutory lunar days or 清明 hang on minutes around
   * Beijing midnight; the computation finds exactly those (within 15 minutes; 2041's 八月初一 at 00:16
   * is just outside), and the test above shows each agrees with the HKO tables.
   */
  @Test
  void theYears2015To2100WithAStatutoryNewMoonOrQingmingNearMidnightAreThoseOfPolicyFacts() {
    List<Integer> near = new ArrayList<>();
    for (int year = 2015; year <= 2100; year++) {
      LunarYear lunar = LunarYear.of(year);
      double closest = Math.abs(Ephemeris.minutesToBeijingMidnight(lunar.qingming));
      for (int month : new int[] {1, 5, 8}) {
        closest =
            Math.min(closest, Math.abs(Ephemeris.minutesToBeijingMidnight(lunar.newMoonOf(month))));
      }
      if (closest < 15) {
        near.add(year);
      }
    }
    assertThat(near).containsExactly(2027, 2030, 2034, 2071, 2089, 2098, 2099);
    // 2027: 正月 new moon 23:56 on 02-06; 2030: 00:07 on 02-03 (Beijing time)
    assertThat(Ephemeris.minutesToBeijingMidnight(LunarYear.of(2027).newMoonOf(1)))
        .isBetween(3.0, 5.0);
    assertThat(Ephemeris.minutesToBeijingMidnight(LunarYear.of(2030).newMoonOf(1)))
        .isBetween(-8.0, -7.0);
  }

  @Test
  void meeusExample49aNewMoonOf1977February() {
    // Meeus, Astronomical Algorithms, example 49.a: k = -283, JDE 2443192.65118
    assertThat(Ephemeris.newMoon(-283))
        .isCloseTo(2443192.65118, org.assertj.core.data.Offset.offset(0.00001));
  }
}
