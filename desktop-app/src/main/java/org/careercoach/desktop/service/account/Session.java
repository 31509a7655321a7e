package org.careercoach.desktop.service.account;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.model.api.TokenPair;

/**
 * The signed-in session's tokens, kept fresh. The access token lives in memory; the refresh token
 * also in the {@link SecretStore}, rewritten at every rotation.
 *
 * <p>Refreshing is single flight: one lock, and whoever takes it first checks whether another
 * thread already refreshed, so any number of requests that find the token stale (or get a 401)
 * cause one refresh. A refresh that failed for want of a network is not tried again by every
 * waiting request: for {@link #FAILURE_COOLDOWN} they share its failure. A request made shortly
 * before expiry refreshes first (proactive); a 401 still refreshes (reactive), for clocks that
 * disagree or a server that restarted.
 *
 * <p>Every change of the tokens (sign-in, rotation, sign-out) happens under one monitor together
 * with its keychain write, so a refresh that finishes after a sign-out changes nothing: it can't
 * put a token back in the keychain or revive the session.
 */
public final class Session {

  private static final System.Logger log = System.getLogger(Session.class.getName());

  /**
   * Refresh this long before expiry at most (plus a second); for short lifetimes, the last fifth.
   */
  static final Duration LONGEST_MARGIN = Duration.ofSeconds(60);

  /** After a refresh failed for want of a network, requests share that failure this long. */
  static final Duration FAILURE_COOLDOWN = Duration.ofSeconds(2);

  private static final Duration WHOLE_SECONDS = Duration.ofSeconds(1);

  private record Tokens(String access, Instant refreshAt, String refresh) {
    /** Keeps the tokens out of logs and exception messages. */
    @Override
    public String toString() {
      return "Tokens[refreshAt=" + refreshAt + "]";
    }
  }

  private record Failure(Tokens of, Instant at, IOException error) {}

  private final TokenRefresher refresher;
  private final SecretStore secrets;
  private final String secretName;
  private final Clock clock;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final Object transitions = new Object();
  private final List<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<String>> keychainListeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();
  private volatile Tokens tokens;
  private boolean keychainFailed; // guarded by transitions
  private Failure lastFailure; // guarded by refreshLock

  Session(TokenRefresher refresher, SecretStore secrets, String secretName, Clock clock) {
    this.refresher = refresher;
    this.secrets = secrets;
    this.secretName = secretName;
    this.clock = clock;
  }

  /** Takes the tokens of a sign-in, and keeps the refresh token. */
  void begin(TokenPair pair, Instant requestedAt) {
    synchronized (transitions) {
      install(pair, requestedAt);
    }
  }

  /**
   * Picks up the refresh token kept by an earlier run, if any; the first request then refreshes.
   *
   * @return whether there was one
   */
  boolean resume() throws SecretStoreException {
    synchronized (transitions) {
      Optional<String> kept = secrets.read(secretName);
      kept.ifPresent(refresh -> tokens = new Tokens(null, Instant.MIN, refresh));
      return kept.isPresent();
    }
  }

  public boolean active() {
    return tokens != null;
  }

  /** The refresh token, for signing out. */
  Optional<String> refreshToken() {
    Tokens current = tokens;
    return current == null ? Optional.empty() : Optional.of(current.refresh());
  }

  /** How many refreshes this session made: for tests and diagnostics. */
  public int refreshCount() {
    return refreshes.get();
  }

  /** Called with the reason when the server ends the session (not when the user signs out). */
  public void onEnded(Consumer<String> listener) {
    endListeners.add(listener);
  }

  /**
   * Called with the technical reason when the keychain fails to keep a new refresh token: the
   * session goes on in memory, but will not outlive this run.
   */
  public void onKeychainFailed(Consumer<String> listener) {
    keychainListeners.add(listener);
  }

