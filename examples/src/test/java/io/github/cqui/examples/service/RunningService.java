package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.json.jackson3.CquiJackson3Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started once for every end-to-end test of this JVM on an ephemeral port of the
 * loopback interface, and a client that calls it over the socket with {@link HttpClient}.
 *
 * <p>Configured as an integrator would: the illustrative 2027 schedule file of the examples ({@code
 * holidays/illustrative-2027.json}) added with {@code cqui.holidays}, and the office-hours cut-off
 * of I-1 at 17:00 with {@code cqui.switches}; everything else at its default (STRICT coverage, so
 * 2028 is refused). The context is closed when the JVM exits.
 *
 * <p>A second service, {@link #provisional()}, is configured with {@code
 * cqui.coverage-mode=PROVISIONAL} and no schedule file: 2027, whose notice is not bundled, is
 * answered provisionally (I-5).
 */
final class RunningService {

  /** The client side's mapper: the library's module, nothing of the service. */
  static final JsonMapper JSON = JsonMapper.builder().addModule(new CquiJackson3Module()).build();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final Set<String> RECORDED = ConcurrentHashMap.newKeySet();

  private static final class Holder {
    static final RunningService SERVICE =
        new RunningService(
            "",
            "--cqui.holidays=" + resource("/holidays/illustrative-2027.json"),
            "--cqui.switches={\"officeHoursCutoff\":\"17:00\"}");
  }

  private static final class ProvisionalHolder {
    static final RunningService SERVICE =
        new RunningService("provisional_", "--cqui.coverage-mode=PROVISIONAL");
  }

  private final ConfigurableApplicationContext context;
  private final URI base;
  private final String label;

  private RunningService(String label, String... settings) {
    this.label = label;
    String[] args = new String[settings.length + 2];
    args[0] = "--server.port=0";
    System.arraycopy(settings, 0, args, 1, settings.length);
    args[args.length - 1] = "--logging.level.root=WARN";
    context = SpringApplication.run(CquiService.class, args);
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    base = URI.create("http://127.0.0.1:" + port);
  }

  /** The service, started on the first call. */
  static RunningService get() {
    return Holder.SERVICE;
  }

  /**
   * The service in the provisional coverage mode, with the bundled calendar only (2027 is
   * provisional), started on the first call.
   */
  static RunningService provisional() {
    return ProvisionalHolder.SERVICE;
  }

  /** The application context, for the tests that look at the configuration it holds. */
  ConfigurableApplicationContext context() {
    return context;
  }

  /** The service's address, {@code http://127.0.0.1:PORT}. */
  URI base() {
    return base;
  }

  /** A file of the examples' class path, as a path. */
  static Path resource(String name) {
    URL url = Objects.requireNonNull(RunningService.class.getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code POST path} with a JSON body. */
  Answer post(String path, String json) {
    Answer answer =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    record(label, "POST", path, json, answer);
    return answer;
  }

  /**
   * Keeps the first exchange of each method, path, status and problem type in {@code
   * target/service-examples/} (request and answer as they went over the socket), the source of the
   * examples in {@code docs/SERVICE.md}.
   */
  private static void record(
      String label, String method, String path, String request, Answer answer) {
    String kind = "";
    if (answer.contentType().startsWith("application/problem+json")) {
      String type = answer.json().path("type").asString("");
      kind = "_" + type.substring(type.lastIndexOf('#') + 1);
    }
    String name = label + method + path.replace('/', '_') + "_" + answer.status() + kind + ".json";
    if (RECORDED.add(name)) {
      try {
        Path directory = Files.createDirectories(Path.of("target", "service-examples"));
        String exchange =
            "{\"method\":"
                + JSON.writeValueAsString(method)
                + ",\"path\":"
                + JSON.writeValueAsString(path)
                + ",\"request\":"
                + JSON.writeValueAsString(request)
                + ",\"status\":"
                + answer.status()
                + ",\"contentType\":"
                + JSON.writeValueAsString(answer.contentType())
                + ",\"response\":"
                + JSON.writeValueAsString(answer.body())
                + "}";
        Files.writeString(directory.resolve(name), exchange);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code POST path} with a library value written as the library's JSON. */
  Answer post(String path, Object value) {
    return post(path, JSON.writeValueAsString(value));
  }

  /** {@code GET path}. */
  Answer get(String path) {
    Answer answer = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    record(label, "GET", path, "", answer);
    return answer;
  }

  /** Sends a request and reads the whole answer. */
  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Length"),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An answer of the service.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body
   */
  record Answer(int status, String contentType, Optional<String> contentLength, String body) {

    /** The body read as a library value, after checking that the answer is a 200 JSON one. */
    <T> T as(Class<T> type) {
      assertThat(status).as(body).isEqualTo(200);
      assertThat(contentType).startsWith("application/json");
      return JSON.readValue(body, type);
    }

    /** The body as a JSON tree. */
    JsonNode json() {
      return JSON.readTree(body);
    }

    /** The problem detail of a refusal, after checking its status and content type. */
    JsonNode problem(int expectedStatus) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(contentType).startsWith("application/problem+json");
      return json();
    }
  }
}
