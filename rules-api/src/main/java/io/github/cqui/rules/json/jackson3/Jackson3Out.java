package io.github.cqui.rules.json.jackson3;

import io.github.cqui.rules.json.internal.EncodedNames;
import io.github.cqui.rules.json.internal.JsonOut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A Jackson 3 generator as the codecs' token sink, so the caller's pretty-printer and output
 * settings apply. Its exceptions pass through unchanged.
 */
final class Jackson3Out implements JsonOut {

  /** Property names encoded once (EncodedNames), as Jackson's bean serializers keep theirs. */
  static final EncodedNames<SerializedString> NAMES = new EncodedNames<>(SerializedString::new);

  private final JsonGenerator generator;

  Jackson3Out(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(NAMES.of(name));
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void integer(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
