package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.support.DraftsApi;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * Device-side sync figures against the real server jar (its own process, fresh data folder):
 *
 * <ul>
 *   <li>{@code first [DRAFTS]}: an account with DRAFTS drafts (realistic resumes: the development
 *       set's when {@code ../shared} is there), and a new empty device signing in: the time of its
 *       first sync (every page pulled and applied), three times with a new device each.
 *   <li>{@code event [SAMPLES]}: two devices online as in the app (the engine syncing by itself,
 *       listening to {@code event: draft}); a change stored on the server by one device's client
 *       until it shows in the other device's store, and a change typed on one device (autosave then
 *       its push a second later) until it shows on the other.
 * </ul>
 *
 * Not a test: run by {@code bench/sync.sh first|event}.
 */
public final class SyncBenchmark {

  private static final String PASSWORD = "benchmark passphrase that is long";

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "first";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : what.equals("first") ? 1000 : 200;
    Path root = Files.createTempDirectory("coach-sync-bench");
    SyncServer server =
        SyncServer.own(
            root.resolve("server"),
            Map.of("JWT_EXPIRES_IN", "1h", "COACH_DRAFTS_PER_USER", "5000"));
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    try {
      if (what.equals("first")) {
        firstSync(server, root, count);
      } else {
        event(server, root, count);
      }
    } finally {
      server.stop();
      DraftSyncConvergenceIT.deleteTree(root);
    }
  }

  private static void firstSync(SyncServer server, Path root, int drafts) throws Exception {
    String email = SyncServer.uniqueEmail("first-sync");
    server.register(email, PASSWORD, "First Sync");
    DraftsApi api = new DraftsApi(server.address(), email, PASSWORD);
    List<Resume> resumes = sampleResumes();
    long bytes = 0;
    for (int i = 0; i < drafts; i++) {
      DraftContent content = new DraftContent("Draft " + i, resumes.get(i % resumes.size()), null);
      DraftsApi.Answer answer =
          api.put(UUID.randomUUID(), content, null, UUID.randomUUID().toString());
      if (answer.status() == 400 && resumes.size() > 1) {
        resumes.remove(i % resumes.size()); // Not valid for the server's schema: use the others.
        i--;
        continue;
      }
      if (answer.status() >= 300) {
        throw new IOException("Seeding answered " + answer.status() + ": " + answer.body());
      }
      bytes += CoachJson.mapper().writeValueAsBytes(content).length;
    }
    System.out.printf(
        Locale.ROOT,
        "first sync of %d drafts (%.1f MB of JSON, %d distinct resumes) to an empty device:%n",
        drafts,
        bytes / 1e6,
        resumes.size());
    double[] seconds = new double[3];
    for (int run = 0; run < seconds.length; run++) {
      try (HeadlessDevice device =
          HeadlessDevice.signIn(
              server.address(), email, PASSWORD, root.resolve("device-" + run), "Empty " + run)) {
        long start = System.nanoTime();
        device.syncOnce();
        seconds[run] = (System.nanoTime() - start) / 1e9;
        int here = device.drafts().list(DraftStore.DraftSort.TITLE).size();
        if (here != drafts) {
          throw new IllegalStateException("The device has " + here + " drafts, not " + drafts);
        }
        System.out.printf(Locale.ROOT, "  run %d: %.2f s%n", run + 1, seconds[run]);
      }
    }
    Arrays.sort(seconds);
    System.out.printf(Locale.ROOT, "median %.2f s (goal < 5 s)%n", seconds[1]);
  }

  private static void event(SyncServer server, Path root, int samples) throws Exception {
    String email = SyncServer.uniqueEmail("event");
    server.register(email, PASSWORD, "Event");
    DraftsApi writer = new DraftsApi(server.address(), email, PASSWORD);
    try (HeadlessDevice a =
            HeadlessDevice.signInOnline(server.address(), email, PASSWORD, root.resolve("a"), "A");
        HeadlessDevice b =
            HeadlessDevice.signInOnline(
                server.address(), email, PASSWORD, root.resolve("b"), "B")) {
      Semaphore changed = new Semaphore(0);
      b.sync().status().subscribe(status -> changed.release());
      LocalDraft draft = a.drafts().create("Shared", Contents.resume("Summary start", List.of()));
      awaitText(b, draft.id(), "Summary start", changed);

      // Stored on the server by another client: event, pull, applied on B.
      long[] fromServer = new long[samples];
      long version = writer.everything().get(draft.id()).version();
      for (int i = 0; i < samples; i++) {
        String marker = "server-" + i;
        DraftContent content =
            new DraftContent("Shared", Contents.resume("Summary " + marker, List.of()), null);
        long start = System.nanoTime();
        DraftsApi.Answer answer =
            writer.put(draft.id(), content, version, UUID.randomUUID().toString());
        if (answer.status() != 200) {
          throw new IOException("PUT answered " + answer.status() + ": " + answer.body());
        }
        version = answer.draft().version();
        awaitText(b, draft.id(), marker, changed);
        fromServer[i] = System.nanoTime() - start;
      }
      print("stored on the server -> on the other device", fromServer);

      // Typed on A: autosave, A pushes about a second later, event, B pulls.
      int typed = Math.max(10, samples / 10);
      long[] fromDevice = new long[typed];
      for (int i = 0; i < typed; i++) {
        awaitText(a, draft.id(), i == 0 ? "server-" + (samples - 1) : "typed-" + (i - 1), changed);
        LocalDraft now = a.drafts().find(draft.id()).orElseThrow();
        String marker = "typed-" + i;
        long start = System.nanoTime();
        a.drafts().save(draft.id(), now.title(), Contents.resume("Summary " + marker, List.of()));
        awaitText(b, draft.id(), marker, changed);
        fromDevice[i] = System.nanoTime() - start;
      }
      print(
          "typed on one device -> on the other (includes the 1 s autosave-to-push delay)",
          fromDevice);
    }
  }

  /** Waits until the device's store holds the marker in that draft, woken by its status changes. */
  private static void awaitText(HeadlessDevice device, UUID id, String marker, Semaphore changed)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!device
        .drafts()
        .find(id)
        .map(d -> Contents.text(d.resume()).contains(marker + "\""))
        .orElse(false)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(device.name() + " never got " + marker);
      }
      changed.tryAcquire(5, TimeUnit.MILLISECONDS);
    }
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: n=%d p50 %.0f ms, p99 %.0f ms, max %.0f ms (goal < 2 s)%n",
        what,
        sorted.length,
        sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
        sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** The development set's resumes when ../shared is there, else one synthetic resume. */
  private static List<Resume> sampleResumes() throws IOException {
    Path truth = Path.of("..", "shared", "eval", "dev", "truth");
    List<Resume> resumes = new ArrayList<>();
    if (Files.isDirectory(truth)) {
      try (var files = Files.list(truth)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          resumes.add(CoachJson.mapper().readValue(Files.readString(file), Resume.class));
        }
      }
    }
    if (resumes.isEmpty()) {
      resumes.add(Contents.resume("A realistic summary of a working life", List.of("One", "Two")));
    }
    return resumes;
  }
}
