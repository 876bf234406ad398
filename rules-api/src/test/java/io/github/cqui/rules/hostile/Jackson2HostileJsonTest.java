package io.github.cqui.rules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqui.rules.Jackson2Mappers;
import io.github.cqui.rules.testing.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile JSON through Jackson 2 with cqui's module ({@link HostileJsonLaws}): every mutation of
 * every golden sample ({@link JsonMutations#sweep}) under the most lenient mapper a caller might
 * configure, then random mutations ({@link JsonMutations#random()}) under the usual mapper (the
 * jdk8 and jsr310 modules beside cqui's), {@code 10 × cqui.tries} of them. The counts by class go
 * to {@code target/hostile-json-jackson2.txt}. Jackson 3 is in {@link Jackson3HostileJsonTest}.
 */
class Jackson2HostileJsonTest {

  private static HostileJsonLaws.Line line(String name, ObjectMapper mapper) {
    return new HostileJsonLaws.Line() {
      @Override
      public String name() {
        return "Jackson 2, " + name;
      }

      @Override
      public Object read(String json, Class<?> type) throws Exception {
        return mapper.readValue(json, type);
      }

      @Override
      public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
      }

      @Override
      public boolean isDatabindException(Throwable thrown) {
        return thrown instanceof JsonMappingException;
      }
    };
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyHostileDocumentIsRefusedNamingAPathOrReadUnchanged() throws IOException {
    long start = System.nanoTime();
    HostileJsonLaws sweep =
        new HostileJsonLaws(line("lenient features", Jackson2Mappers.ALL.get("lenient features")));
    JsonMutations.sweep(sweep::check);
    long swept = System.nanoTime() - start;

    HostileJsonLaws random =
        new HostileJsonLaws(
            line("jdk8+jsr310, then module", Jackson2Mappers.ALL.get("jdk8+jsr310, then module")));
    Property.forAll("hostile JSON, Jackson 2", JsonMutations.random())
        .withMaxDraws(1_000)
        .check(
            10 * Integer.getInteger(Property.TRIES_PROPERTY, Property.DEFAULT_TRIES),
            random::check);
    long nanos = System.nanoTime() - start - swept;

    String report =
        sweep.tally.report("Jackson 2, every mutation of every sample", swept)
            + random.tally.report("Jackson 2, random mutations", nanos);
    Files.writeString(
        Path.of("target", "hostile-json-jackson2.txt"), report, StandardCharsets.UTF_8);
    assertThat(sweep.tally.total()).as(report).isGreaterThanOrEqualTo(10_000);
    assertThat(sweep.tally.byKind).as(report).hasSize(JsonMutations.Kind.values().length);
    assertThat(sweep.tally.moneyChecked).as(report).isPositive();
  }
}
