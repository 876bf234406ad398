package io.github.cqui.rules.json.internal;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The codecs of the scalar values of cqui's JSON: strings, whole numbers, booleans, dates ({@code
 * yyyy-MM-dd}), months ({@code yyyy-MM}), times of day ({@code HH:mm}), ISO-8601 periods and money
 * (a decimal string in yuan).
 *
 * <p>Each accepts exactly one JSON token kind in exactly one form: no number is read from a string
 * or a string from a number, no fraction is truncated, no {@code null}, empty or blank text stands
 * for "absent", and a date is a date of the calendar ({@code 2026-02-30} is refused). What a codec
 * writes, it reads back equal; a value it could not write so (a year outside 0000–9999, a time with
 * seconds) is refused when written.
 *
 * <p>Internal to cqui: not exported. Immutable and thread-safe.
 */
public final class Scalars {

  private Scalars() {}

  // the one form of each scalar, compiled once (String.matches compiled them on every value read)
  /** A JSON integer: an optional minus and no leading zero; at most 10 digits fit an int. */
  private static final Pattern INT_FORM = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

  // dates and months are read in every document: their shape is checked by hand (hasShape), not by
  // a regular expression, which cost the service about a twentieth of its time under load
  private static final String DATE_SHAPE = "9999-99-99";
  private static final String MONTH_SHAPE = "9999-99";
  private static final Pattern TIME_FORM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final Pattern DECIMAL_FORM = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** A string of at most {@value Reading#MAX_TEXT} characters; empty and blank strings included. */
  public static final JsonCodec<String> STRING =
      new JsonCodec<>(String.class) {
        @Override
        public String expected() {
          return "a string";
        }

        @Override
        public void write(String value, JsonOut out) {
          out.string(value);
        }

        @Override
        public String read(Reading in) {
          return text(in, this);
        }
      };

  /** A whole number in the range of {@code int}, written without a fraction or an exponent. */
  public static final JsonCodec<Integer> INT =
      new JsonCodec<>(Integer.class) {
        @Override
        public String expected() {
          return "a whole number such as 12";
        }

        @Override
        public void write(Integer value, JsonOut out) {
          out.integer(value);
        }

        @Override
        public Integer read(Reading in) {
          if (in.token() == Token.DECIMAL) {
            throw in.refuse("must be a whole number; a fraction or an exponent is not accepted");
          }
          if (in.token() != Token.INTEGER) {
            throw in.refuse("must be " + expected());
          }
          String digits = in.text();
          if (!INT_FORM.matcher(digits).matches()) {
            throw in.refuse("must be a whole number from -2147483648 to 2147483647");
          }
          long value = Long.parseLong(digits);
          if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw in.refuse("must be a whole number from -2147483648 to 2147483647");
          }
          return (int) value;
        }
      };

  /** {@code true} or {@code false}. */
  public static final JsonCodec<Boolean> BOOLEAN =
      new JsonCodec<>(Boolean.class) {
        @Override
        public String expected() {
          return "true or false";
        }

        @Override
        public void write(Boolean value, JsonOut out) {
          out.bool(value);
        }

        @Override
        public Boolean read(Reading in) {
          if (in.token() == Token.TRUE) {
            return true;
          }
          if (in.token() == Token.FALSE) {
            return false;
          }
          throw in.refuse("must be true or false");
        }
      };

