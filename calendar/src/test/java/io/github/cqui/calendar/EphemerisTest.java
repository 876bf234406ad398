package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The astronomical instants behind the lunar days, against published instants: ΔT against the
 * observed values tabulated by Espenak and Meeus; the 24 solar terms of 2025 and 2026 against the
 * Hong Kong Observatory (二十四節氣, Hong Kong time = UTC+8, to the minute); the new moons POLICY-FACTS
 * §9.6 names.
 */
class EphemerisTest {

  /** Minutes between the instant {@code jde} and a Beijing (UTC+8) wall-clock time. */
  private static double minutesFrom(double jde, LocalDateTime beijing) {
    double instant = (Ephemeris.universalTime(jde) - 2440587.5) * 1440;
    return instant - beijing.toEpochSecond(ZoneOffset.ofHours(8)) / 60.0;
  }

  @ParameterizedTest(name = "ΔT in {0}: {1} s observed (Espenak–Meeus), within 0.5 s")
  @CsvSource({
    "1900, -2.72", "1910, 10.38", "1920, 21.16", "1930, 24.02", "1940, 24.35", "1950, 29.15",
    "1960, 33.15", "1970, 40.18", "1980, 50.54", "1990, 56.86", "2000, 63.83", "2005, 64.69",
  })
  void deltaTFollowsTheObservedValues(double year, double seconds) {
    assertThat(Ephemeris.deltaT(year)).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.5));
  }

  @ParameterizedTest(name = "ΔT is defined for 1900–2150 only: {0}")
  @ValueSource(doubles = {1899.9, 2150.1})
  void deltaTOutsideItsPolynomialsIsRefused(double year) {
    assertThatThrownBy(() -> Ephemeris.deltaT(year)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "HKO: solar longitude {1}° at {0} Beijing time, within 1.5 minutes")
  @CsvSource({
    "2025-01-05T10:33, 285", "2025-01-20T04:00, 300", "2025-02-03T22:10, 315",
    "2025-02-18T18:07, 330", "2025-03-05T16:07, 345", "2025-03-20T17:01, 0",
    "2025-04-04T20:48, 15", "2025-04-20T03:56, 30", "2025-05-05T13:57, 45",
    "2025-05-21T02:55, 60", "2025-06-05T17:56, 75", "2025-06-21T10:42, 90",
    "2025-07-07T04:05, 105", "2025-07-22T21:29, 120", "2025-08-07T13:52, 135",
    "2025-08-23T04:34, 150", "2025-09-07T16:52, 165", "2025-09-23T02:19, 180",
    "2025-10-08T08:41, 195", "2025-10-23T11:51, 210", "2025-11-07T12:04, 225",
    "2025-11-22T09:36, 240", "2025-12-07T05:05, 255", "2025-12-21T23:03, 270",
    "2026-01-05T16:23, 285", "2026-01-20T09:45, 300", "2026-02-04T04:02, 315",
    "2026-02-18T23:52, 330", "2026-03-05T21:59, 345", "2026-03-20T22:46, 0",
    "2026-04-05T02:40, 15", "2026-04-20T09:39, 30", "2026-05-05T19:49, 45",
    "2026-05-21T08:37, 60", "2026-06-05T23:48, 75", "2026-06-21T16:25, 90",
    "2026-07-07T09:57, 105", "2026-07-23T03:13, 120", "2026-08-07T19:43, 135",
    "2026-08-23T10:19, 150", "2026-09-07T22:41, 165", "2026-09-23T08:05, 180",
    "2026-10-08T14:29, 195", "2026-10-23T17:38, 210", "2026-11-07T17:52, 225",
    "2026-11-22T15:23, 240", "2026-12-07T10:52, 255", "2026-12-22T04:50, 270",
  })
  void theSolarTermsOf2025And2026AreTheHkoInstants(LocalDateTime beijing, int longitude) {
    double jde =
        Ephemeris.solarLongitudeAfter(
            longitude, Ephemeris.jdeOf(beijing.toLocalDate().minusDays(5)));
    assertThat(minutesFrom(jde, beijing)).isBetween(-1.5, 1.5);
  }

  @ParameterizedTest(name = "POLICY-FACTS §9.6: the new moon of 正月 {0} at {1} Beijing time")
  @CsvSource({"2027, 2027-02-06T23:56", "2030, 2030-02-03T00:07"})
  void theNewMoonsThatIcu4jMisdates(int year, LocalDateTime beijing) {
    double jde = LunarYear.of(year).newMoonOf(1);
    assertThat(minutesFrom(jde, beijing)).isBetween(-1.0, 1.0);
    int k = Ephemeris.lunationAtOrBefore(jde);
    assertThat(Ephemeris.newMoon(k)).isEqualTo(jde);
    assertThat(Ephemeris.lunationAtOrBefore(jde - 1e-6)).isEqualTo(k - 1);
    assertThat(Ephemeris.beijingDate(jde)).isEqualTo(beijing.toLocalDate());
  }

  @ParameterizedTest(name = "the new moons of {0} are one lunation apart, 29.26–29.81 days")
  @ValueSource(ints = {1901, 1977, 2027, 2099})
  void consecutiveNewMoonsAreALunationApart(int year) {
    int k = Ephemeris.lunationAtOrBefore(Ephemeris.jdeOf(LocalDate.of(year, 6, 1)));
    double gap = Ephemeris.newMoon(k + 1) - Ephemeris.newMoon(k);
    assertThat(gap).isBetween(29.26, 29.81);
  }
}
