package org.careercoach.desktop.service.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.session.SessionState;

/**
 * The profiles of this data folder, following the session: the local profile while nobody is signed
 * in, the account's own file once someone is. Files are opened and closed off the UI thread through
 * the executor; the state and its listeners change on the executor's delivery thread.
 */
public final class StoreService implements Profiles, AutoCloseable {

  private static final System.Logger log = System.getLogger(StoreService.class.getName());
  private static final String MOVE_OFFERED = "move-offered";

  private final Path dataDir;
  private final TaskExecutor executor;
  private final Clock clock;
  private final ProfileOpener opener;
  private final SessionProfiles sessionProfiles;
  private final LocalDraftsMove localDraftsMove;
  private final ObservableState<ProfileState> state =
      new ObservableState<>(new ProfileState(ProfileKey.LOCAL, false, ""));

  private final Object lock = new Object();
  private SqliteDraftStore current;
  private ProfileKey wanted;
  private int generation;
  private StoreException failure;
  private Runnable cancelPurge = () -> {};

  public StoreService(
      Path dataDir, ObservableState<SessionState> session, TaskExecutor executor, Clock clock) {
    this(dataDir, session, executor, clock, StoreOptions.DEFAULT);
  }

  StoreService(
      Path dataDir,
      ObservableState<SessionState> session,
      TaskExecutor executor,
      Clock clock,
      StoreOptions options) {
    this.dataDir = dataDir;
    this.executor = executor;
    this.clock = clock;
    this.opener = new ProfileOpener(clock, options);
    this.sessionProfiles = new SessionProfiles(dataDir);
    this.localDraftsMove = new LocalDraftsMove(dataDir, clock);
    session.subscribe(this::follow);
    follow(session.get());
  }

  @Override
  public ObservableState<ProfileState> state() {
    return state;
  }

  /** The outbox of the profile in use, for the sync engine. */
  public Outbox outbox() {
    return open();
  }

  /**
   * The sync engine's view of the profile in use.
   *
   * @throws StoreException when it is not open
   */
  public SyncReplica replica() {
    return open().replica();
  }

  /**
   * The resume-files service's view of the profile in use: its upload queue, copies and cache.
   *
   * @throws StoreException when it is not open
   */
  public ResumeFileStore resumeFiles() {
    return open().resumeFiles();
  }

  @Override
  public DraftStore drafts() {
    return open();
  }

  private SqliteDraftStore open() {
    synchronized (lock) {
      if (current != null) {
        return current;
      }
      if (failure != null) {
        throw failure;
      }
    }
    throw new StoreException(
        StoreException.Kind.IO, "Your drafts are still opening. Try again in a moment.");
  }

  /**
   * Tries again to open the profile in use after it could not be (the file was locked, the disk
   * full): for a "Try again" button beside {@link ProfileState#problem()}. Does nothing when open.
   */
  public void retryOpen() {
    ProfileKey key;
    synchronized (lock) {
      if (current != null || wanted == null) {
        return;
      }
      key = wanted;
    }
    switchTo(key);
  }

  // ---- following the session ----------------------------------------------------------------

  private void follow(SessionState session) {
    Optional<ProfileKey> key = sessionProfiles.of(session);
    if (key.isEmpty()) {
      return; // starting, or signed in to an account not yet known here: keep what is open
    }
    synchronized (lock) {
      if (key.get().equals(wanted)) {
        return;
      }
      wanted = key.get();
    }
    switchTo(key.get());
  }

  private void switchTo(ProfileKey key) {
    SqliteDraftStore closing;
    int ticket;
    synchronized (lock) {
      closing = current;
      current = null;
      failure = null;
      ticket = ++generation;
    }
    cancelPurge.run();
    state.set(new ProfileState(key, false, ""));
    executor.submit(
        () -> {
          closeWithBackup(closing);
          if (!key.local()) {
            sessionProfiles.remember(key.server(), key.userId());
          }
          return opener.open(ProfileFolders.folder(dataDir, key));
        },
        opened -> {
          synchronized (lock) {
            if (ticket != generation) {
              executor.submit(() -> closeWithBackup(opened.store()), done -> {}, this::logged);
              return;
            }
            current = opened.store();
          }
          state.set(new ProfileState(key, true, opened.problem()));
          cancelPurge = executor.schedule(ProfileOpener.TRASH_KEPT.dividedBy(30), this::purgeDaily);
        },
        error -> {
          StoreException why =
              error instanceof StoreException e
                  ? e
                  : new StoreException(
                      StoreException.Kind.IO,
                      StoreErrors.message(
                          StoreException.Kind.IO, ProfileFolders.database(dataDir, key), error),
                      error);
          synchronized (lock) {
            if (ticket != generation) {
              return;
            }
            failure = why;
          }
          log.log(Level.ERROR, "Could not open the drafts of " + key, error);
          state.set(new ProfileState(key, false, why.getMessage()));
        });
  }

  /** Empties the old Trash once a day while the app runs (it is also done at every open). */
  private void purgeDaily() {
    SqliteDraftStore store;
    synchronized (lock) {
      store = current;
    }
    if (store == null) {
      return;
    }
    executor.submit(() -> store.purgeTrash(ProfileOpener.TRASH_KEPT), purged -> {}, this::logged);
    cancelPurge = executor.schedule(ProfileOpener.TRASH_KEPT.dividedBy(30), this::purgeDaily);
  }

  private Void closeWithBackup(SqliteDraftStore store) {
    if (store == null || store.isClosed()) {
      return null;
    }
    try {
      new Backups(store.file().getParent(), clock).make(store);
    } catch (StoreException e) {
      log.log(Level.WARNING, "Could not back up " + store.file() + " on close", e);
    }
    store.close();
    return null;
  }

  private void logged(Throwable failure) {
    log.log(Level.WARNING, "Store housekeeping failed", failure);
  }

  /** Closes the profile in use, backing it up first. Blocks: the app calls it while closing. */
  @Override
  public void close() {
    SqliteDraftStore closing;
    synchronized (lock) {
      closing = current;
      current = null;
      generation++;
    }
    cancelPurge.run();
    closeWithBackup(closing);
  }

  // ---- moving the local profile's drafts into the account -----------------------------------

  @Override
  public int draftsToMoveFromLocalProfile() {
    return accountStore() == null ? 0 : localDraftsMove.waiting();
  }

  @Override
  public int moveDraftsFromLocalProfile() {
    SqliteDraftStore account = accountStore();
    if (account == null) {
      throw new IllegalStateException("nobody is signed in: there is no account to move into");
    }
    return localDraftsMove.into(account);
  }

  @Override
  public boolean moveOffered() {
    SqliteDraftStore account = accountStore();
    return account != null && account.setting(MOVE_OFFERED).isPresent();
  }

  @Override
  public void markMoveOffered() {
    SqliteDraftStore account = accountStore();
    if (account != null) {
      account.putSetting(MOVE_OFFERED, clock.instant().toString());
    }
  }

  private SqliteDraftStore accountStore() {
    synchronized (lock) {
      return current != null && !state.get().profile().local() ? current : null;
    }
  }

  List<Path> backupsOf(ProfileKey key) {
    return new Backups(ProfileFolders.folder(dataDir, key), clock).newestFirst();
  }
}
