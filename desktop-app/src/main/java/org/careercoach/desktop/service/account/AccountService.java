package org.careercoach.desktop.service.account;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.JsonCalls;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.model.api.LoginRequest;
import org.careercoach.model.api.PasswordResetConfirmation;
import org.careercoach.model.api.PasswordResetRequest;
import org.careercoach.model.api.RefreshRequest;
import org.careercoach.model.api.RegisterRequest;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.api.UserProfile;

/**
 * The account on one server: signing in and out, creating an account, resetting a password, and the
 * authenticated client every other service uses. All of it blocks: call it off the UI thread.
 */
public final class AccountService {

  private static final System.Logger log = System.getLogger(AccountService.class.getName());

  private final ServerAddress server;

  /** How long signing out waits for the server, which is told only as a courtesy. */
  static final Duration SIGN_OUT_WAIT = Duration.ofSeconds(5);

  private final JsonCalls anonymous;
  private final JsonCalls quick;
  private final JsonCalls authenticated;
  private final Session session;
  private final Clock clock;

  /**
   * @param http the app's client (timeouts, proxy, the plain-HTTP guard); this adds the tokens
   */
  public AccountService(OkHttpClient http, ServerAddress server, SecretStore secrets, Clock clock) {
    this.server = server;
    this.clock = clock;
    this.anonymous = new JsonCalls(http, server, clock);
    this.quick = new JsonCalls(http.newBuilder().callTimeout(SIGN_OUT_WAIT).build(), server, clock);
    this.session = new Session(new TokenRefresher(anonymous), secrets, secretName(server), clock);
    OkHttpClient authenticatedClient =
        http.newBuilder()
            .addInterceptor(new BearerTokenInterceptor(session))
            .authenticator(new RefreshingAuthenticator(session))
            .build();
    this.authenticated = new JsonCalls(authenticatedClient, server, clock);
  }

  /** The keychain entry of this server's sign-in: one per server, so switching keeps both. */
  static String secretName(ServerAddress server) {
    return "refresh-token " + server;
  }

  public ServerAddress server() {
    return server;
  }

  public Session session() {
    return session;
  }

  /**
   * Picks up the sign-in of an earlier run.
   *
   * @return whether there was one; its profile comes with {@link #profile()}
   */
  public boolean resume() throws SecretStoreException {
    return session.resume();
  }

  public UserProfile signIn(String email, String password) throws IOException, ApiException {
    Instant requestedAt = clock.instant();
    TokenPair pair =
        anonymous.post("api/v1/auth/login", new LoginRequest(email, password), TokenPair.class);
    session.begin(pair, requestedAt);
    return profile();
  }

  public UserProfile createAccount(String name, String email, String password)
      throws IOException, ApiException {
    Instant requestedAt = clock.instant();
    TokenPair pair =
        anonymous.post(
            "api/v1/auth/register", new RegisterRequest(email, password, name), TokenPair.class);
    session.begin(pair, requestedAt);
    return profile();
  }

  public UserProfile profile() throws IOException, ApiException {
    return authenticated.get("api/v1/me", UserProfile.class);
  }

  /** Asks for a reset email; the server answers the same whether or not the account exists. */
  public void requestPasswordReset(String email) throws IOException, ApiException {
    anonymous.post("api/v1/auth/password-reset/request", new PasswordResetRequest(email), null);
  }

  /** Sets a new password with the code (or the whole link) from the reset email. */
  public void resetPassword(String codeOrLink, String newPassword)
      throws IOException, ApiException {
    anonymous.post(
        "api/v1/auth/password-reset/confirm",
        new PasswordResetConfirmation(ResetCode.fromPasted(codeOrLink), newPassword),
        null);
  }

  /**
   * Ends this session here at once, then on the server if it answers within a few seconds: signing
   * out must work offline too (the server's copy then expires by itself).
   */
  public void signOut() {
    Optional<String> refresh = session.refreshToken();
    session.end(null);
    refresh.ifPresent(
        token -> {
          try {
            quick.post("api/v1/auth/logout", new RefreshRequest(token), null);
          } catch (IOException | ApiException e) {
            log.log(Level.INFO, "Signed out here only; the server said: {0}", e.getMessage());
          }
        });
  }

  /** Ends every session of the account, on every device; needs the server. */
  public void signOutEverywhere() throws IOException, ApiException {
    authenticated.post("api/v1/auth/logout-all", null);
    session.end(null);
  }
}
