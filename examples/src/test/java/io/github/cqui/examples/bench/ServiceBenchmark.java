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
 * /v1/cases} with the {@code suspension.json} sample case) beside the no-op endpoint of the same
 * server ({@code POST /v1/echo}, a small JSON object read and written back, no rule called), at 1,
 * 8 and 64 clients. The library's work costs no more than the framework's own when the whole case
 * keeps at least half of the no-op rate.
 *
 * <p>The service is started in this JVM on an ephemeral loopback port with its default settings
 * (and Tomcat's keep-alive unbounded, {@code server.tomcat.max-keep-alive-requests=-1}); each
 * client is a thread sending one request after another over {@link HttpClient} (HTTP/1.1, one
 * shared client, keep-alive). Each step warms up, then measures; every answer must be a 200 or the
 * run fails. Command and figures: {@code docs/SERVICE.md}.
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
   *     service already running, instead of one started in this JVM)
   */
  public static void main(String[] args) throws Exception {
    int warmup = 3;
    int measure = 8;
    int[] clients = {1, 8, 64};
    @Nullable Path out = null;
    @Nullable URI url = null;
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
      } else {
        throw new IllegalArgumentException(
            arg
                + ": expected --warmup=S, --measure=S, --clients=N,N,..., --out=FILE,"
                + " --url=BASE");
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
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      List<Endpoint> endpoints =
          List.of(
              new Endpoint("no-op `POST /v1/echo`", "/v1/echo", "{\"text\":\"cqui\"}"),
              new Endpoint("whole case `POST /v1/cases`", "/v1/cases", sample("suspension.json")));

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
      String table = table(all, warmup, measure, context == null);
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

  /** {@code clients} threads calling one endpoint for {@code seconds}, every answer checked. */
  private static Figures run(
      HttpClient client, URI base, Endpoint endpoint, int clients, int seconds)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(endpoint.path()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(endpoint.body()))
            .build();
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
                try {
                  start.await();
                  while (!stop.get()) {
                    long begin = System.nanoTime();
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - begin;
                    if (response.statusCode() != 200) {
                      failures.incrementAndGet();
                      synchronized (firstFailure) {
                        if (firstFailure.isEmpty()) {
                          firstFailure.add(response.statusCode() + " " + response.body());
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

  private static String table(List<Figures> all, int warmup, int measure, boolean apart) {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "Java %s, %d processors, warm-up %d s, measurement %d s per step, clients %s%n%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            warmup,
            measure,
            apart ? "in another JVM than the service" : "in the service's JVM"));
    table.append("| clients | endpoint | requests/s | p50 ms | p99 ms | whole case / no-op |\n");
    table.append("|---:|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < all.size(); i++) {
      Figures f = all.get(i);
      String ratio = "";
      if (i % 2 == 1) {
        ratio = String.format(Locale.ROOT, "%.0f %%", 100 * f.rate() / all.get(i - 1).rate());
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
