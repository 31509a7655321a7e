package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.careercoach.desktop.service.DaemonThreads;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.connectivity.Connectivity;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.events.EventHub;
import org.careercoach.desktop.service.events.EventStream;
import org.careercoach.desktop.service.store.ProfileKey;
import org.careercoach.desktop.service.store.Profiles.ProfileState;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.store.SyncReplica;
import org.careercoach.desktop.service.store.SyncReplica.Deletions;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;
import org.careercoach.model.api.DraftChanged;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;

/**
 * The sync engine (ADR 0019): follows the profile in use (nothing while signed out; another
 * account's drafts once it signs in), and runs passes of push-then-pull on its own thread, one at a
 * time: at start, about a second after a local change, when the server is reachable again, when the
 * event stream says another device stored a change, every five minutes, and on "Sync now".
 *
 * <p>All state but {@link #status()} lives on the engine's thread; the status is set only there.
 */
public final class SyncEngine implements DraftSync, AutoCloseable {

  private static final System.Logger log = System.getLogger(SyncEngine.class.getName());

  /**
   * When the engine syncs by itself.
   *
   * @param automatic whether it syncs by itself at all (start, local changes, events, timer,
   *     reconnect); when not, only {@link #syncOnce()}, {@link #syncNow()} and answers run passes
   * @param afterChange how long after a local change (changes meanwhile wait together)
   * @param every how often with nothing else happening
   * @param pageSize how many changes a pull asks for at once
   */
  public record Options(boolean automatic, Duration afterChange, Duration every, int pageSize) {

    public static final Options APP =
        new Options(true, Duration.ofSeconds(1), Duration.ofMinutes(5), 200);

    /** Passes only when asked: for tests that decide when each device is online. */
    public static final Options MANUAL =
        new Options(false, Duration.ofSeconds(1), Duration.ofMinutes(5), 200);
  }

  static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

