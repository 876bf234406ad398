package io.github.cqui.rules.json.internal;

import static io.github.cqui.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.Money;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The scalar and enum codecs and the paths of {@link Reading}, each read from a single token: what
 * a refusal names (the path, the value as shown, the rule) and what is accepted.
 */
class CodecsTest {

  /** A document of one token. */
  private record OneToken(Token token, String text) implements JsonIn {
    @Override
    public Token next() {
      return Token.END;
    }
  }

  private static Reading reading(Token token, String text) {
    return new Reading(new OneToken(token, text), "", "value");
  }

  enum Twelve {
    A1,
    A2,
    A3,
    A4,
    A5,
    A6,
    A7,
    A8,
    A9,
    A10,
    A11,
    A12
  }

  enum Thirteen {
    B1,
    B2,
    B3,
    B4,
    B5,
    B6,
    B7,
    B8,
    B9,
    B10,
    B11,
    B12,
    B13
  }

  enum Long100 {
    AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,
    BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
  }

  @Test
  void anUnknownNameListsUpToTwelveConstants() {
    assertRefused(
        () -> EnumCodec.byName(Twelve.class).readKey("A13", "grade"),
        "grade",
        "\"A13\"",
        "must be one of A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12");
    assertRefused(
        () -> EnumCodec.byName(Thirteen.class).readKey("B14", "grade"),
        "grade",
        "\"B14\"",
        "must be the name of a Thirteen constant such as B1");
    assertThat(EnumCodec.byName(Twelve.class).readKey("A12", "grade")).isEqualTo(Twelve.A12);
  }

  @Test
  void anEnumCodecWithItsOwnRuleSaysIt() {
    EnumCodec<Twelve> codec = new EnumCodec<>(Twelve.class, Enum::name, "must be a grade A1 … A12");
    assertRefused(() -> codec.readKey("Z", "grade"), "grade", "\"Z\"", "must be a grade A1 … A12");
    assertRefused(
        () -> codec.read(reading(Token.INTEGER, "3")),
        "value",
        "3",
        "must be a grade A1 … A12 (a name as a string, never a position)");
  }

  @Test
  void anEnumNameInAnotherCaseIsCorrectedUpToOneHundredCharacters() {
    String upper100 = Long100.values()[0].name();
    assertThat(upper100).hasSize(100);
    assertRefused(
        () -> EnumCodec.byName(Long100.class).readKey(upper100.toLowerCase(), "name"),
        "name",
        Reading.quoted(upper100.toLowerCase()),
        "names are case-sensitive: write \"" + upper100 + "\"");
    String upper101 = Long100.values()[1].name();
    assertThat(upper101).hasSize(101);
    assertRefused(
        () -> EnumCodec.byName(Long100.class).readKey(upper101.toLowerCase(), "name"),
        "name",
        Reading.quoted(upper101.toLowerCase()),
        "must be one of " + upper100 + ", " + upper101);
    assertRefused(
        () -> EnumCodec.byName(Twelve.class).readKey("a7", "grade"),
        "grade",
        "\"a7\"",
        "names are case-sensitive: write \"A7\"");
  }

  @Test
  void anEnumIsExpectedAsItsNameInAString() {
    assertThat(EnumCodec.byName(Twelve.class).expected())
        .isEqualTo("the name of a Twelve as a string");
    assertThat(EnumCodec.byName(Twelve.class).isKey()).isTrue();
  }

  @Test
  void onlyEnumsAreMapKeys() {
    assertThat(Scalars.MONEY.isKey()).isFalse();
    assertThat(Scalars.STRING.isKey()).isFalse();
    assertThat(CquiCodecs.INTERPRETATION.isKey()).isTrue();
  }

  @Test
  void scalarsSayWhatTheyExpectOfAWrongToken() {
    assertRefused(
        () -> Scalars.BOOLEAN.read(reading(Token.STRING, "yes")),
        "value",
        "\"yes\"",
        "must be true or false");
    assertThat(Scalars.BOOLEAN.expected()).isEqualTo("true or false");
    assertRefused(
        () -> Scalars.MONTH.read(reading(Token.TRUE, "true")),
        "value",
        "true",
        "must be a month \"yyyy-MM\" such as \"2025-09\"");
    assertRefused(
        () -> Scalars.PERIOD.read(reading(Token.TRUE, "true")),
        "value",
        "true",
        "must be an ISO-8601 period such as \"P6M\" or \"P1Y2M10D\"");
    assertRefused(
        () -> Scalars.MONEY.read(reading(Token.TRUE, "true")),
        "value",
        "true",
        "must be an amount in yuan as a decimal string such as \"2100.00\"");
  }

  @Test
  void aPeriodOfFortyCharactersIsReadAndAskedInItsOneForm() {
    String forty = "P" + "0".repeat(37) + "1Y";
    assertThat(forty).hasSize(40);
    assertRefused(
        () -> Scalars.PERIOD.read(reading(Token.STRING, forty)),
        "value",
        Reading.quoted(forty),
        "must be written \"P1Y\", the period's one ISO-8601 form");
    String fortyOne = "P" + "0".repeat(38) + "1Y";
    assertRefused(
        () -> Scalars.PERIOD.read(reading(Token.STRING, fortyOne)),
        "value",
        Reading.quoted(fortyOne),
        "must be an ISO-8601 period such as \"P6M\" or \"P1Y2M10D\"");
    assertThat(Scalars.PERIOD.read(reading(Token.STRING, "P6M"))).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void aRefusedAmountIsShownUpToFortyCharacters() {
    // Money.ofYuan shows the text in quotes: 38 characters and the quotes are 40
    String text38 = "1".repeat(20) + "x" + "1".repeat(17);
    assertRefused(
        () -> Scalars.MONEY.read(reading(Token.STRING, text38)),
        "value",
        "\"" + text38 + "\"",
        "must be a CNY amount in yuan such as 1234.56 or -0.05");
    String text39 = text38 + "1";
    assertRefused(
        () -> Scalars.MONEY.read(reading(Token.STRING, text39)),
        "value",
        ("\"" + text39 + "\"").substring(0, 40) + "… (41 characters)",
        "must be a CNY amount in yuan such as 1234.56 or -0.05");
    assertThat(Scalars.MONEY.read(reading(Token.STRING, "2100.00")))
        .isEqualTo(Money.ofYuan("2100.00"));
  }

  @Test
  void shortenKeepsFortyCharactersAndCutsLonger() {
    String forty = "9".repeat(40);
    assertThat(Reading.shorten(forty)).isEqualTo(forty);
    assertThat(Reading.shorten(forty + "9")).isEqualTo(forty + "… (41 characters)");
  }

  @Test
  void pathOfNamesAPropertyWithoutEnteringIt() {
    Reading in = new Reading(new OneToken(Token.START_OBJECT, "{"), "claim", "claim");
    assertThat(in.pathOf("tier")).isEqualTo("claim.tier");
    assertThat(in.path()).isEqualTo("claim");
    assertThat(in.pathOf("x".repeat(41)))
        .isEqualTo("claim." + "x".repeat(40) + "… (41 characters)");
    assertThat(new Reading(new OneToken(Token.STRING, "a"), "", "money").path()).isEqualTo("money");
  }
}
