package org.careercoach.server.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.support.LocalS3;
import org.careercoach.server.support.Uploads;

/**
 * Upload throughput and the server's heap high-water mark for 1, 10 and 50 concurrent 5 MB uploads,
 * to the local store and to S3 (S3Proxy in this JVM). The server runs as its own process (the built
 * jar) so its heap is measured alone, sampled with jstat. Run: bench/uploads.sh.
 */
public final class UploadBenchmark {

  private static final int FILE_SIZE = 5 * 1024 * 1024;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "sync-server/target/sync-server.jar");
    System.out.printf(
        Locale.ROOT,
        "%d cores, %s; server JVM -Xmx512m; 5 MB files, each upload new content%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    try (LocalS3 s3 = LocalS3.start("bench")) {
      for (String store : List.of("local", "s3")) {
        Map<String, String> env =
            store.equals("s3")
                ? Map.of(
                    "AWS_S3_BUCKET_NAME",
                    "bench",
                    "AWS_ENDPOINT_URL",
                    s3.endpoint().toString(),
                    "COACH_S3_PATH_STYLE",
                    "true",
                    "AWS_ACCESS_KEY_ID",
                    LocalS3.ACCESS_KEY,
                    "AWS_SECRET_ACCESS_KEY",
                    LocalS3.SECRET_KEY)
                : Map.of();
        runAgainst(jar, store, env);
      }
    }
  }

  private static void runAgainst(Path jar, String store, Map<String, String> env) throws Exception {
    int port = 20000 + new Random().nextInt(20000);
    Path data = Files.createTempDirectory("coach-upload-bench");
    ProcessBuilder builder =
        new ProcessBuilder(
                "java",
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--coach.rate-limit.enabled=false",
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server.log").toFile());
    builder.environment().putAll(env);
    builder.environment().put("COACH_DATA_DIR", data.toString());
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    Process server = builder.start();
    try {
      String base = "http://127.0.0.1:" + port;
      waitUntilUp(base, server);
      String token = register(base);
      for (int concurrency : new int[] {1, 10, 50}) {
        measure(base, token, store, concurrency, server.pid());
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static void measure(String base, String token, String store, int concurrency, long pid)
      throws Exception {
    int uploads = Math.max(concurrency * 2, 10);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler = new Thread(() -> sampleHeap(pid, running, peakHeap));
    sampler.start();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      results.add(pool.submit(() -> upload(base, token)));
    }
    int ok = 0;
    for (Future<Integer> result : results) {
      ok += result.get() == 201 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    running.set(false);
    sampler.join();
    System.out.printf(
        Locale.ROOT,
        "%-5s concurrency %2d: %6.1f MB/s (%d of %d uploads ok in %.1f s), server heap high-water %d MB%n",
        store,
        concurrency,
        ok * (FILE_SIZE / 1048576.0) / seconds,
        ok,
        uploads,
        seconds,
        peakHeap.get() / 1024);
  }

  private static int upload(String base, String token) throws Exception {
    byte[] file = new byte[FILE_SIZE];
    new Random().nextBytes(file);
    byte[] header = Uploads.pdf("benchmark");
    System.arraycopy(header, 0, file, 0, header.length);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/resumes"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + Uploads.BOUNDARY)
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        Uploads.body(List.of(Uploads.file("cv.pdf", "application/pdf", file)))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  /** Heap in use (KB) after each jstat sample: young, survivor and old generations. */
  private static void sampleHeap(long pid, AtomicBoolean running, AtomicLong peak) {
    while (running.get()) {
      try {
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).start();
        try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
          String[] names = out.readLine().trim().split("\\s+");
          String[] values = out.readLine().trim().split("\\s+");
          double used = 0;
          for (int i = 0; i < names.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
              used += Double.parseDouble(values[i]);
            }
          }
          peak.accumulateAndGet((long) used, Math::max);
        }
        jstat.waitFor();
        Thread.sleep(50);
      } catch (Exception e) {
        return;
      }
    }
  }

  private static void waitUntilUp(String base, Process server) throws Exception {
    for (int i = 0; i < 240; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped while starting");
      }
      try {
        if (HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("the server did not start");
  }

  private static String register(String base) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"bench@bench.example\",\"password\":\"benchmark passphrase that is long\",\"name\":\"Bench\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return CoachJson.mapper().readTree(response.body()).get("accessToken").asString();
  }
}
