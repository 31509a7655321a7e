package org.careercoach.desktop.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.model.api.UserProfile;

/**
 * The one window: a header, a sidebar (Drafts, Applications, Trash, Settings, and the account or a
 * quiet "Sign in to sync"), the current screen under a notice when there is one, and a status bar
 * with the server connection.
 */
public final class ShellView extends BorderPane {

  private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");
  private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

  /** The style class of a screen that fills the window's content area (see {@link #place}). */
  public static final String FILLS_WINDOW = "fills-window";

  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

  /**
   * @param screens makes the view of a screen each time it is shown; view models outlive views, so
   *     what was typed stays
   */
  /** Sync now, wherever the focus is (as mail programs fetch with F5). */
  public static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.F5);

  public ShellView(
      ShellViewModel viewModel, SyncStatusViewModel sync, Function<Screen, Node> screens) {
    getStyleClass().add("shell");
    setTop(header(viewModel));
    ScrollPane scroll = new ScrollPane();
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    StackPane content = new StackPane();
    content.getStyleClass().add("shell-content");
    place(screens.apply(viewModel.screenProperty().get()), scroll, content);
    viewModel
        .screenProperty()
        .addListener((obs, old, screen) -> place(screens.apply(screen), scroll, content));
    VBox centre = new VBox(notice(viewModel), content);
    VBox.setVgrow(content, Priority.ALWAYS);
    setCenter(centre);
    setLeft(sidebar(viewModel));
    setBottom(statusBar(viewModel.connection(), sync));
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.getAccelerators().remove(SYNC_NOW);
              }
              if (scene != null) {
                scene.getAccelerators().put(SYNC_NOW, sync::syncNow);
              }
            });
  }

  /**
   * Forms scroll; a screen that lays out its own lists (style class {@value #FILLS_WINDOW}) gets
   * the whole area, so its list grows with the window instead of scrolling inside a scroll.
   */
  private static void place(Node screen, ScrollPane scroll, StackPane content) {
    if (screen.getStyleClass().contains(FILLS_WINDOW)) {
      scroll.setContent(null);
      content.getChildren().setAll(screen);
    } else {
      scroll.setContent(screen);
      content.getChildren().setAll(scroll);
    }
  }

  /** Why the user was signed out, with the way back in; Dismiss hides it. */
  private static Region notice(ShellViewModel viewModel) {
    Label text = new Label();
    text.setId("shell-notice");
    text.setWrapText(true);
    text.textProperty().bind(viewModel.noticeProperty());
    Button signIn = new Button("Sign in");
    signIn.setId("shell-notice-sign-in");
    signIn.getStyleClass().add(Styles.SMALL);
    signIn.setOnAction(e -> viewModel.signIn());
    Button dismiss = new Button("Dismiss");
    dismiss.setId("shell-notice-dismiss");
    dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    dismiss.setOnAction(e -> viewModel.dismissNotice());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(12, text, spacer, signIn, dismiss);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().addAll("shell-notice", Styles.WARNING);
    bar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private static Region sidebar(ShellViewModel viewModel) {
    Button drafts = navigation(viewModel, "Drafts", "nav-drafts", Screen.DRAFTS);
    Button applications =
        navigation(viewModel, "Applications", "nav-applications", Screen.APPLICATIONS);
    applications.setAccessibleHelp("The copies of your drafts you sent to companies");
    Button trash = navigation(viewModel, "Trash", "nav-trash", Screen.TRASH);
    Button resumeFiles =
        navigation(viewModel, "Resume files", "nav-resume-files", Screen.RESUME_FILES);
    resumeFiles.setAccessibleHelp("Upload a resume you have as PDF, Word or text, and review it");
    Button settings = navigation(viewModel, "Settings", "open-settings", Screen.SETTINGS);

    Button account = navigation(viewModel, "Account", "nav-account", Screen.HOME);
    account
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  UserProfile user = viewModel.userProperty().get();
                  return user == null ? "Account" : user.name();
                },
                viewModel.userProperty()));
    account.setAccessibleText("Your account");
    account.visibleProperty().bind(viewModel.signedInProperty());
    account.managedProperty().bind(account.visibleProperty());

    // Quiet on purpose: drafting needs no account, so this invites, it never nags.
    Button signIn = new Button("Sign in to sync");
    signIn.setId("nav-sign-in");
    signIn.getStyleClass().addAll("nav-item", Styles.ACCENT, Styles.BUTTON_OUTLINED);
    signIn.setMaxWidth(Double.MAX_VALUE);
    signIn.setOnAction(e -> viewModel.signIn());
    Label local = new Label("Your drafts stay on this computer until you sign in.");
    local.setWrapText(true);
    local.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    VBox invite = new VBox(4, signIn, local);
    invite.visibleProperty().bind(viewModel.signedInProperty().not());
    invite.managedProperty().bind(invite.visibleProperty());

    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    VBox bar =
        new VBox(2, drafts, resumeFiles, applications, trash, settings, spacer, account, invite);
    bar.getStyleClass().add("sidebar");
    bar.setPrefWidth(190);
    bar.setMinWidth(Region.USE_PREF_SIZE);
    bar.disableProperty().bind(viewModel.screenProperty().isEqualTo(Screen.STARTING));
    return bar;
  }

  /** A sidebar entry: shows its screen, and is marked while that screen (or one under it) shows. */
  private static Button navigation(
      ShellViewModel viewModel, String text, String id, Screen target) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().addAll("nav-item", Styles.FLAT);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAlignment(Pos.CENTER_LEFT);
    button.setOnAction(e -> viewModel.show(target));
    viewModel
        .screenProperty()
        .subscribe(screen -> button.pseudoClassStateChanged(CURRENT, under(screen) == target));
    return button;
  }

  /** The sidebar entry a screen belongs to. */
  private static Screen under(Screen screen) {
    return switch (screen) {
      case HISTORY, EDITOR, CONFLICT -> Screen.DRAFTS;
      case SENT_COPY -> Screen.APPLICATIONS;
      case REVIEW -> Screen.RESUME_FILES;
      default -> screen;
    };
  }

  /** What shows while the keychain and the last sign-in are opened. */
  public static Node starting() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(32, 32);
    Label label = new Label("Opening Career Coach…");
    VBox box = new VBox(12, spinner, label);
    box.setAlignment(Pos.CENTER);
    box.setId("starting");
    return new StackPane(box);
  }

  private static Region header(ShellViewModel viewModel) {
    Label title = new Label("Career Coach");
    title.getStyleClass().add(Styles.TITLE_3);
    Label who = new Label();
    who.setId("header-user");
    who.getStyleClass().add(Styles.TEXT_MUTED);
    who.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  UserProfile user = viewModel.userProperty().get();
                  return user == null ? "" : user.name() + " · " + user.email();
                },
                viewModel.userProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, spacer, who);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("shell-header");
    return header;
  }

  private static Region statusBar(ConnectionViewModel viewModel, SyncStatusViewModel sync) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("connection-dot");
    viewModel.onlineProperty().subscribe(online -> dot.pseudoClassStateChanged(ONLINE, online));
    viewModel.offlineProperty().subscribe(offline -> dot.pseudoClassStateChanged(OFFLINE, offline));

    Label connection = new Label();
    connection.setId("connection-status");
    connection.textProperty().bind(viewModel.connectionProperty());
    Tooltip why = new Tooltip();
    why.textProperty().bind(viewModel.detailProperty());
    connection
        .tooltipProperty()
        .bind(
            Bindings.when(viewModel.detailProperty().isEmpty())
                .then((Tooltip) null)
                .otherwise(why));
    connection.accessibleHelpProperty().bind(viewModel.detailProperty());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(14, 14);
    busy.visibleProperty().bind(viewModel.checkingProperty());

    Button retry = new Button("Retry");
    retry.setId("retry-connection");
    retry.getStyleClass().add(Styles.FLAT);
    retry.setMinWidth(Region.USE_PREF_SIZE);
    retry.setOnAction(e -> viewModel.retry());
    retry.visibleProperty().bind(viewModel.offlineProperty());
    retry.disableProperty().bind(viewModel.checkingProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, dot, connection, busy, retry, spacer, syncStatus(sync));
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  /**
   * The sync state: a dot coloured by state, a few words (the rest, with the last sync's time, on
   * hover and read out with the Sync now button), Show for conflicts, and Sync now.
   */
  private static Region syncStatus(SyncStatusViewModel sync) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("sync-dot");
    sync.stateProperty()
        .subscribe(
            state -> {
              for (SyncStatus.State each : SyncStatus.State.values()) {
                dot.pseudoClassStateChanged(stateClass(each), each == state);
              }
            });
    Label text = new Label();
    text.setId("sync-status");
    text.textProperty().bind(sync.textProperty());
    text.setMinWidth(Region.USE_PREF_SIZE);
    Tooltip why = new Tooltip();
    why.textProperty().bind(sync.detailProperty());
    why.setWrapText(true);
    why.setMaxWidth(360);
    text.setTooltip(why);
    text.accessibleTextProperty()
        .bind(Bindings.concat("Sync: ", sync.textProperty(), " — ", sync.detailProperty()));

    Button show = new Button("Show");
    show.setId("sync-show-conflicts");
    show.setAccessibleText("Show the conflicted drafts");
    show.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    show.setMinWidth(Region.USE_PREF_SIZE);
    show.setOnAction(e -> sync.showConflicts());
    show.visibleProperty().bind(sync.hasConflictsProperty());
    show.managedProperty().bind(show.visibleProperty());

    Button now = new Button("Sync now");
    now.setId("sync-now");
    now.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    now.setMinWidth(Region.USE_PREF_SIZE);
    now.setAccessibleText("Sync now (F5)");
    now.accessibleHelpProperty()
        .bind(Bindings.concat(sync.textProperty(), ". ", sync.detailProperty()));
    Tooltip key = new Tooltip("Send and fetch changes now (F5)");
    now.setTooltip(key);
    now.disableProperty().bind(sync.canSyncNowProperty().not());
    now.setOnAction(e -> sync.syncNow());

    HBox box = new HBox(6, dot, text, show, now);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setId("sync-box");
    box.getStyleClass().add("sync-status");
    return box;
  }

  private static PseudoClass stateClass(SyncStatus.State state) {
    return PseudoClass.getPseudoClass(
        state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }
}
