package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
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
        StoreException.Kind.IO,
        "Your drafts are still opening. Try again in a moment." + StoreErrors.KEPT);
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
    Optional<ProfileKey> key = profileOf(session);
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

  private Optional<ProfileKey> profileOf(SessionState session) {
    return switch (session.phase()) {
      case STARTING -> Optional.empty();
      case SIGNED_OUT -> Optional.of(ProfileKey.LOCAL);
      case SIGNED_IN -> {
        String server = session.server().toString();
        if (session.user() != null) {
          yield Optional.of(ProfileKey.account(server, session.user().id()));
        }
        // Resumed offline: the account's details have not loaded, but its drafts are needed now.
        yield remembered(server).map(id -> ProfileKey.account(server, id));
      }
    };
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
            remember(key.server(), key.userId());
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
    SqliteDraftStore account = accountStore();
    if (account == null || !Files.exists(localFile())) {
      return 0;
    }
    try (SqliteDraftStore local = SqliteDraftStore.open(localFile(), clock)) {
      return local.allDraftIds().size();
    }
  }

  @Override
  public int moveDraftsFromLocalProfile() {
    SqliteDraftStore account = accountStore();
    if (account == null) {
      throw new IllegalStateException("nobody is signed in: there is no account to move into");
    }
    if (!Files.exists(localFile())) {
      return 0;
    }
    int moved = 0;
    try (SqliteDraftStore local = SqliteDraftStore.open(localFile(), clock)) {
      // One draft at a time: stored in the account first, removed from the local profile after,
      // so an interruption leaves each draft in one place or both, never in none.
      for (UUID id : local.allDraftIds()) {
        Optional<Carried> carried = local.carry(id);
        if (carried.isEmpty()) {
          continue;
        }
        account.receive(carried.get());
        local.forgetMoved(id);
        moved++;
      }
      // The application log's lines whose draft was deleted move too, one at a time likewise.
      for (Carried.Orphan orphan : local.orphanSentCopies()) {
        account.receiveSent(orphan);
        local.forgetSent(orphan.id());
      }
    }
    return moved;
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

  private Path localFile() {
    return ProfileFolders.database(dataDir, ProfileKey.LOCAL);
  }

  // ---- the accounts known on this device ------------------------------------------------------

  private Path accountsFile() {
    return dataDir.resolve("profiles").resolve("accounts.properties");
  }

  /** Notes which account was last signed in on a server (ids only), for an offline start. */
  private void remember(String server, UUID user) {
    Properties known = knownAccounts();
    if (user.toString().equals(known.getProperty(server))) {
      return;
    }
    known.setProperty(server, user.toString());
    try {
      Files.createDirectories(accountsFile().getParent());
      Path part = accountsFile().resolveSibling("accounts.properties.part");
      try (OutputStream out = Files.newOutputStream(part)) {
        known.store(out, "The last account signed in on each server: ids only, never emails");
      }
      Files.move(
          part,
          accountsFile(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only an offline start needs it; that start then waits for the account's details.
      log.log(Level.WARNING, "Could not note the account of " + server, e);
    }
  }

  private Optional<UUID> remembered(String server) {
    String id = knownAccounts().getProperty(server);
    try {
      return Optional.ofNullable(id).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      log.log(Level.WARNING, "Ignoring a malformed account id for " + server, e);
      return Optional.empty();
    }
  }

  private Properties knownAccounts() {
    Properties known = new Properties();
    if (Files.exists(accountsFile())) {
      try (InputStream in = Files.newInputStream(accountsFile())) {
        known.load(in);
      } catch (IOException e) {
        log.log(Level.WARNING, "Could not read " + accountsFile(), e);
      }
    }
    return known;
  }

  List<Path> backupsOf(ProfileKey key) {
    return new Backups(ProfileFolders.folder(dataDir, key), clock).newestFirst();
  }
}
