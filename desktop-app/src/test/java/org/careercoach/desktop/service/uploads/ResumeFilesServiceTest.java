package org.careercoach.desktop.service.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careercoach.desktop.support.HeadlessDevice.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's HTTP details against a scripted server (the real store, a real SQLite file): 429
 * with Retry-After, a 413 in the server's words, progress as the body is written, cancelling in the
 * middle of the body, a redirect to storage followed without the session's token.
 */
class ResumeFilesServiceTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer storage = new MockWebServer();
  private final List<ResumeFile> listed = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> uploads = new CopyOnWriteArrayList<>();
  private final Map<String, String> storageAuth = new ConcurrentHashMap<>();
  private volatile Supplier<MockResponse> uploadAnswer = () -> json(503, "{}");
  private volatile byte[] stored = new byte[0];
  private FilesDevice device;

  private final class FakeServer extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      String method = request.getMethod();
      if (path.equals("/api/v1/auth/login")) {
        return json(
            200,
            "{\"accessToken\":\"access\",\"refreshToken\":\"refresh\","
                + "\"tokenType\":\"Bearer\",\"expiresIn\":3600}");
      }
      if (path.equals("/api/v1/me")) {
        return json(
            200,
            "{\"id\":\""
                + USER
                + "\",\"email\":\"ada@example.com\","
                + "\"name\":\"Ada\",\"roles\":[\"USER\"],\"emailVerified\":true}");
      }
      if (path.equals("/api/v1/events")) {
        return new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/event-stream")
            .body(": connected\n\n")
            .build();
      }
      if (path.equals("/api/v1/resumes") && method.equals("GET")) {
        return json(
            200,
            CoachJson.mapper()
                .writeValueAsString(new Page<>(List.copyOf(listed), listed.size(), 0, 100)));
      }
      if (path.equals("/api/v1/resumes") && method.equals("POST")) {
        uploads.add(request);
        return uploadAnswer.get();
      }
      if (path.endsWith("/content")) {
        return new MockResponse.Builder()
            .code(302)
            .setHeader("Location", storage.url("/bucket/object?signature=abc"))
            .build();
      }
      return json(404, "{\"title\":\"Not found\",\"status\":404}");
    }
  }

  private static final UUID USER = UUID.randomUUID();

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", code < 400 ? "application/json" : "application/problem+json")
        .body(body)
        .build();
  }

  private static MockResponse created(Path file, String name) throws Exception {
    return json(201, CoachJson.mapper().writeValueAsString(resumeFile(file, name)));
  }

  private static ResumeFile resumeFile(Path file, String name) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String sha = ResumeApi.hex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    return new ResumeFile(
        UUID.randomUUID(),
        name,
        "application/pdf",
        bytes.length,
        sha,
        ResumeStatus.QUEUED,
        Instant.now(),
        null);
  }

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new FakeServer());
    server.start();
    storage.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            storageAuth.put("auth", String.valueOf(request.getHeaders().get("Authorization")));
            return new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(stored))
                .build();
          }
        });
    storage.start();
    device =
        FilesDevice.signIn(
            ServerAddress.parse(server.url("/").toString()),
            "ada@example.com",
            "a long enough passphrase",
            dir.resolve("data"),
            FilesDevice.QUICK,
            new AtomicInteger());
    await(LIMIT, () -> device.files.state().get().availability() == Availability.ONLINE);
  }

  @AfterEach
  void stop() {
    device.close();
    server.close();
    storage.close();
  }

  private Optional<ResumeFileItem> item(String key) {
    return device.files.state().get().files().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private ResumeFileStore store() {
    return device.profiles.resumeFiles();
  }

  @Test
  void tooManyUploadsWaitsForRetryAfterAndSaysSo() throws Exception {
    uploadAnswer =
        () ->
            new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "30")
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"Too many requests\",\"status\":429}")
                .build();
    Path cv = TestDocuments.resume(dir.resolve("cv.pdf"), "Ada " + UUID.randomUUID());
    String key = device.files.add(List.of(cv)).get(0).key();

    await(
        LIMIT,
        () ->
            item(key).map(f -> f.stage() == Stage.WAITING && !f.problem().isEmpty()).orElse(false));
    assertThat(item(key).orElseThrow().problem()).contains("Try again in 30 seconds");
    ResumeFileStore.Queued row = store().queued(key).orElseThrow();
    assertThat(row.nextAttempt()).isAfter(Instant.now().plusSeconds(25));
    assertThat(uploads).hasSize(1);
  }

  @Test
  void aRefusalIsFinalAndInTheServersWords() throws Exception {
    uploadAnswer =
        () ->
            json(
                413,
                "{\"type\":\"urn:careercoach:problem:file-too-large\","
                    + "\"title\":\"File too large\",\"status\":413,"
                    + "\"detail\":\"This file is 3 MB; the largest upload is 2 MB.\"}");
    Path cv = TestDocuments.resume(dir.resolve("cv.pdf"), "Ada " + UUID.randomUUID());
    String key = device.files.add(List.of(cv)).get(0).key();

    await(LIMIT, () -> item(key).map(f -> f.stage() == Stage.REFUSED).orElse(false));
    assertThat(item(key).orElseThrow().problem())
        .isEqualTo("This file is 3 MB; the largest upload is 2 MB.");
    device.files.refresh();
    device.files.add(List.of()); // wakes the uploader
    await(LIMIT, () -> server.getRequestCount() > uploads.size() + 3);
    assertThat(uploads).hasSize(1);
    assertThat(store().queued(key).orElseThrow().state())
        .isEqualTo(ResumeFileStore.QueueState.REFUSED);
  }

  @Test
  void progressCountsTheBytesAsTheBodyIsWritten() throws Exception {
    Path cv = TestDocuments.ofSize(dir.resolve("big.pdf"), "Ada", 2_000_000);
    uploadAnswer =
        () -> {
          try {
            return created(cv, "big.pdf");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    List<Long> seen = new CopyOnWriteArrayList<>();
    device
        .files
        .state()
        .subscribe(
            s ->
                s.files().stream()
                    .filter(f -> f.stage() == Stage.UPLOADING)
                    .forEach(f -> seen.add(f.sent())));
    String key = device.files.add(List.of(cv)).get(0).key();

    await(LIMIT, () -> item(key).map(f -> f.stage() == Stage.QUEUED).orElse(false));
    long size = Files.size(cv);
    assertThat(seen).isSorted().contains(size);
    assertThat(seen.size()).isGreaterThan(5); // throttled, yet more than a start and an end
    for (int i = 1; i < seen.size(); i++) {
      long step = seen.get(i) - seen.get(i - 1);
      assertThat(step).isLessThanOrEqualTo(UploadBody.STEP + 16 * 1024);
    }
    assertThat(uploads.get(0).getBodySize()).isGreaterThan(size); // the file, in its multipart
    assertThat(store().queued(key)).isEmpty();
    assertThat(store().copyOf(key)).exists(); // kept as the original
  }

  @Test
  void cancelInTheMiddleOfTheBodyStopsTheCallAndForgetsTheFile() throws Exception {
    Path cv = TestDocuments.ofSize(dir.resolve("big.pdf"), "Ada", 4_000_000);
    uploadAnswer =
        () -> {
          try {
            return created(cv, "big.pdf");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    AtomicInteger cancels = new AtomicInteger();
    String[] key = new String[1];
    device
        .files
        .state()
        .subscribe(
            s ->
                s.files().stream()
                    .filter(f -> f.stage() == Stage.UPLOADING && f.sent() >= 256 * 1024)
                    .findFirst()
                    .ifPresent(
                        f -> {
                          if (cancels.getAndIncrement() == 0) {
                            device.files.cancel(
                                f.key()); // on the uploader's thread, inside the body's write
                          }
                        }));
    key[0] = device.files.add(List.of(cv)).get(0).key();

    await(LIMIT, () -> item(key[0]).isEmpty() && cancels.get() > 0);
    assertThat(store().queued(key[0])).isEmpty();
    assertThat(store().copyOf(key[0])).doesNotExist();
    long size = Files.size(cv);
    assertThat(uploads.stream().filter(r -> r.getFailure() == null && r.getBodySize() > size))
        .isEmpty();
    assertThat(device.files.state().get().files()).isEmpty();
  }

  @Test
  void theOriginalIsFetchedFromStorageWithoutTheSessionsToken() throws Exception {
    Path elsewhere = TestDocuments.resume(dir.resolve("other.pdf"), "Ada " + UUID.randomUUID());
    stored = Files.readAllBytes(elsewhere);
    ResumeFile onServer = resumeFile(elsewhere, "other.pdf");
    listed.add(onServer);
    device.files.refresh();
    await(LIMIT, () -> item(onServer.sha256()).isPresent());

    Path original = device.files.original(onServer.sha256());

    assertThat(original).hasBinaryContent(stored);
    assertThat(storageAuth.get("auth")).isEqualTo("null");
    // Content that is not what was uploaded is not kept.
    Files.delete(original);
    stored = "%PDF-1.7 something else".getBytes();
    assertThatThrownBy(() -> device.files.original(onServer.sha256()))
        .isInstanceOf(ResumeFilesException.class)
        .hasMessageContaining("its content differs");
    assertThat(store().copyOf(onServer.sha256())).doesNotExist();
  }

  @Test
  void addingChecksTheContentNotTheName() throws Exception {
    Path png = dir.resolve("cv.pdf");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path text = Files.writeString(dir.resolve("cv.docx"), "Ada Lovelace\nEngineer\n");
    List<AddResult> results = device.files.add(List.of(png, text));
    assertThat(results.get(0).outcome()).isEqualTo(AddResult.Outcome.REFUSED);
    assertThat(results.get(0).message()).contains("judged by its content");
    assertThat(results.get(1).outcome()).isEqualTo(AddResult.Outcome.QUEUED);
    assertThat(store().queued(results.get(1).key()).orElseThrow().contentType())
        .isEqualTo("text/plain");
    assertThat(new ArrayList<>(store().queue())).hasSize(1);
  }
}
