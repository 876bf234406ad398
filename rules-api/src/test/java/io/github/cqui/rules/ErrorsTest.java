package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.CquiException;
import io.github.cqui.rules.internal.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ErrorsTest {

  @Test
  void invalidInputNamesFieldValueAndRule() {
    InvalidInputException e =
        InvalidInputException.of(
            "receiptDate", LocalDate.of(2014, 12, 31), "before the earliest policy edition");
    assertThat(e)
        .isInstanceOf(CquiException.class)
        .isInstanceOf(RuntimeException.class)
        .hasMessage("receiptDate = 2014-12-31: before the earliest policy edition");
    assertThat(e.field()).isEqualTo("receiptDate");
    assertThat(e.value()).isEqualTo("2014-12-31");
    assertThat(e.rule()).isEqualTo("before the earliest policy edition");
  }

  @Test
  void invalidInputRendersNullAndCutsLongValues() {
    assertThat(InvalidInputException.of("x", null, "must be given"))
        .hasMessage("x = null: must be given");
    String longValue = "9".repeat(250);
    InvalidInputException e = InvalidInputException.of("x", longValue, "too long");
    assertThat(e.value()).isEqualTo("9".repeat(200) + "…(250 characters)");
  }

  @Test
  void checksNameFieldValueAndRule() {
    assertThat(Checks.requireNonNegative("months", 0L)).isZero();
    assertThatThrownBy(() -> Checks.requireNonNegative("months", -1L))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("months = -1: must not be negative");
    assertThatThrownBy(() -> Checks.requireNonNegative("months", -2))
        .hasMessage("months = -2: must not be negative");
    assertThat(Checks.requirePositive("parts", 1)).isEqualTo(1);
    assertThatThrownBy(() -> Checks.requirePositive("parts", 0))
        .hasMessage("parts = 0: must be positive");
    assertThat(Checks.requireInRange("percent", 100, 1, 100)).isEqualTo(100);
    assertThatThrownBy(() -> Checks.requireInRange("percent", 101, 1, 100))
        .hasMessage("percent = 101: must be between 1 and 100");
    assertThat(Checks.requireNonBlank("name", "a")).isEqualTo("a");
    assertThatThrownBy(() -> Checks.requireNonBlank("name", " "))
        .hasMessage("name = \" \": must not be blank");
    LocalDate day = LocalDate.of(2025, 9, 25);
    assertThat(Checks.requireNotBefore("supplementReceipt", day, "firstReceipt", day))
        .isEqualTo(day);
    assertThatThrownBy(
            () ->
                Checks.requireNotBefore("supplementReceipt", day.minusDays(1), "firstReceipt", day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("supplementReceipt = 2025-09-24: must not be before firstReceipt (2025-09-25)");
  }

  @Test
  void ruleContextPrefixesTheCauseAndKeepsIt() {
    DateTimeParseException cause = new DateTimeParseException("no holiday notice for 2027", "", 0);
    RuleContextException e =
        RuleContextException.wrap("review deadline for receiptDate 2027-03-01", cause);
    assertThat(e)
        .isInstanceOf(CquiException.class)
        .hasMessage("review deadline for receiptDate 2027-03-01: no holiday notice for 2027")
        .hasCause(cause);
    assertThat(e.context()).isEqualTo("review deadline for receiptDate 2027-03-01");
    assertThat(new RuleContextException("ctx", new IllegalStateException()))
        .hasMessage("ctx: java.lang.IllegalStateException");
  }
}
