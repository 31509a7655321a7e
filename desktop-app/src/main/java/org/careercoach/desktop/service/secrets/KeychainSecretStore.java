package org.careercoach.desktop.service.secrets;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.careercoach.desktop.service.DaemonThreads;

/**
 * The OS keychain through java-keyring: macOS Keychain, Windows Credential Manager, the Secret
 * Service (GNOME Keyring, KWallet) on Linux. Entries are the service "Career Coach" with the
 * secret's name as the account.
 *
 * <p>Every call runs on one thread of its own and is given {@link #CALL_LIMIT}: a keychain that
 * waits for an unlock prompt nobody answers must not hold the app. A call that runs out of time
 * fails like any other keychain failure.
 */
public final class KeychainSecretStore implements SecretStore {

  static final String SERVICE = "Career Coach";
  static final Duration CALL_LIMIT = Duration.ofSeconds(5);
  private static final System.Logger log = System.getLogger(KeychainSecretStore.class.getName());

  private final Keyring keyring;
  private final KeychainThread thread;

  private KeychainSecretStore(Keyring keyring, KeychainThread thread) {
    this.keyring = keyring;
    this.thread = thread;
  }

  @Override
  public Optional<String> read(String name) throws SecretStoreException {
    return call(
        "read",
        () -> {
          try {
            return Optional.of(keyring.getPassword(SERVICE, name));
          } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry this way on every platform.
            log.log(Level.DEBUG, "No keychain entry {0}: {1}", name, e.getMessage());
            return Optional.empty();
          }
        });
  }

  @Override
  public void write(String name, String secret) throws SecretStoreException {
    call(
        "write",
        () -> {
          keyring.setPassword(SERVICE, name, secret);
          return null;
        });
  }

  @Override
  public void delete(String name) throws SecretStoreException {
    call(
        "delete",
        () -> {
          try {
            keyring.deletePassword(SERVICE, name);
          } catch (PasswordAccessException e) {
            // Deleting what is not there is fine; anything else shows at the next write or read.
            log.log(Level.DEBUG, "Keychain entry {0} not deleted: {1}", name, e.getMessage());
          }
          return null;
        });
  }

  @Override
  public boolean persistent() {
    return true;
  }

  private <T> T call(String what, Callable<T> work) throws SecretStoreException {
    return thread.call(what, work);
  }

  /** Opens the keychain once, and closes it (and its thread) when the app ends. */
  public static final class Opener implements AutoCloseable {

    private final KeychainThread thread = new KeychainThread(CALL_LIMIT);
    private Keyring keyring;

    /** Connects to the OS keychain; throws when there is none (no Secret Service, no D-Bus). */
    public synchronized SecretStore open() throws SecretStoreException {
      if (keyring == null) {
        keyring = thread.call("open", Keyring::create);
      }
      return new KeychainSecretStore(keyring, thread);
    }

    @Override
    public synchronized void close() {
      if (keyring != null) {
        try {
          keyring.close();
        } catch (Exception e) {
          log.log(Level.DEBUG, "Closing the keychain: {0}", e.toString());
        }
      }
      thread.close();
    }
  }

  /**
   * The one thread that talks to the keychain. A call that runs out of time is left running (a
   * D-Bus call can't be taken back); until it ends, later calls fail at once instead of queueing
   * behind it for their own five seconds each.
   */
  static final class KeychainThread {

    private final ExecutorService executor =
        Executors.newSingleThreadExecutor(DaemonThreads.named("coach-keychain-"));
    private final Duration limit;
    private volatile Future<?> stuck;

    KeychainThread(Duration limit) {
      this.limit = limit;
    }

    <T> T call(String what, Callable<T> work) throws SecretStoreException {
      Future<?> blocking = stuck;
      if (blocking != null && !blocking.isDone()) {
        throw new SecretStoreException(
            "the keychain has not answered an earlier request (locked?)", null);
      }
      Future<T> future = executor.submit(work);
      try {
        return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        stuck = future;
        throw new SecretStoreException(
            "the keychain did not answer within " + limit.toMillis() + " ms (locked?)", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        throw new SecretStoreException("the keychain refused to " + what + ": " + cause, cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SecretStoreException("interrupted while using the keychain", e);
      }
    }

    void close() {
      executor.shutdownNow();
    }
  }
}
