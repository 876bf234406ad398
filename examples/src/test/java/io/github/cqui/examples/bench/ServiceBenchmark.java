package io.github.cqui.examples.bench;

import io.github.cqui.examples.service.CquiService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JSON service under load (a benchmark, not a test: it is never run by the build): requests per
 * second and the 50th and 99th percentile latencies of the whole-case endpoint ({@code POST
 * /v1/cases} with the {@code suspension.json} sample case) beside two no-op endpoints of the same
 * server, at 1, 8 and 64 clients: {@code POST /v1/echo} (a small JSON object read and written back)
 * and {@code POST /v1/echo/repeated} (a request of about the case's size whose answer is about as
 * large as the whole case's), no rule called in either. The library's work costs no more than the
 * framework's own when the whole case keeps at least half of the no-op rate; the second no-op
 * separates the library's work from the framework's cost of moving an answer of that size.
 *
 * <p>The service is started in this JVM on an ephemeral loopback port with its default settings
 * (and Tomcat's keep-alive unbounded, {@code server.tomcat.max-keep-alive-requests=-1}); each
 * client is a thread sending one request after another over its own keep-alive connection ({@link
 * PlainHttpConnection}, the cheapest client: on two cores the load generator shares the processors
 * with the server), or with {@code --client=jdk} over one shared {@code java.net.http.HttpClient}.
 * Each step warms up, then measures; every answer must be a 200 or the run fails. Command and
 * figures: {@code docs/SERVICE.md}.
 *
 * <p>With {@code --url=http://127.0.0.1:PORT} it starts no service but drives one already running
 * in another JVM (started with {@code server.tomcat.max-keep-alive-requests=-1}), so that the
 * clients' own work (sending, reading the answers) runs outside the server's JVM.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.cqui.examples.bench.ServiceBenchmark \
 *     -Dexec.args="--warmup=3 --measure=8 --clients=1,8,64 --out=examples/target/service-benchmark.md"
 * </pre>
 */
public final class ServiceBenchmark {

  private ServiceBenchmark() {}

  /** One endpoint called with one body. */
  private record Endpoint(String name, String path, String body) {}

  /** The figures of one endpoint at one number of clients. */
  private record Figures(
      String endpoint, int clients, long requests, double seconds, double p50Ms, double p99Ms) {

    double rate() {
      return requests / seconds;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --warmup=SECONDS} (3), {@code --measure=SECONDS} (8), {@code
   *     --clients=1,8,64}, {@code --out=FILE} (also write the table there), {@code --url=BASE} (a
   *     service already running, instead of one started in this JVM), {@code --client=plain} (the
   *     default: one {@link PlainHttpConnection} per client) or {@code --client=jdk}
   */
  public static void main(String[] args) throws Exception {
    int warmup = 3;
    int measure = 8;
    int[] clients = {1, 8, 64};
    @Nullable Path out = null;
    @Nullable URI url = null;
    boolean jdkClient = false;
    for (String arg : args) {
      if (arg.startsWith("--warmup=")) {
        warmup = Integer.parseInt(arg.substring("--warmup=".length()));
      } else if (arg.startsWith("--measure=")) {
        measure = Integer.parseInt(arg.substring("--measure=".length()));
      } else if (arg.startsWith("--clients=")) {
        clients =
            Arrays.stream(arg.substring("--clients=".length()).split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
      } else if (arg.startsWith("--url=")) {
        url = URI.create(arg.substring("--url=".length()));
      } else if (arg.startsWith("--out=")) {
        out = Path.of(arg.substring("--out=".length()));
      } else if (arg.equals("--client=jdk")) {
        jdkClient = true;
      } else if (arg.equals("--client=plain")) {
        jdkClient = false;
      } else {
        throw new IllegalArgumentException(
            arg
                + ": expected --warmup=S, --measure=S, --clients=N,N,..., --out=FILE,"
                + " --url=BASE, --client=plain|jdk");
      }
    }

    @Nullable ConfigurableApplicationContext context =
        url != null
            ? null
            : SpringApplication.run(
                CquiService.class,
                "--server.port=0",
                "--logging.level.root=WARN",
                // Tomcat closes a connection after 100 requests by default; a client may then send
                // on a connection being closed ("header parser received no bytes"): keep them open
                "--server.tomcat.max-keep-alive-requests=-1");
    try {
      URI base =
          context == null
              ? Objects.requireNonNull(url)
              : URI.create(
                  "http://127.0.0.1:"
                      + ((WebServerApplicationContext) context).getWebServer().getPort());
      @Nullable HttpClient client =
          jdkClient
              ? HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(Duration.ofSeconds(10))
                  .build()
              : null;
      List<Endpoint> endpoints =
          List.of(
              new Endpoint("no-op `POST /v1/echo`", "/v1/echo", "{\"text\":\"cqui\"}"),
              new Endpoint("whole case `POST /v1/cases`", "/v1/cases", sample("suspension.json")),
              new Endpoint(
                  "no-op, answer as large `POST /v1/echo/repeated`",
                  "/v1/echo/repeated",
                  largeEcho()));

      // the JIT's first pass over both paths, before any step is measured
      for (Endpoint endpoint : endpoints) {
        run(client, base, endpoint, 8, warmup);
      }
      List<Figures> all = new ArrayList<>();
      for (int n : clients) {
        for (Endpoint endpoint : endpoints) {
          run(client, base, endpoint, n, warmup);
          Figures figures = run(client, base, endpoint, n, measure);
          System.out.println(line(figures));
          all.add(figures);
        }
      }
      String table = table(all, warmup, measure, context == null, jdkClient);
      System.out.println();
      System.out.println(table);
      if (out != null) {
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
      }
    } finally {
      if (context != null) {
        context.close();
      }
    }
  }

  /** One client's way of sending the endpoint's request: the status code of each answer. */
  private interface Caller extends AutoCloseable {
    int call() throws IOException, InterruptedException;

    String lastBody();

    @Override
    void close() throws IOException;
  }

  /** A caller over the JDK's {@link HttpClient} (shared), or over its own plain connection. */
  private static Caller caller(@Nullable HttpClient client, URI target, String body)
      throws IOException {
    if (client == null) {
      PlainHttpConnection connection = new PlainHttpConnection(target, body);
      return new Caller() {
        @Override
        public int call() throws IOException {
          return connection.send();
        }

        @Override
        public String lastBody() {
          return connection.lastBody();
        }

        @Override
        public void close() throws IOException {
          connection.close();
        }
      };
    }
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return new Caller() {
      private String last = "";

      @Override
      public int call() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        last = response.body();
        return response.statusCode();
      }

      @Override
      public String lastBody() {
        return last;
      }

      @Override
      public void close() {}
    };
  }

  /** {@code clients} threads calling one endpoint for {@code seconds}, every answer checked. */
  private static Figures run(
      @Nullable HttpClient client, URI base, Endpoint endpoint, int clients, int seconds)
      throws InterruptedException {
    URI target = base.resolve(endpoint.path());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong failures = new AtomicLong();
    List<String> firstFailure = new ArrayList<>();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int me = i;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1 << 14];
                int count = 0;
                try (Caller caller = caller(client, target, endpoint.body())) {
                  start.await();
                  while (!stop.get()) {
                    long begin = System.nanoTime();
                    int status = caller.call();
                    long took = System.nanoTime() - begin;
                    if (status != 200) {
                      failures.incrementAndGet();
                      synchronized (firstFailure) {
                        if (firstFailure.isEmpty()) {
                          firstFailure.add(status + " " + caller.lastBody());
                        }
                      }
                    }
                    if (count == mine.length) {
                      mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = took;
                  }
                } catch (IOException e) {
                  failures.incrementAndGet();
                  synchronized (firstFailure) {
                    firstFailure.add(e.toString());
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                latencies[me] = mine;
                counts[me] = count;
              },
              "client-" + i);
      threads.add(thread);
      thread.start();
    }
    long began = System.nanoTime();
    start.countDown();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - began) / 1e9;
    if (failures.get() > 0) {
      throw new IllegalStateException(
          endpoint.path() + ": " + failures.get() + " failed answers, the first: " + firstFailure);
    }
    int total = Arrays.stream(counts).sum();
    long[] merged = new long[total];
    int at = 0;
    for (int i = 0; i < clients; i++) {
      System.arraycopy(Objects.requireNonNull(latencies[i]), 0, merged, at, counts[i]);
      at += counts[i];
    }
    Arrays.sort(merged);
    return new Figures(
        endpoint.name(),
        clients,
        total,
        elapsed,
        percentile(merged, 0.50) / 1e6,
        percentile(merged, 0.99) / 1e6);
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static String line(Figures f) {
    return String.format(
        Locale.ROOT,
        "%-30s clients %3d: %8.0f requests/s, p50 %6.2f ms, p99 %6.2f ms (%d requests)",
        f.endpoint(),
        f.clients(),
        f.rate(),
        f.p50Ms(),
        f.p99Ms(),
        f.requests());
  }

  private static String table(
      List<Figures> all, int warmup, int measure, boolean apart, boolean jdkClient) {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "Java %s, %d processors, warm-up %d s, measurement %d s per step, clients %s, %s%n%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            warmup,
            measure,
            apart ? "in another JVM than the service" : "in the service's JVM",
            jdkClient
                ? "java.net.http.HttpClient (--client=jdk)"
                : "one plain keep-alive connection each (PlainHttpConnection)"));
    table.append(
        "| clients | endpoint | requests/s | p50 ms | p99 ms | no-op's rate per whole case's |\n");
    table.append("|---:|---|---:|---:|---:|---:|\n");
    // rows come three by three: the no-op, the whole case, the no-op as large as the whole case
    for (int i = 0; i < all.size(); i++) {
      Figures f = all.get(i);
      String ratio = "";
      if (i % 3 == 1) {
        ratio =
            String.format(
                Locale.ROOT,
                "whole case / no-op %.0f %%; / large no-op %.0f %%",
                100 * f.rate() / all.get(i - 1).rate(),
                100 * f.rate() / all.get(i + 1).rate());
      }
      table.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %.0f | %.2f | %.2f | %s |%n",
              f.clients(),
              f.endpoint(),
              f.rate(),
              f.p50Ms(),
              f.p99Ms(),
              ratio));
    }
    return table.toString();
  }

  /**
   * The request of the no-op whose answer is about as large as the whole case's, in the same mix of
   * ASCII and Chinese: a text of 20 rest days' JSON (1,060 bytes; the request 1,081 bytes, the
   * case's 1,093) written back 8 times (8,491 bytes; the whole case's answer is 8,411).
   */
  private static String largeEcho() {
    String unit = "{\\\"date\\\":\\\"2025-10-01\\\",\\\"festival\\\":\\\"国庆节\\\"},";
    return "{\"text\":\"" + unit.repeat(20) + "\",\"times\":8}";
  }

  private static String sample(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            ServiceBenchmark.class.getResourceAsStream("/cases/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
