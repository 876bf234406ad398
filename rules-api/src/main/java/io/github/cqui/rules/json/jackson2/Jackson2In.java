package io.github.cqui.rules.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cqui.rules.json.internal.JsonIn;
import io.github.cqui.rules.json.internal.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson 2 parser as the codecs' token stream: token kinds and literal text only, so no feature
 * of the mapper coerces what the codecs read. Its {@code IOException}s travel wrapped in {@link
 * UncheckedIOException}, unwrapped again by {@link CquiJackson2Module}'s deserializers.
 */
final class Jackson2In implements JsonIn {

  private final JsonParser parser;

  Jackson2In(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token token() {
    return kind(parser.currentToken());
  }

  @Override
  public Token next() {
    try {
      return kind(parser.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String text() {
    try {
      String text = parser.getText();
      return text == null ? "" : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Token kind(@Nullable JsonToken token) {
    if (token == null) {
      return Token.END;
    }
    return switch (token) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      default -> Token.OTHER;
    };
  }

  /**
   * The property path of the parser's current value in its document, e.g. {@code
   * claim.verifications[1]}; empty at the root.
   *
   * @param parser the parser, at the first token of a value or at the first name of an object
   * @return the path
   */
  static String pathOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (context != null
        && (token == JsonToken.START_OBJECT
            || token == JsonToken.START_ARRAY
            || token == JsonToken.FIELD_NAME)) {
      // the object or array just begun has its own context; the value's place is its parent's
      context = context.getParent();
    }
    StringBuilder path = new StringBuilder();
    append(path, context);
    return path.toString();
  }

  private static void append(StringBuilder path, @Nullable JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return;
    }
    append(path, context.getParent());
    if (context.inArray()) {
      path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
    } else {
      String name = context.getCurrentName();
      if (name != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
      }
    }
  }
}
