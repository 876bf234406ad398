package io.github.cqui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written JSON number check against the grammar of RFC 8259, as a regular expression. */
class MiniJsonTest {

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

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
}
