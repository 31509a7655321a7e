package org.careercoach.desktop.app;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ServerHealth;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.events.EventHub;
import org.careercoach.desktop.service.preview.PdfPreview;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.sync.SyncEngine;
import org.careercoach.desktop.service.uploads.ResumeFilesService;
import org.careercoach.desktop.ui.common.ActionFailures;
import org.careercoach.desktop.ui.common.Commands;
import org.careercoach.desktop.ui.common.FxDialogService;
import org.careercoach.desktop.ui.drafts.DraftScreens;
import org.careercoach.desktop.ui.editor.EditorView;
import org.careercoach.desktop.ui.editor.EditorViewModel;
import org.careercoach.desktop.ui.editor.PreviewViewModel;
import org.careercoach.desktop.ui.home.HomeView;
import org.careercoach.desktop.ui.home.HomeViewModel;
import org.careercoach.desktop.ui.settings.SettingsView;
import org.careercoach.desktop.ui.settings.SettingsViewModel;
import org.careercoach.desktop.ui.shell.ConnectionViewModel;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.desktop.ui.shell.ShellView;
import org.careercoach.desktop.ui.shell.ShellViewModel;
import org.careercoach.desktop.ui.shell.SyncStatusViewModel;
import org.careercoach.desktop.ui.signin.CreateAccountView;
import org.careercoach.desktop.ui.signin.CreateAccountViewModel;
import org.careercoach.desktop.ui.signin.ForgotPasswordView;
import org.careercoach.desktop.ui.signin.ForgotPasswordViewModel;
import org.careercoach.desktop.ui.signin.SignInView;
import org.careercoach.desktop.ui.signin.SignInViewModel;
import org.careercoach.desktop.ui.uploads.DraftEditor;
import org.careercoach.desktop.ui.uploads.UploadScreens;

/**
 * The app put together by hand: services, view models and the window's scene (ADR 0014). The
 * application class and the UI tests both build it here, so tests drive exactly what users get.
 *
 * @param scene the window's content, themed
 * @param shell the window's view model
 * @param accounts the account of the server in use
 * @param session who is signed in, where, and the keychain's state
 * @param connectivity whether the server can be reached
 * @param profiles the drafts of whoever uses the app now
 * @param drafts the drafts screens' view models
 * @param sync the sync engine of the signed-in account's drafts (closed before {@code profiles})
 * @param files the signed-in account's resume files (closed before {@code profiles})
 * @param uploads the resume-files screens' view models
 */
