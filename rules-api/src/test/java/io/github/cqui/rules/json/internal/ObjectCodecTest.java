package io.github.cqui.rules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.Citation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.benefit.ActualPayment;
import io.github.cqui.rules.benefit.SubsidyPeriod;
import io.github.cqui.rules.benefit.internal.ImmutableSubsidyPeriod;
import io.github.cqui.rules.internal.ImmutableCitation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An object codec defined afresh, as {@link CquiCodecs} defines the citation's, read from tokens:
 * its properties by name, the required one refused when absent, the optional one not; and the
 * mistakes a definition refuses.
 */
class ObjectCodecTest {

  /** The tokens of a document, with their texts. */
  private static final class Tokens implements JsonIn {
    private final List<Token> tokens = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private int at;

    Tokens add(Token token, String text) {
      tokens.add(token);
      texts.add(text);
      return this;
    }

    Tokens name(String name) {
      return add(Token.NAME, name);
    }

    Tokens string(String text) {
      return add(Token.STRING, text);
    }

    @Override
    public Token token() {
      return at < tokens.size() ? tokens.get(at) : Token.END;
    }

    @Override
    public Token next() {
      at++;
      return token();
    }

    @Override
    public String text() {
      return texts.get(at);
    }
  }

  private static ObjectCodec<Citation, ImmutableCitation.Builder> citationCodec() {
    return ObjectCodec.of(
            Citation.class, ImmutableCitation::builder, ImmutableCitation.Builder::build)
        .required("document", Scalars.STRING, Citation::document, (b, v) -> b.document(v))
        .optional("clause", Scalars.STRING, Citation::clause, (b, v) -> b.clause(v))
        .build();
  }

  private static Citation read(Tokens tokens) {
    return citationCodec().read(new Reading(tokens, "", "citation"));
  }

  @Test
  void readsEachPropertyByItsName() {
    Citation citation =
        read(
            new Tokens()
                .add(Token.START_OBJECT, "{")
                .name("document")
                .string("渝人社办〔2025〕112号")
                .name("clause")
                .string("一(二)")
                .add(Token.END_OBJECT, "}"));
    assertThat(citation).isEqualTo(LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)"));
    assertThat(citationCodec().propertyNames()).containsExactly("document", "clause");
  }

  @Test
  void anAbsentOptionalPropertyIsEmptyAndAnAbsentRequiredOneRefused() {
    Citation whole =
        read(
            new Tokens()
                .add(Token.START_OBJECT, "{")
                .name("document")
                .string("渝人社办〔2025〕112号")
                .add(Token.END_OBJECT, "}"));
    assertThat(whole.clause()).isEmpty();
    assertThatThrownBy(
            () ->
                read(
                    new Tokens()
                        .add(Token.START_OBJECT, "{")
                        .name("clause")
                        .string("一(二)")
                        .add(Token.END_OBJECT, "}")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("document");
              assertThat(e.value()).isEqualTo("absent");
              assertThat(e.rule()).isEqualTo("is required to build Citation");
            });
  }

  @Test
  void anObjectIsExpectedWithItsArticle() {
    assertThat(citationCodec().expected()).isEqualTo("a Citation object {…}");
    assertThat(CquiCodecs.exact(ActualPayment.class).expected())
        .isEqualTo("an ActualPayment object {…}");
  }

  @Test
  void aDefinitionRefusesTwoPropertiesOfOneName() {
    assertThatThrownBy(
            () ->
                ObjectCodec.of(
                        Citation.class,
                        ImmutableCitation::builder,
                        ImmutableCitation.Builder::build)
                    .required(
                        "document", Scalars.STRING, Citation::document, (b, v) -> b.document(v))
                    .required(
                        "document", Scalars.STRING, Citation::document, (b, v) -> b.document(v)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two properties named document");
  }

  @Test
  void theWholeValuesFieldMustBeNoProperty() {
    assertThatThrownBy(
            () ->
                ObjectCodec.of(
                        Citation.class,
                        ImmutableCitation::builder,
                        ImmutableCitation.Builder::build)
                    .required(
                        "document", Scalars.STRING, Citation::document, (b, v) -> b.document(v))
                    .wholeValueNamed("document")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("document is a property of Citation");
    ObjectCodec<Citation, ImmutableCitation.Builder> named =
        ObjectCodec.of(Citation.class, ImmutableCitation::builder, ImmutableCitation.Builder::build)
            .required("document", Scalars.STRING, Citation::document, (b, v) -> b.document(v))
            .optional("clause", Scalars.STRING, Citation::clause, (b, v) -> b.clause(v))
            .wholeValueNamed("citation")
            .build();
    assertThat(named.propertyNames()).containsExactly("document", "clause");
  }

  @Test
  void aMapOfStringsTakesANameOfMaxTextCharacters() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    ObjectCodec<Map, Map<String, String>> codec =
        ObjectCodec.<Map, Map<String, String>>of(Map.class, LinkedHashMap::new, b -> b)
            .strings("values", m -> m, (b, v) -> b.putAll(v))
            .build();
    String longest = "k".repeat(Reading.MAX_TEXT);
    Tokens tokens =
        new Tokens()
            .add(Token.START_OBJECT, "{")
            .name("values")
            .add(Token.START_OBJECT, "{")
            .name(longest)
            .string("v")
            .add(Token.END_OBJECT, "}")
            .add(Token.END_OBJECT, "}");
    assertThat(codec.read(new Reading(tokens, "", "step"))).isEqualTo(Map.of(longest, "v"));
    Tokens tooLong =
        new Tokens()
            .add(Token.START_OBJECT, "{")
            .name("values")
            .add(Token.START_OBJECT, "{")
            .name(longest + "k")
            .string("v")
            .add(Token.END_OBJECT, "}")
            .add(Token.END_OBJECT, "}");
    assertThatThrownBy(() -> codec.read(new Reading(tooLong, "", "step")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.rule()).isEqualTo("has a name longer than 10000 characters"));
  }

  @Test
  void theFirstAbsentRequiredPropertyIsNamedAtItsPath() {
    ObjectCodec<SubsidyPeriod, ImmutableSubsidyPeriod.Builder> codec =
        ObjectCodec.of(
                SubsidyPeriod.class,
                ImmutableSubsidyPeriod::builder,
                ImmutableSubsidyPeriod.Builder::build)
            .required("from", Scalars.MONTH, SubsidyPeriod::from, (b, v) -> b.from(v))
            .required("to", Scalars.MONTH, SubsidyPeriod::to, (b, v) -> b.to(v))
            .build();
    Tokens empty = new Tokens().add(Token.START_OBJECT, "{").add(Token.END_OBJECT, "}");
    assertThatThrownBy(() -> codec.read(new Reading(empty, "claim.subsidyPeriods[0]", "period")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("claim.subsidyPeriods[0].from");
              assertThat(e.value()).isEqualTo("absent");
              assertThat(e.rule()).isEqualTo("is required to build SubsidyPeriod");
            });
  }
}
