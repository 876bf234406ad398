package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.CquiException;
import io.github.cqui.rules.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
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

  @Test
  void invalidInputRefusesANullFieldOrRuleNamingIt() {
    assertThatThrownBy(() -> InvalidInputException.of(null, 1, "must be given"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("field");
              assertThat(e.value()).isEqualTo("null");
              assertThat(e.rule()).isEqualTo("must not be null");
            });
    assertThatThrownBy(() -> InvalidInputException.of("x", 1, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("rule");
              assertThat(e.rule()).isEqualTo("must not be null");
            });
  }

  @Test
  void invalidInputKeepsAValueOfExactly200Characters() {
    String value = "7".repeat(200);
    assertThat(InvalidInputException.of("x", value, "too long").value()).isEqualTo(value);
    assertThat(InvalidInputException.of("x", value + "8", "too long").value())
        .isEqualTo(value + "…(201 characters)");
  }

  @Test
  void nonNegativeChecksReturnTheValueGiven() {
    assertThat(Checks.requireNonNegative("months", 7L)).isEqualTo(7L);
    assertThat(Checks.requireNonNegative("months", 7)).isEqualTo(7);
    assertThat(Checks.requireNonNegative("months", 0)).isZero();
  }

  @Test
  void listSizeCheckTakesUpToMaxListSizeElements() {
    List<Integer> full = Collections.nCopies(Limits.MAX_LIST_SIZE, 1);
    assertThat(Checks.requireListSize("stopEvents", full)).isSameAs(full);
    List<Integer> over = Collections.nCopies(Limits.MAX_LIST_SIZE + 1, 1);
    assertThatThrownBy(() -> Checks.requireListSize("stopEvents", over))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("stopEvents");
              assertThat(e.value()).isEqualTo("1001 elements");
              assertThat(e.rule())
                  .isEqualTo("must have at most 1000 elements (Limits.MAX_LIST_SIZE)");
            });
  }

  @Test
  void datesOutsideTheLimitsAreRefusedNamingTheWindow() {
    String rule = "must be from 1900-01-01 to 2199-12-31, the dates the rules take (Limits)";
    assertThatThrownBy(
            () -> Checks.requireWithinDates("registrationDate", LocalDate.of(1899, 12, 31)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("registrationDate");
              assertThat(e.value()).isEqualTo("1899-12-31");
              assertThat(e.rule()).isEqualTo(rule);
            });
    assertThatThrownBy(() -> Checks.requireWithinDates("birthMonth", YearMonth.of(2200, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("birthMonth");
              assertThat(e.value()).isEqualTo("2200-01");
              assertThat(e.rule()).isEqualTo(rule);
            });
    assertThat(Checks.requireWithinDates("birthMonth", YearMonth.of(1900, 1)))
        .isEqualTo(YearMonth.of(1900, 1));
  }

  @Test
  void limitsTakeTheDatesFrom1900To2199BothInclusive() {
    assertThat(Limits.isWithinDates(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(Limits.isWithinDates(LocalDate.of(2199, 12, 31))).isTrue();
    assertThat(Limits.isWithinDates(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(Limits.isWithinDates(LocalDate.of(2200, 1, 1))).isFalse();
    assertThat(Limits.isWithinDates(YearMonth.of(1900, 1))).isTrue();
    assertThat(Limits.isWithinDates(YearMonth.of(2199, 12))).isTrue();
    assertThat(Limits.isWithinDates(YearMonth.of(1899, 12))).isFalse();
    assertThat(Limits.isWithinDates(YearMonth.of(2200, 1))).isFalse();
  }
}
