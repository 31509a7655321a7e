package org.careercoach.desktop.service.uploads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.support.SyncServer;

/**
 * The resume-files service's figures against the real server jar (its own process, a fresh data
 * folder, limits off), on this computer:
 *
 * <ul>
 *   <li>a 5 MB PDF (new content each time) sent by the service — from the first byte written to the
 *       server's 201 — against {@code curl -F file=@…} to the same server, alternating, RUNS each;
 *   <li>the time from {@code add} to READ for a two-page PDF on the idle server (its parse job
 *       included), SAMPLES times.
 * </ul>
 *
 * Not a test: run by {@code bench/desktop-upload.sh [RUNS] [SAMPLES]}.
 */
public final class UploadBenchmark {

  private static final String PASSWORD = "benchmark passphrase that is long";
  private static final long FIVE_MB = 5L * 1024 * 1024;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    Path root = Files.createTempDirectory("coach-upload-bench");
    SyncServer server =
        SyncServer.own(
            root.resolve("server"),
            Map.of(
                "JWT_EXPIRES_IN", "1h",
                "COACH_UPLOADS_PER_HOUR", "0",
                // Off, so each sample meets an idle server instead of the global 10 jobs a minute.
                "COACH_JOB_RATE_LIMIT", "0",
                "COACH_STORAGE_QUOTA", "2GB"));
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    String email = SyncServer.uniqueEmail("bench");
    server.register(email, PASSWORD, "Bench");
    try (FilesDevice device =
        FilesDevice.signIn(
            server.address(),
            email,
            PASSWORD,
            root.resolve("app"),
            ResumeFilesService.Options.APP,
            new AtomicInteger())) {
      awaitOnline(device);
      throughput(server, email, device, root, runs);
      toRead(device, root, samples);
    } finally {
      server.stop();
    }
  }

  private static void throughput(
      SyncServer server, String email, FilesDevice device, Path root, int runs) throws Exception {
    String token = server.signIn(email, PASSWORD).get("accessToken").asString();
    String url = server.address().resolve("api/v1/resumes").toString();
    List<Double> app = new ArrayList<>();
    List<Double> curl = new ArrayList<>();
    for (int i = -1; i < runs; i++) { // the first round warms both up and is not counted
      Path mine = TestDocuments.ofSize(root.resolve("app-" + i + ".pdf"), "App " + i, FIVE_MB);
      Path theirs = TestDocuments.ofSize(root.resolve("curl-" + i + ".pdf"), "Curl " + i, FIVE_MB);
      double appSeconds = appUpload(device, mine);
      double curlSeconds = curlUpload(url, token, theirs);
      if (i >= 0) {
        app.add(Files.size(mine) / 1e6 / appSeconds);
        curl.add(Files.size(theirs) / 1e6 / curlSeconds);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "5 MB upload, %d runs each: service median %.1f MB/s (%s), curl median %.1f MB/s (%s)%n",
        runs,
        median(app),
        list(app),
        median(curl),
        list(curl));
  }

  /** Seconds from the first byte written to the server's answer. */
  private static double appUpload(FilesDevice device, Path file) throws Exception {
    AtomicLong started = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    String[] key = new String[1];
    Runnable stop =
        device
            .files
            .state()
            .subscribe(
                state ->
                    state.files().stream()
                        .filter(f -> f.key().equals(key[0]))
                        .findFirst()
                        .ifPresent(
                            f -> {
                              if (f.stage() == Stage.UPLOADING && f.sent() == 0) {
                                started.compareAndSet(0, System.nanoTime());
                              } else if (f.stage() != Stage.UPLOADING
                                  && f.stage() != Stage.WAITING) {
                                done.countDown();
                              }
                            }));
    // The key is known before the upload can start: it is the content's hash.
    key[0] =
        ResumeApi.hex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    long added = System.nanoTime();
    device.files.add(List.of(file));
    if (!done.await(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("The upload did not finish");
    }
    long ended = System.nanoTime();
    stop.run();
    long from = started.get() == 0 ? added : started.get();
    return (ended - from) / 1e9;
  }

  private static double curlUpload(String url, String token, Path file) throws Exception {
    Process curl =
        new ProcessBuilder(
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code} %{time_total}",
                "-H",
                "Authorization: Bearer " + token,
                "-F",
                "file=@" + file + ";type=application/pdf",
                url)
            .redirectErrorStream(true)
            .start();
    String out = new String(curl.getInputStream().readAllBytes()).strip();
    curl.waitFor();
    String[] parts = out.split(" ");
    if (!parts[0].equals("201")) {
      throw new IllegalStateException("curl: " + out);
    }
    return Double.parseDouble(parts[1]);
  }

  private static void toRead(FilesDevice device, Path root, int samples) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = -1; i < samples; i++) {
      Path cv =
          TestDocuments.twoPages(root.resolve("two-" + i + ".pdf"), "Ada " + UUID.randomUUID());
      String key =
          ResumeApi.hex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(cv)));
      CountDownLatch read = new CountDownLatch(1);
      Runnable stop =
          device.files.onRead(
              f -> {
                if (f.key().equals(key)) {
                  read.countDown();
                }
              });
      long added = System.nanoTime();
      device.files.add(List.of(cv));
      if (!read.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("Not read in 2 minutes");
      }
      stop.run();
      if (i >= 0) {
        millis.add((System.nanoTime() - added) / 1e6);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "add to READ, two-page PDF, idle server, n = %d: median %.0f ms, min %.0f, max %.0f (%s)%n",
        samples,
        median(millis),
        Collections.min(millis),
        Collections.max(millis),
        list(millis));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String list(List<Double> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(String.format(Locale.ROOT, "%.1f", v)));
    return String.join(", ", out);
  }

  /** Until the service says the server answers: told by its state, not polled. */
  private static void awaitOnline(FilesDevice device) throws Exception {
    CountDownLatch online = new CountDownLatch(1);
    Runnable stop =
        device
            .files
            .state()
            .subscribe(
                state -> {
                  if (state.availability() == Availability.ONLINE) {
                    online.countDown();
                  }
                });
    try {
      if (device.files.state().get().availability() == Availability.ONLINE) {
        online.countDown();
      }
      if (!online.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the service did not reach the server in 60 s");
      }
    } finally {
      stop.run();
    }
  }

  private UploadBenchmark() {}
}