  /**
   * An access token for a request about to be sent, refreshed first if it is about to expire.
   *
   * @throws SessionEndedException when nobody is signed in or the server ended the session
   */
  String accessTokenForRequest() throws IOException {
    Tokens current = requireTokens();
    if (!isStale(current)) {
      return current.access();
    }
    lock();
    try {
      current = requireTokens();
      if (!isStale(current)) {
        return current.access();
      }
      try {
        return refresh(current).access();
      } catch (SessionEndedException e) {
        throw e;
      } catch (IOException e) {
        if (current.access() == null) {
          throw e;
        }
        // Refreshed early and could not: the token we have is still good for a little while.
        log.log(Level.DEBUG, "Early refresh failed; using the current token: {0}", e.getMessage());
        return current.access();
      }
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * After the server answered 401 to {@code rejected}: a fresher token, refreshing only when no
   * other thread has done so since.
   *
   * @return the token to retry with, or null when there is no session to retry in
   */
  String accessTokenAfterRejection(String rejected) throws IOException {
    lock();
    try {
      Tokens current = tokens;
      if (current == null) {
        return null;
      }
      if (current.access() != null && !current.access().equals(rejected)) {
        return current.access();
      }
      return refresh(current).access();
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * Forgets the tokens here and in the keychain, at once (a refresh in flight then changes
   * nothing); listeners hear {@code reason} if there is one.
   */
  void end(String reason) {
    synchronized (transitions) {
      tokens = null;
      try {
        secrets.delete(secretName);
      } catch (SecretStoreException e) {
        log.log(
            Level.WARNING, "Could not remove the sign-in from the keychain: {0}", e.getMessage());
      }
    }
    if (reason != null) {
      endListeners.forEach(listener -> listener.accept(reason));
    }
  }

  /** Refreshes under {@link #refreshLock}, unless the last attempt for these tokens just failed. */
  private Tokens refresh(Tokens current) throws IOException {
    Failure failed = lastFailure;
    if (failed != null
        && failed.of() == current
        && clock.instant().isBefore(failed.at().plus(FAILURE_COOLDOWN))) {
      throw new IOException(failed.error().getMessage(), failed.error());
    }
    Instant requestedAt = clock.instant();
    TokenPair pair;
    try {
      pair = refresher.refresh(current.refresh());
    } catch (SessionEndedException e) {
      endIfStill(current, e.getMessage());
      throw e;
    } catch (IOException e) {
      lastFailure = new Failure(current, clock.instant(), e);
      throw e;
    }
    refreshes.incrementAndGet();
    synchronized (transitions) {
      if (tokens != current) {
        // Signed out (or in again) while the refresh was on its way: its tokens are not ours.
        return requireTokens();
      }
      return install(pair, requestedAt);
    }
  }

  private void endIfStill(Tokens current, String reason) {
    boolean ours;
    synchronized (transitions) {
      ours = tokens == current;
    }
    if (ours) {
      end(reason);
    }
  }

  /** Keeps new tokens; called holding {@link #transitions}. */
  private Tokens install(TokenPair pair, Instant requestedAt) {
    Duration lifetime = Duration.ofSeconds(pair.expiresIn());
    Tokens fresh =
        new Tokens(
            pair.accessToken(),
            requestedAt.plus(lifetime).minus(refreshMargin(lifetime)),
            pair.refreshToken());
    tokens = fresh;
    if (keychainFailed) {
      return fresh; // memory only since the keychain failed, as Settings says
    }
    try {
      secrets.write(secretName, pair.refreshToken());
    } catch (SecretStoreException e) {
      // The server has rotated: the new token is the only good one, so the session keeps it in
      // memory rather than ending. The old one must not outlive its rotation (using it next time
      // would end the session as a theft), and a later write that happens to work would make
      // "you will sign in again" untrue: the keychain is left alone until the app restarts.
      log.log(Level.WARNING, "Could not keep the sign-in in the keychain: {0}", e.getMessage());
      keychainFailed = true;
      forgetKept();
      String details = String.valueOf(e.getMessage());
      keychainListeners.forEach(listener -> listener.accept(details));
    }
    return fresh;
  }

  /**
   * How long before expiry to refresh: the last fifth of the lifetime, at most a minute, plus a
   * second because a JWT's {@code exp} is in whole seconds (the token may die up to a second before
   * {@code expiresIn} says); never more than half the lifetime.
   */
  static Duration refreshMargin(Duration lifetime) {
    Duration fifth = lifetime.dividedBy(5);
    Duration margin =
        (fifth.compareTo(LONGEST_MARGIN) > 0 ? LONGEST_MARGIN : fifth).plus(WHOLE_SECONDS);
    Duration half = lifetime.dividedBy(2);
    return margin.compareTo(half) > 0 ? half : margin;
  }

  private void forgetKept() {
    try {
      secrets.delete(secretName);
    } catch (SecretStoreException e) {
      log.log(Level.WARNING, "Could not remove the old sign-in either: {0}", e.getMessage());
    }
  }

  private void lock() throws InterruptedIOException {
    try {
      refreshLock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the token refresh");
    }
  }

  private boolean isStale(Tokens current) {
    return current.access() == null || !clock.instant().isBefore(current.refreshAt());
  }

  private Tokens requireTokens() throws SessionEndedException {
    Tokens current = tokens;
    if (current == null) {
      throw new SessionEndedException("You are signed out. Please sign in.");
    }
    return current;
  }
}
