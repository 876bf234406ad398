package io.github.cqui.rules.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.cqui.rules.json.internal.EncodedNames;
import io.github.cqui.rules.json.internal.JsonOut;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 generator as the codecs' token sink, so the caller's pretty-printer and output
 * settings apply. Its {@code IOException}s travel wrapped in {@link UncheckedIOException},
 * unwrapped again by {@link CquiJackson2Module}'s serializers.
 */
final class Jackson2Out implements JsonOut {

  /** Property names encoded once (EncodedNames), as Jackson's bean serializers keep theirs. */
  static final EncodedNames<SerializedString> NAMES = new EncodedNames<>(SerializedString::new);

  private final JsonGenerator generator;

  Jackson2Out(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      generator.writeFieldName(NAMES.of(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void integer(long value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
