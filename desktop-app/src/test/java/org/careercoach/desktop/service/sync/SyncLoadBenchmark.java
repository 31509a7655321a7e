package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.desktop.support.SyncServer;

/**
 * The server under many syncing clients on loopback: the real server jar (its own process, on a
 * fresh data folder) and {@code clients} devices, two per account, each with its own {@code
 * /events} stream open, each repeating a sync as the app does it: now and then a change to one of
 * its drafts ({@code PUT} with If-Match and an Idempotency-Key; a 409 adopts the server's version
 * and tries once more), then a pull from its cursor until {@code hasMore} is false. Between syncs
 * it waits a random think time averaging {@code thinkMs} (0: as fast as it can). Prints requests
 * per second and latency percentiles per kind. Not a test: run by {@code bench/sync.sh load}.
 *
 * <p>Arguments: clients (200), seconds measured (60), think time ms (1000), warm-up seconds (15).
 */
public final class SyncLoadBenchmark {

  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
  private static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern EVENT = Pattern.compile("event: ?draft");
  private static final int DRAFTS_PER_CLIENT = 5;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final Latencies puts = new Latencies();
  private final Latencies pulls = new Latencies();
  private final AtomicLong conflicts = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong events = new AtomicLong();
  private volatile boolean measuring;
  private volatile boolean running = true;

  private SyncLoadBenchmark(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int thinkMs = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    Path data = Files.createTempDirectory("coach-sync-load");
    SyncServer server =
        SyncServer.own(
            data,
            Map.of(
                "JWT_EXPIRES_IN",
                "1h",
                "LOGGING_LEVEL_ROOT",
                "WARN",
                "COACH_DRAFTS_PER_USER",
                "10000"));
    try {
      String base = server.address().url().toString();
      new SyncLoadBenchmark(base).run(clients, seconds, thinkMs, warmUp);
    } finally {
      server.stop();
    }
  }

