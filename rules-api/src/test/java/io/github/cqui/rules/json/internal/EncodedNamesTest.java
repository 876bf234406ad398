package io.github.cqui.rules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Names are encoded once and kept, up to a bound past which they are encoded afresh. */
class EncodedNamesTest {

  @Test
  void aNameIsEncodedOnceAndTheSameFormReturned() {
    AtomicInteger encodings = new AtomicInteger();
    EncodedNames<String> names = counting(encodings, "\"", "\"");
    String first = names.of("receivedOn");
    assertThat(first).isEqualTo("\"receivedOn\"");
    assertThat(names.of("receivedOn")).isSameAs(first);
    assertThat(encodings).hasValue(1);
    assertThat(names.size()).isEqualTo(1);
  }

  @Test
  void pastTheBoundNamesAreEncodedAfreshAndNotKept() {
    AtomicInteger encodings = new AtomicInteger();
    EncodedNames<String> names = counting(encodings, "<", ">");
    for (int i = 0; i < EncodedNames.MAX_KEPT + 10; i++) {
      assertThat(names.of("n" + i)).isEqualTo("<n" + i + ">");
    }
    assertThat(names.size()).isEqualTo(EncodedNames.MAX_KEPT);
    int before = encodings.get();
    String late = "n" + (EncodedNames.MAX_KEPT + 5);
    assertThat(names.of(late)).isEqualTo("<" + late + ">");
    assertThat(names.of(late)).isEqualTo("<" + late + ">");
    assertThat(encodings.get()).isEqualTo(before + 2);
    assertThat(names.of("n0")).isEqualTo("<n0>");
    assertThat(encodings.get()).isEqualTo(before + 2);
  }

  /** Names "encoded" between two marks, each encoding counted. */
  private static EncodedNames<String> counting(AtomicInteger encodings, String open, String close) {
    return new EncodedNames<>(
        name -> {
          encodings.incrementAndGet();
          return open + name + close;
        });
  }
}
