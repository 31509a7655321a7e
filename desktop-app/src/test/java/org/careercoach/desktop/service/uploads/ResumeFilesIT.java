package org.careercoach.desktop.service.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careercoach.desktop.support.HeadlessDevice.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The resume-files service against the real server jar, on a server of this class's own: parse
 * workers off at first (so a file stays queued for parsing across a restart); restarted with a
 * smaller storage quota to refuse a file the app queued by the rules it read before. Each parse
 * runs in a child JVM ({@code COACH_JOB_ISOLATE_HEAP}: seconds, not milliseconds) and a stopping
 * server hands running jobs back at once ({@code COACH_JOB_SHUTDOWN_GRACE}), so a restart can fall
 * in the middle of a parse.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResumeFilesIT {

  private static final String PASSWORD = "a long enough passphrase";
  private static final long SMALL_QUOTA = 256 * 1024;
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final int MID_PARSE_TRIES = 3;
  private static SyncServer server;

  /** Whether the running server was started with its parse workers on. */
  private static boolean workersOn;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    server =
        SyncServer.own(
            Files.createTempDirectory("coach-files-it"),
            Map.of(
                "COACH_JOB_WORKERS", "false",
                "COACH_JOB_RECONCILE_EVERY", "2s",
                "COACH_JOB_ISOLATE_HEAP", "256m",
                "COACH_JOB_SHUTDOWN_GRACE", "10ms"));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  private String account(String who) throws IOException {
    String email = SyncServer.uniqueEmail(who);
    server.register(email, PASSWORD, who);
    return email;
  }

  private FilesDevice device(String email, Path data, AtomicInteger uploads) throws Exception {
    FilesDevice device =
        FilesDevice.signIn(server.address(), email, PASSWORD, data, FilesDevice.QUICK, uploads);
    await(LIMIT, () -> device.files.state().get().availability() != Availability.SIGNED_OUT);
    return device;
  }

  private static Optional<ResumeFileItem> item(FilesDevice device, String key) {
    return device.files.state().get().files().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static boolean at(FilesDevice device, String key, Stage stage) {
    return item(device, key).map(f -> f.stage() == stage).orElse(false);
  }

  /** The account's files as the server lists them (not as the app shows them). */
  private List<ResumeFile> serverList(String email) throws IOException {
    String token = server.signIn(email, PASSWORD).get("accessToken").asString();
    Request list =
        new Request.Builder()
            .url(
                server
                    .address()
                    .resolve("api/v1/resumes")
                    .newBuilder()
                    .addQueryParameter("size", "100")
                    .build())
            .header("Authorization", "Bearer " + token)
            .build();
    try (Response response = new OkHttpClient().newCall(list).execute()) {
      assertThat(response.code()).isEqualTo(200);
      return CoachJson.mapper()
          .readValue(response.body().bytes(), new TypeReference<Page<ResumeFile>>() {})
          .items();
    }
  }

  @Test
  @Order(1)
  void theSameContentAddedTwiceIsUploadedOnce() throws Exception {
    server.ensureRunning();
    String email = account("dup");
    AtomicInteger uploads = new AtomicInteger();
    Path cv = TestDocuments.resume(dir.resolve("cv.pdf"), "Dana Dup", "id " + UUID.randomUUID());
    Path renamed = Files.copy(cv, dir.resolve("copy of cv.pdf"));
    try (FilesDevice device = device(email, dir.resolve("data"), uploads)) {
      List<AddResult> first = device.files.add(List.of(cv, renamed));
      assertThat(first)
          .extracting(AddResult::outcome)
          .containsExactly(AddResult.Outcome.QUEUED, AddResult.Outcome.DUPLICATE);
      assertThat(first.get(1).message()).contains("cv.pdf");
      String key = first.get(0).key();
      await(LIMIT, () -> at(device, key, Stage.QUEUED)); // on the server, waiting for a reader
      // The server's event can arrive before the upload's own response reaches the counter.
      await(LIMIT, () -> uploads.get() >= 1);

      // Once uploaded, the server's list is what recognises it.
      Path third = Files.copy(cv, dir.resolve("third.pdf"));
      assertThat(device.files.add(List.of(third)).get(0).outcome())
          .isEqualTo(AddResult.Outcome.DUPLICATE);
    }
    assertThat(uploads.get()).isEqualTo(1);
    assertThat(serverList(email))
        .singleElement()
        .extracting(ResumeFile::filename)
        .isEqualTo("cv.pdf");
  }

  @Test
  @Order(2)
  void aFileTheServerRefusesShowsItsWordsAndIsNotSentAgain() throws Exception {
    server.ensureRunning();
    String email = account("refused");
    AtomicInteger uploads = new AtomicInteger();
    Path big = dir.resolve("long resume.txt");
    Files.writeString(
        big,
        ("Dana Refused, engineer. " + UUID.randomUUID() + "\n").repeat(8000),
        StandardCharsets.UTF_8);
    assertThat(Files.size(big)).isGreaterThan(SMALL_QUOTA);
    Path data = dir.resolve("data");
    try (FilesDevice device = device(email, data, uploads)) {
      await(LIMIT, () -> device.files.state().get().capabilities().isPresent());
      assertThat(device.files.state().get().capabilities().orElseThrow().storageQuotaBytes())
          .isGreaterThan(Files.size(big));
      // The operator lowers the quota while this computer is cut off: it adds the file by the
      // rules it last read, which the server no longer has.
      server.stop();
      server.setting("COACH_STORAGE_QUOTA", SMALL_QUOTA + "B");
      AddResult added = device.files.add(List.of(big)).get(0);
      assertThat(added.outcome()).isEqualTo(AddResult.Outcome.QUEUED);
      server.start();

      await(Duration.ofSeconds(90), () -> at(device, added.key(), Stage.REFUSED));
      assertThat(item(device, added.key()).orElseThrow().problem())
          .contains("does not fit")
          .contains("Delete resumes you no longer need");
      assertThat(uploads.get()).isEqualTo(1);
      // The rules are read again: the same file is now refused before a byte is sent.
      await(
          LIMIT,
          () ->
              device.files.state().get().capabilities().orElseThrow().storageQuotaBytes()
                  == SMALL_QUOTA);
      Path again = Files.copy(big, dir.resolve("again.txt"));
      Files.writeString(again, "another line\n", java.nio.file.StandardOpenOption.APPEND);
      AddResult refusedHere = device.files.add(List.of(again)).get(0);
      assertThat(refusedHere.outcome()).isEqualTo(AddResult.Outcome.REFUSED);
      assertThat(refusedHere.message()).contains("does not fit");
      device.files.refresh();
    }
    server.ensureRunning(); // the small quota stays: the next test's files are small
    // A restart (and the server back) does not send the refused file again.
    try (FilesDevice restarted = device(email, data, uploads)) {
      await(LIMIT, () -> restarted.files.state().get().availability() == Availability.ONLINE);
      assertThat(restarted.files.state().get().files())
          .singleElement()
          .extracting(ResumeFileItem::stage)
          .isEqualTo(Stage.REFUSED);
    }
    assertThat(uploads.get()).isEqualTo(1);
    assertThat(serverList(email)).isEmpty();
  }

  /**
   * (a) Offline queue: the server is down, a file is added, the app quits and starts again on the
   * same folder, the server comes back: the file is uploaded exactly once. (b) Meanwhile another
   * device's file waited on the server for its parse (workers off) when the server restarted
   * (workers on): that device reconnects by itself and shows it read.
   */
  @Test
  @Order(3)
  void theQueueSurvivesAnOfflineRestartAndAFileWaitingToBeReadIsShownReadAfterTheServerRestarts()
      throws Exception {
    server.ensureRunning();
    String email = account("offline");
    AtomicInteger uploadsA = new AtomicInteger();
    AtomicInteger uploadsB = new AtomicInteger();
    Path waiting = TestDocuments.twoPages(dir.resolve("waiting.pdf"), "Wanda " + UUID.randomUUID());
    Path offline = TestDocuments.twoPages(dir.resolve("offline.pdf"), "Otto " + UUID.randomUUID());
    Path dataB = dir.resolve("b");
    try (FilesDevice a = device(email, dir.resolve("a"), uploadsA)) {
      String waitingKey = a.files.add(List.of(waiting)).get(0).key();
      await(LIMIT, () -> at(a, waitingKey, Stage.QUEUED));
      java.util.List<ResumeFileItem> readNews = new java.util.concurrent.CopyOnWriteArrayList<>();
      a.files.onRead(readNews::add);

      FilesDevice b = device(email, dataB, uploadsB);
      await(LIMIT, () -> b.files.state().get().availability() == Availability.ONLINE);
      server.stop();
      AddResult added = b.files.add(List.of(offline)).get(0);
      assertThat(added.outcome()).isEqualTo(AddResult.Outcome.QUEUED);
      await(
          LIMIT,
          () ->
              at(b, added.key(), Stage.WAITING)
                  && !item(b, added.key()).orElseThrow().problem().isEmpty());
      assertThat(b.files.state().get().availability()).isEqualTo(Availability.OFFLINE);
      b.close(); // the app quits with the file in its queue
      Files.delete(offline); // the original is gone: the copy in the profile's folder is what goes
      assertThat(uploadsB.get()).isZero();

      server.setting("COACH_JOB_WORKERS", "true");
      server.start();
      workersOn = true;
      try (FilesDevice b2 = device(email, dataB, uploadsB)) {
        await(LIMIT, () -> at(b2, added.key(), Stage.READ));
      }
      assertThat(uploadsB.get()).isEqualTo(1);

      // Device A stayed on through the restart: it reconnected and heard (or caught up).
      await(Duration.ofSeconds(90), () -> at(a, waitingKey, Stage.READ));
      await(LIMIT, () -> readNews.stream().anyMatch(f -> f.key().equals(waitingKey)));
      ParsedFile parsed = a.files.parsed(waitingKey);
      assertThat(parsed.resume()).isNotNull();
      assertThat(parsed.file().stage()).isEqualTo(Stage.READ);
    } finally {
      server.setting("COACH_JOB_WORKERS", "false");
    }
    assertThat(serverList(email))
        .extracting(ResumeFile::filename)
        .containsExactlyInAnyOrder("waiting.pdf", "offline.pdf");
  }

  /**
   * Events: the server restarts (SIGTERM, as an operator's) while it reads a file. The job is
   * handed back unfinished (ADR 0008: queued again, the attempt not counted) and runs once after
   * the restart; the app, still on, reconnects its one event stream by itself and shows the file
   * read: uploaded once, parsed once. A parse that ended before the stop proves nothing: another
   * file is tried then.
   */
  @Test
  @Order(4)
  void aFileBeingReadWhenTheServerRestartsIsShownReadAfterwards() throws Exception {
    server.setting("COACH_JOB_WORKERS", "true");
    if (!workersOn) {
      server.stop();
      server.start();
      workersOn = true;
    }
    server.ensureRunning();
    String email = account("midparse");
    AtomicInteger uploads = new AtomicInteger();
    try (FilesDevice device = device(email, dir.resolve("midparse"), uploads)) {
      await(LIMIT, () -> device.files.state().get().availability() == Availability.ONLINE);
      for (int attempt = 1; ; attempt++) {
        Path cv =
            TestDocuments.twoPages(
                dir.resolve("mid-parse-" + attempt + ".pdf"), "Mia " + UUID.randomUUID());
        int uploadsBefore = uploads.get();
        String key = device.files.add(List.of(cv)).get(0).key();
        // The server's PROCESSING event: its worker has taken the job and starts the child JVM.
        await(LIMIT, () -> at(device, key, Stage.READING) || at(device, key, Stage.READ));
        boolean readBeforeStop = at(device, key, Stage.READ);
        server.stop();
        String beforeRestart = server.log();
        int streamsBefore = FilesDevice.streamsOpened.get();
        server.start();
        UUID resumeId = item(device, key).orElseThrow().resumeId().orElseThrow();
        String jobId = server.parseJob(resumeId).orElseThrow().get("id").asString();
        String succeeded = "event=job_succeeded job=" + jobId;
        if (readBeforeStop || beforeRestart.contains(succeeded)) {
          // The parse won the race to the stop: nothing was cut off; try again with a new file.
          assertThat(attempt)
              .as("the parse ended before the server stopped on every try")
              .isLessThan(MID_PARSE_TRIES);
          await(LIMIT, () -> at(device, key, Stage.READ));
          continue;
        }
        // From the server's side: the job was running and was handed back, not finished.
        assertThat(beforeRestart)
            .contains("event=job_started job=" + jobId + " attempt=1")
            .contains("event=job_handed_back job=" + jobId)
            .doesNotContain(succeeded);

        await(Duration.ofSeconds(90), () -> at(device, key, Stage.READ));
        assertThat(FilesDevice.streamsOpened.get())
            .as("the app opened its event stream again")
            .isGreaterThan(streamsBefore);
        assertThat(device.events.streams()).isEqualTo(1);
        String afterRestart = server.log().substring(beforeRestart.length());
        assertThat(occurrences(afterRestart, "event=job_started job=" + jobId)).isEqualTo(1);
        assertThat(occurrences(server.log(), succeeded)).isEqualTo(1);
        assertThat(afterRestart).contains(succeeded + " attempt=1");
        JsonNode job = server.parseJob(resumeId).orElseThrow();
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("attempts").asInt()).isEqualTo(1); // the cut-off run was not counted
        assertThat(uploads.get() - uploadsBefore).isEqualTo(1);
        assertThat(device.files.parsed(key).resume()).isNotNull();
        break;
      }
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  /** The sync engine and the resume files of one signed-in device use one stream (ADR 0020). */
  @Test
  @Order(5)
  void theSyncEngineAndTheFilesShareOneEventStream() throws Exception {
    server.ensureRunning();
    String email = account("shared");
    FilesDevice.streamsOpened.set(0); // the earlier tests' devices are closed: no stream reopens
    try (FilesDevice device = device(email, dir.resolve("shared"), new AtomicInteger());
        org.careercoach.desktop.service.sync.SyncEngine sync =
            new org.careercoach.desktop.service.sync.SyncEngine(
                device.profiles,
                () -> device.account,
                null,
                null,
                java.time.Clock.systemUTC(),
                org.careercoach.desktop.service.sync.SyncEngine.Options.APP,
                device.events)) {
      sync.start();
      await(LIMIT, () -> device.events.listeners() == 2);
      await(LIMIT, () -> device.files.state().get().availability() == Availability.ONLINE);
      assertThat(device.events.streams()).isEqualTo(1);
      // The stream works for both: a file's job events arrive on it while the sync engine syncs.
      Path cv = TestDocuments.twoPages(dir.resolve("shared.pdf"), "Sam " + UUID.randomUUID());
      String key = device.files.add(List.of(cv)).get(0).key();
      await(LIMIT, () -> at(device, key, Stage.QUEUED) || at(device, key, Stage.READ));
      assertThat(FilesDevice.streamsOpened.get()).isEqualTo(1); // the engine joined, opened none
      assertThat(device.events.streams()).isEqualTo(1);
    }
  }
}
