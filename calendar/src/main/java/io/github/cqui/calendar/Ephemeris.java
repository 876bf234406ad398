package io.github.cqui.calendar;

import java.time.LocalDate;

/**
 * The two astronomical instants the Chinese calendar is built from: the new moon and the moment the
 * Sun reaches a given apparent longitude (a solar term, 节气). Pure functions of a Julian Ephemeris
 * Day (JDE, Terrestrial Time); nothing is cached.
 *
 * <p>Methods and sources (the code is this library's own; only the published coefficients are
 * data):
 *
 * <ul>
 *   <li><b>New moon</b>: J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed. (1998), chapter 49: the
 *       mean phase, its 25 periodic terms and the 14 planetary arguments. Meeus gives a mean error
 *       of about 4 seconds and at most about 17 seconds against ELP-2000/82 over 1980–2020.
 *   <li><b>Apparent longitude of the Sun</b>: Meeus chapters 25 ("higher accuracy") and 32: the
 *       Earth's heliocentric longitude and radius vector from the VSOP87D series of Bretagnon and
 *       Francou (1988), truncated as in Meeus Appendix III (also the tables of Reda and Andreas,
 *       NREL/TP-560-34302, 2004), converted to geocentric, to the FK5 frame (−0.09033″), with
 *       nutation in longitude (Meeus chapter 22, the 0.5″ four-term form) and annual aberration
 *       (−20.4898″ / R). About one second of arc, that is about 25 seconds of time for a solar
 *       term.
 *   <li><b>ΔT = TT − UT</b>: the polynomials of F. Espenak and J. Meeus, <i>Five Millennium Canon
 *       of Solar Eclipses</i> (NASA/TP-2006-214141), for 1900–2150.
 * </ul>
 *
 * <p>A date in the Chinese calendar is the civil date in Beijing time, UTC+8 (GB/T 33661-2017
 * 《农历的编算和颁行》), which {@link #beijingEpochDay(double)} gives.
 */
final class Ephemeris {

  /** The JDE of J2000.0, 2000-01-01T12:00 TT. */
  static final double J2000 = 2451545.0;

  /** The Julian Day at which epoch day 0 (1970-01-01) begins, at midnight UT. */
  private static final double JD_UNIX_EPOCH = 2440587.5;

  private static final double RAD = Math.PI / 180.0;

  private static final double MEAN_SYNODIC_MONTH = 29.530588861;

  private static final double TROPICAL_YEAR = 365.2422;

  private Ephemeris() {}

