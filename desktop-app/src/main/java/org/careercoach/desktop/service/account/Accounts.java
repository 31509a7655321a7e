package org.careercoach.desktop.service.account;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.desktop.service.secrets.SecretStores;

/**
 * The account service of the server in use. Cheap to make; {@link #open()} does the slow part (the
 * HTTP client, the keychain probe, the earlier run's sign-in) off the UI thread. Switching servers
 * makes a new account service over the same keychain; each server's sign-in is kept under its own
 * name.
 */
public final class Accounts {

  private static final System.Logger log = System.getLogger(Accounts.class.getName());

  /** What opening found. */
  public record Opened(
      boolean resumed, String keychainStatus, String keychainDetails, boolean keychainPersistent) {}

  private final Supplier<OkHttpClient> http;
  private final Callable<SecretStore> keychain;
  private final Clock clock;
  private final List<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<String>> keychainListeners = new CopyOnWriteArrayList<>();
  // Read on the UI thread while open() runs in the background: never behind open()'s lock.
  private volatile ServerAddress server;
  private SecretStores.Choice secrets;
  private volatile AccountService current;
  private Opened opened; // guarded by this

  public Accounts(
      Supplier<OkHttpClient> http,
      Callable<SecretStore> keychain,
      ServerAddress server,
      Clock clock) {
    this.http = http;
    this.keychain = keychain;
    this.server = server;
    this.clock = clock;
  }

  /** Probes the keychain (once) and picks up the sign-in an earlier run kept for this server. */
  public synchronized Opened open() {
    if (opened == null) {
      opened = switchTo(server);
    }
    return opened;
  }

  /**
   * Moves to another server; its sign-in, if one was kept, is picked up. Nothing changes if that
   * fails.
   */
  public synchronized Opened useServer(ServerAddress address) {
    opened = switchTo(address);
    return opened;
  }

  private Opened switchTo(ServerAddress address) {
    if (secrets == null) {
      secrets = SecretStores.choose(keychain);
    }
    AccountService service = newService(address);
    boolean resumed;
    try {
      resumed = service.resume();
    } catch (SecretStoreException e) {
      // A kept sign-in that can't be read is one the user gives again: never a reason not to open.
      log.log(Level.WARNING, "Could not read the kept sign-in: {0}", e.getMessage());
      resumed = false;
    }
    current = service;
    server = address;
    return new Opened(resumed, secrets.status(), secrets.details(), secrets.persistent());
  }

  /**
   * The account service of the server in use; blocks until {@link #open()} has run (a user quick
   * enough to sign in before the keychain answered waits for it), so call it off the UI thread.
   */
  public AccountService current() {
    AccountService service = current;
    return service != null ? service : openedService();
  }

  private synchronized AccountService openedService() {
    open();
    return current;
  }

  public ServerAddress server() {
    return server;
  }

  /** Hears why, whenever a server ends the session (refresh refused). Called on any thread. */
  public void onSessionEnded(Consumer<String> listener) {
    endListeners.add(listener);
  }

  /**
   * Hears the technical reason whenever the keychain fails to keep a rotated sign-in of the server
   * in use (the session then goes on in memory). Called on any thread.
   */
  public void onKeychainFailed(Consumer<String> listener) {
    keychainListeners.add(listener);
  }

  private AccountService newService(ServerAddress address) {
    AccountService service = new AccountService(http.get(), address, secrets.store(), clock);
    // Only the server in use may send the user to Sign in; one left behind says nothing.
    service
        .session()
        .onEnded(
            reason -> {
              if (current == service) {
                endListeners.forEach(listener -> listener.accept(reason));
              }
            });
    service
        .session()
        .onKeychainFailed(
            details -> {
              if (current == service) {
                keychainListeners.forEach(listener -> listener.accept(details));
              }
            });
    return service;
  }
}
