package io.github.cqui.rules.json.jackson3;

import io.github.cqui.rules.json.internal.JsonIn;
import io.github.cqui.rules.json.internal.Token;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 3 parser as the codecs' token stream: token kinds and literal text only, so no feature
 * of the mapper coerces what the codecs read. Its exceptions pass through unchanged.
 */
final class Jackson3In implements JsonIn {

  private final JsonParser parser;

  Jackson3In(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token token() {
    return kind(parser.currentToken());
  }

  @Override
  public Token next() {
    return kind(parser.nextToken());
  }

  @Override
  public String text() {
    String text = parser.getString();
    return text == null ? "" : text;
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
      case PROPERTY_NAME -> Token.NAME;
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
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if (context != null
        && (token == JsonToken.START_OBJECT
            || token == JsonToken.START_ARRAY
            || token == JsonToken.PROPERTY_NAME)) {
      // the object or array just begun has its own context; the value's place is its parent's
      context = context.getParent();
    }
    StringBuilder path = new StringBuilder();
    append(path, context);
    return path.toString();
  }

  private static void append(StringBuilder path, @Nullable TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return;
    }
    append(path, context.getParent());
    if (context.inArray()) {
      path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
    } else {
      String name = context.currentName();
      if (name != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
      }
    }
  }
}