public record Desktop(
    Scene scene,
    ShellViewModel shell,
    Accounts accounts,
    SessionService session,
    ConnectivityService connectivity,
    StoreService profiles,
    DraftScreens drafts,
    SyncEngine sync,
    ResumeFilesService files,
    UploadScreens uploads) {

  private static final System.Logger log = System.getLogger(Desktop.class.getName());
  private static final Duration PREVIEW_WARM_UP_DELAY = Duration.ofSeconds(3);

  public static Desktop assemble(
      DesktopConfig config,
      SettingsService settings,
      Callable<SecretStore> keychain,
      TaskExecutor executor,
      Clock clock) {
    ServerChoice server = ServerChoice.of(config, settings.current());
    Supplier<OkHttpClient> http = HttpClients.shared();
    Accounts accounts = new Accounts(http, keychain, server.address(), clock);
    ConnectivityService connectivity =
        new ConnectivityService(
            executor,
            () -> new ServerHealth(http.get(), accounts.server(), clock).check(),
            () -> accounts.server().toString(),
            new Random());
    SessionService session = new SessionService(executor, accounts, settings, connectivity);
    StoreService profiles = new StoreService(config.dataDir(), session.state(), executor, clock);
    // One event stream per signed-in profile, shared by the sync engine and the resume files.
    EventHub events = new EventHub();
    SyncEngine sync =
        new SyncEngine(
            profiles,
            accounts::current,
            connectivity,
            executor,
            clock,
            SyncEngine.Options.APP,
            events);
    ResumeFilesService files =
        new ResumeFilesService(
            profiles,
            accounts::current,
            connectivity,
            events,
            http.get(),
            clock,
            ResumeFilesService.Options.APP);
    Commands commands = new Commands(executor, new ActionFailures(session, connectivity));
    ShellViewModel shell =
        new ShellViewModel(executor, session, new ConnectionViewModel(executor, connectivity));
    SyncStatusViewModel syncStatus = new SyncStatusViewModel(executor, sync, shell, clock);

    PdfPreview preview = new PdfPreview();
    EditorViewModel editor =
        new EditorViewModel(
            executor, profiles::drafts, shell, clock, new PreviewViewModel(executor, preview));
    editor.followRemoteChanges(sync);
    // Coaching with the server's model goes to the signed-in account's server, never elsewhere,
    // and only once the person turned it on in Settings.
    CoachingAccess coaching =
        new CoachingAccess(
            settings,
            () ->
                session.state().get().phase() == SessionState.Phase.SIGNED_IN
                    ? Optional.of(
                        new CoachingClient(
                            accounts.current().authenticatedHttp(),
                            accounts.current().server(),
                            clock))
                    : Optional.empty());
    editor.coachWith(coaching);
    FxDialogService dialogs = new FxDialogService();
    // The drafts list opens a draft in the editor: the editor loads it, the window shows it.
    DraftScreens draftScreens =
        new DraftScreens(
            executor,
            profiles,
            dialogs,
            clock,
            shell,
            sync,
            id -> {
              editor.open(id);
              shell.show(Screen.EDITOR);
            });

    SignInViewModel signIn = new SignInViewModel(commands, accounts, session, shell);
    signIn.suggestEmail(settings.current().lastEmail());
    signIn.showNotice(server.problem());
    session.onSignedOut(notice -> executor.deliver(() -> signIn.showNotice(notice)));
    CreateAccountViewModel createAccount =
        new CreateAccountViewModel(commands, accounts, session, shell);
    ForgotPasswordViewModel forgotPassword =
        new ForgotPasswordViewModel(commands, accounts, session, shell, signIn::useEmail);
    SettingsViewModel settingsScreen =
        new SettingsViewModel(
            commands,
            accounts,
            settings,
            session,
            shell,
            config.serverFromEnvironment(),
            dark -> (dark ? Theme.DARK : Theme.LIGHT).apply(),
            dialogs,
            coaching);
    HomeViewModel home = new HomeViewModel(executor, session, settings);
    // A review ends in a draft: the editor opens it, the window shows it.
    UploadScreens uploads =
        new UploadScreens(
            executor,
            files,
            profiles,
            dialogs,
            shell,
            new DraftEditor() {
              @Override
              public void open(UUID id) {
                editor.open(id);
                shell.show(Screen.EDITOR);
              }

              @Override
              public void saveTypingThen(UUID id, Runnable then) {
                editor.saveTypingThen(id, then);
              }
            });
    // Each screen's view is made once and kept: its listeners on the long-lived view models then
    // belong to one view, not to every view ever shown.
    Map<Screen, Node> made = new EnumMap<>(Screen.class);
    Function<Screen, Node> screens =
        screen ->
            made.computeIfAbsent(
                screen,
                which ->
                    switch (which) {
                      case STARTING -> ShellView.starting();
                      case SIGN_IN -> new SignInView(signIn);
                      case CREATE_ACCOUNT -> new CreateAccountView(createAccount);
                      case FORGOT_PASSWORD -> new ForgotPasswordView(forgotPassword);
                      case HOME -> new HomeView(home);
                      case SETTINGS -> new SettingsView(settingsScreen);
                      case DRAFTS, TRASH, HISTORY, APPLICATIONS, SENT_COPY, CONFLICT ->
                          draftScreens.view(which);
                      case EDITOR -> new EditorView(editor);
                      case RESUME_FILES, REVIEW -> uploads.view(which);
                    });

    (settings.current().darkTheme() ? Theme.DARK : Theme.LIGHT).apply();
    // The notice that a file is read floats over the window's corner, above the status bar.
    Node readNotice = uploads.readNotice();
    StackPane window = new StackPane(new ShellView(shell, syncStatus, screens), readNotice);
    StackPane.setAlignment(readNotice, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(readNotice, new Insets(0, 20, 52, 0));
    Scene scene = new Scene(window, 960, 680);
    scene.getStylesheets().add(Theme.appStylesheet());
    uploads.acceptDrops(scene);
    startInTheBackground(scene, shell);
    warmUpThePreviewLater(executor, preview);
    sync.start();
    files.start();
    return new Desktop(
        scene,
        shell,
        accounts,
        session,
        connectivity,
        profiles,
        draftScreens,
        sync,
        files,
        uploads);
  }

  /**
   * The first preview would otherwise pay seconds of class loading and JIT while the person types;
   * the renderer warms once the window has had its start to itself (ADR 0009's budget).
   */
  private static void warmUpThePreviewLater(TaskExecutor executor, PdfPreview preview) {
    executor.schedule(
        PREVIEW_WARM_UP_DELAY,
        () ->
            executor.submit(
                () -> {
                  preview.warmUp();
                  return null;
                },
                done -> {},
                failed ->
                    log.log(Level.WARNING, "The preview renderer could not warm up", failed)));
  }

  /**
   * Opens the keychain and checks the server in the background. With a kept sign-in to resume the
   * window waits for that, so it starts at once; otherwise Sign in shows first and it starts after
   * the first frame, leaving both cores to the window meanwhile.
   */
  private static void startInTheBackground(Scene scene, ShellViewModel shell) {
    if (shell.screenProperty().get() == Screen.STARTING) {
      shell.start();
      return;
    }
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          shell.start();
        };
    scene.addPostLayoutPulseListener(once[0]);
  }
}