  private final StoreService profiles;
  private final Supplier<AccountService> accounts;
  private final ConnectivityService connectivity;
  private final TaskExecutor delivery;
  private final Clock clock;
  private final Options options;
  private final EventHub events;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("draft-sync-"));
  private final ObservableState<SyncStatus> status = new ObservableState<>(SyncStatus.SIGNED_OUT);
  private final List<Runnable> subscriptions = new ArrayList<>();

  /** The profile being synced; set on the engine's thread, read by {@link #conflicts()}. */
  private volatile Attached attached;

  // The engine thread's own:
  private Deletions deletions = Deletions.ASK;
  private Optional<MassDeletion> question = Optional.empty();
  private Optional<Instant> lastSynced = Optional.empty();
  private long remoteChanges;
  private boolean offline;
  private boolean syncing;
  private String trouble = "";
  private Duration retryPause = FIRST_RETRY;
  private volatile boolean wasOnline; // written by a pass that reached the server, too

  // Guarded by this:
  private ScheduledFuture<?> scheduled;
  private long scheduledAt;
  private boolean closed;

  private record Attached(
      ProfileKey key,
      SyncReplica replica,
      DraftApi api,
      String device,
      Runnable stopListening,
      Runnable stopHearingChanges) {}

  /**
   * @param accounts the account service of the server in use
   * @param connectivity told when the server cannot be reached, and heard when it can again; null
   *     in tests without one
   * @param delivery the thread {@code connectivity} runs on; null with it
   */
  public SyncEngine(
      StoreService profiles,
      Supplier<AccountService> accounts,
      ConnectivityService connectivity,
      TaskExecutor delivery,
      Clock clock,
      Options options) {
    this(profiles, accounts, connectivity, delivery, clock, options, new EventHub());
  }

  /**
   * @param events the app's shared event streams (the engine listens to its profile's while it
   *     syncs by itself)
   */
  public SyncEngine(
      StoreService profiles,
      Supplier<AccountService> accounts,
      ConnectivityService connectivity,
      TaskExecutor delivery,
      Clock clock,
      Options options,
      EventHub events) {
    this.events = events;
    this.profiles = profiles;
    this.accounts = accounts;
    this.connectivity = connectivity;
    this.delivery = delivery;
    this.clock = clock;
    this.options = options;
  }

  /** Begins following the profiles (and, when automatic, syncing by itself). */
  public void start() {
    synchronized (this) {
      if (closed) {
        return;
      }
      subscriptions.add(profiles.state().subscribe(changed -> onWorker(this::follow)));
      if (connectivity != null && options.automatic()) {
        subscriptions.add(connectivity.state().subscribe(this::connectivityChanged));
      }
      if (options.automatic()) {
        ScheduledFuture<?> periodic =
            worker.scheduleWithFixedDelay(
                () -> requestSync(Duration.ZERO),
                options.every().toMillis(),
                options.every().toMillis(),
                TimeUnit.MILLISECONDS);
        subscriptions.add(() -> periodic.cancel(false));
      }
    }
    onWorker(this::follow);
  }

  @Override
  public ObservableState<SyncStatus> status() {
    return status;
  }

  @Override
  public void syncNow() {
    requestSyncAlways(Duration.ZERO);
  }

  /**
   * One full pass (push, then pull) on the caller's thread's behalf: it runs on the engine's
   * thread, after whatever pass is running, and this waits for it.
   *
   * @throws IOException when the server cannot be reached (or answers errors)
   * @throws IllegalStateException when nobody is signed in
   */
  public SyncReport syncOnce() throws IOException {
    Future<SyncReport> pass =
        worker.submit(
            () -> {
              follow();
              return pass();
            });
    try {
      return pass.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while syncing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public List<Conflict> conflicts() {
    Attached now = attached;
    if (now == null) {
      return List.of();
    }
    return now.replica().conflicts().stream()
        .map(pair -> new Conflict(pair.draft(), pair.copy(), pair.title(), pair.found()))
        .toList();
  }

  @Override
  public void resolve(Conflict conflict, Keep keep) {
    Objects.requireNonNull(keep, "keep");
    Attached now = attached;
    if (now == null) {
      throw new IllegalStateException("Nobody is signed in: there is no conflict to resolve.");
    }
    now.replica()
        .resolve(conflict.copy(), keep != Keep.CONFLICTED_COPY, keep != Keep.SERVER_VERSION);
  }

  @Override
  public void answerMassDeletion(boolean deleteHere) {
    onWorker(
        () -> {
          deletions = deleteHere ? Deletions.APPLY : Deletions.KEEP_HERE;
          question = Optional.empty();
          publish();
        });
    if (options.automatic()) {
      requestSync(Duration.ZERO);
    }
  }

  /** Stops: no more passes; waits a little for the one running, so the store closes after it. */
  @Override
  public void close() {
    List<Runnable> stops;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
      stops = new ArrayList<>(subscriptions);
      subscriptions.clear();
    }
    stops.forEach(Runnable::run);
    Attached now = attached;
    if (now != null) {
      now.stopListening().run(); // at once: a pass still running must not delay it
    }
    worker.execute(this::detach);
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  // ---- following the profile ------------------------------------------------------------------

  private void follow() {
    ProfileState state = profiles.state().get();
    ProfileKey key = state.open() && !state.profile().local() ? state.profile() : null;
    SyncReplica replica = null;
    if (key != null) {
      try {
        replica = profiles.replica();
      } catch (StoreException notOpen) {
        key = null; // switching: the next state change brings us back
      }
    }
    Attached now = attached;
    if (now != null && now.key().equals(key) && now.replica() == replica) {
      return;
    }
    detach();
    if (key == null) {
      status.set(SyncStatus.SIGNED_OUT);
      return;
    }
    attach(key, replica);
  }

  private void attach(ProfileKey key, SyncReplica replica) {
    AccountService account = accounts.get();
    DraftApi api = new DraftApi(account.authenticatedHttp(), account.server(), clock);
    Runnable stopHearing = replica.onLocalChange(this::localChange);
    attached = new Attached(key, replica, api, account.deviceName(), () -> {}, stopHearing);
    deletions = Deletions.ASK;
    question = Optional.empty();
    lastSynced = Optional.empty();
    offline = false;
    trouble = "";
    retryPause = FIRST_RETRY;
    publish();
    if (options.automatic()) {
      Runnable stopListening =
          events.listen(
              key,
              EventHub.of(account::authenticatedHttp, account.server().resolve("api/v1/events")),
              new EventListener());
      attached = new Attached(key, replica, api, account.deviceName(), stopListening, stopHearing);
      requestSync(Duration.ZERO);
    }
  }

  private void detach() {
    Attached was = attached;
    if (was == null) {
      return;
    }
    attached = null;
    was.stopHearingChanges().run();
    was.stopListening().run();
  }

  // ---- triggers -------------------------------------------------------------------------------

  private void localChange() {
    onWorker(this::publish); // the waiting count, at once
    if (options.automatic()) {
      requestSync(options.afterChange());
    }
  }

  private void connectivityChanged(Connectivity now) {
    boolean back = now.online() && !wasOnline;
    wasOnline = now.online();
    if (back) {
      requestSync(Duration.ZERO);
    }
  }

  private final class EventListener implements EventStream.Listener {
    @Override
    public void opened() {
      requestSync(Duration.ZERO); // events sent while the stream was down were missed
    }

    @Override
    public void event(String name, String data) {
      if (!"draft".equals(name)) {
        return;
      }
      DraftChanged changed;
      try {
        changed = CoachJson.mapper().readValue(data, DraftChanged.class);
      } catch (JacksonException e) {
        log.log(Level.WARNING, "Unreadable draft event: {0}", e.getOriginalMessage());
        requestSync(Duration.ZERO);
        return;
      }
      onWorker(
          () -> {
            Attached now = attached;
            if (now == null) {
              return;
            }
            OptionalLong base = now.replica().baseVersion(changed.id());
            if (base.isEmpty() || base.getAsLong() < changed.version()) {
              requestSync(Duration.ZERO);
            }
          });
    }
  }

  private void requestSync(Duration delay) {
    if (options.automatic()) {
      requestSyncAlways(delay);
    }
  }

  /** Runs a pass after {@code delay}, unless one is due sooner already. */
  private synchronized void requestSyncAlways(Duration delay) {
    if (closed) {
      return;
    }
    long at = System.nanoTime() + delay.toNanos();
    if (scheduled != null && !scheduled.isDone() && scheduledAt - at <= 0) {
      return;
    }
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    scheduledAt = at;
    scheduled = worker.schedule(this::scheduledPass, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void scheduledPass() {
    synchronized (this) {
      scheduled = null;
    }
    follow();
    if (attached == null) {
      return;
    }
    try {
      pass();
    } catch (SessionEndedException ended) {
      log.log(Level.INFO, "Sync stopped: the session ended");
    } catch (IOException failed) {
      log.log(Level.DEBUG, "Sync pass failed: {0}", failed.toString());
      Duration pause = retryPause;
      Duration doubled = retryPause.multipliedBy(2);
      retryPause = doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
      requestSync(pause);
    } catch (RuntimeException failed) {
      log.log(Level.ERROR, "Sync pass failed", failed);
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
            log.log(Level.ERROR, "Sync engine work failed", e);
          }
        });
  }

  // ---- a pass ---------------------------------------------------------------------------------

  private SyncReport pass() throws IOException {
    Attached now = attached;
    if (now == null) {
      throw new IllegalStateException("Nobody is signed in: there is nothing to sync.");
    }
    boolean pull = question.isEmpty() || deletions != Deletions.ASK;
    syncing = true;
    publish();
    try {
      SyncReport report =
          new SyncPass(
                  now.replica(),
                  now.api(),
                  now.device(),
                  clock,
                  options.pageSize(),
                  () -> UUID.randomUUID().toString())
              .run(deletions, pull);
      if (!pull) {
        // Still waiting for the answer: the question stands.
        report =
            new SyncReport(
                report.sent(),
                report.received(),
                report.conflicts(),
                report.refused(),
                report.fullResync(),
                question,
                report.waiting());
      } else if (report.massDeletion().isPresent()) {
        question = report.massDeletion();
      } else {
        question = Optional.empty();
        deletions = Deletions.ASK; // the answer applied to the page that asked
      }
      if (offline && connectivity != null && delivery != null) {
        // The server answered us: the connection line must not keep saying it is unreachable.
        // Its coming back online must not start a second pass right after this one.
        wasOnline = true;
        delivery.deliver(connectivity::retryNow);
      }
      offline = false;
      trouble = "";
      retryPause = FIRST_RETRY;
      remoteChanges += report.received();
      if (report.waiting() <= now.replica().refusals().size()) {
        lastSynced = Optional.of(clock.instant());
      }
      return report;
    } catch (SyncPass.ServerTrouble serverSaid) {
      trouble = "The server could not take your drafts just now: " + serverSaid.getMessage();
      throw serverSaid;
    } catch (SessionEndedException ended) {
      trouble = ended.getMessage();
      throw ended;
    } catch (IOException unreachable) {
      offline = true;
      if (connectivity != null && delivery != null) {
        String why = unreachable.getMessage() == null ? "" : unreachable.getMessage();
        delivery.deliver(() -> connectivity.unreachable(why));
      }
      throw unreachable;
    } catch (StoreException storeFailed) {
      trouble = storeFailed.getMessage();
      throw storeFailed;
    } finally {
      syncing = false;
      publish();
    }
  }

  /** Sets the status from the engine's state and the store's counts. */
  private void publish() {
    Attached now = attached;
    if (now == null) {
      status.set(SyncStatus.SIGNED_OUT);
      return;
    }
    int waiting;
    int conflicts;
    List<SyncReplica.Refusal> refusals;
    try {
      waiting = now.replica().waiting();
      conflicts = now.replica().conflicts().size();
      refusals = now.replica().refusals();
    } catch (StoreException closedMeanwhile) {
      return; // the profile is switching; follow() publishes for the next one
    }
    String problem = trouble;
    if (problem.isEmpty() && !refusals.isEmpty()) {
      SyncReplica.Refusal first = refusals.get(0);
      problem =
          "The server did not take "
              + (first.title().isBlank() ? "a draft" : "“" + first.title() + "”")
              + (refusals.size() > 1 ? " and " + (refusals.size() - 1) + " more" : "")
              + ": "
              + first.reason()
              + " Change it and it is sent again.";
    }
    SyncStatus.State state;
    if (syncing) {
      state = SyncStatus.State.SYNCING;
    } else if (question.isPresent()) {
      state = SyncStatus.State.ATTENTION;
    } else if (offline) {
      state = SyncStatus.State.OFFLINE;
    } else if (!problem.isEmpty()) {
      state = SyncStatus.State.ATTENTION;
    } else if (conflicts > 0) {
      state = SyncStatus.State.CONFLICT;
    } else {
      state = SyncStatus.State.SYNCED;
    }
    status.set(
        new SyncStatus(state, waiting, conflicts, question, problem, lastSynced, remoteChanges));
  }
}
