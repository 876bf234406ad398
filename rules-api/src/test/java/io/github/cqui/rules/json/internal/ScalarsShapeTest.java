package io.github.cqui.rules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hand-written shape check that replaced the regular expressions {@code
 * [0-9]{4}-[0-9]{2}-[0-9]{2}} and {@code [0-9]{4}-[0-9]{2}} for dates and months: the same texts
 * pass, the same fail.
 */
class ScalarsShapeTest {

  @Test
  void aDateShapeIsFourTwoAndTwoAsciiDigitsWithHyphens() {
    assertThat(Scalars.hasShape("2025-09-25", "9999-99-99")).isTrue();
    assertThat(Scalars.hasShape("0000-00-00", "9999-99-99")).isTrue();
    assertThat(Scalars.hasShape("9999-99-99", "9999-99-99")).isTrue();
  }

  @Test
  void anythingElseIsNotADateShape() {
    for (String text :
        new String[] {
          "",
          "2025-9-25",
          "2025-09-5",
          "2025-09-250",
          "12025-09-25",
          "2025/09/25",
          "2025-09-25 ",
          " 2025-09-25",
          "2025-0a-25",
          "2025-09-2:",
          "2025-09-2/",
          "２０２５-09-25",
          "\u0662025-09-25",
          "+2025-09-25",
          "2025_09-25"
        }) {
      assertThat(Scalars.hasShape(text, "9999-99-99")).as(text).isFalse();
    }
  }

  @Test
  void aMonthShapeIsFourAndTwoAsciiDigits() {
    assertThat(Scalars.hasShape("2025-09", "9999-99")).isTrue();
    assertThat(Scalars.hasShape("2025-09-01", "9999-99")).isFalse();
    assertThat(Scalars.hasShape("2025-9", "9999-99")).isFalse();
    assertThat(Scalars.hasShape("2025+09", "9999-99")).isFalse();
  }
}
