package org.careercoach.desktop.service.account;

import java.io.IOException;
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
 * cause one refresh. A request made shortly before expiry refreshes first (proactive); a 401 still
 * refreshes (reactive), for clocks that disagree or a server that restarted.
 */
public final class Session {

  private static final System.Logger log = System.getLogger(Session.class.getName());

  /** Refresh this long before expiry at most; for short lifetimes, in the last fifth. */
  static final Duration LONGEST_MARGIN = Duration.ofSeconds(60);

  private static final Duration WHOLE_SECONDS = Duration.ofSeconds(1);

  private record Tokens(String access, Instant refreshAt, String refresh) {}

  private final TokenRefresher refresher;
  private final SecretStore secrets;
  private final String secretName;
  private final Clock clock;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final List<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();
  private volatile Tokens tokens;

  Session(TokenRefresher refresher, SecretStore secrets, String secretName, Clock clock) {
    this.refresher = refresher;
    this.secrets = secrets;
    this.secretName = secretName;
    this.clock = clock;
  }

  /** Takes the tokens of a sign-in, and keeps the refresh token. */
  void begin(TokenPair pair, Instant requestedAt) {
    keep(pair, requestedAt);
  }

  /**
   * Picks up the refresh token kept by an earlier run, if any; the first request then refreshes.
   *
   * @return whether there was one
   */
  boolean resume() throws SecretStoreException {
    Optional<String> kept = secrets.read(secretName);
    kept.ifPresent(refresh -> tokens = new Tokens(null, Instant.MIN, refresh));
    return kept.isPresent();
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
   * An access token for a request about to be sent, refreshed first if it is about to expire.
   *
   * @throws SessionEndedException when nobody is signed in or the server ended the session
   */
  String accessTokenForRequest() throws IOException {
    Tokens current = requireTokens();
    if (!isStale(current)) {
      return current.access();
    }
    refreshLock.lock();
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
    refreshLock.lock();
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

  /** Forgets the tokens here and in the keychain; listeners hear {@code reason} if there is one. */
  void end(String reason) {
    tokens = null;
    try {
      secrets.delete(secretName);
    } catch (SecretStoreException e) {
      log.log(Level.WARNING, "Could not remove the sign-in from the keychain: {0}", e.getMessage());
    }
    if (reason != null) {
      endListeners.forEach(listener -> listener.accept(reason));
    }
  }

  private Tokens refresh(Tokens current) throws IOException {
    Instant requestedAt = clock.instant();
    TokenPair pair;
    try {
      pair = refresher.refresh(current.refresh());
    } catch (SessionEndedException e) {
      if (tokens == current) {
        end(e.getMessage());
      }
      throw e;
    }
    refreshes.incrementAndGet();
    return keep(pair, requestedAt);
  }

  private Tokens keep(TokenPair pair, Instant requestedAt) {
    Duration lifetime = Duration.ofSeconds(pair.expiresIn());
    Tokens fresh =
        new Tokens(
            pair.accessToken(),
            requestedAt.plus(lifetime).minus(refreshMargin(lifetime)),
            pair.refreshToken());
    try {
      secrets.write(secretName, pair.refreshToken());
    } catch (SecretStoreException e) {
      // The old token must not outlive its rotation: using it next time would end the session.
      log.log(Level.WARNING, "Could not keep the sign-in in the keychain: {0}", e.getMessage());
      forgetKept();
    }
    tokens = fresh;
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
