package io.github.cqui.rules.json.internal;

/**
 * A stream of JSON tokens, the only thing the codecs read: an adapter of one Jackson line's parser
 * implements it. The codecs look at the token kinds and the literal text and nothing else, so no
 * setting of the caller's mapper (coercions, case-insensitive enums, unknown properties) plays a
 * part in what they accept.
 *
 * <p>An adapter passes its line's own errors (a malformed document) through unchanged, or, for
 * Jackson 2's checked {@code IOException}, wrapped in {@link java.io.UncheckedIOException} for its
 * own caller to unwrap.
 *
 * <p>Internal to cqui: not exported. Not thread-safe: one reader, one thread.
 */
public interface JsonIn {

  /**
   * The current token.
   *
   * @return its kind
   */
  Token token();

  /**
   * Moves to the next token.
   *
   * @return its kind; {@link Token#END} at the end of the input
   */
  Token next();

  /**
   * The literal text of the current token: the name of a {@link Token#NAME}, the value of a {@link
   * Token#STRING}, the digits of a number as written.
   *
   * @return the text
   */
  String text();
}