  /**
   * The JDE of the true new moon of lunation {@code k}, where lunation 0 is the new moon of
   * 2000-01-06 (Meeus chapter 49).
   */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766
            + MEAN_SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
    double mm =
        (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
    double f =
        (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
    double omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;

    double c =
        -0.40720 * Math.sin(mm)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mm)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mm - m)
            - 0.00514 * e * Math.sin(mm + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mm - 2 * f)
            - 0.00057 * Math.sin(mm + 2 * f)
            + 0.00056 * e * Math.sin(2 * mm + m)
            - 0.00042 * Math.sin(3 * mm)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mm - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mm + 2 * m)
            + 0.00004 * Math.sin(2 * mm - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mm + m - 2 * f)
            + 0.00003 * Math.sin(2 * mm + 2 * f)
            - 0.00003 * Math.sin(mm + m + 2 * f)
            + 0.00003 * Math.sin(mm - m + 2 * f)
            - 0.00002 * Math.sin(mm - m - 2 * f)
            - 0.00002 * Math.sin(3 * mm + m)
            + 0.00002 * Math.sin(4 * mm);

    double planetary = 0;
    for (int i = 0; i < PLANETARY.length; i += 4) {
      double a = PLANETARY[i] + PLANETARY[i + 1] * k + PLANETARY[i + 2] * t2;
      planetary += PLANETARY[i + 3] * Math.sin(a * RAD);
    }
    return jde + c + planetary;
  }

  /**
   * The lunation whose new moon is the last at or before {@code jde} (so {@code newMoon(k) <= jde <
   * newMoon(k + 1)}).
   */
  static int lunationAtOrBefore(double jde) {
    int k = (int) Math.floor((jde - 2451550.09766) / MEAN_SYNODIC_MONTH);
    while (newMoon(k) > jde) {
      k--;
    }
    while (newMoon(k + 1) <= jde) {
      k++;
    }
    return k;
  }

  /**
   * The Sun's apparent geocentric longitude at {@code jde}, in degrees, in {@code [0, 360)}: VSOP87
   * (Meeus Appendix III), FK5, nutation in longitude, aberration (Meeus chapters 22, 25, 32).
   */
  static double apparentSolarLongitude(double jde) {
    double tau = (jde - J2000) / 365250.0;
    double l = series(L_SERIES, tau); // heliocentric longitude of the Earth, radians
    double r = series(R_SERIES, tau); // radius vector, AU
    double t = tau * 10; // Julian centuries
    double omega = (125.04452 - 1934.136261 * t) * RAD;
    double sunMean = (280.4665 + 36000.7698 * t) * RAD;
    double moonMean = (218.3165 + 481267.8813 * t) * RAD;
    double nutation =
        -17.20 * Math.sin(omega)
            - 1.32 * Math.sin(2 * sunMean)
            - 0.23 * Math.sin(2 * moonMean)
            + 0.21 * Math.sin(2 * omega);
    double arcseconds = -0.09033 + nutation - 20.4898 / r;
    double degrees = l / RAD + 180.0 + arcseconds / 3600.0;
    return normalize(degrees);
  }

  /**
   * The first JDE after {@code after} at which the Sun's apparent longitude is {@code longitude}
   * degrees, to about a millisecond of the series' own accuracy.
   */
  static double solarLongitudeAfter(double longitude, double after) {
    double ahead = normalize(longitude - apparentSolarLongitude(after));
    double jde = after + ahead / 360.0 * TROPICAL_YEAR;
    for (int i = 0; i < 50; i++) {
      double difference = normalize(longitude - apparentSolarLongitude(jde) + 180.0) - 180.0;
      double step = difference / 360.0 * TROPICAL_YEAR;
      jde += step;
      if (Math.abs(step) < 1e-8) {
        return jde;
      }
    }
    throw new IllegalStateException(
        "the solar longitude " + longitude + " did not converge after JDE " + after);
  }

  /**
   * ΔT = TT − UT in seconds at a decimal year, from the polynomials of Espenak and Meeus
   * (NASA/TP-2006-214141) for 1900–2150 (the ranges this library uses).
   */
  static double deltaT(double year) {
    if (year < 1900 || year > 2150) {
      throw new IllegalArgumentException(
          "year " + year + ": ΔT is implemented for 1900–2150 only (Espenak–Meeus)");
    }
    if (year < 1920) {
      double t = year - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }

  /** The JD (UT) of an instant given as a JDE (TT). */
  static double universalTime(double jde) {
    double year = 2000 + (jde - J2000) / 365.25;
    return jde - deltaT(year) / 86400.0;
  }

  /** The epoch day of the Beijing (UTC+8) civil date of the instant {@code jde}. */
  static long beijingEpochDay(double jde) {
    return (long) Math.floor(beijingDays(jde));
  }

  /** The Beijing civil date of the instant {@code jde}. */
  static LocalDate beijingDate(double jde) {
    return LocalDate.ofEpochDay(beijingEpochDay(jde));
  }

  /**
   * Minutes from the instant {@code jde} to the nearest Beijing midnight, positive when the
   * midnight is later.
   */
  static double minutesToBeijingMidnight(double jde) {
    double days = beijingDays(jde);
    double fraction = days - Math.floor(days);
    return (fraction < 0.5 ? -fraction : 1 - fraction) * 1440.0;
  }

  /** Days since 1970-01-01T00:00 Beijing time, fractional. */
  private static double beijingDays(double jde) {
    return universalTime(jde) + 8.0 / 24.0 - JD_UNIX_EPOCH;
  }

  /** The JDE at 00:00 UT of a date (near enough for a search start). */
  static double jdeOf(LocalDate date) {
    return date.toEpochDay() + JD_UNIX_EPOCH;
  }

  private static double normalize(double degrees) {
    double d = degrees % 360.0;
    return d < 0 ? d + 360.0 : d;
  }

  /** Σ_i τ^i Σ_j A cos(B + C τ), scaled by 10^-8: one VSOP87 coordinate. */
  private static double series(double[][] terms, double tau) {
    double sum = 0;
    double power = 1;
    for (double[] group : terms) {
      double s = 0;
      for (int j = 0; j < group.length; j += 3) {
        s += group[j] * Math.cos(group[j + 1] + group[j + 2] * tau);
      }
      sum += s * power;
      power *= tau;
    }
    return sum / 1e8;
  }

  /** Meeus chapter 49, the 14 planetary arguments: a0, a per k, a per T², coefficient (days). */
  private static final double[] PLANETARY = {
    299.77, 0.107408, -0.009173, 0.000325,
    251.88, 0.016321, 0, 0.000165,
    251.83, 26.651886, 0, 0.000164,
    349.42, 36.412478, 0, 0.000126,
    84.66, 18.206239, 0, 0.000110,
    141.74, 53.303771, 0, 0.000062,
    207.14, 2.453732, 0, 0.000060,
    154.84, 7.306860, 0, 0.000056,
    34.52, 27.261239, 0, 0.000047,
    207.19, 0.121824, 0, 0.000042,
    291.34, 1.844379, 0, 0.000040,
    161.72, 24.198154, 0, 0.000037,
    239.56, 25.513099, 0, 0.000035,
    331.55, 3.592518, 0, 0.000023,
  };

  /** VSOP87D, the Earth's heliocentric longitude L0…L5 (Meeus Appendix III): A, B, C triples. */
  private static final double[][] L_SERIES = {
    {
      175347046, 0, 0,
      3341656, 4.6692568, 6283.0758500,
      34894, 4.6261, 12566.1517,
      3497, 2.7441, 5753.3849,
      3418, 2.8289, 3.5231,
      3136, 3.6277, 77713.7715,
      2676, 4.4181, 7860.4194,
      2343, 6.1352, 3930.2097,
      1324, 0.7425, 11506.7698,
      1273, 2.0371, 529.6910,
      1199, 1.1096, 1577.3435,
      990, 5.233, 5884.927,
      902, 2.045, 26.298,
      857, 3.508, 398.149,
      780, 1.179, 5223.694,
      753, 2.533, 5507.553,
      505, 4.583, 18849.228,
      492, 4.205, 775.523,
      357, 2.920, 0.067,
      317, 5.849, 11790.629,
      284, 1.899, 796.298,
      271, 0.315, 10977.079,
      243, 0.345, 5486.778,
      206, 4.806, 2544.314,
      205, 1.869, 5573.143,
      202, 2.458, 6069.777,
      156, 0.833, 213.299,
      132, 3.411, 2942.463,
      126, 1.083, 20.775,
      115, 0.645, 0.980,
      103, 0.636, 4694.003,
      102, 0.976, 15720.839,
      102, 4.267, 7.114,
      99, 6.21, 2146.17,
      98, 0.68, 155.42,
      86, 5.98, 161000.69,
      85, 1.30, 6275.96,
      85, 3.67, 71430.70,
      80, 1.81, 17260.15,
      79, 3.04, 12036.46,
      75, 1.76, 5088.63,
      74, 3.50, 3154.69,
      74, 4.68, 801.82,
      70, 0.83, 9437.76,
      62, 3.98, 8827.39,
      61, 1.82, 7084.90,
      57, 2.78, 6286.60,
      56, 4.39, 14143.50,
      56, 3.47, 6279.55,
      52, 0.19, 12139.55,
      52, 1.33, 1748.02,
      51, 0.28, 5856.48,
      49, 0.49, 1194.45,
      41, 5.37, 8429.24,
      41, 2.40, 19651.05,
      39, 6.17, 10447.39,
      37, 6.04, 10213.29,
      37, 2.57, 1059.38,
      36, 1.71, 2352.87,
      36, 1.78, 6812.77,
      33, 0.59, 17789.85,
      30, 0.44, 83996.85,
      30, 2.74, 1349.87,
      25, 3.16, 4690.48,
    },
    {
      628331966747.0,
      0,
      0,
      206059,
      2.678235,
      6283.075850,
      4303,
      2.6351,
      12566.1517,
      425,
      1.590,
      3.523,
      119,
      5.796,
      26.298,
      109,
      2.966,
      1577.344,
      93,
      2.59,
      18849.23,
      72,
      1.14,
      529.69,
      68,
      1.87,
      398.15,
      67,
      4.41,
      5507.55,
      59,
      2.89,
      5223.69,
      56,
      2.17,
      155.42,
      45,
      0.40,
      796.30,
      36,
      0.47,
      775.52,
      29,
      2.65,
      7.11,
      21,
      5.34,
      0.98,
      19,
      1.85,
      5486.78,
      19,
      4.97,
      213.30,
      17,
      2.99,
      6275.96,
      16,
      0.03,
      2544.31,
      16,
      1.43,
      2146.17,
      15,
      1.21,
      10977.08,
      12,
      2.83,
      1748.02,
      12,
      3.26,
      5088.63,
      12,
      5.27,
      1194.45,
      12,
      2.08,
      4694.00,
      11,
      0.77,
      553.57,
      10,
      1.30,
      6286.60,
      10,
      4.24,
      1349.87,
      9,
      2.70,
      242.73,
      9,
      5.64,
      951.72,
      8,
      5.30,
      2352.87,
      6,
      2.65,
      9437.76,
      6,
      4.67,
      4690.48,
    },
    {
      52919, 0, 0,
      8720, 1.0721, 6283.0758,
      309, 0.867, 12566.152,
      27, 0.05, 3.52,
      16, 5.19, 26.30,
      16, 3.68, 155.42,
      10, 0.76, 18849.23,
      9, 2.06, 77713.77,
      7, 0.83, 775.52,
      5, 4.66, 1577.34,
      4, 1.03, 7.11,
      4, 3.44, 5573.14,
      3, 5.14, 796.30,
      3, 6.05, 5507.55,
      3, 1.19, 242.73,
      3, 6.12, 529.69,
      3, 0.31, 398.15,
      3, 2.28, 553.57,
      2, 4.38, 5223.69,
      2, 3.75, 0.98,
    },
    {
      289, 5.844, 6283.076,
      35, 0, 0,
      17, 5.49, 12566.15,
      3, 5.20, 155.42,
      1, 4.72, 3.52,
      1, 5.30, 18849.23,
      1, 5.97, 242.73,
    },
    {
      114, 3.142, 0,
      8, 4.13, 6283.08,
      1, 3.84, 12566.15,
    },
    {
      1, 3.14, 0,
    },
  };

  /** VSOP87D, the Earth's radius vector R0…R4 (Meeus Appendix III): A, B, C triples. */
  private static final double[][] R_SERIES = {
    {
      100013989, 0, 0,
      1670700, 3.0984635, 6283.0758500,
      13956, 3.05525, 12566.15170,
      3084, 5.1985, 77713.7715,
      1628, 1.1739, 5753.3849,
      1576, 2.8469, 7860.4194,
      925, 5.453, 11506.770,
      542, 4.564, 3930.210,
      472, 3.661, 5884.927,
      346, 0.964, 5507.553,
      329, 5.900, 5223.694,
      307, 0.299, 5573.143,
      243, 4.273, 11790.629,
      212, 5.847, 1577.344,
      186, 5.022, 10977.079,
      175, 3.012, 18849.228,
      110, 5.055, 5486.778,
      98, 0.89, 6069.78,
      86, 5.69, 15720.84,
      86, 1.27, 161000.69,
      65, 0.27, 17260.15,
      63, 0.92, 529.69,
      57, 2.01, 83996.85,
      56, 5.24, 71430.70,
      49, 3.25, 2544.31,
      47, 2.58, 775.52,
      45, 5.54, 9437.76,
      43, 6.01, 6275.96,
      39, 5.36, 4694.00,
      38, 2.39, 8827.39,
      37, 0.83, 19651.05,
      37, 4.90, 12139.55,
      36, 1.67, 12036.46,
      35, 1.84, 2942.46,
      33, 0.24, 7084.90,
      32, 0.18, 5088.63,
      32, 1.78, 398.15,
      28, 1.21, 6286.60,
      28, 1.90, 6279.55,
      26, 4.59, 10447.39,
    },
    {
      103019, 1.107490, 6283.075850,
      1721, 1.0644, 12566.1517,
      702, 3.142, 0,
      32, 1.02, 18849.23,
      31, 2.84, 5507.55,
      25, 1.32, 5223.69,
      18, 1.42, 1577.34,
      10, 5.91, 10977.08,
      9, 1.42, 6275.96,
      9, 0.27, 5486.78,
    },
    {
      4359, 5.7846, 6283.0758,
      124, 5.579, 12566.152,
      12, 3.14, 0,
      9, 3.63, 77713.77,
      6, 1.87, 5573.14,
      3, 5.47, 18849.23,
    },
    {
      145, 4.273, 6283.076,
      7, 3.92, 12566.15,
    },
    {
      4, 2.56, 6283.08,
    },
  };
}
