package org.careercoach.desktop.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.common.Forms;

/** The Settings screen. */
public final class SettingsView extends StackPane {

  public SettingsView(SettingsViewModel viewModel) {
    getChildren()
        .add(
            Forms.card(
                "Settings",
                null,
                server(viewModel),
                new Separator(),
                appearance(viewModel),
                new Separator(),
                account(viewModel),
                new Separator(),
                coaching(viewModel),
                closeRow(viewModel)));
    Forms.focusWhenShown(
        this, () -> lookup(viewModel.serverLocked() ? "#settings-dark" : "#settings-server"));
  }

  private static VBox server(SettingsViewModel viewModel) {
    TextField url = new TextField();
    url.setId("settings-server");
    url.setPromptText("https://coach.example.com");
    url.setDisable(viewModel.serverLocked());
    Button save = new Button("Use this server");
    save.setId("settings-server-save");
    save.setOnAction(e -> viewModel.saveServer());
    save.setDisable(viewModel.serverLocked());
    url.setOnAction(e -> viewModel.saveServer());
    VBox box =
        new VBox(
            8,
            section("Server"),
            Forms.field(
                "Server address",
                url,
                viewModel.serverUrlProperty(),
                viewModel.errors().of("server")),
            new HBox(12, save, Forms.spinner(viewModel.busyProperty())));
    if (viewModel.serverLocked()) {
      box.getChildren().add(muted("Set by COACH_SERVER_URL when the app was started."));
    }
    Label message = Forms.notice(viewModel.messageProperty(), Styles.SUCCESS);
    message.setId("settings-message");
    box.getChildren().add(message);
    return box;
  }

  private static VBox appearance(SettingsViewModel viewModel) {
    ToggleSwitch dark = new ToggleSwitch("Dark theme");
    dark.setId("settings-dark");
    dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    dark.setAccessibleText("Dark theme");
    return new VBox(8, section("Appearance"), dark);
  }

  private static VBox coaching(SettingsViewModel viewModel) {
    ToggleSwitch on = new ToggleSwitch("Use the server's AI model for coaching");
    on.setId("settings-ai-coaching");
    on.selectedProperty().bindBidirectional(viewModel.aiCoachingProperty());
    on.setAccessibleText("Use the server's AI model for coaching");
    Label about =
        muted(
            "Off, nothing of your drafts is sent for coaching: the review, job match and interview"
                + " practice work offline. On, the server's model can suggest rewrites, rephrase"
                + " toward a job, write interview questions and comment on your answers; each"
                + " request shows exactly what it sends before it goes.");
    Button show = new Button("Show what is sent");
    show.setId("settings-ai-show");
    show.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    show.setOnAction(e -> viewModel.showWhatIsSent());
    TextArea sent = new TextArea();
    sent.setId("settings-ai-sent");
    sent.setEditable(false);
    sent.setWrapText(true);
    sent.setPrefRowCount(10);
    sent.setAccessibleText("What the server sends to its AI model");
    sent.textProperty().bind(viewModel.whatIsSentProperty());
    sent.visibleProperty().bind(viewModel.whatIsSentProperty().isNotEmpty());
    sent.managedProperty().bind(sent.visibleProperty());
    return new VBox(8, section("AI coaching"), on, about, show, sent);
  }

  private static VBox account(SettingsViewModel viewModel) {
    Label keychain = new Label();
    keychain.setId("settings-keychain");
    keychain.setWrapText(true);
    keychain.textProperty().bind(viewModel.keychainStatusProperty());
    VBox keychainBox = new VBox(4, keychain, keychainDetails(viewModel));

    Button signOut = new Button("Sign out");
    signOut.setId("settings-sign-out");
    signOut.setOnAction(e -> viewModel.signOut());
    Button everywhere = new Button("Sign out everywhere");
    everywhere.setId("settings-sign-out-everywhere");
    everywhere.getStyleClass().add(Styles.DANGER);
    everywhere.setOnAction(e -> viewModel.signOutEverywhere());
    everywhere.setTooltip(
        new javafx.scene.control.Tooltip("Ends your sessions on every computer, this one too."));
    HBox buttons = new HBox(12, signOut, everywhere);
    buttons.visibleProperty().bind(viewModel.signedInProperty());
    buttons.managedProperty().bind(buttons.visibleProperty());
    signOut.disableProperty().bind(viewModel.busyProperty());
    everywhere.disableProperty().bind(viewModel.busyProperty());

    Label error = Forms.errorLabel(viewModel.errors().form());
    error.setId("settings-error");
    return new VBox(8, section("Account"), keychainBox, buttons, error);
  }

  /** The technical reason the keychain is not used, shown only on request. */
  private static VBox keychainDetails(SettingsViewModel viewModel) {
    Label details = new Label();
    details.setId("settings-keychain-details");
    details.setWrapText(true);
    details.getStyleClass().add(Styles.TEXT_MUTED);
    details.textProperty().bind(viewModel.keychainDetailsProperty());
    ToggleButton show = new ToggleButton("Details");
    show.setId("settings-keychain-details-toggle");
    show.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    details.visibleProperty().bind(show.selectedProperty());
    details.managedProperty().bind(details.visibleProperty());
    VBox box = new VBox(4, show, details);
    box.visibleProperty().bind(viewModel.keychainDetailsProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private static HBox closeRow(SettingsViewModel viewModel) {
    Button close = Forms.cancel("Done");
    close.setId("settings-close");
    close.setOnAction(e -> viewModel.close());
    HBox row = new HBox(close);
    row.setAlignment(Pos.CENTER_RIGHT);
    return row;
  }

  private static Label section(String title) {
    Label label = new Label(title);
    label.getStyleClass().add(Styles.TEXT_BOLD);
    return label;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    return label;
  }
}