  /** A date {@code yyyy-MM-dd}, year 0000 to 9999. */
  public static final JsonCodec<LocalDate> DATE =
      new JsonCodec<>(LocalDate.class) {
        @Override
        public String expected() {
          return "a date \"yyyy-MM-dd\" such as \"2025-09-25\"";
        }

        @Override
        public void write(LocalDate value, JsonOut out) {
          requireFourDigitYear(value.getYear(), value);
          out.string(value.toString());
        }

        @Override
        public LocalDate read(Reading in) {
          String text = text(in, this);
          if (!hasShape(text, DATE_SHAPE)) {
            throw in.refuse("must be " + expected());
          }
          try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
          } catch (DateTimeException e) {
            throw in.refuse("is not a date of the calendar (" + e.getMessage() + ")");
          }
        }
      };

  /** A month {@code yyyy-MM}, year 0000 to 9999. */
  public static final JsonCodec<YearMonth> MONTH =
      new JsonCodec<>(YearMonth.class) {
        @Override
        public String expected() {
          return "a month \"yyyy-MM\" such as \"2025-09\"";
        }

        @Override
        public void write(YearMonth value, JsonOut out) {
          requireFourDigitYear(value.getYear(), value);
          out.string(value.toString());
        }

        @Override
        public YearMonth read(Reading in) {
          String text = text(in, this);
          if (!hasShape(text, MONTH_SHAPE)) {
            throw in.refuse("must be " + expected());
          }
          try {
            return YearMonth.of(number(text, 0, 4), number(text, 5, 7));
          } catch (DateTimeException e) {
            throw in.refuse("is not a month of the calendar (" + e.getMessage() + ")");
          }
        }
      };

  /** A time of day to the minute, {@code HH:mm}. */
  public static final JsonCodec<LocalTime> TIME =
      new JsonCodec<>(LocalTime.class) {
        @Override
        public String expected() {
          return "a time of day \"HH:mm\" such as \"17:30\"";
        }

        @Override
        public void write(LocalTime value, JsonOut out) {
          if (value.getSecond() != 0 || value.getNano() != 0) {
            throw Writing.unwritable(
                value, "has seconds; its JSON form \"HH:mm\" holds whole minutes only");
          }
          // LocalTime writes HH:mm when seconds and nanos are 0: ASCII digits in any locale, and
          // without String.format's cost (a formatter and the locale's symbols on every write)
          out.string(value.toString());
        }

        @Override
        public LocalTime read(Reading in) {
          String text = text(in, this);
          if (!TIME_FORM.matcher(text).matches()) {
            throw in.refuse("must be " + expected());
          }
          return LocalTime.of(
              Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3, 5)));
        }
      };

  /** An ISO-8601 period as {@link Period#toString()} writes it, e.g. {@code P6M}. */
  public static final JsonCodec<Period> PERIOD =
      new JsonCodec<>(Period.class) {
        @Override
        public String expected() {
          return "an ISO-8601 period such as \"P6M\" or \"P1Y2M10D\"";
        }

        @Override
        public void write(Period value, JsonOut out) {
          out.string(value.toString());
        }

        @Override
        public Period read(Reading in) {
          String text = text(in, this);
          Period period;
          try {
            period = text.length() <= Reading.MAX_SHOWN ? Period.parse(text) : null;
          } catch (DateTimeParseException e) {
            period = null;
          }
          if (period == null) {
            throw in.refuse("must be " + expected());
          }
          if (!period.toString().equals(text)) {
            throw in.refuse("must be written \"" + period + "\", the period's one ISO-8601 form");
          }
          return period;
        }
      };

  /**
   * An amount of CNY: the decimal string of {@link Money#toString()}, read by {@link
   * Money#ofYuan(String)}. A JSON number is refused, saying which string to write.
   */
  public static final JsonCodec<Money> MONEY =
      new JsonCodec<>(Money.class) {
        @Override
        public String expected() {
          return "an amount in yuan as a decimal string such as \"2100.00\"";
        }

        @Override
        public void write(Money value, JsonOut out) {
          out.string(value.toString());
        }

        @Override
        public Money read(Reading in) {
          if (in.token() == Token.INTEGER || in.token() == Token.DECIMAL) {
            throw in.refuse(
                "a JSON number is not an amount; write "
                    + asMoneyString(in.text())
                    + " (a decimal string in yuan, exact to the fen, I-24)");
          }
          String text = text(in, this);
          try {
            return Money.ofYuan(text);
          } catch (InvalidInputException e) {
            throw in.renamed(e, false);
          }
        }
      };

  /**
   * Whether a text has a shape: as long as it, an ASCII digit where the shape has {@code 9}, the
   * shape's own character everywhere else.
   */
  static boolean hasShape(String text, String shape) {
    if (text.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char c = text.charAt(i);
      char s = shape.charAt(i);
      if (s == '9' ? c < '0' || c > '9' : c != s) {
        return false;
      }
    }
    return true;
  }

  /** The number written in ASCII digits from {@code start} to {@code end} (checked by hasShape). */
  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * The string to write for an amount given as a JSON number: {@code "2100.00"} for {@code 2100},
   * or an example when the number has no exact amount (more than two decimals, an exponent).
   */
  private static String asMoneyString(String number) {
    if (number.length() <= 24 && DECIMAL_FORM.matcher(number).matches()) {
      try {
        return '"'
            + new BigDecimal(number).setScale(2, RoundingMode.UNNECESSARY).toPlainString()
            + '"';
      } catch (ArithmeticException e) {
        // more than two decimals: no amount of CNY, fall through to the example
      }
    }
    return "a decimal string such as \"2100.00\"";
  }

  /** The text of a string token of at most {@value Reading#MAX_TEXT} characters. */
  private static String text(Reading in, JsonCodec<?> codec) {
    if (in.token() != Token.STRING) {
      throw in.refuse("must be " + codec.expected());
    }
    String text = in.text();
    if (text.length() > Reading.MAX_TEXT) {
      throw in.refuse("is longer than " + Reading.MAX_TEXT + " characters");
    }
    return text;
  }

  private static void requireFourDigitYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw Writing.unwritable(value, "has no JSON form: its year must be 0000 to 9999");
    }
  }
}