  private void run(int clients, int seconds, int thinkMs, int warmUp) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s; %d clients (%d accounts x 2 devices), think %d ms, %d s measured after"
            + " %d s warm-up%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        clients,
        (clients + 1) / 2,
        thinkMs,
        seconds,
        warmUp);
    List<Client> devices = new ArrayList<>();
    for (int account = 0; account * 2 < clients; account++) {
      String email =
          "load-" + account + "-" + UUID.randomUUID().toString().substring(0, 6) + "@bench.example";
      String password = "benchmark passphrase that is long";
      String first =
          token(
              post(
                  "api/v1/auth/register",
                  "{\"email\":\""
                      + email
                      + "\",\"password\":\""
                      + password
                      + "\",\"name\":\"Load\"}"));
      devices.add(new Client(first, account * 2L));
      if (devices.size() < clients) {
        String second =
            token(
                post(
                    "api/v1/auth/login",
                    "{\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + password
                        + "\",\"deviceName\":\"second\"}"));
        devices.add(new Client(second, account * 2L + 1));
      }
    }
    CountDownLatch ready = new CountDownLatch(devices.size());
    List<Thread> threads = new ArrayList<>();
    for (Client client : devices) {
      Thread thread = new Thread(() -> client.loop(ready, thinkMs), "load-" + client.number);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    ready.await();
    Thread.sleep(warmUp * 1000L); // The benchmark's clock: warm-up, then the measured window.
    long start = System.nanoTime();
    measuring = true;
    Thread.sleep(seconds * 1000L);
    measuring = false;
    double elapsed = (System.nanoTime() - start) / 1e9;
    running = false;
    for (Thread thread : threads) {
      thread.join(10_000);
    }
    System.out.printf(
        Locale.ROOT,
        "requests %.0f/s (PUT %.0f/s, pulls %.0f/s); 409s %d; errors %d; events heard %d%n",
        (puts.count() + pulls.count()) / elapsed,
        puts.count() / elapsed,
        pulls.count() / elapsed,
        conflicts.get(),
        errors.get(),
        events.get());
    Latencies all = new Latencies();
    all.addAll(puts);
    all.addAll(pulls);
    all.print("all");
    puts.print("PUT");
    pulls.print("GET since");
  }

  /** One device: its token, its drafts and versions, its cursor. */
  private final class Client {
    private final String token;
    private final long number;
    private final Random random;
    private final UUID[] drafts = new UUID[DRAFTS_PER_CLIENT];
    private final long[] versions = new long[DRAFTS_PER_CLIENT];
    private String cursor = "0";
    private int edits;

    Client(String token, long number) {
      this.token = token;
      this.number = number;
      this.random = new Random(number);
    }

    void loop(CountDownLatch ready, int thinkMs) {
      try {
        listen();
        for (int i = 0; i < DRAFTS_PER_CLIENT; i++) {
          drafts[i] = UUID.randomUUID();
          versions[i] = version(put(drafts[i], null));
        }
        pull();
      } catch (IOException | InterruptedException failed) {
        errors.incrementAndGet();
        System.err.println("client " + number + " could not start: " + failed);
      } finally {
        ready.countDown();
      }
      while (running) {
        try {
          if (thinkMs > 0) {
            Thread.sleep((long) (thinkMs * 2 * random.nextDouble())); // Think time: the load.
          }
          if (random.nextInt(3) == 0) {
            edit(random.nextInt(DRAFTS_PER_CLIENT));
          }
          pull();
        } catch (IOException failed) {
          errors.incrementAndGet();
        } catch (InterruptedException stop) {
          return;
        }
      }
    }

    private void edit(int which) throws IOException, InterruptedException {
      HttpResponse<String> answer = put(drafts[which], versions[which]);
      if (answer.statusCode() == 409) {
        conflicts.incrementAndGet();
        versions[which] = number(VERSION, answer.body());
        answer = put(drafts[which], versions[which]);
      }
      if (answer.statusCode() == 200 || answer.statusCode() == 201) {
        versions[which] = number(VERSION, answer.body());
      } else if (answer.statusCode() != 409) {
        errors.incrementAndGet();
      }
    }

    private HttpResponse<String> put(UUID id, Long ifMatch)
        throws IOException, InterruptedException {
      String body =
          "{\"title\":\"Draft "
              + id.toString().substring(0, 8)
              + "\",\"resume\":{\"basics\":{\"name\":\"Load "
              + number
              + "\",\"summary\":\"Edit "
              + (edits++)
              + " by device "
              + number
              + "\"},\"work\":[{\"name\":\"Acme\",\"position\":\"Engineer\",\"highlights\":[\"Shipped"
              + " the sync engine\",\"Measured it\"]}]}}";
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + "api/v1/drafts/" + id))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .PUT(HttpRequest.BodyPublishers.ofString(body));
      if (ifMatch != null) {
        request.header("If-Match", "\"" + ifMatch + "\"");
      }
      long start = System.nanoTime();
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (measuring) {
        puts.add(System.nanoTime() - start);
      }
      return answer;
    }

    private void pull() throws IOException, InterruptedException {
      boolean more = true;
      while (more) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + "api/v1/drafts?limit=200&since=" + cursor))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (measuring) {
          pulls.add(System.nanoTime() - start);
        }
        if (answer.statusCode() != 200) {
          errors.incrementAndGet();
          return;
        }
        Matcher next = CURSOR.matcher(answer.body());
        if (!next.find()) {
          throw new IOException("No cursor in " + answer.body());
        }
        cursor = next.group(1);
        more = answer.body().contains("\"hasMore\":true");
      }
    }

    /** Opens this device's event stream and counts what it hears, as the app keeps one open. */
    private void listen() {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "api/v1/events"))
              .header("Authorization", "Bearer " + token)
              .header("Accept", "text/event-stream")
              .GET()
              .build();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
          .thenAccept(
              response -> {
                try (InputStream in = response.body()) {
                  byte[] buffer = new byte[4096];
                  int read;
                  while (running && (read = in.read(buffer)) >= 0) {
                    String text = new String(buffer, 0, read, StandardCharsets.UTF_8);
                    Matcher event = EVENT.matcher(text);
                    while (event.find()) {
                      events.incrementAndGet();
                    }
                  }
                } catch (IOException ended) {
                  // The stream ended with the benchmark.
                }
              });
    }
  }

  private String post(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IOException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private static String token(String body) throws IOException {
    Matcher token = TOKEN.matcher(body);
    if (!token.find()) {
      throw new IOException("No access token in " + body);
    }
    return token.group(1);
  }

  private static long version(HttpResponse<String> answer) throws IOException {
    if (answer.statusCode() >= 300) {
      throw new IOException("PUT answered " + answer.statusCode() + ": " + answer.body());
    }
    return number(VERSION, answer.body());
  }

  private static long number(Pattern pattern, String body) throws IOException {
    Matcher match = pattern.matcher(body);
    if (!match.find()) {
      throw new IOException("No " + pattern + " in " + body);
    }
    return Long.parseLong(match.group(1));
  }

  /** Latencies in nanoseconds, from many threads. */
  static final class Latencies {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
      synchronized (other) {
        for (int i = 0; i < other.size; i++) {
          add(other.values[i]);
        }
      }
    }

    synchronized int count() {
      return size;
    }

    synchronized void print(String what) {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-10s n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n",
          what,
          size,
          percentile(sorted, 0.50),
          percentile(sorted, 0.90),
          percentile(sorted, 0.99),
          size == 0 ? 0 : sorted[size - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
  }
}
