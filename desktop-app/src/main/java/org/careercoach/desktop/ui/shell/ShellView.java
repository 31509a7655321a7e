package org.careercoach.desktop.ui.shell;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The main window: a header, the current screen, and a status bar with the server connection. */
public final class ShellView extends BorderPane {

  private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");

  public ShellView(ShellViewModel viewModel) {
    getStyleClass().add("shell");
    setTop(header());
    setCenter(welcome());
    setBottom(statusBar(viewModel));
  }

  private static Region header() {
    Label title = new Label("Career Coach");
    title.getStyleClass().add("title-2");
    Label tagline =
        new Label("Draft resumes offline, upload the ones you have, keep them in sync.");
    tagline.getStyleClass().add("text-muted");
    VBox header = new VBox(2, title, tagline);
    header.getStyleClass().add("shell-header");
    return header;
  }

  private static Region welcome() {
    Label heading = new Label("Welcome");
    heading.getStyleClass().add("title-3");
    Label body =
        new Label(
            "Your resumes live on this computer first, so you can work without a connection."
                + " When the server can be reached, they sync.");
    body.setWrapText(true);
    VBox welcome = new VBox(8, heading, body);
    welcome.setMaxWidth(520);
    welcome.setAlignment(Pos.CENTER_LEFT);
    welcome.setPadding(new Insets(32));
    return welcome;
  }

  private static Region statusBar(ShellViewModel viewModel) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("connection-dot");
    viewModel
        .onlineProperty()
        .addListener((obs, was, online) -> dot.pseudoClassStateChanged(ONLINE, online));

    Label connection = new Label();
    connection.setId("connection-status");
    connection.textProperty().bind(viewModel.connectionProperty());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(14, 14);
    busy.visibleProperty().bind(viewModel.checkingProperty());

    Button retry = new Button("Retry");
    retry.setId("retry-connection");
    retry.getStyleClass().add("flat");
    retry.setOnAction(e -> viewModel.checkServer());
    retry.visibleProperty().bind(viewModel.onlineProperty().not());
    retry.disableProperty().bind(viewModel.checkingProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, dot, connection, busy, spacer, retry);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }
}
