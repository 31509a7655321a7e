package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.DaemonThreads;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.connectivity.Connectivity;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.events.EventHub;
import org.careercoach.desktop.service.events.EventStream;
import org.careercoach.desktop.service.store.ProfileKey;
import org.careercoach.desktop.service.store.Profiles.ProfileState;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.store.ResumeFileStore.KeptCorrection;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.model.api.Capabilities;
import org.careercoach.model.api.JobEvent;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;

/**
 * {@link ResumeFiles} (ADR 0020): follows the profile in use like the sync engine (no files while
 * signed out; the account's queue and copies once it signs in), catches up with the server's list
 * whenever the shared event stream (re)opens and after uploads, follows {@code event: job} between,
 * and sends the queue through an {@link Uploader} on a thread of its own.
 */
public final class ResumeFilesService implements ResumeFiles, AutoCloseable {

  private static final System.Logger log = System.getLogger(ResumeFilesService.class.getName());
  static final String CAPABILITIES = "capabilities";
  static final String LIST = "list";

  /**
   * @param firstRetry the pause after the first failed upload (doubling after each)
   * @param longestRetry the longest pause, also the wait after a 429 that gave no Retry-After
   */
  public record Options(Duration firstRetry, Duration longestRetry) {
    public static final Options APP = new Options(Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  private final StoreService profiles;
  private final Supplier<AccountService> accounts;
  private final ConnectivityService connectivity;
  private final EventHub events;
  private final OkHttpClient plain;
  private final Clock clock;
  private final Options options;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("resume-files-"));
  private final ScheduledExecutorService uploads =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("resume-upload-"));
  private final FileModel model = new FileModel(worker::execute);
  private final List<Runnable> subscriptions = new ArrayList<>();
  private volatile Attached attached;
  private volatile boolean wasOnline;
  private boolean closed; // guarded by this

  private record Attached(
      ProfileKey key,
      ResumeFileStore store,
      ResumeApi api,
      Intake intake,
      Uploader uploader,
      Runnable stopListening) {}

