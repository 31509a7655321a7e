package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.events.EventHub;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.model.api.UserProfile;

/**
 * The resume-files service as the app runs it, without a window: a real session (the keychain in
 * memory), the real store in {@code dataDir}, the shared event hub, and a count of the uploads the
 * server answered ({@code POST /api/v1/resumes}), seen on the wire.
 */
final class FilesDevice implements AutoCloseable {

  final AccountService account;
  final StoreService profiles;
  final EventHub events = new EventHub();
  final ResumeFilesService files;
  final AtomicInteger uploadsSent;

  private FilesDevice(
      AccountService account,
      StoreService profiles,
      ResumeFilesService.Options options,
      AtomicInteger uploadsSent,
      OkHttpClient plain) {
    this.account = account;
    this.profiles = profiles;
    this.uploadsSent = uploadsSent;
    this.files =
        new ResumeFilesService(
            profiles, () -> account, null, events, plain, Clock.systemUTC(), options);
    files.start();
  }

  static FilesDevice signIn(
      ServerAddress server,
      String email,
      String password,
      Path dataDir,
      ResumeFilesService.Options options,
      AtomicInteger uploadsSent)
      throws IOException {
    Clock clock = Clock.systemUTC();
    OkHttpClient plain = HttpClients.create();
    OkHttpClient counting =
        plain
            .newBuilder()
            .addNetworkInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  // Counted when the server answered: an attempt on a dead pooled connection
                  // never reached it.
                  if (chain.request().method().equals("POST")
                      && chain.request().url().encodedPath().equals("/api/v1/resumes")) {
                    uploadsSent.incrementAndGet();
                  }
                  return response;
                })
            .build();
    AccountService account =
        new AccountService(counting, server, new MemorySecretStore(), clock, () -> "files-device");
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
    StoreService profiles = new StoreService(dataDir, session, new SameThreadExecutor(), clock);
    return new FilesDevice(account, profiles, options, uploadsSent, plain);
  }

  /** Fast retries, so tests wait seconds, not minutes. */
  static final ResumeFilesService.Options QUICK =
      new ResumeFilesService.Options(Duration.ofMillis(200), Duration.ofSeconds(2));

  @Override
  public void close() {
    files.close();
    profiles.close();
  }
}
