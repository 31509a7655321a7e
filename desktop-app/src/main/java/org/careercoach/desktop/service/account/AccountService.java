package org.careercoach.desktop.service.account;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
  private final SecretStore secrets;
  private final Supplier<String> deviceName;
  private final OkHttpClient authenticatedClient;

  /**
   * @param http the app's client (timeouts, proxy, the plain-HTTP guard); this adds the tokens
   */
  public AccountService(OkHttpClient http, ServerAddress server, SecretStore secrets, Clock clock) {
    this(http, server, secrets, clock, DeviceName::ofThisComputer);
  }

  /**
   * @param deviceName this computer's name for the server's list of sessions (asked off the UI
   *     thread, at sign-in); tests that play several devices give each its own
   */
  public AccountService(
      OkHttpClient http,
      ServerAddress server,
      SecretStore secrets,
      Clock clock,
      Supplier<String> deviceName) {
    this.server = server;
    this.clock = clock;
    this.secrets = secrets;
    this.deviceName = deviceName;
    this.anonymous = new JsonCalls(http, server, clock);
    this.quick = new JsonCalls(http.newBuilder().callTimeout(SIGN_OUT_WAIT).build(), server, clock);
    this.session = new Session(new TokenRefresher(anonymous), secrets, secretName(server), clock);
    this.authenticatedClient =
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

  /**
   * The keychain entry of this device's token for one account on this server (ADR 0005): with it,
   * others' failed guesses never lock this computer out of the account.
   */
  static String deviceTokenName(ServerAddress server, String email) {
    return "device-token " + server + " " + email.strip().toLowerCase(Locale.ROOT);
  }

  public ServerAddress server() {
    return server;
  }

  public Session session() {
    return session;
  }

  /**
   * The client that signs every request with this session's access token, refreshing it as needed
   * (for services with calls of their own: the sync engine, the event stream). A call made while
   * signed out fails with {@link SessionEndedException}.
   */
  public OkHttpClient authenticatedHttp() {
    return authenticatedClient;
  }

  /** This computer's name, as the server's list of sessions shows it; blocks on the first call. */
  public String deviceName() {
    return deviceName.get();
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
    LoginRequest request =
        new LoginRequest(email, password, deviceName.get(), keptDeviceToken(email).orElse(null));
    TokenPair pair = anonymous.post("api/v1/auth/login", request, TokenPair.class);
    session.begin(pair, requestedAt);
    keepDeviceToken(email, pair);
    return profile();
  }

  public UserProfile createAccount(String name, String email, String password)
      throws IOException, ApiException {
    Instant requestedAt = clock.instant();
    TokenPair pair =
        anonymous.post(
            "api/v1/auth/register",
            new RegisterRequest(email, password, name, deviceName.get()),
            TokenPair.class);
    session.begin(pair, requestedAt);
    keepDeviceToken(email, pair);
    return profile();
  }

  private Optional<String> keptDeviceToken(String email) {
    try {
      return secrets.read(deviceTokenName(server, email));
    } catch (SecretStoreException e) {
      log.log(Level.INFO, "Signing in without this device's token: {0}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Beside the refresh token, in the keychain only; never a file. Sign-out keeps it. */
  private void keepDeviceToken(String email, TokenPair pair) {
    if (pair.deviceToken() == null) {
      return;
    }
    try {
      secrets.write(deviceTokenName(server, email), pair.deviceToken());
    } catch (SecretStoreException e) {
      log.log(Level.WARNING, "Could not keep this device's token: {0}", e.getMessage());
    }
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