  /**
   * @param connectivity told when the server cannot be reached and heard when it can; null in tests
   *     without one
   * @param events the app's shared event streams
   * @param plain a client without the session's token, for downloads from storage
   */
  public ResumeFilesService(
      StoreService profiles,
      Supplier<AccountService> accounts,
      ConnectivityService connectivity,
      EventHub events,
      OkHttpClient plain,
      Clock clock,
      Options options) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.connectivity = connectivity;
    this.events = events;
    this.plain = plain;
    this.clock = clock;
    this.options = options;
  }

  /** Begins following the profiles. */
  public void start() {
    synchronized (this) {
      if (closed) {
        return;
      }
      subscriptions.add(profiles.state().subscribe(changed -> onWorker(this::follow)));
      if (connectivity != null) {
        subscriptions.add(connectivity.state().subscribe(this::connectivityChanged));
      }
    }
    onWorker(this::follow);
  }

  @Override
  public void close() {
    List<Runnable> stops;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      stops = new ArrayList<>(subscriptions);
      subscriptions.clear();
    }
    stops.forEach(Runnable::run);
    Attached now = attached;
    if (now != null) {
      now.stopListening().run();
      now.uploader().stop();
    }
    worker.execute(this::detach);
    for (ScheduledExecutorService thread : List.of(worker, uploads)) {
      thread.shutdown();
      try {
        if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
          thread.shutdownNow();
        }
      } catch (InterruptedException e) {
        thread.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- the interface ------------------------------------------------------------------------

  @Override
  public ObservableState<ResumeFilesState> state() {
    return model.state();
  }

  @Override
  public List<AddResult> add(List<Path> files) {
    Attached now = required();
    List<AddResult> results = now.intake().add(files);
    model.publish();
    now.uploader().wake();
    return results;
  }

  @Override
  public void cancel(String key) {
    Attached now = required();
    if (model.onServer(key).isPresent() && now.store().queued(key).isEmpty()) {
      onWorker(
          () -> {
            try {
              delete(key);
            } catch (ResumeFilesException e) {
              log.log(Level.WARNING, "Could not delete {0}: {1}", key, e.getMessage());
            }
          });
      return;
    }
    now.uploader().cancel(key);
    now.store().forget(key, null);
    model.sent(key);
  }

  @Override
  public void delete(String key) {
    Attached now = required();
    Optional<ResumeFile> onServer = model.onServer(key);
    if (onServer.isEmpty()) {
      cancel(key); // only here: nothing to ask the server
      return;
    }
    UUID id = onServer.get().id();
    try {
      now.api().delete(id);
    } catch (IOException e) {
      throw unreachable("delete it", e);
    } catch (ApiException e) {
      throw new ResumeFilesException(e.getMessage(), e);
    }
    now.store().forget(key, id);
    model.serverGone(key);
  }

  @Override
  public void readAgain(String key) {
    Attached now = required();
    ResumeFile file = serverFile(key);
    ResumeFile queued;
    try {
      queued = now.api().reparse(file.id());
    } catch (IOException e) {
      throw unreachable("read it again", e);
    } catch (ApiException e) {
      throw new ResumeFilesException(e.getMessage(), e);
    }
    now.store().uncache(parsedKey(file.id()));
    model.readingAgain(key);
    model.serverFile(queued);
  }

  @Override
  public Path original(String key) {
    Attached now = required();
    Path copy = now.store().copyOf(key);
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    ResumeFile file = serverFile(key);
    Path temp = now.store().folder().resolve(UUID.randomUUID() + ".part");
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      now.api().content(file.id(), temp, sha256);
      if (!ResumeApi.hex(sha256.digest()).equals(key)) {
        throw new ResumeFilesException(
            "The file the server sent is not "
                + file.filename()
                + " as it was uploaded (its content differs). Try again later.");
      }
      Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING);
      now.store().keptOriginal(key);
      return copy;
    } catch (IOException e) {
      throw unreachable("fetch " + file.filename(), e);
    } catch (ApiException e) {
      throw new ResumeFilesException(e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        log.log(Level.DEBUG, "A temporary download stays until the next start: {0}", temp);
      }
    }
  }

  @Override
  public ParsedFile parsed(String key) {
    Attached now = required();
    ResumeFile file = serverFile(key);
    if (file.status() != ResumeStatus.PARSED) {
      throw new ResumeFilesException(
          file.filename() + " is not read yet: it can be reviewed once it is.");
    }
    String json = now.store().cached(parsedKey(file.id())).orElse(null);
    if (json == null) {
      try {
        json = now.api().parsed(file.id());
      } catch (IOException e) {
        throw unreachable("open what was read from " + file.filename(), e);
      } catch (ApiException e) {
        throw new ResumeFilesException(e.getMessage(), e);
      }
      now.store().cache(parsedKey(file.id()), json);
    }
    Resume resume;
    try {
      resume = CoachJson.mapper().readValue(json, Resume.class);
    } catch (JacksonException e) {
      now.store().uncache(parsedKey(file.id()));
      throw new ResumeFilesException(
          "What the server read from " + file.filename() + " could not be understood.", e);
    }
    ParseProvenance provenance =
        ParseProvenance.of(resume)
            .orElse(new ParseProvenance(null, List.of(), List.of(), Map.of()));
    ResumeFileItem item =
        model.item(key).orElseThrow(() -> new ResumeFilesException("That file is no longer here."));
    return new ParsedFile(item, ParseProvenance.withoutProvenance(resume), provenance);
  }

  @Override
  public void keepCorrections(String key, List<Correction> corrections) {
    Attached now = required();
    UUID id = model.onServer(key).map(ResumeFile::id).orElse(null);
    now.store()
        .keepCorrections(
            key,
            id,
            corrections.stream()
                .map(c -> new KeptCorrection(c.field(), c.parsed(), c.corrected(), c.confidence()))
                .toList(),
            clock.instant());
  }

  @Override
  public void refresh() {
    onWorker(this::catchUp);
  }

  @Override
  public Runnable onRead(Consumer<ResumeFileItem> listener) {
    return model.onRead(listener);
  }

  // ---- following the profile ----------------------------------------------------------------

  private void follow() {
    ProfileState state = profiles.state().get();
    ProfileKey key = state.open() && !state.profile().local() ? state.profile() : null;
    ResumeFileStore store = null;
    if (key != null) {
      try {
        store = profiles.resumeFiles();
      } catch (StoreException notOpen) {
        key = null;
      }
    }
    Attached now = attached;
    if (now != null && now.key().equals(key) && now.store() == store) {
      return;
    }
    detach();
    if (key != null) {
      attach(key, store);
    }
  }

  private void attach(ProfileKey key, ResumeFileStore store) {
    AccountService account = accounts.get();
    ResumeApi api = new ResumeApi(account.authenticatedHttp(), plain, account.server(), clock);
    int removed = store.removeOrphans();
    if (removed > 0) {
      log.log(Level.INFO, "Removed {0} copies left by an add that did not finish", removed);
    }
    model.attach(store);
    Uploader uploader =
        new Uploader(store, api, model, new UploadOutcomes(), uploads, clock, options);
    Intake intake = new Intake(store, model, clock);
    // Attached before the state says so: a screen that sees the files may add at once.
    attached = new Attached(key, store, api, intake, uploader, () -> {});
    store
        .cached(CAPABILITIES)
        .flatMap(json -> readJson(json, Capabilities.class))
        .ifPresent(model::capabilities);
    store
        .cached(LIST)
        .flatMap(json -> readJson(json, ResumeFile[].class))
        .map(List::of)
        .ifPresent(model::serverList);
    model.publish();
    Runnable stopListening =
        events.listen(
            key,
            EventHub.of(account::authenticatedHttp, account.server().resolve("api/v1/events")),
            new JobListener());
    attached = new Attached(key, store, api, intake, uploader, stopListening);
    uploader.retryAllNow(); // after a restart, whatever waited goes now
    onWorker(this::catchUp);
  }

  private void detach() {
    Attached was = attached;
    if (was == null) {
      model.detach();
      return;
    }
    attached = null;
    was.stopListening().run();
    was.uploader().stop();
    model.detach();
  }

  // ---- catching up --------------------------------------------------------------------------

  /** The capabilities and the whole list from the server: no change missed while away stays. */
  private void catchUp() {
    Attached now = attached;
    if (now == null) {
      return;
    }
    try {
      try {
        Capabilities rules = now.api().capabilities();
        now.store().cache(CAPABILITIES, CoachJson.mapper().writeValueAsString(rules));
        model.capabilities(rules);
      } catch (ApiException e) {
        log.log(Level.DEBUG, "No capabilities from the server: {0}", e.getMessage());
      }
      List<ResumeFile> files = now.api().list();
      now.store().cache(LIST, CoachJson.mapper().writeValueAsString(files));
      // A queued file the server has already (its answer lost, or sent from another computer).
      Map<String, ResumeFile> byKey = new java.util.HashMap<>();
      files.forEach(f -> byKey.put(f.sha256(), f));
      for (Queued row : now.store().queue()) {
        ResumeFile there = byKey.get(row.sha256());
        if (there != null && row.toSend()) {
          now.store().uploaded(row.sha256(), there.id());
        }
      }
      model.serverList(files);
      model.reachable(true, "");
    } catch (IOException e) {
      model.reachable(
          false,
          "The server cannot be reached: the list is as last seen. Files added now wait here"
              + " and are sent when it is back.");
      if (connectivity != null) {
        connectivity.unreachable(e.toString());
      }
    } catch (ApiException e) {
      model.reachable(true, e.getMessage());
    }
  }

  private final class JobListener implements EventStream.Listener {
    @Override
    public void opened() {
      onWorker(ResumeFilesService.this::catchUp);
      Attached now = attached;
      if (now != null) {
        uploads.execute(now.uploader()::retryAllNow);
      }
    }

    @Override
    public void event(String name, String data) {
      if (!"job".equals(name)) {
        return;
      }
      Optional<JobEvent> job = readJson(data, JobEvent.class);
      onWorker(
          () -> {
            Optional<ResumeFile> known = job.flatMap(j -> model.byId(j.resumeId()));
            if (job.isEmpty() || known.isEmpty()) {
              catchUp(); // a file from elsewhere, or an event we cannot read: ask the list
              return;
            }
            ResumeFile was = known.get();
            JobEvent j = job.get();
            model.serverFile(
                new ResumeFile(
                    was.id(),
                    was.filename(),
                    was.contentType(),
                    was.size(),
                    was.sha256(),
                    j.status().resumeStatus(),
                    was.createdAt(),
                    j.status().resumeStatus() == ResumeStatus.FAILED ? j.error() : null));
          });
    }
  }

  private final class UploadOutcomes implements Uploader.Outcomes {
    @Override
    public void uploaded(String key, ResumeFile file, boolean created) {
      model.serverFile(file);
      model.reachable(true, "");
    }

    @Override
    public void unreachable(String why) {
      model.reachable(
          false, "The server cannot be reached: files wait here and are sent when it is back.");
      if (connectivity != null) {
        connectivity.unreachable(why);
      }
    }

    @Override
    public void drained() {
      onWorker(ResumeFilesService.this::catchUp);
    }
  }

  private void connectivityChanged(Connectivity now) {
    boolean back = now.online() && !wasOnline;
    wasOnline = now.online();
    Attached current = attached;
    if (back && current != null) {
      uploads.execute(current.uploader()::retryAllNow);
      onWorker(this::catchUp);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Attached required() {
    Attached now = attached;
    if (now == null) {
      throw new ResumeFilesException(
          "Sign in to use resume files: the server reads them, so they need an account.");
    }
    return now;
  }

  private ResumeFile serverFile(String key) {
    return model
        .onServer(key)
        .orElseThrow(
            () ->
                new ResumeFilesException(
                    "That file is not on the server yet: it can be opened once it is uploaded."));
  }

  private static String parsedKey(UUID id) {
    return "parsed:" + id;
  }

  private static ResumeFilesException unreachable(String what, IOException e) {
    return new ResumeFilesException(
        "Could not " + what + ": the server cannot be reached. Try again when you are online.", e);
  }

  private static <T> Optional<T> readJson(String json, Class<T> type) {
    try {
      return Optional.of(CoachJson.mapper().readValue(json, type));
    } catch (JacksonException e) {
      log.log(Level.WARNING, "Unreadable {0}: {1}", type.getSimpleName(), e.getOriginalMessage());
      return Optional.empty();
    }
  }

  private void onWorker(Runnable work) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    worker.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            log.log(Level.ERROR, "Resume files work failed", e);
          }
        });
  }
}
