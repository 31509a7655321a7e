package org.careercoach.desktop.support;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.store.SyncReplica;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncEngine;
import org.careercoach.desktop.service.sync.SyncReport;
import org.careercoach.model.api.UserProfile;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One device without a window, for tests of sync: a real session signed in to the server (the
 * keychain replaced by memory), the real store in its own data folder, and the real sync engine.
 *
 * <p>{@link #signIn} makes a device that syncs only when told ({@link #syncOnce()}), so a test
 * decides when each device is "online"; {@link #signInOnline} one that also syncs by itself as the
 * app does (a second after a change, on the server's {@code event: draft}, every five minutes).
 * Several devices may share one account, each with its own folder and device name.
 */
public final class HeadlessDevice implements AutoCloseable {

  private final String name;
  private final AccountService account;
  private final StoreService profiles;
  private final SyncEngine engine;
  private final AtomicBoolean offline;

  private HeadlessDevice(
      String name,
      AccountService account,
      StoreService profiles,
      SyncEngine engine,
      AtomicBoolean offline) {
    this.offline = offline;
    this.name = name;
    this.account = account;
    this.profiles = profiles;
    this.engine = engine;
  }

  /** Signs in and opens the account's drafts in {@code dataDir}; syncs only when told. */
  public static HeadlessDevice signIn(
      ServerAddress server, String email, String password, Path dataDir, String deviceName)
      throws IOException {
    return signIn(server, email, password, dataDir, deviceName, SyncEngine.Options.MANUAL);
  }

  /** Like {@link #signIn}, with the engine also syncing by itself, as in the app. */
  public static HeadlessDevice signInOnline(
      ServerAddress server, String email, String password, Path dataDir, String deviceName)
      throws IOException {
    return signIn(server, email, password, dataDir, deviceName, SyncEngine.Options.APP);
  }

  /** Like {@link #signIn}, with the engine's options given. */
  public static HeadlessDevice signIn(
      ServerAddress server,
      String email,
      String password,
      Path dataDir,
      String deviceName,
      SyncEngine.Options options)
      throws IOException {
    Clock clock = Clock.systemUTC();
    AtomicBoolean offline = new AtomicBoolean();
    OkHttpClient http =
        HttpClients.create()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  if (offline.get()) {
                    throw new ConnectException("This test device is offline");
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    AccountService account =
        new AccountService(http, server, new MemorySecretStore(), clock, () -> deviceName);
    UserProfile me;
    try {
      me = account.signIn(email, password);
    } catch (ApiException e) {
      throw new IOException("Could not sign in as " + email + ": " + e.getMessage(), e);
    }
    ObservableState<SessionState> session =
        new ObservableState<>(
            new SessionState(
                SessionState.Phase.SIGNED_IN,
                server,
                me,
                SessionState.Profile.LOADED,
                "",
                new Keychain("Kept in memory (a test device)", "", false)));
    // Opens the account's file at once, on this thread.
    StoreService profiles = new StoreService(dataDir, session, new SameThreadExecutor(), clock);
    if (!profiles.state().get().open()) {
      throw new IOException("The drafts could not open: " + profiles.state().get().problem());
    }
    SyncEngine engine = new SyncEngine(profiles, () -> account, null, null, clock, options);
    engine.start();
    return new HeadlessDevice(deviceName, account, profiles, engine, offline);
  }

  public String name() {
    return name;
  }

  /** This device's drafts (the real store: each change writes its outbox row). */
  public DraftStore drafts() {
    return profiles.drafts();
  }

  /** The engine as screens see it: status, conflicts, resolving, the mass-deletion answer. */
  public DraftSync sync() {
    return engine;
  }

  /**
   * One full pass, push then pull, run on the engine's thread after any pass in progress; blocks
   * until it is done.
   *
   * @throws IOException when the server cannot be reached (or answers with errors)
   */
  public SyncReport syncOnce() throws IOException {
    return engine.syncOnce();
  }

  /**
   * Cuts this device off the network (every request fails to connect, as with no network) or puts
   * it back. Its drafts stay usable; the engine's passes fail with an {@link IOException}.
   */
  public void offline(boolean cut) {
    offline.set(cut);
  }

  /** The engine's view of the store: the request in flight, base versions (for white-box tests). */
  public SyncReplica replica() {
    return profiles.replica();
  }

  /** The session's account (its authenticated client sends what this device would). */
  public AccountService account() {
    return account;
  }

  /**
   * Waits until {@code condition} holds, at most {@code limit} (TestFX's wait, as the UI tests).
   */
  public static void await(Duration limit, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    try {
      WaitForAsyncUtils.waitFor(
          limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS, condition::getAsBoolean);
    } catch (java.util.concurrent.TimeoutException notInTime) {
      throw new AssertionError("not true within " + limit, notInTime);
    }
  }

  /** Stops the engine and closes the store (backing it up, as the app does). Keeps the folder. */
  @Override
  public void close() {
    engine.close();
    profiles.close();
  }
}
