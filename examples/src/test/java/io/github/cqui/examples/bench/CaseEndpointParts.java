package io.github.cqui.examples.bench;

import io.github.cqui.core.Chongqing;
import io.github.cqui.examples.CaseFile;
import io.github.cqui.examples.CaseResult;
import io.github.cqui.examples.service.CquiService;
import io.github.cqui.examples.service.ServiceRequests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the time of one whole-case request goes, without the server (a benchmark, not a test): with
 * the service's own mapper and rules, the CPU time of each part of {@code POST /v1/cases} (reading
 * the case, the rules, writing the answer) beside the no-op's JSON work ({@code POST /v1/echo}),
 * one thread, after a warm-up. Compare with {@link ServiceBenchmark}, whose no-op rate is the
 * framework's own cost per request.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.cqui.examples.bench.CaseEndpointParts -Dexec.args="5"
 * </pre>
 */
public final class CaseEndpointParts {

  private CaseEndpointParts() {}

  /**
   * Runs it.
   *
   * @param args the seconds each part is measured (5), and optionally the start of the name of the
   *     one part to measure (e.g. {@code write}, for a profiler)
   */
  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    ConfigurableApplicationContext context =
        SpringApplication.run(CquiService.class, "--server.port=0", "--logging.level.root=WARN");
    try {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      Chongqing rules = context.getBean(Chongqing.class);
      byte[] request;
      try (InputStream in =
          Objects.requireNonNull(
              CaseEndpointParts.class.getResourceAsStream("/cases/suspension.json"))) {
        request = in.readAllBytes();
      }
      CaseFile file = mapper.readValue(request, CaseFile.class);
      CaseResult result =
          new CaseResult(
              rules.deadlines().reviewDeadline(file.application()),
              rules.benefits().ledger(file.claim()));
      byte[] answer = mapper.writeValueAsBytes(result);
      byte[] echo = "{\"text\":\"cqui\"}".getBytes(StandardCharsets.UTF_8);
      System.out.printf(
          Locale.ROOT,
          "request %d bytes, answer %d bytes (%d of them the ledger's explanation)%n",
          request.length,
          answer.length,
          mapper.writeValueAsBytes(result.ledger().explanation()).length);
      Part[] parts = {
        new Part("read the case", () -> mapper.readValue(request, CaseFile.class)),
        new Part("review deadline", () -> rules.deadlines().reviewDeadline(file.application())),
        new Part("ledger", () -> rules.benefits().ledger(file.claim())),
        new Part("write the answer", () -> mapper.writeValueAsBytes(result)),
        new Part(
            "whole case (no server)",
            () -> {
              CaseFile f = mapper.readValue(request, CaseFile.class);
              return mapper.writeValueAsBytes(
                  new CaseResult(
                      rules.deadlines().reviewDeadline(f.application()),
                      rules.benefits().ledger(f.claim())));
            }),
        new Part(
            "echo (no server)",
            () -> mapper.writeValueAsBytes(mapper.readValue(echo, ServiceRequests.Echo.class))),
      };
      for (int round = 0; round < 2; round++) {
        for (Part part : parts) {
          if (args.length > 1 && !part.name.startsWith(args[1])) {
            continue;
          }
          double micros = part.time(round == 0 ? seconds / 2 : seconds);
          if (round == 1) {
            System.out.printf(Locale.ROOT, "%-24s %9.1f µs%n", part.name, micros);
          }
        }
      }
    } finally {
      context.close();
    }
  }

  private interface Work {
    Object run() throws Exception;
  }

  private static final class Part {
    final String name;
    final Work work;
    static volatile Object sink;

    Part(String name, Work work) {
      this.name = name;
      this.work = work;
    }

    /** Microseconds per call, over {@code seconds}. */
    double time(double seconds) {
      long end = System.nanoTime() + (long) (seconds * 1e9);
      long calls = 0;
      long began = System.nanoTime();
      long now;
      try {
        do {
          for (int i = 0; i < 100; i++) {
            sink = work.run();
          }
          calls += 100;
          now = System.nanoTime();
        } while (now < end);
      } catch (Exception e) {
        throw new IllegalStateException(name, e);
      }
      return (now - began) / 1e3 / calls;
    }
  }
}
